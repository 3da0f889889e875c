import { describe, expect, it } from "vitest";
import { checkRecord } from "../../issues/check-record.js";
import { en } from "../../locales/en.js";
import { preventionActivityExample } from "./prevention-activity.example.js";

const issuesOf = (record: unknown) => checkRecord(record, { locale: en }).issues;
const pairsOf = (record: unknown) => issuesOf(record).map((issue) => [issue.code, issue.path]);

describe("prevention activity record", () => {
  it("accepts the example and a training without platforms", () => {
    expect(checkRecord(preventionActivityExample, { locale: en }).ok).toBe(true);
    const training = {
      recordType: "preventionActivity",
      id: preventionActivityExample.id,
      kind: "training",
      audiences: ["police", "labour_inspectors"],
      trainees: 40,
      channels: ["in_person"],
      country: "BR",
    };
    expect(checkRecord(training, { locale: en }).ok).toBe(true);
  });

  it("rejects an end before the start", () => {
    expect(pairsOf({ ...preventionActivityExample, endedOn: "2024-07-01" })).toEqual([
      ["dates_out_of_order", "/endedOn"],
    ]);
  });

  it("rejects platforms when the channels leave out online", () => {
    expect(pairsOf({ ...preventionActivityExample, channels: ["radio"] })).toEqual([
      ["platforms_without_online_channel", "/channels"],
    ]);
    const { channels: _channels, ...withoutChannels } = preventionActivityExample;
    expect(pairsOf(withoutChannels)).toEqual([]);
  });

  it("rejects an unknown audience, channel or platform", () => {
    const codes = (record: unknown) => issuesOf(record).map((issue) => issue.code);
    expect(codes({ ...preventionActivityExample, audiences: ["aliens"] })).toContain("invalid_code");
    expect(codes({ ...preventionActivityExample, channels: ["pigeon"] })).toContain("invalid_code");
    expect(codes({ ...preventionActivityExample, platforms: ["myspace"] })).toContain("invalid_code");
  });
});
