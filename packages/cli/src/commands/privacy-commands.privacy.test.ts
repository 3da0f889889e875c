import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LOCALES } from "@tip/schema";
import { afterAll, describe, expect, it } from "vitest";
import { CANARY, canaryRecords, ndjson } from "../privacy/testing/privacy-fixtures.js";
import { runPrivacy } from "../privacy/testing/run-privacy.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir("tip-privacy-canary-");
afterAll(() => tmp.remove());

const records = canaryRecords(150, 9);
const input = tmp.write("canary.ndjson", `${ndjson(records)}{"givenName":"${CANARY}-broken\n`);
const bundle = tmp.write(
  "canary.json",
  JSON.stringify({
    recordType: "bundle",
    id: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
    schemaVersion: "1.0.0",
    sender: { country: "TT" },
    recipients: [{ country: "VE" }],
    sentAt: "2024-01-01T00:00:00Z",
    purpose: "referral",
    tlp: "RED",
    records,
  }),
);
const key = tmp.write("key.bin", new Uint8Array(32).fill(9));

const leaks = (text: string) => text.toLowerCase().includes(CANARY.toLowerCase());

async function tip(...argv: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const code = await runPrivacy(argv, io);
  return { code, text: stdout.text() + stderr.text() };
}

/** A recipient and purpose some victims' consents cover and others' do not. */
function partlyCoveredExport(): { recipient: string; purpose: string } {
  type Consent = { purposes?: string[]; recipientAgencyIds?: string[] };
  const consent = records
    .flatMap((record) =>
      record.recordType === "victim" ? ((record.consents as Consent[] | undefined) ?? []) : [],
    )
    .find((entry) => (entry.recipientAgencyIds?.length ?? 0) > 0 && (entry.purposes?.length ?? 0) > 0);
  return {
    recipient: consent?.recipientAgencyIds?.[0] ?? "",
    purpose: consent?.purposes?.[0] ?? "assistance",
  };
}

describe("the privacy commands never print or publish a personal value", () => {
  for (const lang of LOCALES) {
    it(`anonymize (${lang}): report, output file and standard output`, async () => {
      const out = join(tmp.dir, `anon-${lang}.ndjson`);
      for (const source of [input, bundle]) {
        const toFile = await tip(
          "anonymize",
          source,
          "--key-file",
          key,
          "--k",
          "3",
          "-o",
          out,
          "--lang",
          lang,
        );
        expect(leaks(toFile.text)).toBe(false);
        expect(leaks(readFileSync(out, "utf8"))).toBe(false);
        const toStdout = await tip("anonymize", source, "--key-file", key, "--lang", lang);
        expect(leaks(toStdout.text)).toBe(false);
      }
    });

    it(`stats (${lang}): every format and preset`, async () => {
      for (const format of ["text", "csv", "json"]) {
        for (const table of [
          ["--preset", "glotip"],
          ["--preset", "glotip-persons"],
          ["--by", "sex,age_group,exploitation,citizenship,country,year"],
        ]) {
          const result = await tip(
            "stats",
            input,
            ...table,
            "--format",
            format,
            "--lang",
            lang,
            "--min-cell",
            "1",
          );
          expect(result.code).toBe(1); // the broken line
          expect(leaks(result.text)).toBe(false);
        }
      }
    });

    it(`export (${lang}): messages, and withheld records kept out of the file`, async () => {
      const { recipient, purpose } = partlyCoveredExport();
      const out = join(tmp.dir, `export-${lang}.ndjson`);
      const result = await tip(
        "export",
        "--to",
        recipient,
        "--purpose",
        purpose,
        input,
        "-o",
        out,
        "--lang",
        lang,
      );
      expect(result.code).toBe(1);
      expect(leaks(result.text)).toBe(false);
      const sent = new Set(
        readFileSync(out, "utf8")
          .trim()
          .split("\n")
          .map((line) => (JSON.parse(line) as { id: string }).id),
      );
      const withheld = records.filter((record) => !sent.has(record.id as string));
      expect(withheld.length).toBeGreaterThan(0);
      const file = readFileSync(out, "utf8");
      for (const record of withheld) {
        for (const value of [record.givenName, record.familyName, record.identityNumber, record.details]) {
          if (typeof value === "string") expect(file).not.toContain(value);
        }
      }
      const red = await tip(
        "export",
        "--to",
        recipient,
        "--purpose",
        purpose,
        bundle,
        "-o",
        join(tmp.dir, `red-${lang}.json`),
        "--lang",
        lang,
      );
      expect(red.code).toBe(1);
      expect(leaks(red.text)).toBe(false);
      expect(leaks(readFileSync(join(tmp.dir, `red-${lang}.json`), "utf8"))).toBe(false);
    });
  }

  it("wrote no file that holds a canary, except export files holding records their consent allows", () => {
    for (const name of readdirSync(tmp.dir)) {
      if (name.startsWith("anon-") || name.startsWith("red-"))
        expect(leaks(readFileSync(join(tmp.dir, name), "utf8"))).toBe(false);
    }
  });
});
