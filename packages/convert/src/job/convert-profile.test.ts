import { EXAMPLES, loadProfile, type Profile, SHIPPED_PROFILES } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { readCtdc } from "../standards/ctdc/read-ctdc.js";
import { readFlatCsv } from "../standards/flat-csv/read-flat-csv.js";
import { convert } from "./convert-job.js";
import type { ChunkSink, ConvertOptions } from "./convert-options.js";

function profile(id: string): Profile {
  const result = loadProfile(SHIPPED_PROFILES[id]);
  if (!result.ok) throw new Error(`${id} does not load`);
  return result.profile;
}

type Victim = Record<string, unknown> & { exploitation: Record<string, unknown> };

/** The example victim without means: an adult victim by act and purpose only. */
function withoutMeans(): Victim {
  const victim = structuredClone(EXAMPLES.victim) as Victim;
  delete victim.exploitation.palermoMeans;
  delete victim.exploitation.meansOfControl;
  return victim;
}

/** The example victim exploited in a form only Mexican law names. */
function mexicanForm(): Victim {
  const victim = structuredClone(EXAMPLES.victim) as Victim;
  victim.exploitation.forms = ["mx_illicit_biomedical_experimentation"];
  delete victim.exploitation.labourIndustry;
  delete victim.exploitation.labourSectors;
  return victim;
}

function memorySink(): ChunkSink & { text(): string } {
  const chunks: string[] = [];
  return {
    write: (chunk) => void chunks.push(typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk)),
    text: () => chunks.join(""),
  };
}

async function run(
  records: readonly unknown[],
  options: Omit<ConvertOptions, "from"> & { from?: ConvertOptions["from"] },
  text?: string,
) {
  const input = text ?? records.map((record) => `${JSON.stringify(record)}\n`).join("");
  const main = memorySink();
  const outcome = await convert({ bytes: input, idSeed: "profile" }, main, {
    from: "tip",
    ...options,
  });
  return { outcome, main };
}

describe("convert --profile", () => {
  it("palermo: an adult victim without means is an invalid row; under core it converts with a warning", async () => {
    const core = await run([withoutMeans()], { to: "tip" });
    expect(core.outcome.read.rows).toMatchObject({ total: 1, converted: 1, invalid: 0 });
    expect(core.outcome.read.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ["adult_victim_without_means", "warning"],
    ]);
    const palermo = await run([withoutMeans()], { to: "tip", profile: profile("palermo") });
    expect(palermo.outcome.read.rows).toMatchObject({ total: 1, converted: 0, invalid: 1 });
    expect(palermo.outcome.read.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ["adult_victim_without_means", "error"],
    ]);
    // Still written, and counted: nothing is dropped.
    expect(palermo.outcome.records).toMatchObject({ read: 1, written: 1, skipped: 0 });
  });

  it.each(["mx", "ar"])("%s: the same victim converts with no finding", async (id) => {
    const { outcome } = await run([withoutMeans()], { to: "tip", profile: profile(id) });
    expect(outcome.read.rows).toMatchObject({ total: 1, converted: 1, invalid: 0 });
    expect(outcome.read.issues).toEqual([]);
  });

  it("mx: a national code is valid and kept in canonical NDJSON and flat CSV, invalid under core", async () => {
    const core = await run([mexicanForm()], { to: "tip" });
    expect(core.outcome.read.rows.invalid).toBe(1);
    const tip = await run([mexicanForm()], { to: "tip", profile: profile("mx") });
    expect(tip.outcome.read.rows).toMatchObject({ converted: 1, invalid: 0 });
    expect(JSON.parse(tip.main.text()).exploitation.forms).toEqual(["mx_illicit_biomedical_experimentation"]);
    expect(tip.outcome.folded).toBeUndefined();
    const csv = await run([mexicanForm()], { to: "csv", profile: profile("mx") });
    expect(csv.outcome.writes[0]?.report.rows).toMatchObject({ converted: 1, invalid: 0 });
    const back = readFlatCsv(csv.main.text(), { entity: "victim", profile: profile("mx") });
    expect(back.report.rows).toMatchObject({ converted: 1, invalid: 0 });
    expect((back.records[0] as Victim).exploitation.forms).toEqual(["mx_illicit_biomedical_experimentation"]);
  });

  it("mx: written to CTDC, which knows core codes only, a national code is folded and counted", async () => {
    const { outcome, main } = await run([mexicanForm(), EXAMPLES.victim], {
      to: "ctdc",
      profile: profile("mx"),
    });
    expect(outcome.folded).toBe(1);
    expect(outcome.writes[0]?.report.rows).toMatchObject({ total: 2, converted: 2, invalid: 0 });
    expect(outcome.records).toMatchObject({ read: 2, written: 2, skipped: 0 });
    // Read back, the first victim's form is the core code the national one folds to.
    const back = readCtdc(main.text());
    expect(back.records.map((victim) => victim.exploitation?.forms)).toEqual([
      ["other"],
      EXAMPLES.victim.exploitation?.forms,
    ]);
  });

  it("mx: reads a flat CSV row with a national code as valid", async () => {
    const csv = await run([mexicanForm()], { to: "csv", profile: profile("mx") });
    const { outcome } = await run([], { from: "csv", to: "tip", profile: profile("mx") }, csv.main.text());
    expect(outcome.read.rows).toMatchObject({ total: 1, converted: 1, invalid: 0 });
    expect(outcome.read.invalidValues).toEqual([]);
    // Core cannot read the national code: the cell is kept aside and reported, never silently dropped.
    const core = await run([], { from: "csv", to: "tip" }, csv.main.text());
    expect(core.outcome.read.invalidValues).toMatchObject([
      { row: 1, column: "exploitation.forms", code: "unknown_code", expected: "exploitation_form" },
    ]);
  });
});
