// The `tip` command from the packed tarballs, the two ways the README tells users to get it:
// 1. installed in a project (`npm i @tip/cli`): the project names @tip/cli only; its @tip dependencies must
//    come with it. Then `tip --version`, `tip synth`, and `tip validate` with each exit code (0 valid, 1
//    invalid, 2 unreadable input), checking the report does not echo the bad value.
// 2. `npx @tip/cli …`: `npm exec --offline --package <tarball> … -- tip --version` in an empty folder, so npm
//    installs it into its own cache as npx does, from the tarballs and npm's cache only (no registry).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./command.mjs";
import { checkInstalledFromTarballs, writeProject } from "./tarballs.mjs";

const CLI = "@tip/cli";
const NOT_AN_ID = "not-a-uuid-7d1f";

/** Resolves to `{ name, install, runTime, error? }`, like an example's result. */
export async function checkCli({ temp, tarballs, packages }) {
  const result = { name: "tip command (@tip/cli)", install: 0, runTime: 0 };
  const dir = join(temp, "cli");
  const label = "cli";
  try {
    mkdirSync(dir);
    const version = packages.get(CLI).pkg.version;
    writeProject(
      dir,
      { name: "tip-cli-check", private: true, dependencies: { [CLI]: "*" } },
      tarballs,
      packages,
    );

    const installStart = performance.now();
    try {
      await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, label });
    } finally {
      result.install = performance.now() - installStart;
    }
    checkInstalledFromTarballs(dir, tarballs);

    const runStart = performance.now();
    try {
      const tip = (args, codes = [0]) =>
        run(join(dir, "node_modules", ".bin", "tip"), args, {
          cwd: dir,
          label: `${label} tip`,
          codes,
          quiet: true,
        });

      const shown = (await tip(["--version"])).stdout;
      if (!shown.includes(version))
        throw new Error(`tip --version printed "${shown.trim()}", not ${version}`);

      const synth = await tip(["synth", "--count", "20", "--seed", "7"]);
      const lines = synth.stdout.split("\n").filter((line) => line !== "");
      if (lines.length < 20) throw new Error(`tip synth wrote ${lines.length} lines for 20 victims`);
      writeFileSync(join(dir, "export.ndjson"), synth.stdout);
      await tip(["validate", "export.ndjson"]);

      writeFileSync(
        join(dir, "invalid.ndjson"),
        `${JSON.stringify({ recordType: "victim", id: NOT_AN_ID })}\n`,
      );
      const invalid = await tip(["validate", "invalid.ndjson"], [1]);
      if (`${invalid.stdout}${invalid.stderr}`.includes(NOT_AN_ID))
        throw new Error("tip validate echoed the invalid id in its report");
      await tip(["validate", "no-such-file.ndjson"], [2]);
      console.log(`[${label}] tip ${version}: --version, synth, validate (exit 0, 1, 2) ok`);

      await checkNpx({ temp, tarballs, version, label });
    } finally {
      result.runTime = performance.now() - runStart;
    }
  } catch (error) {
    result.error = error;
  }
  return result;
}

/** `npm exec --package` with every tarball, offline, in an empty folder; removes the npx cache entry after. */
async function checkNpx({ temp, tarballs, version, label }) {
  const dir = join(temp, "npx");
  mkdirSync(dir);
  const npxCache = join(
    (await run("npm", ["config", "get", "cache"], { cwd: dir, label, quiet: true })).stdout.trim(),
    "_npx",
  );
  const before = new Set(listDir(npxCache));
  try {
    const packages = [...tarballs.values()].map((file) => `--package=${file}`);
    const { stdout } = await run(
      "npm",
      ["exec", "--offline", "--yes", ...packages, "--", "tip", "--version"],
      {
        cwd: dir,
        label: `${label} npx`,
        quiet: true,
      },
    );
    if (!stdout.includes(version)) throw new Error(`npm exec … tip --version printed "${stdout.trim()}"`);
    console.log(`[${label}] npm exec --offline --package <tarballs> -- tip --version: ${stdout.trim()}`);
  } finally {
    for (const entry of listDir(npxCache)) {
      if (before.has(entry)) continue;
      const manifest = join(npxCache, entry, "package.json");
      let text = "";
      try {
        text = readFileSync(manifest, "utf8");
      } catch {}
      if (text.includes(temp)) rmSync(join(npxCache, entry), { recursive: true, force: true });
    }
  }
}

function listDir(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
