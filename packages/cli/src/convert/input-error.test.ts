import { XlsxLibraryMissingError } from "@tip/convert";
import { LOCALES } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../testing/catalogues.js";
import { convertErrorText } from "./input-error.js";

describe("convertErrorText", () => {
  it("tells a user whose install lacks exceljs which package to install, in the run's language", () => {
    const error = new XlsxLibraryMissingError();
    const texts = LOCALES.map((lang) =>
      convertErrorText(error, "in.ndjson", CATALOGUES[lang], CATALOGUES[lang].convert),
    );
    for (const text of texts) expect(text).toContain("npm install exceljs@^4.4.0");
    // One text per language, none the same.
    expect(new Set(texts).size).toBe(LOCALES.length);
    expect(texts[0]).toBe(error.message);
  });
});
