import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CODE_LISTS } from "../codes/code-lists.js";
import { loadProfile } from "../profiles/load-profile.js";
import { ProfileDocument } from "../profiles/profile-document.js";
import { SHIPPED_PROFILES } from "../profiles/shipped/shipped-profiles.js";
import { ALL_RULES } from "../rules/catalogue.js";
import { strictAjv } from "../testing/strict-ajv.js";
import { PROFILE_SCHEMA_FILE, PROFILE_SCHEMA_ID, profileJsonSchema } from "./profile-json-schema.js";

const dir = new URL("../../profiles/", import.meta.url);
const committed = (name: string) => JSON.parse(readFileSync(new URL(name, dir), "utf8"));
const validate = strictAjv().compile(committed(PROFILE_SCHEMA_FILE));

const RULE_CODES = new Set(ALL_RULES.map((rule) => rule.code));
const keysOf = (value: unknown) =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];

/**
 * What the published schema must accept, computed without it: the zod schema of profile documents accepts the
 * document, and the rule codes and code-list ids it names are the model's.
 */
function acceptedByTheLoaderFormat(document: unknown): boolean {
  const parsed = ProfileDocument.safeParse(document);
  if (!parsed.success) return false;
  return (
    keysOf(parsed.data.rules).every((code) => RULE_CODES.has(code)) &&
    keysOf(parsed.data.codeLists).every((id) => Object.hasOwn(CODE_LISTS, id))
  );
}

describe("profile.schema.json", () => {
  it("is the committed output of profileJsonSchema, with the $id profiles name", () => {
    const { $comment: _, ...schema } = committed(PROFILE_SCHEMA_FILE);
    expect(schema).toEqual(profileJsonSchema());
    expect(schema.$id).toBe(PROFILE_SCHEMA_ID);
  });

  it.each(Object.keys(SHIPPED_PROFILES))("validates the published %s profile, which loads as shipped", (id) => {
    const document = committed(`${id}.profile.json`);
    expect(document.$schema).toBe(PROFILE_SCHEMA_ID);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    const fromJson = loadProfile(JSON.stringify(document));
    const fromTs = loadProfile(SHIPPED_PROFILES[id]);
    expect(fromJson.ok && fromTs.ok).toBe(true);
    if (fromJson.ok && fromTs.ok) expect(fromJson.profile).toEqual(fromTs.profile);
  });

  const minimal = {
    id: "lc",
    title: { en: "T", es: "T", fr: "T", pt: "T" },
    version: "1.0.0",
    basedOn: "core",
    sources: [{ title: "Act 1", url: "https://example.org/act-1" }],
  };
  it.each([
    ["a minimal profile", minimal, true],
    ["the id core", { ...minimal, id: "core" }, false],
    ["an upper-case id", { ...minimal, id: "LC" }, false],
    ["no sources", { ...minimal, sources: [] }, false],
    ["an ftp source address", { ...minimal, sources: [{ title: "A", url: "ftp://example.org/a" }] }, false],
    ["an unknown key", { ...minimal, colour: "red" }, false],
    ["a title in two languages", { ...minimal, title: { en: "T", es: "T" } }, false],
    ["an unknown rule code", { ...minimal, rules: { no_rule: { severity: "off", clause: "s. 1" } } }, false],
    ["a rule without its clause", { ...minimal, rules: { adult_victim_without_means: { severity: "off" } } }, false],
    ["an unknown code list", { ...minimal, codeLists: { colours: { restrictTo: ["red"] } } }, false],
    ["a bad severity", { ...minimal, rules: { adult_victim_without_means: { severity: "fatal", clause: "s" } } }, false],
  ])("%s: valid %s", (_, document, valid) => {
    expect(validate(document)).toBe(valid);
    expect(acceptedByTheLoaderFormat(document)).toBe(valid);
  });

  it("accepts exactly what the loader's format accepts, on mutated shipped profiles", () => {
    const documents = Object.values(SHIPPED_PROFILES).map((profile) => JSON.parse(JSON.stringify(profile)));
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom("core", "", "x".repeat(1001), "MX-CMX", "error", "off", "1.0", "https://a.org", -1),
    );
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.nat(), replacement, fc.boolean(), (base, at, value, drop) => {
        const document = structuredClone(base);
        mutate(document, at, value, drop);
        // Round trip through JSON text: what a file would hold (no undefined, no -0).
        const input = JSON.parse(JSON.stringify(document));
        expect(validate(input)).toBe(acceptedByTheLoaderFormat(input));
      }),
    );
  });
});

/** Replaces (or deletes) the value at one place of a JSON document, chosen by `at` among all its places. */
function mutate(document: Record<string, unknown>, at: number, value: unknown, drop: boolean): void {
  const places: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((item, index) => (places.push([node, index]), walk(item)));
    else if (node !== null && typeof node === "object")
      for (const key of Object.keys(node)) {
        places.push([node as Record<string, unknown>, key]);
        walk((node as Record<string, unknown>)[key]);
      }
  };
  walk(document);
  const [parent, key] = places[at % places.length] as [Record<string | number, unknown>, string | number];
  if (drop && !Array.isArray(parent)) delete parent[key];
  else parent[key] = value;
}
