import { describe, expect, it } from "vitest";
import { fieldTreeOf } from "../field-model/schema-field-tree.js";
import { ENTITIES, RECORD_TYPES } from "../model/entities.js";
import { countrySitesIn } from "./country-site.js";
import * as generated from "./country-sites.generated.js";

const RECORD_TYPES_BUT_BUNDLE = RECORD_TYPES.filter((type) => type !== "bundle");
const sitesByName = new Map<string, unknown>(Object.entries(generated));

describe("country-sites.generated.ts", () => {
  it("lists the country fields of every record type's field tree, in order", () => {
    for (const recordType of RECORD_TYPES_BUT_BUNDLE) {
      const fromTree = countrySitesIn(fieldTreeOf(ENTITIES[recordType]));
      expect(sitesByName.get(`${recordType}CountrySites`), recordType).toEqual(fromTree);
    }
  });

  it("has one constant per record type but the bundle, and nothing else", () => {
    expect([...sitesByName.keys()].sort()).toEqual(
      RECORD_TYPES_BUT_BUNDLE.map((type) => `${type}CountrySites`).sort(),
    );
  });
});
