import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linksOf } from "./html-scan.js";
import { type BuiltSite, brokenLinks, buildTempSite } from "./site-files.js";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildTempSite();
});
afterAll(() => site.remove());

describe("links", () => {
  it("resolve to existing files and anchors on every page of every language", () => {
    expect(brokenLinks(site)).toEqual([]);
  });

  it("are all relative, so the site works from file:// and from any folder of a server", () => {
    for (const page of site.list().filter((file) => file.endsWith(".html"))) {
      for (const link of linksOf(site.read(page))) {
        if (/^(https?|data):/.test(link)) continue;
        expect(link, page).not.toMatch(/^\//);
      }
    }
  });

  it("leave the API reference out of the navigation when it was not built", () => {
    expect(site.result.apiReference).toBe(false);
    expect(site.read("en/index.html")).not.toContain("api/index.html");
  });
});

describe("the API reference", () => {
  let withApi: BuiltSite;
  beforeAll(async () => {
    const first = await buildTempSite({ langs: ["en", "pt"] });
    await mkdir(join(first.dir, "api"), { recursive: true });
    await writeFile(join(first.dir, "api", "index.html"), "<!doctype html><title>API</title>");
    withApi = {
      ...first,
      result: await (await import("../src/public-api.js")).buildSite({ outDir: first.dir }),
    };
  });
  afterAll(() => withApi.remove());

  it("is linked from the navigation of every page when api/index.html exists, and kept on rebuild", () => {
    expect(withApi.result.apiReference).toBe(true);
    expect(withApi.read("api/index.html")).toContain("<title>API</title>");
    expect(withApi.read("pt/model/victim.html")).toContain(
      '<a href="../../api/index.html">Referência da API</a>',
    );
    expect(withApi.read("index.html")).toContain('href="api/index.html"');
    expect(brokenLinks(withApi)).toEqual([]);
  });
});
