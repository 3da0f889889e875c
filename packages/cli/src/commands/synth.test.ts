import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkRecord } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { afterAll, describe, expect, it } from "vitest";
import { runAlone } from "../generators/run-alone.js";
import { memoryIo } from "../testing/memory-io.js";
import { spawnCli } from "../testing/spawn-cli.js";
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

  it("with --error-rate breaks protection, prosecution and prevention records too, which tip validate finds", async () => {
    const synth = async (rate: string, file: string) => {
      const { io } = memoryIo({ cwd: temp.dir });
      const argv = ["synth", "--count", "150", "--seed", "5", "--protection", "--prosecution"];
      expect(await runAlone(registerSynth, [...argv, "--error-rate", rate, "-o", file], io)).toBe(0);
      return readFileSync(join(temp.dir, file), "utf8").split("\n").filter(Boolean);
    };
    const clean = await synth("0", "clean.ndjson");
    const faulty = await synth("0.2", "faulty.ndjson");
    expect(faulty).toHaveLength(clean.length);
    // The broken records are the lines that differ from the same data set without mistakes, by type.
    const changedLines = new Set<number>();
    const changedByType = new Map<string, number>();
    faulty.forEach((line, index) => {
      if (line === clean[index]) return;
      changedLines.add(index + 1);
      const type = (JSON.parse(line) as { recordType: string }).recordType;
      changedByType.set(type, (changedByType.get(type) ?? 0) + 1);
    });
    const validate = (file: string) =>
      spawnCli(["validate", "--format", "json", "--max-issues", "100000", file], { cwd: temp.dir });
    const cleanRun = await validate("clean.ndjson");
    expect(cleanRun.code).toBe(0);
    expect(JSON.parse(cleanRun.stdout)).toMatchObject({ invalid: 0, errors: 0 });
    const run = await validate("faulty.ndjson");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      byRecordType: Record<string, { invalid: number }>;
      issues: { line: number; severity: string }[];
    };
    for (const type of [
      "helplineContact",
      "screening",
      "protectionMeasure",
      "sgbvIncident",
      "operation",
      "financialInquiry",
      "legalAssistanceRequest",
      "criminalGroup",
      "preventionActivity",
    ]) {
      expect(changedByType.get(type), type).toBeGreaterThan(0);
      expect(report.byRecordType[type]?.invalid, type).toBe(changedByType.get(type));
    }
    // Every error is on a broken record: none spills onto the records that point at one.
    const errorLines = report.issues.filter((issue) => issue.severity === "error").map((issue) => issue.line);
    expect(errorLines.length).toBeGreaterThan(0);
    expect(errorLines.filter((line) => !changedLines.has(line))).toEqual([]);
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
