import {
  ALL_RULES,
  CODE_LISTS,
  type CodeListId,
  FIELD_IDS,
  INPUT_CODES,
  LOCALES,
  MODEL_OBJECTS,
  RECORD_TYPES,
  STRUCTURAL_CODES,
  type Text,
  tipRegistry,
} from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALE_BUNDLES } from "../src/model/locale-bundles.js";
import { idsOf, rowOf, textOf } from "./html-scan.js";
import { type BuiltSite, buildTempSite } from "./site-files.js";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildTempSite();
});
afterAll(() => site.remove());

const objectOf = (fieldId: string) => fieldId.slice(0, fieldId.indexOf("."));
const metaOf = (fieldId: string) => {
  const [object, key] = fieldId.split(".") as [keyof typeof MODEL_OBJECTS, string];
  const shape = MODEL_OBJECTS[object].shape as Record<string, Parameters<typeof tipRegistry.get>[0]>;
  const schema = shape[key];
  return schema && tipRegistry.get(schema);
};

describe("fields", () => {
  it.each(LOCALES)("every field id has its row, label and description on its object's page (%s)", (lang) => {
    const bundle = LOCALE_BUNDLES[lang];
    for (const id of FIELD_IDS) {
      const row = rowOf(site.read(`${lang}/model/${objectOf(id)}.html`), id);
      expect(row, id).toBeDefined();
      const text = textOf(row ?? "");
      expect(text, id).toContain(bundle.fields[id].label);
      expect(text, id).toContain(bundle.fields[id].description);
    }
  });

  it("shows each field's pii class, requiredness, code list, rules and mappings", () => {
    const page = site.read("en/model/victim.html");
    expect(textOf(rowOf(page, "victim.givenName") ?? "")).toMatch(
      /Required No Personal data Direct identifier .*Mappings HTCDS prs_FirstName prs_First_Name/,
    );
    expect(textOf(rowOf(page, "victim.id") ?? "")).toMatch(/Type UUID Required Yes/);
    for (const rule of ALL_RULES) {
      for (const id of rule.fields as readonly string[]) {
        const row = rowOf(site.read(`en/model/${objectOf(id)}.html`), id) ?? "";
        expect(row, `${rule.code} on ${id}`).toContain(`rules.html#${rule.code}`);
      }
    }
    for (const id of FIELD_IDS) {
      const row = rowOf(site.read(`en/model/${objectOf(id)}.html`), id) ?? "";
      const meta = metaOf(id);
      expect(row, id).toContain(`pii-${meta?.pii}`);
      for (const name of meta?.mappings?.htcds ?? []) expect(textOf(row), id).toContain(name);
      if (meta?.codeList) expect(row, id).toContain(`codes/${meta.codeList}.html`);
    }
  });

  it("lists each field on its object's page only", () => {
    for (const object of Object.keys(MODEL_OBJECTS)) {
      const ids = idsOf(site.read(`en/model/${object}.html`));
      for (const id of FIELD_IDS) expect(ids.has(id), `${id} on ${object}`).toBe(object === objectOf(id));
    }
  });
});

describe("code lists", () => {
  it.each(LOCALES)("every code has its row with label and definition on its list's page (%s)", (lang) => {
    for (const list of Object.keys(CODE_LISTS) as CodeListId[]) {
      const page = site.read(`${lang}/codes/${list}.html`);
      const texts = LOCALE_BUNDLES[lang].codes[list] as Readonly<Record<string, Text>>;
      for (const code of CODE_LISTS[list].codes as readonly string[]) {
        const row = textOf(rowOf(page, `code-${code}`) ?? "");
        expect(row, `${list}:${code}`).toContain(code);
        expect(row, `${list}:${code}`).toContain(texts[code]?.label);
        expect(row, `${list}:${code}`).toContain(texts[code]?.definition);
      }
    }
  });

  it("links every list from the index", () => {
    const index = site.read("en/codes/index.html");
    for (const list of Object.keys(CODE_LISTS)) expect(index).toContain(`href="${list}.html"`);
  });
});

describe("rules and issue codes", () => {
  /** The CSV row-length message in its plain form: a plural shows its `other` form. */
  const ROW_LENGTH = {
    en: "This row has {count} cells but the header has {expected} columns.",
    es: "Esta fila tiene {count} celdas, pero el encabezado tiene {expected} columnas.",
    fr: "Cette ligne compte {count} cellules, alors que l'en-tête compte {expected} colonnes.",
    pt: "Esta linha tem {count} células, mas o cabeçalho tem {expected} colunas.",
  } as const;

  it.each(LOCALES)("lists every rule and every issue code with its message (%s)", (lang) => {
    const page = site.read(`${lang}/rules.html`);
    const ids = idsOf(page);
    const messages = LOCALE_BUNDLES[lang].messages as Readonly<Record<string, string>>;
    const codes = [
      ...ALL_RULES.map((rule) => rule.code),
      ...Object.keys(STRUCTURAL_CODES),
      ...Object.keys(INPUT_CODES),
    ];
    for (const code of codes) {
      expect(ids.has(code), code).toBe(true);
      // A message with a plural or a formatted number is shown in its plain form: checked below.
      if (!/\{\w+, (plural|number)/.test(messages[code] ?? ""))
        expect(textOf(rowOf(page, code) ?? ""), code).toContain(messages[code]);
    }
    expect(textOf(rowOf(page, "csv_row_length") ?? "")).toContain(ROW_LENGTH[lang]);
  });

  it("shows each record type's rules on its page", () => {
    for (const recordType of RECORD_TYPES) {
      const page = textOf(site.read(`en/model/${recordType}.html`));
      for (const rule of ALL_RULES.filter((r) => r.recordType === recordType)) {
        expect(page, rule.code).toContain(rule.code);
        expect(page, rule.code).toContain(rule.clause);
      }
    }
  });
});

describe("record pages", () => {
  it.each(RECORD_TYPES)("%s has an example and a link to its JSON Schema", (recordType) => {
    const page = site.read(`en/model/${recordType}.html`);
    expect(page).toContain(`href="../../json-schema/${recordType}.schema.json" download`);
    expect(page).toContain('id="example"');
    expect(textOf(page)).toContain(`"recordType": "${recordType}"`);
  });

  it("copies the committed JSON Schema files unchanged", async () => {
    const { createRequire } = await import("node:module");
    const { readFileSync } = await import("node:fs");
    const require = createRequire(import.meta.url);
    for (const recordType of RECORD_TYPES) {
      const name = `${recordType}.schema.json`;
      const committed = readFileSync(require.resolve(`@tip/schema/json-schema/${name}`), "utf8");
      expect(site.read(`json-schema/${name}`)).toBe(committed);
    }
  });
});

describe("mappings", () => {
  const mapped = (system: "htcds" | "ctdc") => ({
    fields: FIELD_IDS.flatMap((id) =>
      (metaOf(id)?.mappings?.[system] ?? []).map((name) => [name, id] as const),
    ),
    codes: Object.entries(CODE_LISTS).flatMap(([list, { mappings }]) =>
      Object.entries(
        mappings as Record<string, { htcds?: readonly string[]; ctdc?: readonly string[] }>,
      ).flatMap(([code, mapping]) => (mapping[system] ?? []).map((value) => [value, list, code] as const)),
    ),
  });

  it.each(["htcds", "ctdc"] as const)("the %s page has every mapped field and code, both ways", (system) => {
    const page = site.read(`en/mappings/${system}.html`);
    const text = textOf(page);
    const { fields, codes } = mapped(system);
    expect(fields.length).toBeGreaterThan(0);
    for (const [name, id] of fields) {
      expect(text, name).toContain(`${name} ${id}`);
      expect(text, name).toContain(en.fields[id].label);
    }
    for (const [value, list, code] of codes) expect(text, value).toContain(`${value} ${list} ${code}`);
  });

  it.each(LOCALES)("credits HTCDS to IOM under CC BY 4.0 (%s)", (lang) => {
    const page = site.read(`${lang}/mappings/htcds.html`);
    expect(page).toContain('href="https://creativecommons.org/licenses/by/4.0/"');
    expect(page).toContain("Human Trafficking Case Data Standard 2.0</a>");
    expect(page).toMatch(/IOM|OIM/);
  });
});
