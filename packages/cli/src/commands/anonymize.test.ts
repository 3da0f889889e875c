import { readFileSync } from "node:fs";
import { EXAMPLES, ExchangeBundle } from "@tip/schema";
import { afterAll, describe, expect, it } from "vitest";
import { canaryRecords, ndjson } from "../privacy/testing/privacy-fixtures.js";
import { runPrivacy } from "../privacy/testing/run-privacy.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir("tip-anonymize-");
afterAll(() => tmp.remove());

const input = tmp.write("export.ndjson", ndjson(canaryRecords()));
const keyA = tmp.write("a.key", new Uint8Array(32).fill(1));
const keyAHex = tmp.write("a.hex", `${"01".repeat(32)}\n`);
const keyB = tmp.write("b.key", new Uint8Array(32).fill(2));
const shortKey = tmp.write("short.key", "too short");

async function tip(...argv: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const code = await runPrivacy(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const idsOf = (file: string) =>
  readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((line) => (JSON.parse(line) as { id: string }).id);

describe("tip anonymize", () => {
  it("writes k-anonymous, pseudonymous records and prints what was suppressed", async () => {
    const out = `${tmp.dir}/anon.ndjson`;
    const result = await tip("anonymize", input, "--key-file", keyA, "--k", "5", "-o", out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Records read: \d+; written: \d+; removed for k-anonymity: \d+; left out: 0\./,
    );
    expect(result.stdout).toContain("Values suppressed:");
    expect(result.stdout).toContain("k = 5");
    const victims = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((record) => record.recordType === "victim");
    const sizes = new Map<string, number>();
    for (const victim of victims) {
      const key = JSON.stringify([
        victim.sex,
        victim.ageBand,
        victim.citizenships,
        victim.yearOfRegistration,
      ]);
      sizes.set(key, (sizes.get(key) ?? 0) + 1);
    }
    expect(Math.min(...sizes.values())).toBeGreaterThanOrEqual(5);
  });

  it("gives the same pseudonyms for one key (raw or hex) and different ones for two keys", async () => {
    const [a1, a2, b] = [`${tmp.dir}/a1.ndjson`, `${tmp.dir}/a2.ndjson`, `${tmp.dir}/b.ndjson`];
    expect((await tip("anonymize", input, "--key-file", keyA, "-o", a1)).code).toBe(0);
    expect((await tip("anonymize", input, "--key-file", keyAHex, "-o", a2)).code).toBe(0);
    expect((await tip("anonymize", input, "--key-file", keyB, "-o", b)).code).toBe(0);
    expect(idsOf(a1)).toEqual(idsOf(a2));
    const other = new Set(idsOf(b));
    expect(idsOf(a1).some((id) => other.has(id))).toBe(false);
  });

  it("keeps a bundle a valid bundle", async () => {
    const bundle = tmp.write("bundle.json", JSON.stringify(EXAMPLES.bundle));
    const out = `${tmp.dir}/bundle-out.json`;
    expect((await tip("anonymize", bundle, "--key-file", keyA, "--k", "1", "-o", out)).code).toBe(0);
    expect(ExchangeBundle.safeParse(JSON.parse(readFileSync(out, "utf8"))).success).toBe(true);
  });

  it("writes to standard output and reports on stderr without -o", async () => {
    const result = await tip("anonymize", input, "--key-file", keyA);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toMatch(/^\{"recordType"/);
    expect(result.stderr).toContain("Records read:");
  });

  it("exits 1 and says so when lines are not JSON, still writing the rest", async () => {
    const broken = tmp.write("broken.ndjson", `${ndjson(canaryRecords(20))}{"givenName": "Maria\n`);
    const result = await tip("anonymize", broken, "--key-file", keyA, "-o", `${tmp.dir}/broken-out.ndjson`);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("left out: 1.");
    const brokenLine = canaryRecords(20).length + 1;
    expect(result.stdout).toContain(`1 item was left out:\n  line ${brokenLine}: not valid JSON\n`);
    expect(result.stdout).not.toContain("Maria");
  });

  it("refuses a short key, a missing key file option and unknown quasi identifiers with exit 2, in the chosen language", async () => {
    const short = await tip("anonymize", input, "--key-file", shortKey, "--lang", "es");
    expect(short.code).toBe(2);
    expect(short.stderr).toContain("se necesitan al menos 16");
    const missing = await tip("anonymize", input, "--lang", "fr");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("l'option --key-file est obligatoire");
    const quasi = await tip("anonymize", input, "--key-file", keyA, "--quasi", "victim.sex,victim.shoeSize");
    expect(quasi.code).toBe(2);
    expect(quasi.stderr).toContain("“victim.shoeSize” is not a quasi identifier");
    expect((await tip("anonymize", input, "--key-file", keyA, "--k", "0")).code).toBe(2);
  });
});
