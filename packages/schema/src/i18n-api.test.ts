import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIcu, isLocale, LOCALES } from "./i18n-api.js";
import { formatIcu as formatIcuOfRoot, LOCALES as LOCALES_OF_ROOT } from "./public-api.js";

const SRC = dirname(fileURLToPath(import.meta.url));

/** The packages a source module and the modules it imports (not `import type`) import, by file. */
function importedPackages(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const [, what, from] of source.matchAll(/^(import|export)(?! type)[^;]*?from "([^"]+)";/gms)) {
      if (what === undefined || from === undefined) continue;
      if (from.startsWith(".")) pending.push(resolve(dirname(file), from.replace(/\.js$/, ".ts")));
      else packages.set(from, file);
    }
  }
  return packages;
}

describe("@tip/schema/i18n", () => {
  it("gives the languages and the formatter of the main entry", () => {
    expect(LOCALES).toBe(LOCALES_OF_ROOT);
    expect(formatIcu).toBe(formatIcuOfRoot);
    expect(isLocale("pt")).toBe(true);
    expect(formatIcu("es", "{count, plural, one {# registro} other {# registros}}", { count: 1200 })).toBe(
      "1200 registros",
    );
  });

  it("imports neither zod nor a module of the model, so a program that only speaks loads neither", () => {
    const packages = importedPackages(join(SRC, "i18n-api.ts"));
    expect([...packages.keys()]).not.toContain("zod");
    expect([...packages.keys()].sort()).toEqual(["@formatjs/icu-messageformat-parser", "intl-messageformat"]);
  });
});
