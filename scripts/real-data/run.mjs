// Opt-in check on real public files (`npm run test:real-data`): runs the built CLI on every file of
// ../shared/reference/real-data and compares its figures with counts taken from the files themselves.
// Prints a message and exits 0 when the folder is absent, so a clone of the repository alone passes.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as ctdcExcerpt from "./checks/ctdc-2020-excerpt.mjs";
import * as ctdcDictionary from "./checks/ctdc-kanon-dictionary.mjs";
import * as ctdcPandas from "./checks/ctdc-pandas-reexport.mjs";
import * as glotip from "./checks/unodc-glotip.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const folder = resolve(root, "..", "shared", "reference", "real-data");

/** A check per data file; each file of the folder needs one, or a line in NOT_CHECKED saying why. */
const CHECKS = [ctdcPandas, ctdcExcerpt, ctdcDictionary, glotip];
const NOT_CHECKED = {};

function dataFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return dataFiles(path);
    return name.endsWith(".md") ? [] : [relative(folder, path).split("\\").join("/")];
  });
}

if (!existsSync(folder)) {
  console.log(
    `test:real-data: skipped: no folder ${relative(root, folder)} next to the repository (real public CTDC and UNODC files, read in place, never copied in).`,
  );
  process.exit(0);
}

const tmp = mkdtempSync(join(tmpdir(), "tip-real-data-"));
let failed = 0;
let passed = 0;
const test = (name, body) => {
  try {
    body();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(
      `  ✗ ${name}\n    ${String(error?.message ?? error)
        .split("\n")
        .join("\n    ")}`,
    );
  }
};

try {
  const byFile = new Map(CHECKS.map((check) => [check.file, check]));
  for (const file of dataFiles(folder)) {
    const check = byFile.get(file);
    if (check === undefined) {
      if (Object.hasOwn(NOT_CHECKED, file)) console.log(`${file}: not checked (${NOT_CHECKED[file]})`);
      else
        test(`${file} has a check`, () =>
          assert.fail("no check for this file: add one in scripts/real-data/checks"));
      continue;
    }
    console.log(file);
    try {
      await check.check(join(folder, file), tmp, test);
    } catch (error) {
      test(`${file} can be checked`, () => {
        throw error;
      });
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`\ntest:real-data: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
