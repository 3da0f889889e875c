#!/usr/bin/env node
// Runs the examples in examples/* and the `tip` command the way a user of the published packages would:
// builds the @tip packages, packs each with `npm pack`, and for each example makes a fresh project in the
// system's temp folder (outside this repository, so nothing resolves from its node_modules), installs it from
// the tarballs (the project names only the @tip packages it imports; the others come as their dependencies)
// and runs its `start` script, and `start:cjs` when it has one. `cli` installs @tip/cli alone and runs `tip`,
// then `npm exec --package <tarballs> -- tip` as `npx @tip/cli` would (scripts/packs/cli-check.mjs).
// `convert-no-xlsx` installs @tip/convert without its optional exceljs (scripts/packs/convert-check.mjs).
//
//   node scripts/run-examples.mjs [--skip-build] [--keep] [--node <major>] [name ...]
//
// --skip-build    do not run `turbo run build` first (the packages' dist folders must be up to date)
// --keep          keep the temp folder (it is always kept when something fails)
// --node <major>  run everything on that Node line, with the `node` binary the npm registry ships
//                 (`npx -p node@<major>`); CI runs the current LTS lines this way
// name            folders under examples/, `cli` or `convert-no-xlsx`; default all of them
//
// Exits non-zero when a build, pack, install, example or command fails.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCli } from "./packs/cli-check.mjs";
import { childEnv, run } from "./packs/command.mjs";
import { CONVERT_CHECK, checkConvertWithoutXlsx } from "./packs/convert-check.mjs";
import {
  checkBuilt,
  checkInstalledFromTarballs,
  checkOutsideRepository,
  findPackages,
  pack,
  packagesUsedBy,
  ROOT,
  readJson,
  writeProject,
} from "./packs/tarballs.mjs";

const CLI_CHECK = "cli";
// `--on-node` is what `--node` passes to the copy of this script it starts on the other Node.
const FLAGS = new Set(["--skip-build", "--keep", "--node", "--on-node"]);

const args = process.argv.slice(2);
const nodeIndex = args.findIndex((arg) => arg === "--node" || arg === "--on-node");
const nodeMajor = nodeIndex >= 0 ? args[nodeIndex + 1] : undefined;
if (nodeIndex >= 0 && !/^\d+$/.test(nodeMajor ?? "")) fail("--node takes a major version, e.g. --node 22");
const positional = args.filter(
  (arg, index) => !arg.startsWith("--") && (nodeIndex < 0 || index !== nodeIndex + 1),
);
const unknownFlags = args.filter((arg) => arg.startsWith("--") && !FLAGS.has(arg));
if (unknownFlags.length > 0) fail(`unknown option ${unknownFlags.join(", ")}`);
if (nodeMajor !== undefined) onNode(nodeMajor, args[nodeIndex] === "--on-node");
const skipBuild = args.includes("--skip-build");
const keep = args.includes("--keep");

const started = performance.now();
const exampleNames = positional.filter((name) => name !== CLI_CHECK && name !== CONVERT_CHECK);
const examples = positional.length > 0 && exampleNames.length === 0 ? [] : findExamples(exampleNames);
const withCli = positional.length === 0 || positional.includes(CLI_CHECK);
const packages = findPackages();
const users = [...examples];
if (withCli) users.push({ name: CLI_CHECK, pkg: { dependencies: { "@tip/cli": "*" } } });
const withConvert = positional.length === 0 || positional.includes(CONVERT_CHECK);
if (withConvert) users.push({ name: CONVERT_CHECK, pkg: { dependencies: { "@tip/convert": "*" } } });
let needed = [];
try {
  needed = packagesUsedBy(users, packages);
} catch (error) {
  fail(error.message);
}
console.log(`node ${process.version} (${process.execPath})`);
console.log(
  `examples: ${[
    ...examples.map((example) => example.name),
    ...(withCli ? [CLI_CHECK] : []),
    ...(withConvert ? [CONVERT_CHECK] : []),
  ].join(", ")}`,
);
console.log(`packages: ${needed.join(", ")}`);
checkChildNode();

if (!skipBuild) {
  step("build");
  const filters = needed.map((name) => `--filter=${name}`);
  await run("npx", ["turbo", "run", "build", "--output-logs=errors-only", ...filters], {
    cwd: ROOT,
    label: "build",
  }).catch((error) => fail(`build failed: ${error.message}`));
}
try {
  for (const name of needed) checkBuilt(packages.get(name));
} catch (error) {
  fail(error.message);
}

const temp = mkdtempSync(join(realpathSync(tmpdir()), "tip-examples-"));
try {
  checkOutsideRepository(temp);
} catch (error) {
  fail(error.message);
}
const packs = join(temp, "packs");
mkdirSync(packs);
step(`pack into ${packs}`);
const tarballs = await pack(needed, packs).catch((error) => {
  rmSync(temp, { recursive: true, force: true });
  fail(`npm pack failed: ${error.message}`);
});

step("install and run");
const runs = examples.map((example) => runExample(example, tarballs));
if (withCli) runs.push(checkCli({ temp, tarballs, packages }));
if (withConvert) runs.push(checkConvertWithoutXlsx({ temp, tarballs, packages }));
const results = await Promise.all(runs);

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
console.log("\nexample                          install   run      result");
for (const { name, install, runTime, error } of results) {
  console.log(
    `${name.padEnd(32)} ${seconds(install).padEnd(9)} ${seconds(runTime).padEnd(8)} ${error ? "FAILED" : "ok"}`,
  );
}
const failed = results.filter((result) => result.error);
console.log(`\ntotal ${seconds(performance.now() - started)} on node ${process.version}`);
if (failed.length > 0) {
  for (const { name, error } of failed) console.error(`\n✗ ${name}: ${error.message}`);
  console.error(`\nexample projects kept in ${temp}`);
  process.exit(1);
}
if (keep) console.log(`example projects kept in ${temp}`);
else rmSync(temp, { recursive: true, force: true });
console.log(`✓ ${results.length} examples ran against the packed packages on node ${process.version}`);

/**
 * Runs this script again on Node `major` from the npm registry (`npx -p node@<major>`), unless it already
 * runs on it; `npx` puts that `node` first on PATH, so npm and the examples use it too.
 */
function onNode(major, started) {
  if (process.versions.node.split(".")[0] === major) return;
  if (started) fail(`asked for node ${major} but npx started ${process.version}`);
  console.log(`run-examples: starting node ${major} from the npm registry (npx -p node@${major})`);
  const again = args.map((arg, index) => (index === nodeIndex ? "--on-node" : arg));
  const result = spawnSync(
    "npx",
    ["--yes", "--package", `node@${major}`, "--", "node", process.argv[1], ...again],
    {
      stdio: "inherit",
      env: childEnv(),
    },
  );
  process.exit(result.status ?? 1);
}

/** The examples must run on the Node that runs this script: `node` on PATH must be the same one. */
function checkChildNode() {
  const child = spawnSync("node", ["-p", "process.version"], { encoding: "utf8", env: childEnv() });
  if (child.stdout?.trim() !== process.version)
    fail(
      `\`node\` on PATH is ${child.stdout?.trim() || "missing"}, not ${process.version} which runs this script`,
    );
}

/** The example folders (those with a package.json), all or the ones named on the command line. */
function findExamples(names) {
  const dir = join(ROOT, "examples");
  const all = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "package.json")))
    .map((entry) => ({
      name: entry.name,
      dir: join(dir, entry.name),
      pkg: readJson(join(dir, entry.name, "package.json")),
    }));
  for (const name of names) if (!all.some((example) => example.name === name)) fail(`no example "${name}"`);
  const chosen = names.length > 0 ? all.filter((example) => names.includes(example.name)) : all;
  if (chosen.length === 0) fail("no example found under examples/");
  for (const { name, pkg } of chosen) {
    if (pkg.private !== true) fail(`examples/${name}/package.json must be "private": true`);
    if (!pkg.scripts?.start) fail(`examples/${name}/package.json has no "start" script`);
  }
  return chosen;
}

/** Copies an example to the temp folder, installs it from the tarballs and runs its scripts. */
async function runExample(example, tarballs) {
  const dir = join(temp, example.name);
  const label = example.name;
  const result = { name: example.name, install: 0, runTime: 0 };
  try {
    cpSync(example.dir, dir, {
      recursive: true,
      filter: (source) => !/[\\/](node_modules|dist)$/.test(source),
    });
    writeProject(dir, example.pkg, tarballs, packages);

    const installStart = performance.now();
    try {
      await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, label });
    } finally {
      result.install = performance.now() - installStart;
    }
    checkInstalledFromTarballs(dir, tarballs);

    const runStart = performance.now();
    try {
      for (const script of ["start", "start:cjs"]) {
        if (example.pkg.scripts[script])
          await run("npm", ["run", "--silent", script], { cwd: dir, label: `${label} ${script}` });
      }
    } finally {
      result.runTime = performance.now() - runStart;
    }
  } catch (error) {
    result.error = error;
  }
  return result;
}

function step(title) {
  console.log(`\n== ${title}`);
}

function fail(message) {
  console.error(`run-examples: ${message}`);
  process.exit(1);
}
