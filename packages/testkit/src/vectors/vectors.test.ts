import { checkRecord } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { describe, expect, it } from "vitest";
import { buildVectors, vectorProfile } from "./build-vectors.js";

const key = (issue: { code: string; path: string; severity: string; position?: unknown }) =>
  `${issue.severity} ${issue.code} at "${issue.path}"${issue.position === undefined ? "" : ` key ${issue.position}`}`;

describe.each(buildVectors())("vector $recordType/$name (profile: $profile)", (vector) => {
  it("gets from checkRecord, under the vector's profile, exactly the expected issues", () => {
    const profile = vector.profile === undefined ? undefined : vectorProfile(vector.profile);
    const result = checkRecord(vector.input, { locale: en, ...(profile === undefined ? {} : { profile }) });
    const actual = [
      ...new Set(result.issues.map((issue) => key({ ...issue, position: issue.params.position }))),
    ].sort();
    expect(actual).toEqual(vector.expected.issues.map(key).sort());
    expect(result.ok).toBe(vector.expected.valid);
  });
});
