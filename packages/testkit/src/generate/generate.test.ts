import { describe, expect, it } from "vitest";
import { generate, generateRecords } from "./generate.js";

describe("generate", () => {
  it("gives identical output for the same seed", () => {
    const options = { seed: "determinism", count: 150, errorRate: 0.2 };
    const first = generate(options);
    const second = generate(options);
    expect(JSON.stringify(second.records)).toBe(JSON.stringify(first.records));
    expect([...second.invalid]).toEqual([...first.invalid]);
  });

  it("gives different output for another seed", () => {
    expect(JSON.stringify(generate({ seed: 1, count: 20 }).records)).not.toBe(
      JSON.stringify(generate({ seed: 2, count: 20 }).records),
    );
  });

  it("draws mistakes from their own stream: the valid records do not depend on the error rate", () => {
    const clean = generate({ seed: 5, count: 100 });
    const faulty = generate({ seed: 5, count: 100, errorRate: 0.5 });
    expect(faulty.invalid.size).toBeGreaterThan(0);
    expect(faulty.records.length).toBe(clean.records.length);
    faulty.records.forEach((record, index) => {
      if (!faulty.invalid.has(record.id)) expect(record).toEqual(clean.records[index]);
    });
  });

  it("generates exactly `count` victims", () => {
    for (const count of [0, 1, 7, 64]) {
      const { records } = generate({ seed: count, count });
      expect(records.filter((record) => record.recordType === "victim")).toHaveLength(count);
    }
  });

  it("streams lazily, so huge data sets never sit in memory", () => {
    const first: unknown[] = [];
    for (const record of generateRecords({ count: 1_000_000_000 })) {
      first.push(record);
      if (first.length === 50) break;
    }
    expect(first).toHaveLength(50);
  });

  it("rejects options it cannot honour", () => {
    expect(() => generate({ country: "TTO" })).toThrow(RangeError);
    expect(() => generate({ country: "XX" })).toThrow(RangeError);
    expect(() => generate({ errorRate: 1.5 })).toThrow(RangeError);
    expect(() => generate({ count: -1 })).toThrow(RangeError);
  });

  it("uses the reporting country it is given", () => {
    const { records } = generate({ seed: 3, count: 30, country: "CR" });
    for (const record of records) {
      if (record.recordType === "victim") expect(record.identification?.country).toBe("CR");
    }
  });
});
