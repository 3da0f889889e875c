import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runAlone } from "../generators/run-alone.js";
import { memoryIo } from "../testing/memory-io.js";
import { tempDir } from "../testing/temp-dir.js";
import { registerDocs } from "./docs.js";

const temp = tempDir("tip-docs-");
afterAll(() => temp.remove());

describe("tip docs", () => {
  it("writes the site in the languages asked for", async () => {
    const { io, stdout } = memoryIo({ cwd: temp.dir });
    expect(await runAlone(registerDocs, ["docs", "--output", "site", "--lang", "es,pt"], io)).toBe(0);
    const site = join(temp.dir, "site");
    expect(readFileSync(join(site, "es", "model", "victim.html"), "utf8")).toContain('<html lang="es">');
    expect(existsSync(join(site, "pt", "index.html"))).toBe(true);
    expect(existsSync(join(site, "en"))).toBe(false);
    // "es,pt" names no single language, so the messages stay in the default one.
    expect(stdout.text()).toBe(`Documentation site written (es, pt): ${join(site, "index.html")}\n`);
  });

  it("writes all four languages by default and with --lang all", async () => {
    for (const argv of [
      ["docs", "--output", "all-1"],
      ["docs", "--output", "all-2", "--lang", "all"],
    ]) {
      const { io } = memoryIo({ cwd: temp.dir });
      expect(await runAlone(registerDocs, argv, io)).toBe(0);
      for (const lang of ["en", "es", "fr", "pt"])
        expect(existsSync(join(temp.dir, argv[2] ?? "", lang))).toBe(true);
    }
  });

  it("needs --output and a known language, and says so with exit code 2", async () => {
    const { io, stderr } = memoryIo();
    expect(await runAlone(registerDocs, ["docs", "--lang", "de"], io)).toBe(2);
    expect(stderr.text()).toContain("option --output is required");
    expect(stderr.text()).toContain("“de” is not a valid value of --lang: use one of en, es, fr, pt, all");
  });

  it("refuses a folder of someone's own files, and a file, in one line each, with exit code 2", async () => {
    const mine = join(temp.dir, "mine");
    mkdirSync(join(mine, "assets"), { recursive: true });
    writeFileSync(join(mine, "assets", "logo.svg"), "<svg/>");
    writeFileSync(join(temp.dir, "a-file"), "text");
    for (const [out, text] of [
      ["mine", "error: --output already holds files or folders this command would replace but did not write"],
      ["a-file", "error: --output names a file, not a folder: give a folder; nothing was written"],
    ]) {
      const { io, stderr } = memoryIo({ cwd: temp.dir });
      expect(await runAlone(registerDocs, ["docs", "--output", out as string, "--lang", "en"], io)).toBe(2);
      expect(stderr.text()).toContain(text);
    }
    expect(readFileSync(join(mine, "assets", "logo.svg"), "utf8")).toBe("<svg/>");
    expect(readdirSync(mine)).toEqual(["assets"]);
  });

  it("builds the site for a profile: its page, and what it changes marked with the clause behind it", async () => {
    const profile = temp.write(
      "lc.profile.json",
      JSON.stringify({
        id: "lc",
        title: { en: "Test law", es: "Ley de prueba", fr: "Loi d'essai", pt: "Lei de teste" },
        version: "1.0.0",
        basedOn: "ar",
        sources: [{ title: "Act 1" }],
        required: [{ field: "/victim/sex", clause: "Act 1, s. 3" }],
      }),
    );
    const { io } = memoryIo({ cwd: temp.dir });
    expect(
      await runAlone(registerDocs, ["docs", "--output", "lc-site", "--lang", "en", "--profile", profile], io),
    ).toBe(0);
    const site = join(temp.dir, "lc-site", "en");
    expect(readFileSync(join(site, "profiles", "lc.html"), "utf8")).toContain("Act 1, s. 3");
    const victim = readFileSync(join(site, "model", "victim.html"), "utf8");
    expect(victim).toContain("yes, under lc: Act 1, s. 3");
    // What its base profile changes is shown too: ar turns the rule on means off, citing its law.
    expect(readFileSync(join(site, "rules.html"), "utf8")).toContain("Ley 26.364 Art. 2");
  });

  it("reports a malformed profile at its place with exit code 2, and writes no site", async () => {
    const profile = temp.write("bad.profile.json", '{"id": "lc", "basedOn": "nowhere"}');
    const { io, stderr } = memoryIo({ cwd: temp.dir });
    expect(await runAlone(registerDocs, ["docs", "--output", "bad-site", "--profile", profile], io)).toBe(2);
    expect(stderr.text()).toContain("at /title");
    expect(stderr.text()).not.toMatch(/\n\s+at /);
    expect(existsSync(join(temp.dir, "bad-site"))).toBe(false);
  });
});
