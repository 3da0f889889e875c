import { describe, expect, it } from "vitest";
import { checkRecord } from "../../issues/check-record.js";
import { en } from "../../locales/en.js";
import { EXAMPLES } from "../../model/examples.js";

const A = "2b8e4f10-5c3a-4d7e-8f19-0a1b2c3d4e5f";
const B = "4c6b8a2e-7d1f-4e3a-9b5c-2a8d6f0e1b37";

function withEvents(events: object[]): ReturnType<typeof checkRecord> {
  return checkRecord({ ...structuredClone(EXAMPLES.case), events }, { locale: en });
}

const findings = (result: ReturnType<typeof checkRecord>) =>
  result.issues.map((issue) => [issue.code, issue.path]);

describe("case events per victim", () => {
  it("orders events that name no victim as one timeline, by their roles", () => {
    const result = withEvents([
      { role: "exploitation", date: "2022-02" },
      { role: "recruitment", date: "2022-03" },
    ]);
    expect(findings(result)).toEqual([["dates_out_of_order", "/events/0/date"]]);
  });

  it("orders each victim's events on their own", () => {
    const interleaved = [
      { victimId: A, role: "recruitment", date: "2022-01" },
      { victimId: B, role: "recruitment", date: "2022-03" },
      { victimId: A, role: "exploitation", date: "2022-02" },
    ];
    expect(findings(withEvents(interleaved))).toEqual([]);
    const late = [...interleaved, { victimId: B, role: "exploitation", date: "2022-02" }];
    expect(findings(withEvents(late))).toEqual([["dates_out_of_order", "/events/3/date"]]);
  });

  it("accepts re-trafficking after identification and checks it against the identification", () => {
    const twice = [
      { victimId: A, role: "recruitment", date: "2021-01" },
      { victimId: A, role: "identification", date: "2021-06" },
      { victimId: A, role: "recruitment", date: "2022-02" },
      { victimId: A, role: "identification", date: "2022-09" },
    ];
    expect(findings(withEvents(twice))).toEqual([]);
    const early = twice.map((event, index) => (index === 2 ? { ...event, date: "2021-05" } : event));
    expect(findings(withEvents(early))).toEqual([["dates_out_of_order", "/events/2/date"]]);
  });

  it("rejects a victim id that is not a UUID", () => {
    const result = withEvents([{ victimId: "victim-1", role: "recruitment", date: "2022-01" }]);
    expect(findings(result)).toEqual([["invalid_format", "/events/0/victimId"]]);
  });
});
