import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain script of the repository, without declarations.
import { packagesReachedFrom } from "../../../scripts/test/import-cycles.mjs";
import { formatIcu, isLocale, LOCALES, SCHEMA_VERSION } from "./i18n-api.js";
import {
  formatIcu as formatIcuOfRoot,
  LOCALES as LOCALES_OF_ROOT,
  SCHEMA_VERSION as SCHEMA_VERSION_OF_ROOT,
} from "./public-api.js";

const SRC = dirname(fileURLToPath(import.meta.url));

describe("@tip/schema/i18n", () => {
  it("gives the languages, the formatter and the model version of the main entry", () => {
    expect(SCHEMA_VERSION).toBe(SCHEMA_VERSION_OF_ROOT);
    expect(SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(LOCALES).toBe(LOCALES_OF_ROOT);
    expect(formatIcu).toBe(formatIcuOfRoot);
    expect(isLocale("pt")).toBe(true);
    expect(formatIcu("es", "{count, plural, one {# registro} other {# registros}}", { count: 1200 })).toBe(
      "1200 registros",
    );
  });

  it("imports neither zod nor a module of the model, so a program that only speaks loads neither", () => {
    const packages: Map<string, string> = packagesReachedFrom(join(SRC, "i18n-api.ts"));
    expect([...packages.keys()]).not.toContain("zod");
    expect([...packages.keys()].sort()).toEqual(["@formatjs/icu-messageformat-parser", "intl-messageformat"]);
  });
});
