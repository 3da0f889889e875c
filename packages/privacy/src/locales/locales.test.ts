import { describe, expect, it } from "vitest";
import { DIMENSIONS } from "../aggregate/dimensions.js";
import { GLOTIP_FORMS, GLOTIP_STAGES } from "../aggregate/glotip-categories.js";
import { REFUSAL_CODES } from "../gate/refusal.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { pt } from "./pt.js";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("locales", () => {
  for (const texts of [en, es, fr, pt]) {
    it(`${texts.locale} has every text, with the same placeholders as English`, () => {
      for (const code of REFUSAL_CODES)
        expect(placeholders(texts.refusals[code])).toEqual(placeholders(en.refusals[code]));
      for (const dimension of DIMENSIONS) expect(texts.dimensions[dimension]).toBeTruthy();
      const forms: Readonly<Record<string, string>> = texts.values.glotipForms;
      const stages: Readonly<Record<string, string>> = texts.values.stages;
      for (const form of GLOTIP_FORMS) expect(forms[form]).toBeTruthy();
      for (const stage of GLOTIP_STAGES) expect(stages[stage]).toBeTruthy();
      expect(placeholders(texts.table.suppressedLegend)).toEqual(["minCell"]);
      expect(placeholders(texts.table.rateNote)).toEqual(["count", "rate"]);
      expect(texts.table.rateLegend).toBeTruthy();
    });
  }
});
