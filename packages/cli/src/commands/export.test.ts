import { readFileSync } from "node:fs";
import { EXAMPLES, LOCALES } from "@tip/schema";
import { afterAll, describe, expect, it } from "vitest";
import { runPrivacy } from "../privacy/testing/run-privacy.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir("tip-export-");
afterAll(() => tmp.remove());

const ORIGIN = EXAMPLES.referral.to.agencyId;
const DESTINATION = EXAMPLES.referral.from.agencyId;
const bundle = tmp.write("bundle.json", JSON.stringify(EXAMPLES.bundle));
const red = tmp.write("red.json", JSON.stringify({ ...EXAMPLES.bundle, tlp: "RED" }));
const records = tmp.write(
  "records.ndjson",
  EXAMPLES.bundle.records.map((record) => `${JSON.stringify(record)}\n`).join(""),
);

async function tip(...argv: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir });
  const code = await runPrivacy(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** Where an example record sits in the example bundle (0-based), found by id here, never printed by id. */
const positionOf = (id: string) => EXAMPLES.bundle.records.findIndex((record) => record.id === id);

const sentIds = (file: string) =>
  (JSON.parse(readFileSync(file, "utf8")) as { records: { id: string }[] }).records.map(
    (record) => record.id,
  );

describe("tip export", () => {
  it("writes every record when consent covers the recipient and purpose, exit 0", async () => {
    const out = `${tmp.dir}/ok.json`;
    const result = await tip(
      "export",
      "--to",
      ORIGIN,
      "--purpose",
      "referral_transnational",
      "--on",
      "2024-01-01",
      bundle,
      "-o",
      out,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(sentIds(out)).toHaveLength(EXAMPLES.bundle.records.length);
  });

  it("withholds records whose consent does not cover the purpose: exit 1, named by place (never by id), in the chosen language", async () => {
    const out = `${tmp.dir}/refused.json`;
    const result = await tip(
      "export",
      "--to",
      ORIGIN,
      "--purpose",
      "criminal_proceedings",
      bundle,
      "-o",
      out,
      "--lang",
      "es",
    );
    expect(result.code).toBe(1);
    const victimAt = positionOf(EXAMPLES.victim.id);
    expect(victimAt).toBeGreaterThanOrEqual(0);
    expect(result.stderr).toContain(`Registro en la línea 1 (/records/${victimAt}) (víctima) retenido`);
    expect(result.stderr).toContain("«Proceso penal»");
    for (const record of EXAMPLES.bundle.records) expect(result.stderr).not.toContain(record.id);
    expect(result.stdout).toContain(
      "Registros leídos: 6; pueden enviarse: 3; retenidos: 3; dejados fuera: 0.",
    );
    expect(sentIds(out)).not.toContain(EXAMPLES.victim.id);
    expect(readFileSync(out, "utf8")).not.toContain(`"${EXAMPLES.victim.familyName}"`);
  });

  for (const lang of LOCALES) {
    it(`refuses a TLP:RED bundle to an agency it is not addressed to (exit 1, ${lang})`, async () => {
      const out = `${tmp.dir}/red-${lang}.json`;
      const result = await tip(
        "export",
        "--to",
        DESTINATION,
        "--purpose",
        "assistance",
        red,
        "-o",
        out,
        "--lang",
        lang,
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("TLP:RED");
      expect(result.stderr).toContain(`(/records/${positionOf(EXAMPLES.victim.id)})`);
      expect(result.stderr).not.toContain(EXAMPLES.victim.id);
      expect(result.stderr).not.toContain(EXAMPLES.victim.familyName);
      expect(sentIds(out)).toEqual([]);
    });
  }

  it("keeps NDJSON input as NDJSON and checks referrals against the named consent", async () => {
    const out = `${tmp.dir}/sent.ndjson`;
    const result = await tip("export", "--to", DESTINATION, "--purpose", "assistance", records, "-o", out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `Record at line ${positionOf(EXAMPLES.referral.id) + 1} (referral) withheld`,
    );
    expect(result.stderr).not.toContain(EXAMPLES.referral.id);
    expect(readFileSync(out, "utf8").trim().split("\n").length).toBe(3);
  });

  it("rejects a missing --to, an unknown purpose and a malformed date with exit 2", async () => {
    expect((await tip("export", "--purpose", "assistance", bundle)).code).toBe(2);
    const purpose = await tip("export", "--to", ORIGIN, "--purpose", "marketing", bundle);
    expect(purpose.code).toBe(2);
    expect(purpose.stderr).toContain("“marketing” is not a valid value of --purpose");
    expect(
      (await tip("export", "--to", ORIGIN, "--purpose", "assistance", "--on", "1/2/2024", bundle)).code,
    ).toBe(2);
  });
});
