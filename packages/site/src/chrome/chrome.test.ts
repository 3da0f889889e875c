import { catalogueArguments } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { CHROME } from "./chrome.js";

describe("chrome texts", () => {
  const english = catalogueArguments(CHROME.en);

  it("are valid ICU MessageFormat, a code list's count being a number", () => {
    expect(english["codes.codeCount"]).toEqual(["count:number"]);
    expect(english["types.between"]).toEqual(["max", "min", "type"]);
  });

  for (const lang of ["es", "fr", "pt"] as const) {
    it(`${lang} has the same keys as English, each with the same ICU arguments`, () => {
      expect(catalogueArguments(CHROME[lang])).toEqual(english);
    });
  }
});
