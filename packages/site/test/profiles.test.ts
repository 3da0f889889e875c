import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { defineProfile, LOCALES, loadProfile, type Profile, SHIPPED_PROFILE_IDS } from "@tip/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowOf, textOf } from "./html-scan.js";
import { type BuiltSite, brokenLinks, buildTempSite } from "./site-files.js";

const require = createRequire(import.meta.url);

const labels = (text: string) => ({ en: text, es: `${text} (es)`, fr: `${text} (fr)`, pt: `${text} (pt)` });
/** A made-up profile with a change of every kind the pages mark. */
const LC = defineProfile({
  id: "lc",
  title: labels("Test law"),
  country: "LC",
  version: "2.1.0",
  basedOn: "mx",
  sources: [{ title: "Trafficking Act 2020", url: "https://example.org/lc" }],
  rules: { implausible_age_for_labour: { severity: "error", clause: "Act s. 9" } },
  required: [{ field: "/victim/sex", clause: "Act s. 3" }],
  codeLists: { sex: { restrictTo: ["female", "male", "unknown"], clause: "Act s. 5" } },
});

function load(document: unknown): Profile {
  const result = loadProfile(document);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.profile;
}

let site: BuiltSite;
let lc: BuiltSite;
beforeAll(async () => {
  site = await buildTempSite();
  lc = await buildTempSite({ profile: load(LC) });
});
afterAll(() => {
  site.remove();
  lc.remove();
});

describe("profile pages", () => {
  it.each(LOCALES)("%s has the guide and a page per shipped profile, linked from the navigation", (lang) => {
    const guide = site.read(`${lang}/profiles/index.html`);
    for (const id of SHIPPED_PROFILE_IDS) {
      expect(site.list(lang)).toContain(`profiles/${id}.html`);
      expect(guide).toContain(`href="${id}.html"`);
    }
    expect(site.read(`${lang}/index.html`)).toContain('href="profiles/index.html"');
    expect(guide).toContain('href="../../profiles/profile.schema.json"');
  });

  it("publishes the JSON Schema of profiles and each shipped profile as @tip/schema does", () => {
    for (const name of ["profile.schema.json", ...SHIPPED_PROFILE_IDS.map((id) => `${id}.profile.json`)]) {
      const committed = readFileSync(require.resolve(`@tip/schema/profiles/${name}`), "utf8");
      expect(site.read(`profiles/${name}`)).toBe(committed);
    }
  });

  it("shows each rule a profile sets with the clause behind it, in every language", () => {
    for (const lang of LOCALES) {
      const palermo =
        rowOf(site.read(`${lang}/profiles/palermo.html`), "rule-adult_victim_without_means") ?? "";
      expect(palermo).toContain("severity-warning");
      expect(palermo).toContain("severity-error");
      expect(textOf(palermo)).toContain("Art. 3(a)");
      const mx = rowOf(site.read(`${lang}/profiles/mx.html`), "rule-adult_victim_without_means") ?? "";
      expect(textOf(mx)).toContain("Art. 10");
    }
    expect(textOf(site.read("es/profiles/mx.html"))).toContain("desactivada");
  });

  it("shows mx's national code with the core code it folds to, and the federal entities", () => {
    const page = site.read("fr/profiles/mx.html");
    const text = textOf(page);
    expect(text).toContain("mx_illicit_biomedical_experimentation");
    expect(text).toContain("Expérimentation biomédicale illicite sur des êtres humains");
    expect(page).toContain('href="../codes/exploitation_form.html#code-other"');
    expect(rowOf(page, "mx_federal_entity-MX-CMX")).toContain("Mexico (ville)");
    expect(rowOf(page, "extensions.mx.identificationEntity")).toContain("mx_federal_entity");
  });
});

describe("a site built for a profile", () => {
  it("has its page, with what its base profile changes too", () => {
    const text = textOf(lc.read("en/profiles/lc.html"));
    expect(text).toContain("Test law");
    expect(text).toContain("Act s. 3");
    expect(text).toContain("mx_illicit_biomedical_experimentation");
  });

  it.each(LOCALES)("marks every page with the profile it is built for (%s)", (lang) => {
    for (const page of lc.list(lang).filter((file) => file.endsWith(".html"))) {
      expect(lc.read(`${lang}/${page}`), page).toContain("profile-note");
    }
    expect(site.read(`${lang}/index.html`)).not.toContain("profile-note");
  });

  it("marks a field it requires, a rule it sets and a list it restricts, each with its clause", () => {
    const sex = textOf(rowOf(lc.read("en/model/victim.html"), "victim.sex") ?? "");
    expect(sex).toContain("yes, under lc: Act s. 3");
    expect(textOf(lc.read("es/model/victim.html"))).toContain("Error según lc: Act s. 9");
    expect(textOf(lc.read("en/rules.html"))).toContain("Error under lc: Act s. 9");
    const list = textOf(lc.read("pt/codes/sex.html"));
    expect(list).toContain("Segundo o perfil lc");
    expect(list).toContain("Act s. 5");
    const forms = textOf(lc.read("en/codes/exploitation_form.html"));
    expect(forms).toContain("mx_illicit_biomedical_experimentation");
    // Without the profile, none of it.
    expect(textOf(rowOf(site.read("en/model/victim.html"), "victim.sex") ?? "")).not.toContain("under lc");
  });

  it("has no broken link", () => {
    expect(brokenLinks(lc)).toEqual([]);
  });
});
