import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import type { CliContext } from "./context.js";
import { wrapWords } from "./help-text.js";
import { createProgram } from "./program.js";
import { run } from "./run.js";
import { CATALOGUES } from "./testing/catalogues.js";
import { memoryIo } from "./testing/memory-io.js";

const LANGS = ["en", "es", "fr", "pt"] as const;

/** What each language says about the exit codes: each names 0, 1 and 2 (written here, not read from code). */
const EXIT_CODES_START = {
  en: "Exit codes: 0 ",
  es: "Códigos de salida: 0 ",
  fr: "Codes de sortie : 0 ",
  pt: "Códigos de saída: 0 ",
} as const;

/** How each language introduces a default value. */
const DEFAULT_WORD = { en: "default", es: "predeterminado", fr: "par défaut", pt: "padrão" } as const;

/** The argv of every command and subcommand of `tip` (`["keys", "new"]`). */
function commandPaths(): string[][] {
  const { io } = memoryIo();
  const ctx: CliContext = { io, lang: "en", messages: CATALOGUES.en, exitCode: 0 };
  const paths: string[][] = [[]];
  const walk = (command: Command, path: string[]) => {
    for (const sub of command.commands) {
      if (sub.name() === "help") continue;
      paths.push([...path, sub.name()]);
      walk(sub, [...path, sub.name()]);
    }
  };
  walk(createProgram(ctx), []);
  return paths;
}

async function help(path: readonly string[], lang: string): Promise<string> {
  const { io, stdout } = memoryIo({ env: { LANG: `${lang}_XX.UTF-8` } });
  const code = await run([...path, "--help"], io);
  expect(code).toBe(0);
  return stdout.text().replace(/\s+/g, " ");
}

describe("the program built for a command line", () => {
  const { io } = memoryIo();
  const ctx: CliContext = { io, lang: "es", messages: CATALOGUES.es, exitCode: 0 };
  const all = createProgram(ctx);
  const names = all.commands.map((command) => command.name()).filter((name) => name !== "help");

  it("builds only the commands the arguments name, each as when all are built", () => {
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const alone = createProgram(ctx, [name, "export.ndjson", "--lang", "es"]);
      const built = alone.commands.filter((command) => command.name() !== "help");
      expect(built.length, name).toBeLessThanOrEqual(4);
      const command = built.find((candidate) => candidate.name() === name);
      const same = all.commands.find((candidate) => candidate.name() === name);
      expect(command?.helpInformation(), name).toBe(same?.helpInformation());
    }
  });

  it("builds them all when none is named, for the help and the suggestions", async () => {
    for (const argv of [[], ["--help"], ["--version"], ["valdate", "x.ndjson"]]) {
      expect(createProgram(ctx, argv).commands.map((command) => command.name())).toEqual(
        all.commands.map((command) => command.name()),
      );
    }
    const { io: mistyped, stderr } = memoryIo();
    expect(await run(["valdate", "x.ndjson"], mistyped)).toBe(2);
    expect(stderr.text()).toContain("validate");
  });
});

describe("help of every command", () => {
  const paths = commandPaths();

  it("covers the commands, nested ones too", () => {
    expect(paths.map((path) => path.join(" "))).toEqual(
      expect.arrayContaining(["", "validate", "convert", "keys", "keys new", "seal", "open", "synth"]),
    );
  });

  for (const lang of LANGS) {
    it(`ends with the meaning of exit codes 0, 1 and 2, and shows each default once, unquoted (${lang})`, async () => {
      const word = DEFAULT_WORD[lang];
      for (const path of paths) {
        const text = await help(path, lang);
        const at = text.lastIndexOf(EXIT_CODES_START[lang]);
        expect(at, `tip ${path.join(" ")}`).toBeGreaterThanOrEqual(0);
        expect(text.slice(at)).toMatch(/ 0 .*; 1 .*; 2 /);
        // Commander's own default is quoted and English: never shown.
        expect(text, `tip ${path.join(" ")}`).not.toMatch(/\(default: "/);
        // No option gives its default twice: "(default: TT) (default: TT)".
        const twice = new RegExp(`\\(${word} ?:[^)]*\\) \\(${word} ?:`);
        expect(text, `tip ${path.join(" ")}`).not.toMatch(twice);
      }
    });
  }

  it("gives synth's defaults once each, in the user's language", async () => {
    const en = await help(["synth"], "en");
    for (const value of ["100", "1", "TT", "0"]) {
      expect(en.split(`(default: ${value})`).length - 1, value).toBe(1);
    }
    const fr = await help(["synth"], "fr");
    expect(fr).toContain("(par défaut : 100)");
    expect(fr.split("(par défaut : TT)").length - 1).toBe(1);
  });
});

describe("wrapWords", () => {
  it("keeps every line within the width and every word whole", () => {
    const text = CATALOGUES.fr.exitCodes;
    const wrapped = wrapWords(text, 40);
    for (const line of wrapped.split("\n")) expect(line.length).toBeLessThanOrEqual(40);
    expect(wrapped.replace(/\n/g, " ")).toBe(text.replace(/\s+/g, " "));
    expect(wrapWords("a verylongwordthatdoesnotfit b", 5)).toBe("a\nverylongwordthatdoesnotfit\nb");
  });
});
