// In headless Chromium: the search lands on the right field by meaning, in another language and by an outside
// column name; outside names are never broken over lines at desktop width nor cut off on a phone; axe-core finds
// no serious or critical accessibility violation on any kind of page, in any language.
import { FIELD_IDS, LOCALES, MODEL_OBJECTS, tipRegistry } from "@tip/schema";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./browser/axe.js";
import { type Browser, launchChromium } from "./browser/chromium.js";
import { watchConsole } from "./browser/console-watch.js";
import { brokenOrCutNames } from "./browser/mapping-boxes.js";
import { type StaticServer, serveStatic } from "./browser/static-server.js";
import { type BuiltSite, buildTempSite } from "./site-files.js";

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildTempSite();
  server = await serveStatic(site.dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

/** The field whose HTCDS names include `name`, read from the schema's metadata rather than from the site. */
function fieldWithHtcdsName(name: string): string {
  const found = FIELD_IDS.filter((id) => {
    const [object, key] = id.split(".") as [keyof typeof MODEL_OBJECTS, string];
    const shape = MODEL_OBJECTS[object].shape as Record<string, Parameters<typeof tipRegistry.get>[0]>;
    const schema = shape[key];
    return schema !== undefined && (tipRegistry.get(schema)?.mappings?.htcds ?? []).includes(name);
  });
  if (found.length !== 1) throw new Error(`${name} should name exactly one field, not ${found.length}`);
  return found[0] as string;
}

async function open(path: string, viewport = DESKTOP): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${server.url}${path}`);
  return page;
}

describe("the search box", () => {
  // "nationality" is only in the descriptions of the two `citizenships` fields (the label says "Citizenships");
  // the victim's comes first, as the Victim page comes before the Perpetrator page.
  it.each([
    ["en", "nationality", "victim.citizenships"],
    ["es", "nacionalidad", "victim.citizenships"],
    ["en", "prs_Gender", fieldWithHtcdsName("prs_Gender")],
    ["fr", "prs_Gender", fieldWithHtcdsName("prs_Gender")],
  ])("in %s takes %s to %s", async (lang, query, field) => {
    const page = await open(`${lang}/index.html`);
    const problems = watchConsole(page);
    await page.locator("#search-input").fill(query);
    await page.locator("#search-results a").first().waitFor();
    await page.locator("#search-input").press("Enter");
    const object = field.slice(0, field.indexOf("."));
    await page.waitForURL(new RegExp(`/${lang}/model/${object}\\.html#${field.replace(".", "\\.")}$`));
    const entry = page.locator(`[id="${field}"]`);
    expect(await entry.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    expect(await entry.locator(".field-body").isVisible()).toBe(true);
    expect(problems.take()).toEqual([]);
    await page.close();
  });
});

describe("outside standard names", () => {
  const pages = LOCALES.flatMap((lang) => [
    `${lang}/mappings/htcds.html`,
    `${lang}/mappings/ctdc.html`,
    `${lang}/model/victim.html`,
    // The longest names (46 letters) are ISIC sections mapped to CTDC.
    `${lang}/codes/isic_section.html`,
  ]);

  it.each(pages)("are whole at 1280 px, never cut mid-word nor off screen at 390 px on %s", async (path) => {
    const page = await open(path);
    expect(await page.locator(".mapping-name").count()).toBeGreaterThan(0);
    expect(await brokenOrCutNames(page, { whole: true }), "1280 px").toEqual([]);
    await page.setViewportSize(PHONE);
    expect(await brokenOrCutNames(page, { whole: false }), "390 px").toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "page wider than the phone").toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe("the HTCDS lookup", () => {
  it("keeps only the rows that match a column name, both ways", async () => {
    const page = await open("pt/mappings/htcds.html");
    const field = fieldWithHtcdsName("prs_Gender");
    await page.locator("#lookup-input").fill("prs_gender");
    const toModel = page.locator("#htcds-to-model tbody tr:visible");
    expect(await toModel.count()).toBeGreaterThan(0);
    for (const text of await toModel.allTextContents()) expect(text.toLowerCase()).toContain("prs_gender");
    expect(await page.locator("#htcds-to-model tbody tr:visible", { hasText: field }).count()).toBe(1);
    await page.locator("#lookup-input").fill(field);
    expect(
      await page.locator("#model-to-htcds tbody tr:visible", { hasText: "prs_Gender" }).count(),
    ).toBeGreaterThan(0);
    await page.close();
  });
});

describe("accessibility (axe-core)", () => {
  /** One page of each kind; every language has the same pages. `profiles/*` is the first profile's page. */
  const KINDS = [
    "index.html",
    "model/index.html",
    "model/victim.html",
    "model/identification.html",
    "codes/index.html",
    "codes/sex.html",
    "mappings/htcds.html",
    "mappings/ctdc.html",
    "rules.html",
    "profiles/index.html",
    "profiles/*",
  ];
  // axe takes about 20 s on the long HTCDS page: once in English, the CTDC page (same kind) elsewhere.
  const CASES = LOCALES.flatMap((lang) =>
    KINDS.filter((kind) => kind !== (lang === "en" ? "mappings/ctdc.html" : "mappings/htcds.html")).map(
      (kind) => [lang, kind] as const,
    ),
  );

  function pathOf(lang: string, kind: string): string {
    if (kind !== "profiles/*") return `${lang}/${kind}`;
    const profile = site.list(`${lang}/profiles`).find((file) => file !== "index.html");
    if (profile === undefined) throw new Error(`no profile page in ${lang}`);
    return `${lang}/profiles/${profile}`;
  }

  it("finds nothing serious on the language choice", async () => {
    const page = await open("index.html");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  // One test per page, so that a slow machine running other tests at the same time gives each page its own
  // time limit rather than one limit for a whole language.
  it.each(CASES)("finds nothing serious in %s on %s", async (lang, kind) => {
    const page = await open(pathOf(lang, kind));
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
