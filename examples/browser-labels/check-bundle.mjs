// Checks the bundle built by build.mjs: it holds the Spanish labels the page shows, and none of the French
// locale's labels, so a language is in a bundle only when the application imports it.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { CODE_LISTS } from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { es } from "@tip/schema/locales/es";
import { fr } from "@tip/schema/locales/fr";
import { pt } from "@tip/schema/locales/pt";

const bundle = await readFile("dist/bundle.js", "utf8");
const meta = JSON.parse(await readFile("dist/meta.json", "utf8"));

// Which files of @tip/schema esbuild put in the bundle (node_modules/@tip/schema/dist/..., or
// packages/schema/dist/... when run inside the monorepo's workspace).
const SCHEMA_DIST = /(?:@tip|packages)\/schema\/dist\/(?:modules\/)?(.+)$/;
const inputs = Object.keys(meta.inputs).flatMap((path) => SCHEMA_DIST.exec(path)?.[1] ?? []);
console.log(`@tip/schema files in the bundle: ${inputs.join(", ")}`);
assert.ok(
  inputs.some((path) => path === "locales/es.js"),
  "the Spanish locale is not in the bundle",
);
for (const locale of ["fr", "pt"]) {
  assert.ok(
    !inputs.some((path) => path.startsWith(`locales/${locale}.`)),
    `locales/${locale} is in the bundle`,
  );
}

/** Whether the bundle holds a string literal equal to `text` (not merely containing it: "Transporte"). */
function hasString(text) {
  return ['"', "'", "`"].some((quote) => bundle.includes(`${quote}${text}${quote}`));
}

/** Every code label of a locale, for the lists of codes that are words (not country or language names). */
function codeLabels(bundleOfLocale) {
  const labels = new Set();
  for (const listId of Object.keys(CODE_LISTS)) {
    if (listId === "country" || listId === "language") continue;
    for (const text of Object.values(bundleOfLocale.codes[listId])) labels.add(text.label);
  }
  return labels;
}

// Spanish: every label the page shows is in the bundle.
const shown = ["sex", "exploitation_form", "means_of_control"].flatMap((listId) =>
  Object.values(es.codes[listId]).map((text) => text.label),
);
const missing = shown.filter((label) => !hasString(label));
assert.deepEqual(missing, [], "Spanish labels missing from the bundle");

// French (and Portuguese): none of their own labels is in the bundle. Labels spelled the same in another
// language that is there (e.g. "Transporte" in Spanish and Portuguese) prove nothing and are left out.
/** Every field label of a locale ("Nombre" is Spanish for a given name and French for a count). */
function fieldLabels(bundleOfLocale) {
  return Object.values(bundleOfLocale.fields).map((text) => text.label);
}
const present = new Set([...codeLabels(es), ...codeLabels(en), ...fieldLabels(es), ...fieldLabels(en)]);
for (const [name, locale] of [
  ["French", fr],
  ["Portuguese", pt],
]) {
  const own = [...codeLabels(locale)].filter((label) => !present.has(label));
  const leaked = own.filter(hasString);
  assert.ok(own.length > 100, `too few ${name} labels to check (${own.length})`);
  assert.deepEqual(leaked, [], `${name} labels leaked into the bundle`);
  console.log(`${name}: none of ${own.length} labels in the bundle`);
}
console.log(`Spanish: all ${shown.length} labels shown by the page are in the bundle`);
