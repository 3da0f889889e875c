import { accessSync, constants, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SCHEMA_VERSION } from "@tip/schema";
import { describe, expect, it } from "vitest";
import { invalidVictim, toNdjson } from "./testing/records.js";
import { CLI_PATH, spawnCli } from "./testing/spawn-cli.js";
import { tempDir } from "./testing/temp-dir.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
  bin: Record<string, string>;
};
const LAUNCHER = fileURLToPath(new URL("../bin/tip.js", import.meta.url));

describe("the tip binary", () => {
  it("is an ESM file with a node shebang, started by an executable launcher npm links at install", async () => {
    expect(readFileSync(CLI_PATH, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(pkg.bin).toEqual({ tip: "./bin/tip.js" });
    expect(readFileSync(LAUNCHER, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(() => accessSync(LAUNCHER, constants.X_OK)).not.toThrow();
    expect(await spawnCli(["--version"], { script: LAUNCHER })).toMatchObject({
      code: 0,
      stdout: `${pkg.version}\ndata model ${SCHEMA_VERSION}\n`,
    });
  });

  it("ends once a long report has reached the pipe whole, with the command's exit code", async () => {
    const files = tempDir();
    try {
      const invalid = Array.from({ length: 3000 }, (_, index) => invalidVictim(index));
      const input = files.write("invalid.ndjson", toNdjson(invalid));
      const result = await spawnCli(["validate", input, "--format", "json", "--max-issues", "100000"]);
      expect(result.code).toBe(1);
      // About a megabyte: far more than a pipe holds, so it is still draining when the checks are done.
      expect(result.stdout.length).toBeGreaterThan(500_000);
      const report = JSON.parse(result.stdout) as { invalid: number; issues: unknown[] };
      expect([report.invalid, report.issues.length]).toEqual([3000, 3000]);
    } finally {
      files.remove();
    }
  });

  it("prints the package version, then the version of the data model in the user's language", async () => {
    const result = await spawnCli(["--version"]);
    expect(result).toEqual({ code: 0, stdout: `${pkg.version}\ndata model ${SCHEMA_VERSION}\n`, stderr: "" });
    const es = await spawnCli(["--version"], { env: { LANG: "es_MX.UTF-8" } });
    expect(es.stdout).toBe(`${pkg.version}\nmodelo de datos ${SCHEMA_VERSION}\n`);
  });

  it("lists its commands in --help", async () => {
    const result = await spawnCli(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/validate \[options\] \[file\.\.\.\]/);
    expect(result.stdout).toContain("--version");
  });

  it("lists every option of validate in its --help, with the exit codes and environment", async () => {
    const result = await spawnCli(["validate", "--help"]);
    expect(result.code).toBe(0);
    for (const option of [
      "--format",
      "--lang",
      "--max-issues",
      "--input-format",
      "--record-type",
      "--output",
      "--severity",
      "--valid-only",
      "--help",
    ]) {
      expect(result.stdout).toContain(option);
    }
    const prose = result.stdout.replace(/\s+/g, " ");
    expect(prose).toContain("Exit code 0: all records valid; 1: invalid records found; 2: usage error");
    expect(prose).toContain("NO_COLOR");
    expect(prose).toContain("record type of CSV rows: case, victim, perpetrator, agency, referral");
  });

  it("shows help in the language of --lang, else of LANG", async () => {
    const es = await spawnCli(["validate", "--help", "--lang", "es"]);
    expect(es.stdout).toMatch(/^Uso: tip validate/);
    expect(es.stdout).toContain("Opciones:");
    const fr = await spawnCli(["validate", "--help"], { env: { LANG: "fr_CA.UTF-8" } });
    expect(fr.stdout).toMatch(/^Utilisation : tip validate/);
    const pt = await spawnCli(["--help"], { env: { LC_ALL: "pt_BR.UTF-8", LANG: "en_US.UTF-8" } });
    expect(pt.stdout).toContain("Comandos:");
  });

  it("exits 2 with a localised message on an unknown option, suggesting the right one", async () => {
    const result = await spawnCli(["validate", "--lan", "es", "x.ndjson"], { env: { LANG: "es_ES.UTF-8" } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("opción desconocida «--lan»");
    expect(result.stderr).toContain("¿quiso decir --lang?");
    expect(result.stderr).toContain("tip validate --help");
  });

  it("exits 2 on an unknown command, a missing file argument or no command at all", async () => {
    const unknown = await spawnCli(["valdate", "x.ndjson"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command “valdate” (did you mean validate?)");
    const missing = await spawnCli(["validate"], { env: { LANG: "pt_PT.UTF-8" } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("falta o argumento obrigatório “file”");
    const none = await spawnCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toContain("Usage: tip");
  });
});
