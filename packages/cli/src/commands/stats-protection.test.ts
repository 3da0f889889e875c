import { generate } from "@tip/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { ndjson } from "../privacy/testing/privacy-fixtures.js";
import { runPrivacy } from "../privacy/testing/run-privacy.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";

const tmp = tempDir("tip-stats-protection-");
afterAll(() => tmp.remove());

type Raw = Record<string, unknown>;
const { records } = generate({ seed: 4, count: 300, protection: true });
const input = tmp.write("export.ndjson", ndjson(records));
const ofType = (type: string) => (records as readonly Raw[]).filter((record) => record.recordType === type);

async function tip(...argv: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: tmp.dir, env: { LANG: "fr_FR.UTF-8" } });
  const code = await runPrivacy(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

interface StatsJson {
  unit: string;
  total: number | null;
  cells: Record<string, string | number | boolean | null>[];
}

describe("tip stats on helpline contacts and compensated victims", () => {
  it("counts helpline contacts by channel and outcome, suppressing small cells", async () => {
    const result = await tip("stats", input, "--by", "channel,outcome", "--format", "json");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as StatsJson;
    expect(json.unit).toBe("contacts");
    expect(json.total).toBe(ofType("helplineContact").length);
    const phone = ofType("helplineContact").filter((c) => c.channel === "phone").length;
    const cell = json.cells.find((c) => c.channel === "phone" && c.outcome === "total");
    expect(cell?.count).toBe(phone);
    for (const c of json.cells)
      if (typeof c.count === "number") expect(c.count === 0 || c.count >= 5).toBe(true);
    expect(json.cells.some((c) => c.suppressed === true)).toBe(true);
  });

  it("counts each victim with a compensation paid once", async () => {
    const result = await tip(
      "stats",
      input,
      "--unit",
      "compensated",
      "--by",
      "compensation_source",
      "--min-cell",
      "1",
    );
    expect(result.code).toBe(0);
    const paid = new Set(
      ofType("protectionMeasure")
        .filter(
          (m) =>
            (m.kind === "compensation" || m.kind === "restitution") && (m.compensation as Raw).paid === true,
        )
        .map((m) => m.victimId),
    );
    expect(paid.size).toBeGreaterThan(0);
    expect(result.stdout).toContain("Victimes indemnisées (versement effectué)");
    expect(result.stdout).toContain("Source de l'indemnisation");
    const json = JSON.parse(
      (
        await tip(
          "stats",
          input,
          "--unit",
          "compensated",
          "--by",
          "year",
          "--format",
          "json",
          "--min-cell",
          "1",
        )
      ).stdout,
    ) as StatsJson;
    expect(json.total).toBe(paid.size);
  });

  it("rejects a dimension the unit does not have, in the user's language, with exit code 2", async () => {
    const result = await tip("stats", input, "--unit", "contacts", "--by", "sex");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
  });
});
