import { describe, expect, it } from "vitest";
import { loadProfile } from "./load-profile.js";
import type { Profile } from "./profile.js";
import { SHIPPED_PROFILES } from "./shipped/shipped-profiles.js";

const CANARY = "Qz7Canary";
/** A canary that fits the format's ids (lower case), so only the loader's own checks can refuse it. */
const ID = "qz7canary";
const title = { en: "Test", es: "Prueba", fr: "Essai", pt: "Teste" };
const minimal = (extra: Record<string, unknown> = {}) => ({
  id: "lc",
  title,
  country: "LC",
  version: "1.0.0",
  basedOn: "core",
  sources: [{ title: "Act 1 of 2020" }],
  ...extra,
});
const problems = (input: unknown, options = {}) => {
  const result = loadProfile(input, options);
  return result.ok ? [] : result.issues.map((issue) => [issue.code, issue.pointer]);
};
/** Code, pointer and the position of the key the problem is about, for problems that give one. */
const placed = (input: unknown) => {
  const result = loadProfile(input);
  return result.ok ? [] : result.issues.map((issue) => [issue.code, issue.pointer, issue.params.position]);
};

describe("loadProfile", () => {
  it.each(Object.keys(SHIPPED_PROFILES))("loads the shipped profile %s", (id) => {
    const result = loadProfile(SHIPPED_PROFILES[id]);
    expect(result.ok ? result.profile.id : result.issues).toBe(id);
  });

  it("loads a profile given as JSON text and keeps it plain JSON", () => {
    const result = loadProfile(JSON.stringify(minimal()));
    expect(result.ok).toBe(true);
    const profile = (result as { profile: Profile }).profile;
    expect(JSON.parse(JSON.stringify(profile))).toMatchObject({ id: "lc", chain: ["lc"], basedOn: "core" });
    expect(structuredClone(profile).id).toBe("lc");
  });

  it("reports bad JSON with its position, not a stack trace", () => {
    const result = loadProfile('{"id": "lc",,}');
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.issues[0];
    expect(issue?.code).toBe("profile_invalid_json");
    expect(issue?.pointer).toBe("");
    expect(issue?.message).toMatch(/character 12/);
  });

  it("reports an unknown rule code at /rules, by its place among the rules", () => {
    const input = minimal({
      rules: {
        adult_victim_without_means: { severity: "off", clause: "x" },
        no_such_rule: { severity: "off", clause: "x" },
      },
    });
    expect(placed(input)).toEqual([["profile_unknown_rule", "/rules", 2]]);
  });

  it("refuses to relax a rule that is an error in core, and takes a stricter or equal setting", () => {
    const setting = (severity: string) => ({ dates_out_of_order: { severity, clause: "s. 5" } });
    expect(problems(minimal({ rules: setting("warning") }))).toEqual([
      ["profile_relaxes_error", "/rules/dates_out_of_order/severity"],
    ]);
    expect(problems(minimal({ rules: setting("off") }))).toEqual([
      ["profile_relaxes_error", "/rules/dates_out_of_order/severity"],
    ]);
    expect(problems(minimal({ rules: setting("error") }))).toEqual([]);
    // A warning of core may be turned off or made an error.
    const warning = (severity: string) => ({ adult_victim_without_means: { severity, clause: "s. 6" } });
    expect(problems(minimal({ rules: warning("off") }))).toEqual([]);
    expect(problems(minimal({ rules: warning("error") }))).toEqual([]);
  });

  it("reports a restricted code that is not in the base list, by its index", () => {
    const input = minimal({ codeLists: { sex: { restrictTo: ["female", "alien"] } } });
    expect(problems(input)).toEqual([["profile_unknown_code", "/codeLists/sex/restrictTo/1"]]);
  });

  it("reports a national code folding to a code not in the core list", () => {
    const input = minimal({
      codeLists: { sex: { add: { x_other: { foldsTo: "nope", labels: { en: "X" } } } } },
    });
    // The national code is the profile's own key: pointed at by its place among the codes added.
    expect(placed(input)).toEqual([["profile_unknown_code", "/codeLists/sex/add", 1]]);
  });

  it.each([
    [
      "a national code",
      {
        codeLists: {
          sex: {
            add: {
              lc_a: { foldsTo: "other", labels: { en: "A" } },
              [ID]: { foldsTo: "nope", labels: { en: "X" } },
            },
          },
        },
      },
      ["profile_unknown_code", "/codeLists/sex/add", 2],
    ],
    [
      "an extension namespace and field",
      {
        extensions: {
          lc: {
            title: { en: "Local" },
            fields: { [ID]: { type: "code", pii: "none", labels: { en: "X" } } },
          },
        },
      },
      ["profile_missing_code_list", "/extensions", 1],
    ],
    [
      "a field of an extension namespace with a malformed part",
      {
        extensions: {
          [ID]: { title: { en: "Local" }, fields: { a: { type: "text", pii: "none", labels: { en: "X" } } } },
        },
      },
      ["profile_invalid", "/extensions", 1],
    ],
    [
      "a national code list",
      {
        nationalCodeLists: {
          [ID]: { title: { en: "L" }, source: "s", codes: { x: { labels: { en: "X" } } } },
        },
        labels: { en: { codes: { [ID]: { y: "Y" } } } },
      },
      ["profile_unknown_code", "/labels/en/codes", 1],
    ],
  ])("never shows %s the profile defines: the pointer stops before it", (_, extra, expected) => {
    for (const lang of ["en", "es", "fr", "pt"] as const) {
      const result = loadProfile(JSON.stringify(minimal(extra)), { lang });
      const issues = result.ok ? [] : result.issues;
      expect(issues.map((issue) => [issue.code, issue.pointer, issue.params.position])).toEqual([expected]);
      expect(JSON.stringify(issues)).not.toContain(ID);
    }
  });

  it("numbers keys as the text wrote them, integer-like keys too", () => {
    // JavaScript lists "42" and "7" before "lc_a" whatever their place; a person reading the file does not.
    const head = `"id":"lc","title":{"en":"T","es":"T","fr":"T","pt":"T"},"version":"1.0.0","basedOn":"core","sources":[{"title":"Act"}]`;
    const codes = `{${head},"codeLists":{"sex":{"add":{"lc_a":{"foldsTo":"other","labels":{"en":"A"}},
      "7":{"foldsTo":"other","labels":{"en":"C"}},"42":{"foldsTo":"nope","labels":{"en":"B"}}}}}}`;
    expect(placed(codes)).toEqual([["profile_unknown_code", "/codeLists/sex/add", 3]]);
    const rules = `{${head},"rules":{"adult_victim_without_means":{"severity":"off","clause":"x"},"12":{}}}`;
    expect(placed(rules)).toEqual([["profile_invalid", "/rules", 2]]);
    // The same document given parsed: the order is the object's own (integer-like keys first).
    expect(placed(JSON.parse(codes))).toEqual([["profile_unknown_code", "/codeLists/sex/add", 2]]);
  });

  it("reports an unknown code list, field path and label field", () => {
    const input = minimal({
      codeLists: { no_list: { restrictTo: ["a"] } },
      required: [{ field: "/victim/nope", clause: "x" }],
      labels: { nah: { fields: { "victim.nope": "x" } } },
    });
    expect(placed(input)).toEqual([
      ["profile_unknown_field", "/required/0/field", undefined],
      ["profile_unknown_code_list", "/codeLists", 1],
      ["profile_unknown_field", "/labels/nah/fields", 1],
    ]);
  });

  it.each([
    ["an unknown key of the format", { [`\u001b[31m${CANARY}\n`]: 1 }, "profile_invalid", "", 7],
    ["a key of the wrong form", { rules: { [`${CANARY} María`]: {} } }, "profile_invalid", "/rules", 1],
    [
      "an unknown rule",
      { rules: { [CANARY.toLowerCase()]: { severity: "off", clause: "x" } } },
      "profile_unknown_rule",
      "/rules",
      1,
    ],
    [
      "an unknown field",
      { labels: { es: { fields: { "victim.sex": "Sexo", [`victim.${CANARY}`]: "x" } } } },
      "profile_unknown_field",
      "/labels/es/fields",
      2,
    ],
  ])("never shows %s: the pointer names its object, the position the key", (_, extra, code, pointer, at) => {
    for (const lang of ["en", "es", "fr", "pt"] as const) {
      const result = loadProfile(JSON.stringify(minimal(extra)), { lang });
      const issues = result.ok ? [] : result.issues;
      expect(issues.map((issue) => [issue.code, issue.pointer, issue.params.position])).toEqual([
        [code, pointer, at],
      ]);
      expect(JSON.stringify(issues).toLowerCase()).not.toContain(CANARY.toLowerCase());
      expect(issues[0]?.message).toContain(String(at));
    }
  });

  it("reports a cycle in basedOn, through another profile", () => {
    const a = minimal({ id: "a", basedOn: "b" });
    const b = minimal({ id: "b", basedOn: "a" });
    expect(problems(a, { profiles: new Map([["b", b]]) })).toEqual([["profile_base_cycle", "/basedOn"]]);
    expect(problems(minimal({ basedOn: "lc" }))).toEqual([["profile_base_cycle", "/basedOn"]]);
  });

  it("reports an unknown base profile", () => {
    expect(problems(minimal({ basedOn: "zz" }))).toEqual([["profile_unknown_base", "/basedOn"]]);
  });

  it.each([
    ["__proto__", '{"id":"lc","rules":{"__proto__":{"severity":"off","clause":"x"}}}', "/rules/__proto__"],
    ["constructor", '{"id":"lc","labels":{"constructor":{}}}', "/labels/constructor"],
    ["prototype", '{"prototype":1}', "/prototype"],
  ])("rejects a %s key with its place, and pollutes nothing", (_, text, pointer) => {
    expect(problems(text)).toEqual([["profile_forbidden_key", pointer]]);
    expect(({} as Record<string, unknown>).severity).toBeUndefined();
  });

  it("rejects a profile nested too deep", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(problems(minimal({ sources: deep }))[0]?.[0]).toBe("profile_too_deep");
  });

  it("reports the format problems with their pointers", () => {
    expect(placed({ ...minimal(), version: "one", extra: 1 })).toEqual([
      ["profile_invalid", "/version", undefined],
      ["profile_invalid", "", 7],
    ]);
    expect(problems(minimal({ id: "core" }))).toEqual([["profile_invalid", "/id"]]);
  });

  it("merges a profile based on another: rules, restrictions and national codes", () => {
    const base = minimal({
      id: "base",
      rules: { adult_victim_without_means: { severity: "warning", clause: "base" } },
      codeLists: { sex: { add: { x_intersex: { foldsTo: "other", labels: { en: "I" } } } } },
    });
    const child = minimal({
      basedOn: "base",
      codeLists: { sex: { restrictTo: ["female", "male", "x_intersex"] } },
    });
    const result = loadProfile(child, { profiles: new Map([["base", base]]) });
    expect(result.ok).toBe(true);
    const profile = (result as { profile: Profile }).profile;
    expect(profile.chain).toEqual(["lc", "base"]);
    expect(profile.rules.adult_victim_without_means?.severity).toBe("warning");
    expect(profile.codeLists.sex?.allowed).toEqual(["female", "male"]);
    expect(Object.keys(profile.codeLists.sex?.national ?? {})).toEqual(["x_intersex"]);
  });

  it("speaks Spanish when asked", () => {
    const result = loadProfile("nope", { lang: "es" });
    expect(result.ok ? "" : result.issues[0]?.message).toMatch(/no es JSON válido/);
  });
});
