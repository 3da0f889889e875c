import { describe, expect, it } from "vitest";
import { syntheticRecords } from "../../test/support/synthetic.js";
import { Aggregator, aggregate } from "./aggregate.js";
import { STATS_PRESETS } from "./presets.js";

describe("Aggregator", () => {
  it("gives the table aggregate gives, one record at a time", () => {
    const records = syntheticRecords(17, 600);
    for (const preset of Object.values(STATS_PRESETS)) {
      const aggregator = new Aggregator({ ...preset, minCell: 3 });
      for (const record of records) aggregator.add(record);
      expect(aggregator.table()).toEqual(aggregate(records, { ...preset, minCell: 3 }));
    }
  });

  it("looks into bundles and passes over what is not a person", () => {
    const records = syntheticRecords(2, 60);
    const aggregator = new Aggregator({ by: ["sex"] });
    aggregator.add({ recordType: "bundle", records });
    for (const value of [null, 3, "x", { recordType: "agency" }]) aggregator.add(value);
    expect(aggregator.table()).toEqual(aggregate(records, { by: ["sex"] }));
  });
});
