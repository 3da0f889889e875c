// End-to-end test in headless Chromium: the journey of a reader, over file:// and over HTTP, on desktop and
// phone widths, with no console error on any page. Screenshots go to test-output/screenshots (gitignored).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { en } from "@tip/schema/locales/en";
import { es } from "@tip/schema/locales/es";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROME } from "../src/public-api.js";
import { type Browser, launchChromium } from "./browser/chromium.js";
import { watchConsole } from "./browser/console-watch.js";
import { type StaticServer, serveStatic } from "./browser/static-server.js";
import { type BuiltSite, buildTempSite } from "./site-files.js";

const SHOTS = fileURLToPath(new URL("../test-output/screenshots/", import.meta.url));
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

let site: BuiltSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  site = await buildTempSite();
  server = await serveStatic(site.dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

/** Saves the page at desktop and phone widths and checks nothing overflows sideways on the phone. */
async function capture(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}-desktop.png`) });
  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name}: the page is wider than a phone screen`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(SHOTS, `${name}-phone.png`) });
  await page.setViewportSize(DESKTOP);
}

const heading = (page: Page) => page.locator("h1").textContent();

describe.each(["file", "http"] as const)("the site over %s", (protocol) => {
  it("takes a reader from the home page to the Victim page, to Spanish, and through search", async () => {
    const base = protocol === "file" ? `${pathToFileURL(site.dir).href}/` : server.url;
    const page = await browser.context.newPage();
    const problems = watchConsole(page);
    const shot = (name: string) => capture(page, `${protocol}-${name}`);

    await page.goto(`${base}index.html`);
    expect(problems.take()).toEqual([]);
    await shot("1-entry");

    await page.getByRole("link", { name: "English", exact: true }).click();
    await page.waitForURL(/\/en\/index\.html$/);
    expect(await heading(page)).toBe(CHROME.en.home.title);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(problems.take()).toEqual([]);
    await shot("2-home-en");

    await page.getByRole("main").getByRole("link", { name: en.objects.victim.label, exact: true }).click();
    await page.waitForURL(/\/en\/model\/victim\.html$/);
    expect(await heading(page)).toBe(en.objects.victim.label);
    expect(await page.locator('[id="victim.birthDate"]').isVisible()).toBe(true);
    expect(problems.take()).toEqual([]);
    await shot("3-victim-en");

    const languages = page.getByRole("navigation", { name: CHROME.en.languageSwitcher });
    await languages.getByRole("link", { name: "Español" }).click();
    await page.waitForURL(/\/es\/model\/victim\.html$/);
    expect(await page.getAttribute("html", "lang")).toBe("es");
    expect(await heading(page)).toBe(es.objects.victim.label);
    expect(problems.take()).toEqual([]);
    await shot("4-victim-es");

    // Typed without accents: the search ignores them.
    const search = page.getByLabel(CHROME.es.search.label);
    await search.fill("condicion de victima");
    const result = page.locator("#search-results a", { hasText: "identification.status" });
    await result.waitFor();
    const count = await page.locator("#search-results a").count();
    const status =
      count === 1 ? CHROME.es.search.oneResult : CHROME.es.search.results.replace("{count}", `${count}`);
    expect(await page.locator("#search-status").textContent()).toBe(status);
    await shot("5-search-es");
    await result.click();
    await page.waitForURL(/\/es\/model\/identification\.html#identification\.status$/);
    const row = page.locator('[id="identification.status"]');
    expect(await row.textContent()).toContain(es.fields["identification.status"].label);
    expect(await row.evaluate((element) => element.matches(":target"))).toBe(true);
    expect(problems.take()).toEqual([]);
    await shot("6-result-es");

    await page.close();
  });

  it("lets a keyboard user skip to the content with a visible focus", async () => {
    const base = protocol === "file" ? `${pathToFileURL(site.dir).href}/` : server.url;
    const page = await browser.context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${base}fr/codes/sex.html`);
    await page.keyboard.press("Tab");
    const skip = page.locator(".skip-link");
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    expect(await skip.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe("none");
    await capture(page, `${protocol}-7-skip-link-fr`);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    expect(problems.take()).toEqual([]);
    await page.close();
  });
});

describe("on a phone", () => {
  // Every French page, one after the other, while CI runs the other packages' tests on the same two cores.
  it("no page of the French site is wider than the screen", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    const problems = watchConsole(page);
    const wide: string[] = [];
    for (const path of site.list("fr").filter((file) => file.endsWith(".html"))) {
      await page.goto(`${pathToFileURL(join(site.dir, "fr", path)).href}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
    }
    expect(wide).toEqual([]);
    expect(problems.take()).toEqual([]);
    await page.close();
  }, 300_000);
});
