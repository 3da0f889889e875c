import { readFileSync } from "node:fs";
import { EXAMPLES } from "@tip/schema";
import { afterAll, describe, expect, it } from "vitest";
import { CANARY, canaryRecords } from "../privacy/testing/privacy-fixtures.js";
import { runPrivacy } from "../privacy/testing/run-privacy.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

// Hostile input for stats, anonymize and export: each case checks the exit code, that the counts reconcile,
// that no planted value reaches stdout, stderr or the output file, and that Object.prototype is untouched.

const tmp = tempDir("tip-privacy-hostile-");
afterAll(() => tmp.remove());

/** A passport-number-like record id: ids are not always random. */
const PASSPORT = "P<UTOERIKSSON<<ANNA<L898902C36";
const ESCAPE = "\u001b[31m\u001b]8;;https://evil.example\u0007";
const BIDI = "\u202e";
const DEEP = 10_000;

/** A victim with no consent (withheld by export), planted with the canaries, with `__proto__` keys at two depths. */
function hostileVictimLine(): string {
  const victim = {
    ...structuredClone(EXAMPLES.victim),
    id: PASSPORT,
    givenName: `${CANARY}${ESCAPE}`,
    familyName: `${BIDI}${CANARY}\nerror: forged line`,
    consents: [],
  };
  const text = JSON.stringify(victim);
  // Written as text: an object literal would set the prototype instead of holding the key.
  return `{"__proto__":{"polluted":"${CANARY}"},"constructor":{"prototype":{"polluted":1}},${text.slice(1, -1).replace('"sex"', `"address":{"__proto__":{"polluted":2}},${JSON.stringify(`${ESCAPE}key`)}:"${CANARY}","sex"`)}}`;
}

function deepLine(): string {
  const record = { ...structuredClone(EXAMPLES.victim), id: "0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a" };
  const deep = `${'{"a":'.repeat(DEEP)}"${CANARY}"${"}".repeat(DEEP)}`;
  return `${JSON.stringify(record).slice(0, -1)},"extensions":{"lc":${deep}}}`;
}

const good = canaryRecords(60, 4);
// Line numbers, counted here from the text (not by the code under test).
const lines = [
  hostileVictimLine(),
  ...good.map((record) => JSON.stringify(record)),
  deepLine(),
  `{"givenName": "${CANARY}", ${ESCAPE}`,
  JSON.stringify({ note: `${CANARY}`, id: PASSPORT }),
  "",
];
const text = lines.join("\n");
const hostileLine = 1;
const deepAt = good.length + 2;
const notJsonAt = good.length + 3;
const notRecordAt = good.length + 4;
const itemsRead = good.length + 4;
const input = tmp.write("hostile.ndjson", text);
const key = tmp.write("key.bin", new Uint8Array(32).fill(5));

const PLANTED = [
  CANARY.toLowerCase(),
  PASSPORT.toLowerCase(),
  "\u001b",
  BIDI,
  "__proto__",
  "forged line",
  "evil.example",
];

function expectClean(...texts: string[]): void {
  for (const printed of texts) {
    const lower = printed.toLowerCase();
    for (const planted of PLANTED)
      expect(lower.includes(planted), `leaked ${JSON.stringify(planted)}`).toBe(false);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters.
    expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(printed)).toBe(false);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
}

async function tip(...argv: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const code = await runPrivacy(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** The left-out notes expected for the hostile input, in English. */
function expectLeftOut(report: string): void {
  expect(report).toContain(`  line ${deepAt}: nested deeper than 64 levels`);
  expect(report).toContain(`  line ${notJsonAt}: not valid JSON`);
  expect(report).toContain(`  line ${notRecordAt}: not a record of the model`);
}

describe("privacy commands on hostile input", () => {
  it("stats: counts the rest, locates what it left out, leaks nothing, exit 1", async () => {
    const result = await tip("stats", input, "--by", "sex");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Records read: ${itemsRead}; used: ${itemsRead - 3}; left out: 3.`);
    expectLeftOut(result.stderr);
    expectClean(result.stdout, result.stderr);
  });

  it("anonymize: a 10,000-deep extension is one record left out, the rest written, exit 1", async () => {
    const out = `${tmp.dir}/anonymized.ndjson`;
    const result = await tip("anonymize", input, "--key-file", key, "--k", "2", "-o", out);
    expect(result.code).toBe(1);
    const written = readFileSync(out, "utf8").trim().split("\n").length;
    const suppressed = Number(/removed for k-anonymity: (\d+)/.exec(result.stdout)?.[1]);
    // The hostile victim's id is no UUID: it cannot be pseudonymised as an id, so the record is left out too.
    expect(result.stdout).toContain(
      `Records read: ${itemsRead}; written: ${written}; removed for k-anonymity: ${suppressed}; left out: 4.`,
    );
    expect(written + suppressed + 4).toBe(itemsRead);
    expect(result.stdout).toContain(
      `  line ${hostileLine}: does not fit the model closely enough to be anonymised`,
    );
    expectLeftOut(result.stdout);
    expectClean(result.stdout, result.stderr, readFileSync(out, "utf8"));
  });

  it("export: the withheld record is named by its line, never by its id; exit 1", async () => {
    const out = `${tmp.dir}/exported.ndjson`;
    const to = EXAMPLES.referral.to.agencyId;
    const result = await tip("export", input, "--to", to, "--purpose", "assistance", "-o", out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Record at line ${hostileLine} (victim) withheld`);
    const summary = /Records read: (\d+); may be sent: (\d+); withheld: (\d+); left out: (\d+)\./.exec(
      result.stdout,
    );
    const [read, sent, withheld, leftOut] = (summary ?? []).slice(1).map(Number);
    expect(read).toBe(itemsRead);
    expect(leftOut).toBe(3);
    expect((sent ?? 0) + (withheld ?? 0) + (leftOut ?? 0)).toBe(itemsRead);
    const output = readFileSync(out, "utf8");
    expect(output.trim() === "" ? 0 : output.trim().split("\n").length).toBe(sent);
    expectLeftOut(result.stdout);
    // The sent records are the data owner's to send; only the withheld record's values must stay out.
    expect(output).not.toContain(PASSPORT);
    expectClean(result.stdout, result.stderr);
  });

  it("export: a bundle's records are named by line and JSON Pointer", async () => {
    const records = [JSON.parse(JSON.stringify(EXAMPLES.victim)), JSON.parse(hostileVictimLine())];
    const bundle = tmp.write(
      "hostile-bundle.json",
      JSON.stringify({ ...EXAMPLES.bundle, records }, null, 2).replace(
        '"records": [',
        `"records": [\n    ${JSON.stringify(ESCAPE)},`,
      ),
    );
    const result = await tip(
      "export",
      bundle,
      "--to",
      EXAMPLES.referral.to.agencyId,
      "--purpose",
      "assistance",
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /Item at line \d+ \(\/records\/0\) withheld|line \d+, \/records\/0: not a record/,
    );
    expect(result.stderr).toMatch(/Record at line \d+ \(\/records\/2\) \(victim\) withheld/);
    expectClean(result.stderr);
  });

  it("every command: an input that is not JSON at all is exit 2, with no value echoed", async () => {
    const garbage = tmp.write("garbage.txt", `${CANARY},${PASSPORT}\n${ESCAPE}\n`);
    for (const argv of [
      ["stats", garbage, "--by", "sex"],
      ["anonymize", garbage, "--key-file", key],
      ["export", garbage, "--to", "x", "--purpose", "assistance"],
    ]) {
      const result = await tip(...argv);
      expect(result.code).toBe(2);
      expectClean(result.stdout, result.stderr);
    }
  });
});
