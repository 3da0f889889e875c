import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runAlone } from "../generators/run-alone.js";
import { memoryIo } from "../testing/memory-io.js";
import { toNdjson, validVictim } from "../testing/records.js";
import { tempDir } from "../testing/temp-dir.js";
import { registerConvert } from "./convert.js";

const tmp = tempDir("tip-convert-profile-");
afterAll(() => tmp.remove());

type Victim = Record<string, unknown> & { exploitation: Record<string, unknown> };

/** An identified adult victim with act and purpose but no means. */
function withoutMeans(index: number): Victim {
  const victim = validVictim(index) as Victim;
  victim.exploitation = { ...victim.exploitation };
  delete victim.exploitation.palermoMeans;
  delete victim.exploitation.meansOfControl;
  return victim;
}

/** A victim exploited in a form only Mexican law names. */
function mexicanForm(index: number): Victim {
  const victim = validVictim(index) as Victim;
  victim.exploitation = { ...victim.exploitation, forms: ["mx_illicit_biomedical_experimentation"] };
  delete victim.exploitation.labourIndustry;
  delete victim.exploitation.labourSectors;
  return victim;
}

async function convert(args: readonly string[], lang = "en") {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir, env: { LANG: `${lang}.UTF-8` } });
  const code = await runAlone(registerConvert, ["convert", ...args], io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const noMeans = tmp.write("no-means.ndjson", toNdjson([withoutMeans(1)]));
const national = tmp.write("national.ndjson", toNdjson([mexicanForm(2), validVictim(3)]));

describe("tip convert --profile", () => {
  it("palermo: an adult victim without means is an invalid row (exit 1), still written", async () => {
    const run = await convert([
      noMeans,
      "--to",
      "tip",
      "-o",
      "p.ndjson",
      "--report",
      "p.json",
      "--profile",
      "palermo",
    ]);
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(join(tmp.dir, "p.json"), "utf8"));
    expect(report.profile).toEqual({ id: "palermo", version: "1.0.0" });
    expect(report.read.rows).toMatchObject({ total: 1, converted: 0, invalid: 1 });
    expect(report.read.issues.map((issue: { code: string }) => issue.code)).toEqual([
      "adult_victim_without_means",
    ]);
    expect(report.records).toMatchObject({ read: 1, written: 1, skipped: 0 });
  });

  it.each(["mx", "ar"])("%s: the same victim converts cleanly (exit 0)", async (id) => {
    const run = await convert([noMeans, "--to", "tip", "-o", `${id}.ndjson`, "--profile", id]);
    expect(run.stderr).toContain("1 converted, 0 invalid");
    expect(run.code).toBe(0);
  });

  it("mx: a national code converts (exit 0) where core finds it invalid (exit 1)", async () => {
    expect((await convert([national, "--to", "tip", "-o", "core.ndjson"])).code).toBe(1);
    const run = await convert([national, "--to", "tip", "-o", "mx.ndjson", "--profile", "mx"]);
    expect(run.code).toBe(0);
    expect(readFileSync(join(tmp.dir, "mx.ndjson"), "utf8")).toContain(
      "mx_illicit_biomedical_experimentation",
    );
  });

  it("mx to CTDC: the national code is folded to its core code, counted in the summary and the report", async () => {
    const run = await convert([
      national,
      "--to",
      "ctdc",
      "-o",
      "out.csv",
      "--report",
      "c.json",
      "--profile",
      "mx",
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "records written with the core codes their national codes fold to (ctdc knows core codes only): 1",
    );
    const report = JSON.parse(readFileSync(join(tmp.dir, "c.json"), "utf8"));
    expect(report.folded).toBe(1);
    expect(readFileSync(join(tmp.dir, "out.csv"), "utf8")).not.toContain("mx_illicit");
  });

  it("says it in the language asked", async () => {
    const run = await convert([national, "--to", "ctdc", "-o", "es.csv", "--profile", "mx"], "es");
    expect(run.stderr).toContain("registros escritos con los códigos básicos");
  });

  it.each([
    ["bad JSON", "{ nope", "at /: The profile is not valid JSON"],
    ["an unknown rule", { rules: { no_rule: { severity: "off", clause: "x" } } }, "at /rules: "],
    ["a cycle in basedOn", { basedOn: "lc" }, "/basedOn"],
  ])("reports a profile with %s at its place, exit 2, nothing written", async (_, body, expected) => {
    const base = {
      id: "lc",
      title: { en: "T", es: "T", fr: "T", pt: "T" },
      version: "1.0.0",
      basedOn: "core",
      sources: [{ title: "Act 1" }],
    };
    const file = tmp.write("lc.json", typeof body === "string" ? body : JSON.stringify({ ...base, ...body }));
    const run = await convert([national, "--to", "tip", "-o", "never.ndjson", "--profile", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(() => readFileSync(join(tmp.dir, "never.ndjson"))).toThrow();
  });
});
