import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, renderSite, SITE_GENERATOR } from "../src/public-api.js";
import { buildTempSite } from "./site-files.js";

describe("buildSite options", () => {
  it("builds only the languages asked for, in that order, with a switcher between them", async () => {
    const site = await buildTempSite({ langs: ["es", "fr"] });
    try {
      expect(site.result.langs).toEqual(["es", "fr"]);
      expect(existsSync(join(site.dir, "en"))).toBe(false);
      const page = site.read("es/index.html");
      expect(page).toContain('hreflang="fr"');
      expect(page).not.toContain('hreflang="en"');
      expect(site.read("index.html")).toMatch(/<html lang="es">/);
    } finally {
      site.remove();
    }
  });

  it("has no language switcher with a single language", async () => {
    const site = await buildTempSite({ langs: ["pt"] });
    try {
      expect(site.read("pt/index.html")).not.toContain('class="languages"');
    } finally {
      site.remove();
    }
  });

  it.each([[[]], [["de"]], [["en", "en"]]])("rejects langs %j", async (langs) => {
    await expect(buildSite({ outDir: "unused", langs: langs as never })).rejects.toThrow(RangeError);
  });

  it("removes stale pages of its own on rebuild and keeps files it does not own", async () => {
    const site = await buildTempSite({ langs: ["en"] });
    try {
      await writeFile(join(site.dir, "en", "stale.html"), "old");
      await writeFile(join(site.dir, "notes.txt"), "mine");
      await buildSite({ outDir: site.dir, langs: ["en"] });
      expect(existsSync(join(site.dir, "en", "stale.html"))).toBe(false);
      expect(site.read("notes.txt")).toBe("mine");
    } finally {
      site.remove();
    }
  });

  it("renders in memory the files it writes, each under an entry it owns, the entry point marked", async () => {
    const site = await buildTempSite({ langs: ["fr"] });
    try {
      const rendered = renderSite({ outDir: site.dir, langs: ["fr"] });
      expect([...rendered.files.keys()]).toEqual(site.result.files);
      for (const path of rendered.files.keys()) expect(rendered.owned).toContain(path.split("/")[0]);
      expect(rendered.files.get("fr/index.html")).toBe(site.read("fr/index.html"));
      expect(site.read("index.html")).toContain(SITE_GENERATOR);
    } finally {
      site.remove();
    }
  });
});
