import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkRecord, en } from "@tip/schema";
import { afterAll, describe, expect, it } from "vitest";
import { runAlone } from "../generators/run-alone.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";
import { registerSynth } from "./synth.js";

const temp = tempDir("tip-synth-");
afterAll(() => temp.remove());

const lines = (text: string) =>
  text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { recordType: string; id: string });

describe("tip synth", () => {
  it("writes N victims with their cases, agencies, perpetrators and referrals as valid NDJSON", async () => {
    const { io, stdout } = memoryIo({ cwd: temp.dir });
    const code = await runAlone(
      registerSynth,
      ["synth", "--count", "20", "--seed", "7", "-o", "out.ndjson"],
      io,
    );
    expect(code).toBe(0);
    const records = lines(readFileSync(join(temp.dir, "out.ndjson"), "utf8"));
    expect(records.filter((record) => record.recordType === "victim")).toHaveLength(20);
    expect(new Set(records.map((record) => record.recordType))).toEqual(
      new Set(["agency", "case", "victim", "perpetrator", "referral"]),
    );
    for (const record of records) expect(checkRecord(record, { locale: en }).ok, record.id).toBe(true);
    expect(stdout.text()).toBe(`${records.length} records written to ${join(temp.dir, "out.ndjson")}\n`);
  });

  it("with --prosecution adds groups, operations, financial inquiries, MLA requests and prevention activities", async () => {
    const { io } = memoryIo({ cwd: temp.dir });
    const argv = ["synth", "--count", "200", "--seed", "4", "--prosecution", "-o", "prosecution.ndjson"];
    expect(await runAlone(registerSynth, argv, io)).toBe(0);
    const records = lines(readFileSync(join(temp.dir, "prosecution.ndjson"), "utf8"));
    const types = new Set(records.map((record) => record.recordType));
    for (const type of [
      "criminalGroup",
      "operation",
      "financialInquiry",
      "legalAssistanceRequest",
      "preventionActivity",
    ])
      expect(types, type).toContain(type);
    for (const record of records) expect(checkRecord(record, { locale: en }).issues, record.id).toEqual([]);
  });

  it("gives the same records for the same seed and other records for another seed", async () => {
    const run = async (seed: string) => {
      const { io, stdout } = memoryIo();
      await runAlone(registerSynth, ["synth", "--count", "5", "--seed", seed, "--country", "mx"], io);
      return stdout.text();
    };
    const first = await run("42");
    expect(await run("42")).toBe(first);
    expect(await run("43")).not.toBe(first);
    expect(first.length).toBeGreaterThan(0);
  });

  it("makes the asked share of victims invalid", async () => {
    const { io, stdout } = memoryIo();
    await runAlone(registerSynth, ["synth", "--count", "30", "--error-rate", "1"], io);
    const victims = lines(stdout.text()).filter((record) => record.recordType === "victim");
    expect(victims.every((victim) => !checkRecord(victim, { locale: en }).ok)).toBe(true);
  });

  it("adds the figures the country would publish, valid, after the records, with --aggregates", async () => {
    const { io, stdout } = memoryIo();
    await runAlone(registerSynth, ["synth", "--count", "40", "--seed", "3", "--aggregates"], io);
    const records = lines(stdout.text());
    const first = records.findIndex((record) => record.recordType === "aggregate");
    expect(first).toBeGreaterThan(0);
    expect(records.slice(first).every((record) => record.recordType === "aggregate")).toBe(true);
    for (const record of records) expect(checkRecord(record, { locale: en }).ok, record.id).toBe(true);
    const { io: plainIo, stdout: plain } = memoryIo();
    await runAlone(registerSynth, ["synth", "--count", "40", "--seed", "3"], plainIo);
    expect(lines(plain.text())).toEqual(records.slice(0, first));
  });

  it("adds helpline contacts, screenings, protection measures and SGBV incidents with --protection", async () => {
    const { io, stdout } = memoryIo();
    await runAlone(registerSynth, ["synth", "--count", "40", "--seed", "3", "--protection"], io);
    const records = lines(stdout.text());
    const types = new Set(records.map((record) => record.recordType));
    for (const type of ["helplineContact", "screening", "protectionMeasure", "sgbvIncident"])
      expect(types.has(type), type).toBe(true);
    for (const record of records) expect(checkRecord(record, { locale: en }).ok, record.id).toBe(true);
  });

  it("rejects a wrong count, country and rate at once, in the user's language, with exit code 2", async () => {
    const { io, stdout, stderr } = memoryIo({ env: { LANG: "es_MX.UTF-8" } });
    const argv = ["synth", "--count", "-3", "--country", "ZZ", "--error-rate", "2"];
    expect(await runAlone(registerSynth, argv, io)).toBe(2);
    expect(stdout.text()).toBe("");
    expect(stderr.text()).toContain("--count necesita un número entero");
    expect(stderr.text()).toContain("«ZZ» no es un código de país");
    expect(stderr.text()).toContain("--error-rate necesita un número de 0 a 1");
  });

  it("reports a file it cannot write with exit code 2", async () => {
    const { io, stderr } = memoryIo({ cwd: temp.dir });
    expect(await runAlone(registerSynth, ["synth", "--count", "1", "-o", "missing/dir/out.ndjson"], io)).toBe(
      2,
    );
    expect(stderr.text()).toBe(
      "error: cannot write the file of -o: its folder does not exist; nothing was written\n",
    );
    expect(readdirSync(temp.dir)).not.toContain("missing");
  });
});
