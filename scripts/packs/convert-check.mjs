// @tip/convert from its packed tarball, installed without the optional peer dependency exceljs, as a user who
// never writes Excel files installs it: exceljs (and its ~170 packages) is not installed, records convert, and
// asking for a workbook throws XlsxLibraryMissingError naming the package to install, in four languages.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./command.mjs";
import { checkInstalledFromTarballs, writeProject } from "./tarballs.mjs";

export const CONVERT_CHECK = "convert-no-xlsx";
const CONVERT = "@tip/convert";

/** What the project runs: plain Node, no test runner. */
const SCRIPT = `import assert from "node:assert/strict";
import { convert, XlsxLibraryMissingError } from "@tip/convert";
import { writeHtcdsXlsx } from "@tip/convert/xlsx";

const ndjson = JSON.stringify({ recordType: "victim", id: "0b8e4f10-5c3a-4d7e-8f19-000000000001", sex: "female" }) + "\\n";
const input = () => ({ bytes: new TextEncoder().encode(ndjson) });
const chunks = [];
const outcome = await convert(input(), { write: (chunk) => void chunks.push(chunk) }, { from: "tip", to: "csv" });
assert.equal(outcome.summary.records.written, 1, "the record is written as CSV");

const error = await writeHtcdsXlsx([]).then(() => undefined, (caught) => caught);
assert.ok(error instanceof XlsxLibraryMissingError, "writing a workbook says exceljs is missing");
assert.equal(error.code, "xlsx_library_missing");
assert.match(error.message, /npm install exceljs@/);
for (const locale of ["es", "fr", "pt"]) assert.match(error.messageIn(locale), /npm install exceljs@/);

const viaConvert = await convert(input(), { write: () => {} }, { from: "tip", to: "htcds", htcdsOutput: "xlsx" }).then(() => undefined, (caught) => caught);
assert.ok(viaConvert instanceof XlsxLibraryMissingError, "convert() to an xlsx output says so too");
console.log("without exceljs: records convert; an xlsx output names the package to install");
`;

/** The same from CommonJS: both entries share one XlsxLibraryMissingError class. */
const SCRIPT_CJS = `const assert = require("node:assert/strict");
const { XlsxLibraryMissingError } = require("@tip/convert");
const { writeXlsxTemplate } = require("@tip/convert/xlsx");
writeXlsxTemplate().then(
  () => assert.fail("writeXlsxTemplate wrote a workbook without exceljs"),
  (error) => {
    assert.ok(error instanceof XlsxLibraryMissingError);
    console.log("CommonJS: the same error from require()");
  },
);
`;

/** Resolves to `{ name, install, runTime, error? }`, like an example's result. */
export async function checkConvertWithoutXlsx({ temp, tarballs, packages }) {
  const result = { name: `${CONVERT} without exceljs`, install: 0, runTime: 0 };
  const dir = join(temp, CONVERT_CHECK);
  const label = CONVERT_CHECK;
  try {
    mkdirSync(dir);
    const zod = packages.get(CONVERT).pkg.peerDependencies.zod;
    writeProject(
      dir,
      { name: "tip-convert-check", private: true, type: "module", dependencies: { [CONVERT]: "*", zod } },
      tarballs,
      packages,
    );
    writeFileSync(join(dir, "check.mjs"), SCRIPT);
    writeFileSync(join(dir, "check.cjs"), SCRIPT_CJS);
    const installStart = performance.now();
    try {
      await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, label });
    } finally {
      result.install = performance.now() - installStart;
    }
    checkInstalledFromTarballs(dir, tarballs);
    if (existsSync(join(dir, "node_modules", "exceljs")))
      throw new Error("exceljs was installed with @tip/convert: it should be an optional peer dependency");
    const runStart = performance.now();
    try {
      await run("node", ["check.mjs"], { cwd: dir, label });
      await run("node", ["check.cjs"], { cwd: dir, label });
    } finally {
      result.runTime = performance.now() - runStart;
    }
  } catch (error) {
    result.error = error;
  }
  return result;
}
