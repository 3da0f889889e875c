import { describe, expect, it } from "vitest";
import * as api from "./public-api.js";

describe("public API", () => {
  it("exports the functions and values users call, and none of the working parts", () => {
    // Written out by hand: a new export is a promise to users and must be added here on purpose.
    expect(Object.keys(api).sort()).toEqual(
      [
        "DEFAULT_MAX_DEPTH",
        "DEFAULT_MAX_ISSUES",
        "DEFAULT_MAX_LINE_BYTES",
        "DELIMITER_NAMES_SHOWN",
        "ENCODING_NAMES",
        "INPUT_FORMATS",
        "InputError",
        "isInputFormat",
        "mergeSummaries",
        "validateFiles",
        "worstSeverity",
        "TextDecodeError",
        "TextInputDecoder",
        "decimalCommaNumber",
        "delimiterOf",
        "detectDelimiter",
        "encodingOf",
        "firstLineOf",
        "loadMessages",
        "formatOfFileName",
        "formatTextReport",
        "readRecordItems",
        "removeSpillDirs",
        "toJsonReport",
        "validateBundle",
        "validateRecord",
        "validateStream",
      ].sort(),
    );
  });

  it("keeps the id index and packed ids inside", () => {
    expect(api).not.toHaveProperty("IdIndex");
    expect(api).not.toHaveProperty("packUuid");
  });
});
