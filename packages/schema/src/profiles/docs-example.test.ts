import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { strictAjv } from "../testing/strict-ajv.js";
import { loadProfile } from "./load-profile.js";

// docs/profiles.md shows a whole profile document: it must load and follow the published schema, so the page
// never teaches a profile the SDK refuses.
const page = readFileSync(new URL("../../../../docs/profiles.md", import.meta.url), "utf8");
const example = /```json\n([\s\S]*?)\n```/.exec(page)?.[1] ?? "";
const schema = JSON.parse(
  readFileSync(new URL("../../profiles/profile.schema.json", import.meta.url), "utf8"),
);

describe("the profile of docs/profiles.md", () => {
  it("loads, and follows profile.schema.json", () => {
    const result = loadProfile(example);
    expect(result.ok ? [] : result.issues).toEqual([]);
    const validate = strictAjv().compile(schema);
    expect(validate(JSON.parse(example)), JSON.stringify(validate.errors)).toBe(true);
  });
});
