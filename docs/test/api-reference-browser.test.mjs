// The API reference as a reader gets it: built from the schema and convert packages (the ones whose zod types
// used to expand into megabytes) and the node and testkit ones (for their subpath entries), every page short, the
// main functions with their example, each public subpath entry under its import path, and axe-core finding no
// serious or critical violation on a page of each kind, in headless Chromium.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { buildApiReference, documentedPackages, SUBPATH_ENTRIES } from "../scripts/api-reference.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";
/** The largest page a reader should have to load; the expanded types made pages of 1.7 MB and 8 MB. */
const LARGEST_PAGE = 250_000;

let dir;
let browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "tip-api-"));
  await buildApiReference(dir, ["schema", "convert", "node", "testkit"]);
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is missing at ${CHROMIUM}: run through npm run test:browser`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
});

after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const read = (path) => readFileSync(join(dir, path), "utf8");

function htmlFiles(folder = dir) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "assets" ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

describe("the API reference", () => {
  it("has no page larger than 250 kB", () => {
    const large = htmlFiles()
      .filter((file) => statSync(file).size > LARGEST_PAGE)
      .map((file) => `${file.slice(dir.length)} (${statSync(file).size} B)`);
    assert.deepEqual(large, []);
  });

  it("shows declared types, not zod's expansion", () => {
    for (const page of [
      "variables/_tip_schema.Victim.html",
      "variables/_tip_schema.RULES_BY_RECORD_TYPE.html",
      "functions/_tip_convert.readCtdc.html",
      "functions/_tip_convert.writeFlatCsv.html",
    ]) {
      // "ZW" is the last country code of the list the expansion printed in full.
      assert.equal(read(page).includes("&quot;ZW&quot;"), false, page);
    }
    assert.match(read("variables/_tip_schema.RULES_BY_RECORD_TYPE.html"), /Record/);
  });

  it("shows an example for the main functions", () => {
    for (const [page, call] of [
      ["functions/_tip_schema.checkRecord.html", "checkRecord(record"],
      ["functions/_tip_schema.loadProfile.html", "loadProfile(readFileSync"],
      ["functions/_tip_convert.readHtcds.html", "readHtcds(readFileSync"],
    ]) {
      const text = read(page).replace(/<[^>]+>/g, "");
      assert.ok(text.includes("Example"), `${page}: no example`);
      assert.ok(text.includes(call), `${page}: the example does not call ${call}`);
    }
  });

  it("documents each public subpath entry under its import path", () => {
    for (const [page, title, declaration] of [
      ["modules/_tip_schema_check.html", "@tip/schema/check", "functions/_tip_schema_check.checkRecord.html"],
      [
        "modules/_tip_convert_xlsx.html",
        "@tip/convert/xlsx",
        "functions/_tip_convert_xlsx.writeHtcdsXlsx.html",
      ],
      [
        "modules/_tip_testkit_hostile.html",
        "@tip/testkit/hostile",
        "functions/_tip_testkit_hostile.withCanary.html",
      ],
      // Everything this entry exports is also in the main entry: its page links there.
      [
        "modules/_tip_exchange-node_client.html",
        "@tip/exchange-node/client",
        "classes/_tip_exchange-node.NodeClient.html",
      ],
    ]) {
      assert.ok(read(page).includes(`<h1>Module ${title}</h1>`), `${page}: not titled ${title}`);
      assert.ok(existsSync(join(dir, declaration)), `${title}: no page ${declaration}`);
    }
    // The subpath's own checkRecord (of the record types given), not the main entry's.
    assert.match(read("functions/_tip_schema_check.checkRecord.html"), /CheckOptionsWithLocale/);
    // The main entries keep their pages and names.
    assert.ok(read("modules/_tip_schema.html").includes("<h1>Module @tip/schema</h1>"));
    assert.ok(existsSync(join(dir, "functions/_tip_schema.checkRecord.html")));
    assert.equal(
      htmlFiles().some((file) => /public-api|xlsx-api/.test(file)),
      false,
      "a page named after a source file",
    );
  });

  it("has no serious or critical accessibility violation on a page of each kind", async () => {
    const pages = [
      "index.html",
      "modules/_tip_schema.html",
      "modules/_tip_schema_check.html",
      "functions/_tip_schema.checkRecord.html",
      "interfaces/_tip_schema.CheckOptions.html",
      "classes/_tip_schema.DataReadError.html",
      "variables/_tip_schema.RULES_BY_RECORD_TYPE.html",
      "types/_tip_schema.Victim.html",
      "hierarchy.html",
    ];
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const found = {};
    for (const path of pages) {
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(dir, path)).href);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const results = await window.axe.run(document, { resultTypes: ["violations"] });
        return results.violations
          .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
          .map((violation) => ({
            rule: violation.id,
            targets: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
          }));
      });
      if (violations.length > 0) found[path] = violations;
      await page.close();
    }
    await context.close();
    assert.deepEqual(found, {});
  });
});

// Every entry an `exports` map declares with types is either documented or one of the kinds left out on purpose,
// so a new public entry cannot be missing from the reference unnoticed.
describe("the documented entries", () => {
  it("are the typed public entries of the packages' exports maps", () => {
    const undocumented = /^\.\/(locales\/.+|testing)$/;
    const missing = [];
    for (const folder of documentedPackages()) {
      const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
      const documented = Object.keys(SUBPATH_ENTRIES[folder.split(/[\\/]/).pop()] ?? {}).map(
        (sub) => `./${sub}`,
      );
      for (const sub of documented)
        if (!(sub in manifest.exports)) missing.push(`${manifest.name}: ${sub} is not exported`);
      for (const [sub, target] of Object.entries(manifest.exports ?? {})) {
        const typed = typeof target === "object" && JSON.stringify(target).includes('"types"');
        if (sub !== "." && typed && !documented.includes(sub) && !undocumented.test(sub))
          missing.push(`${manifest.name}: ${sub} is not in the reference`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
