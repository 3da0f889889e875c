import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "@tip/testkit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Located, type StreamOptions, type Summary, validateStream } from "../src/public-api.js";
import { example, ndjson, uuid, validateText } from "./helpers.js";

type Row = Record<string, unknown> & { recordType: string; id: string };

/** Small enough that a few hundred records make ids, references and referrals spill in dozens of runs. */
const TINY = 2048;
const CROSS_CODES = new Set(["duplicate_id", "dangling_reference", "referral_chain_cycle"]);

const generated = (): Row[] =>
  structuredClone(generate({ seed: 21, count: 400, errorRate: 0.15 }).records) as unknown as Row[];
const ofType = (rows: readonly Row[], type: string) => rows.filter((row) => row.recordType === type);

/**
 * Corpora whose checks across records differ in kind, each validated with and without spilling, with the
 * codes the checks across records must find in it.
 */
const CORPORA: [string, () => Row[], string[]][] = [
  ["generated records: references to earlier and later records, referrals, invalid records", generated, []],
  ["the same in reverse order: references to later records wait", () => generated().reverse(), []],
  [
    "duplicate ids far apart, one id three times, a duplicate of an invalid record",
    () => {
      const rows = generated();
      const again = [3, 40, 150, 151].map((i) => structuredClone(rows[i] as Row));
      const thrice = structuredClone(rows[10] as Row);
      const invalid = { ...structuredClone(ofType(rows, "victim")[5] as Row), sex: "robot" };
      rows.splice(300, 0, structuredClone(thrice), invalid);
      return [...rows, ...again, thrice, { ...structuredClone(invalid), sex: "female" }];
    },
    ["duplicate_id"],
  ],
  [
    "dangling references, ids reused across record types",
    () => {
      const rows = generated().filter((row, i) => row.recordType !== "case" || i % 7 !== 0);
      const victims = ofType(rows, "victim");
      const agencies = ofType(rows, "agency");
      const cases = ofType(rows, "case");
      // A perpetrator and a case take ids of earlier records of other types; references then point at them.
      (ofType(rows, "perpetrator").at(-1) as Row).id = (victims[2] as Row).id;
      (cases.at(-1) as Row).id = (agencies[1] as Row).id;
      (victims.at(-1) as Row).caseIds = [(agencies[1] as Row).id, (victims[3] as Row).id, uuid(99)];
      const referral = ofType(rows, "referral")[0] as Row;
      referral.victimId = (cases[1] as Row).id;
      referral.caseId = uuid(98);
      return rows;
    },
    ["dangling_reference", "duplicate_id"],
  ],
  [
    "referral circles, near and far apart",
    () => {
      const rows = generated();
      const referrals = ofType(rows, "referral");
      const back = (referral: Row, n: number): Row => ({
        ...structuredClone(referral),
        id: uuid(1000 + n),
        from: { ...(referral.to as object) },
        to: { ...(referral.from as object) },
      });
      const loop: Row = { ...structuredClone(referrals[2] as Row), id: uuid(2000) };
      loop.to = { ...(loop.from as object) };
      rows.splice(5, 0, back(referrals.at(-1) as Row, 1));
      return [...rows, back(referrals[0] as Row, 2), back(referrals[1] as Row, 3), loop];
    },
    ["referral_chain_cycle"],
  ],
  ["victims alone: the cases they name are not checked", () => ofType(generated(), "victim"), []],
];

let parent: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), "tip-spill-test-"));
});
afterEach(() => {
  rmSync(parent, { recursive: true, force: true });
});

/** Files in the private directories the checks across records made under `parent`. */
function spilledFiles(): number {
  return readdirSync(parent).reduce((sum, dir) => sum + readdirSync(join(parent, dir)).length, 0);
}

/** Validates text, noting the most temporary files seen at once while reading. */
async function run(text: string, options: Partial<StreamOptions> = {}) {
  let most = 0;
  const summary = await validateText(
    text,
    {
      format: "ndjson",
      maxIssues: 100_000,
      tempDir: parent,
      onProgress: () => {
        most = Math.max(most, spilledFiles());
      },
      ...options,
    },
    2048,
  );
  return { summary, most, left: readdirSync(parent) };
}

/** Issues by record, keeping the order within a record (issues about the whole input last). */
function byRecord(issues: readonly Located[]): Located[] {
  const at = (issue: Located) => issue.recordIndex ?? Number.POSITIVE_INFINITY;
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => at(a.issue) - at(b.issue) || a.order - b.order)
    .map(({ issue }) => issue);
}

const normal = (summary: Summary) => ({ ...summary, issues: byRecord(summary.issues) });

describe("checks across records past their memory budget", () => {
  it.each(CORPORA)("spill to disk and report the same as in memory: %s", async (_name, rows, codes) => {
    const text = ndjson(rows());
    const inMemory = await run(text);
    const spilled = await run(text, { indexMemoryBytes: TINY });
    expect(inMemory.most).toBe(0);
    expect(spilled.most).toBeGreaterThan(0);
    expect([inMemory.left, spilled.left]).toEqual([[], []]);
    const crossCodes = Object.keys(inMemory.summary.byCode).filter((code) => CROSS_CODES.has(code));
    expect(crossCodes.sort()).toEqual(codes);
    // A duplicate id whose first record went to disk is found at the end, with the other checks across
    // records, instead of as its record is read: the same issues, each with its record.
    expect(normal(spilled.summary)).toEqual(normal(inMemory.summary));
    if (!inMemory.summary.byCode.duplicate_id) expect(spilled.summary).toEqual(inMemory.summary);
  });

  it("keeps the same first issues under maxIssues: those found at the end come in record order", async () => {
    const rows = structuredClone(generate({ seed: 5, count: 300 }).records) as unknown as Row[];
    const referrals = ofType(rows, "referral");
    for (const referral of referrals.slice(1, 5)) referral.to = { ...(referral.from as object) };
    // Cases gone: the references to them dangle, before and after the circles.
    const text = ndjson(rows.filter((row, i) => row.recordType !== "case" || i % 10 !== 0));
    const inMemory = await run(text, { maxIssues: 25 });
    const spilled = await run(text, { maxIssues: 25, indexMemoryBytes: TINY });
    expect(spilled.most).toBeGreaterThan(0);
    expect(spilled.summary).toEqual(inMemory.summary);
    const { issues, byCode } = inMemory.summary;
    expect([issues.length, byCode.referral_chain_cycle, inMemory.summary.truncated]).toEqual([25, 4, true]);
    expect(issues.some((issue) => issue.code === "referral_chain_cycle")).toBe(true);
    const order = issues
      .filter((issue) => CROSS_CODES.has(issue.code))
      .map((issue) => issue.recordIndex ?? -1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("spills the same way in a JSON bundle, header checked last", async () => {
    const rows = (CORPORA[2] as (typeof CORPORA)[number])[1]();
    const bundle = { ...example("bundle"), records: rows };
    const text = JSON.stringify(bundle);
    const inMemory = await run(text, { format: "json" });
    const spilled = await run(text, { format: "json", indexMemoryBytes: TINY });
    expect(spilled.most).toBeGreaterThan(0);
    expect(spilled.left).toEqual([]);
    expect(normal(spilled.summary)).toEqual(normal(inMemory.summary));
  });

  it("writes no text of the records to its temporary files: no name, no id as text", async () => {
    const rows = generated();
    for (const row of ofType(rows, "victim")) row.givenName = "Canarynameqz";
    const texts = ["Canarynameqz", (rows[200] as Row).id, (rows[300] as Row).id].map((text) =>
      Buffer.from(text),
    );
    let read = 0;
    const summary = await validateText(
      ndjson(rows),
      {
        format: "ndjson",
        indexMemoryBytes: TINY,
        tempDir: parent,
        onProgress: () => {
          for (const dir of readdirSync(parent)) {
            for (const file of readdirSync(join(parent, dir))) {
              const bytes = readFileSync(join(parent, dir, file));
              read += bytes.length;
              for (const text of texts) expect(bytes.includes(text)).toBe(false);
            }
          }
        },
      },
      2048,
    );
    expect(summary.total).toBe(rows.length);
    expect(read).toBeGreaterThan(10_000);
  });

  it("leaves no temporary file when the signal aborts after a spill", async () => {
    const controller = new AbortController();
    const text = ndjson(generated());
    let seen = 0;
    const running = validateText(
      text,
      {
        format: "ndjson",
        indexMemoryBytes: TINY,
        tempDir: parent,
        signal: controller.signal,
        onProgress: () => {
          seen = spilledFiles();
          if (seen > 0) controller.abort(new Error("stop"));
        },
      },
      2048,
    );
    await expect(running).rejects.toThrow("stop");
    expect(seen).toBeGreaterThan(0);
    expect(readdirSync(parent)).toEqual([]);
  });

  it("leaves no temporary file when the source fails after a spill", async () => {
    const bytes = Buffer.from(ndjson(generated()));
    async function* failing() {
      for (let at = 0; ; at += 2048) {
        if (spilledFiles() > 0) throw new Error("disk gone");
        yield bytes.subarray(at, at + 2048);
      }
    }
    await expect(
      validateStream(failing(), { format: "ndjson", indexMemoryBytes: TINY, tempDir: parent }),
    ).rejects.toThrow("disk gone");
    expect(readdirSync(parent)).toEqual([]);
  });
});
