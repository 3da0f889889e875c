import { describe, expect, it } from "vitest";
import { codeSitesIn } from "../field-model/code-sites.js";
import { fieldTreeOf } from "../field-model/schema-field-tree.js";
import { ENTITIES, RECORD_TYPES } from "../model/entities.js";
import { COUNTRY_SITES } from "./country-sites.generated.js";

describe("COUNTRY_SITES", () => {
  it("lists the country fields of every record type's field tree, in order", () => {
    for (const recordType of RECORD_TYPES) {
      if (recordType === "bundle") continue;
      const fromTree = codeSitesIn(fieldTreeOf(ENTITIES[recordType]))
        .filter((site) => site.codeList === "country")
        .map(({ path, many, field }) => ({ path, many, field }));
      expect(COUNTRY_SITES[recordType], recordType).toEqual(fromTree);
    }
  });

  it("has one entry per record type but the bundle", () => {
    expect(Object.keys(COUNTRY_SITES).sort()).toEqual(RECORD_TYPES.filter((type) => type !== "bundle").sort());
  });
});
