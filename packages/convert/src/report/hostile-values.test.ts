import { DataReadError, EXAMPLES } from "@tip/schema";
import { HOSTILE_CASES } from "@tip/testkit";
import { describe, expect, it } from "vitest";
import { migrate } from "../migrate/migrate.js";
import { writeCtdc2024 } from "../standards/ctdc/write-ctdc-2024.js";
import { writeFlatCsv } from "../standards/flat-csv/write-flat-csv.js";
import { writeHtcdsCsv } from "../standards/htcds/write-htcds-csv.js";
import { writeTipNdjson } from "../standards/tip/write-tip-ndjson.js";

const victim = () => structuredClone(EXAMPLES.victim) as Record<string, unknown>;

const WRITERS = [
  ["writeFlatCsv", (records: unknown[]) => writeFlatCsv(records as never)],
  ["writeHtcdsCsv", (records: unknown[]) => writeHtcdsCsv(records as never)],
  ["writeCtdc2024", (records: unknown[]) => writeCtdc2024(records)],
] as const;

describe("writers on values no JSON parser makes", () => {
  for (const hostile of HOSTILE_CASES) {
    it(`skip ${hostile.name} with the issue code as the reason and write the rest`, () => {
      for (const [name, write] of WRITERS) {
        const { text, report } = write([hostile.build(victim()), victim()]);
        expect(report.rows, name).toEqual({ total: 2, converted: 1, invalid: 0, skipped: 1 });
        expect(report.skipped, name).toEqual([{ row: 1, reason: hostile.code }]);
        expect(text.trim().split("\n"), name).toHaveLength(2);
      }
    });

    it(`refuse ${hostile.name} in migrate and writeTipNdjson with a DataReadError`, async () => {
      expect(() => migrate(hostile.build(victim()), "0.9.0", "1.0.0")).toThrow(
        expect.objectContaining({ name: "DataReadError", code: hostile.code, pointer: hostile.pointer }),
      );
      const lines: string[] = [];
      const error = await (async () => {
        try {
          for await (const line of writeTipNdjson([victim(), hostile.build(victim())])) lines.push(line);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(DataReadError);
      expect(error).toMatchObject({ code: hostile.code, recordIndex: 1 });
      expect(lines).toHaveLength(1);
    });
  }

  it("throw a DataReadError for a list of records that cannot be read", () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    for (const [name, write] of WRITERS.slice(0, 2)) expect(() => write(proxy), name).toThrow(DataReadError);
  });
});
