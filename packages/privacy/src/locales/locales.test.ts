import { catalogueArguments } from "@tip/schema";
import { en as schemaEn } from "@tip/schema/locales/en";
import { describe, expect, it } from "vitest";
import { DIMENSIONS } from "../aggregate/dimensions.js";
import { toStatsText } from "../aggregate/format-text.js";
import { GLOTIP_FORMS, GLOTIP_STAGES } from "../aggregate/glotip-categories.js";
import type { StatsTable } from "../aggregate/table.js";
import { formatRefusal } from "../gate/format-refusal.js";
import type { PrivacyTexts } from "../i18n/privacy-texts.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { pt } from "./pt.js";

describe("locales", () => {
  const english = catalogueArguments(en);

  it("are valid ICU MessageFormat, with numbers shown the language's way", () => {
    expect(english["table.rateNote"]).toEqual(["count:number", "rate:number"]);
    expect(english["table.suppressedLegend"]).toEqual(["minCell:number"]);
  });

  for (const texts of [es, fr, pt]) {
    it(`${texts.locale} has the same keys as English, each with the same ICU arguments`, () => {
      expect(catalogueArguments(texts)).toEqual(english);
    });
  }

  for (const texts of [en, es, fr, pt]) {
    it(`${texts.locale} has every text`, () => {
      for (const dimension of DIMENSIONS) expect(texts.dimensions[dimension]).toBeTruthy();
      const forms: Readonly<Record<string, string>> = texts.values.glotipForms;
      const stages: Readonly<Record<string, string>> = texts.values.stages;
      for (const form of GLOTIP_FORMS) expect(forms[form]).toBeTruthy();
      for (const stage of GLOTIP_STAGES) expect(stages[stage]).toBeTruthy();
      expect(texts.table.rateLegend).toBeTruthy();
    });
  }
});

describe("numbers in privacy texts", () => {
  it("group digits and write decimals the way of each language", () => {
    const note = (texts: PrivacyTexts) =>
      toStatsText(
        {
          ...table(),
          rates: true,
          cells: [{ values: { sex: "total" }, count: 12345, suppressed: false, rate: 1234.5 }],
        },
        { texts },
      );
    expect(note(en)).toContain("12,345 (1,234.5)");
    expect(note(es)).toContain("12.345 (1234,5)");
    expect(note(fr)).toContain("12\u202f345 (1\u202f234,5)");
    expect(note(pt)).toContain("12.345 (1.234,5)");
  });

  it("show the smallest published count grouped in the legend", () => {
    const legend = (texts: PrivacyTexts) => toStatsText({ ...table(), minCell: 10000 }, { texts });
    expect(legend(en)).toContain("fewer than 10,000");
    expect(legend(pt)).toContain("10.000");
  });

  it("fill a refusal's params in each language", () => {
    const refusal = {
      code: "consent_missing",
      id: "/records/3",
      recordType: "victim",
      params: { purpose: "research", recipient: "agency-1" },
    } as const;
    expect(formatRefusal(refusal, es, undefined)).toContain("/records/3");
    expect(formatRefusal(refusal, en, schemaEn)).toBe(
      "Record /records/3 (victim) withheld: no consent of the person is recorded.",
    );
  });
});

/** A table of victims by sex, written by hand; each test gives it the cells it needs. */
function table(): StatsTable {
  return {
    unit: "victims",
    by: ["sex"],
    levels: { sex: [] },
    minCell: 5,
    total: null,
    cells: [],
    suppressedCells: 0,
    rates: false,
    severalForms: "each",
    classification: {},
  };
}
