import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LocaleBundle } from "../i18n/locale-bundle.js";
import { en } from "../locales/en.js";
import { es } from "../locales/es.js";
import { fr } from "../locales/fr.js";
import { pt } from "../locales/pt.js";
import { EXAMPLES } from "../model/examples.js";
import { checkRecord } from "./check-record.js";
import type { Issue } from "./issue.js";

// An unknown key can be a victim's name typed in the wrong column: no issue may show it, whatever it holds.

const CANARY = "Qz7Canary";
const LONG_KEY = `${CANARY}${"x".repeat(10_000 - CANARY.length)}`;
const HOSTILE_KEYS = [
  `${CANARY} María López`,
  `\u001b[31m${CANARY}\u001b[0m`,
  `${CANARY}\nline two\r\n`,
  "__proto__",
  LONG_KEY,
];
const LOCALES: readonly LocaleBundle[] = [en, es, fr, pt];

/** Parsed JSON of `base` with `keys` added after its own keys, each holding the canary (`__proto__` stays a key). */
function withKeys(base: object, keys: readonly string[]): Record<string, unknown> {
  const text = JSON.stringify(base);
  const added = keys.map((key) => `${JSON.stringify(key)}:${JSON.stringify(`${CANARY}-value`)}`).join(",");
  return JSON.parse(`${text.slice(0, -1)},${added}}`) as Record<string, unknown>;
}

/** The value a JSON Pointer names in `root`, read by hand (RFC 6901). */
function resolve(root: unknown, pointer: string): unknown {
  if (pointer === "") return root;
  let value = root;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** What an issue must never hold: the canary, an escape, a line break, a `__proto__` key, a long key. */
function expectNothingShown(issues: readonly Issue[]): void {
  for (const issue of issues) {
    const text = JSON.stringify(issue);
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain("__proto__");
    expect(text).not.toContain("xxxxxxxxxx");
    expect(text).not.toMatch(/\\u001b|\\n|\\r/);
    expect(issue.message).not.toMatch(/\p{Cc}/u);
  }
}

const clone = <T>(value: T): T => structuredClone(value) as T;

describe("unknown keys are never shown", () => {
  const victim = clone(EXAMPLES.victim);
  const rootKeys = Object.keys(victim).length;
  const identificationKeys = Object.keys(victim.identification).length;
  const assistanceKeys = Object.keys(victim.assistance[0] as object).length;

  // Where the keys are planted, the pointer the issues must give, and the keys already there.
  const places = [
    { name: "the record", pointer: "", before: rootKeys, plant: (keys: string[]) => withKeys(victim, keys) },
    {
      name: "a nested object",
      pointer: "/identification",
      before: identificationKeys,
      plant: (keys: string[]) => ({ ...victim, identification: withKeys(victim.identification, keys) }),
    },
    {
      name: "an object in a list",
      pointer: "/assistance/0",
      before: assistanceKeys,
      plant: (keys: string[]) => ({
        ...victim,
        assistance: [withKeys(victim.assistance[0] as object, keys)],
      }),
    },
  ];

  for (const place of places) {
    it.each(LOCALES.map((locale) => [locale.locale, locale] as const))(
      `in ${place.name}: points at the object and numbers the key (%s)`,
      (_, locale) => {
        const input = place.plant(HOSTILE_KEYS);
        const result = checkRecord(input, { locale });
        expect(result.ok).toBe(false);
        expectNothingShown(result.issues);
        const unknown = result.issues.filter((issue) => issue.code === "unknown_field");
        expect(unknown.map((issue) => issue.path)).toEqual(HOSTILE_KEYS.map(() => place.pointer));
        // Planted after the object's own keys, in this order.
        expect(unknown.map((issue) => issue.params.position)).toEqual(
          HOSTILE_KEYS.map((_, index) => place.before + index + 1),
        );
        for (const [index, issue] of unknown.entries()) {
          expect(issue.message).toContain(String(place.before + index + 1));
          // The pointer resolves to the object, and the position finds the key in it.
          const parent = resolve(input, issue.path) as object;
          expect(Object.keys(parent)[(issue.params.position as number) - 1]).toBe(HOSTILE_KEYS[index]);
        }
      },
    );
  }

  it("in a bundle: points at the record in the bundle", () => {
    const bundle = clone(EXAMPLES.bundle) as { records: unknown[] };
    const inner = withKeys(victim, [`${CANARY} María`]);
    const input = { ...bundle, records: [inner] };
    const result = checkRecord(input, { locale: en });
    expectNothingShown(result.issues);
    const unknown = result.issues.filter((issue) => issue.code === "unknown_field");
    expect(unknown.map((issue) => [issue.path, issue.params.position])).toEqual([
      ["/records/0", rootKeys + 1],
    ]);
  });

  it("an extension namespace that is not an identifier is numbered among the namespaces", () => {
    const input = { ...victim, extensions: { lc: {}, [`\u001b[31m${CANARY} María`]: {} } };
    for (const locale of LOCALES) {
      const issues = checkRecord(input, { locale }).issues;
      expectNothingShown(issues);
      expect(issues.map((issue) => [issue.code, issue.path, issue.params.position])).toEqual([
        ["invalid_format", "/extensions", 2],
      ]);
      expect(issues[0]?.message).toContain("2");
    }
  });

  it("an extension namespace holding no object is numbered too, never shown", () => {
    const input = { ...victim, extensions: { lc: {}, [`${CANARY.toLowerCase()}maria`]: 5 } };
    const issues = checkRecord(input, { locale: en }).issues;
    expect(JSON.stringify(issues).toLowerCase()).not.toContain(CANARY.toLowerCase());
    expect(issues.map((issue) => [issue.code, issue.path, issue.params.position])).toEqual([
      ["invalid_type", "/extensions", 2],
    ]);
    expect(issues[0]?.message).toBe(
      "Extensions has the wrong type (expected record). See key number 2 of this object.",
    );
  });

  it("says which key in every language", () => {
    const input = { [`${CANARY}`]: 1, ...victim };
    const messages = LOCALES.map((locale) => checkRecord(input, { locale }).issues[0]?.message);
    expect(messages).toEqual([
      "Key number 1 of this object is not a field of the standard: only fields of the standard are allowed outside “extensions”.",
      "La clave n.º 1 de este objeto no es un campo del estándar: fuera de “extensions” solo se admiten los campos del estándar.",
      "La clé n° 1 de cet objet n'est pas un champ de la norme : seuls les champs de la norme sont admis en dehors de « extensions ».",
      "A chave n.º 1 deste objeto não é um campo do padrão: fora de “extensions”, só são permitidos campos do padrão.",
    ]);
  });

  it("any unknown key, anywhere the model has an object: never shown, always found by its position", () => {
    const key = fc.string({ maxLength: 12 }).map((text) => `${CANARY}${text}`);
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...places),
        (keys, place) => {
          const input = place.plant(keys);
          const issues = checkRecord(input, { locale: en }).issues;
          expect(JSON.stringify(issues)).not.toContain(CANARY);
          const unknown = issues.filter((issue) => issue.code === "unknown_field");
          expect(unknown).toHaveLength(keys.length);
          const parent = resolve(input, place.pointer) as object;
          const named = unknown.map((issue) => Object.keys(parent)[(issue.params.position as number) - 1]);
          expect(new Set(named)).toEqual(new Set(keys));
        },
      ),
    );
  });
});

describe("an unknown key close to a field the object leaves out", () => {
  const { citizenships: _, ...withoutCitizenships } = clone(EXAMPLES.victim);
  // The key must never be shown, even though it is one letter from a field name.
  const TYPO = "citizenshipQ";

  it("gets the field's name as a suggestion, in every language, never the key", () => {
    const input = withKeys(withoutCitizenships, [TYPO]);
    const messages = LOCALES.map((locale) => {
      const issues = checkRecord(input, { locale }).issues;
      expect(JSON.stringify(issues).toLowerCase()).not.toContain(TYPO.toLowerCase());
      const unknown = issues.filter((issue) => issue.code === "unknown_field");
      expect(unknown.map((issue) => issue.params)).toEqual([
        { position: Object.keys(withoutCitizenships).length + 1, suggestion: "citizenships" },
      ]);
      return unknown[0]?.message;
    });
    expect(messages.map((message) => message?.slice(message.lastIndexOf(".") + 1).trim())).toEqual([
      "Did you mean `citizenships`?",
      "¿Quería decir `citizenships`?",
      "Vouliez-vous dire `citizenships` ?",
      "Queria dizer `citizenships`?",
    ]);
  });

  it("in a nested object, among that object's fields", () => {
    const { date: __, ...identification } = clone(EXAMPLES.victim.identification);
    const input = { ...clone(EXAMPLES.victim), identification: withKeys(identification, ["Date"]) };
    const unknown = checkRecord(input, { locale: en }).issues.filter((i) => i.code === "unknown_field");
    expect(unknown.map((issue) => [issue.path, issue.params.suggestion])).toEqual([
      ["/identification", "date"],
    ]);
  });

  it("suggests no field the object already holds", () => {
    const input = withKeys(clone(EXAMPLES.victim), [TYPO]);
    const unknown = checkRecord(input, { locale: en }).issues.filter((i) => i.code === "unknown_field");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.params.suggestion).toBeUndefined();
    expect(unknown[0]?.message).not.toContain("Did you mean");
  });
});
