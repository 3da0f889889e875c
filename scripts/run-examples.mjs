#!/usr/bin/env node
// Runs the examples in examples/* the way a consumer of the published packages would: builds the @tip packages
// they use, packs each with `npm pack`, and for each example makes a fresh project in the system's temp folder
// (outside this repository, so nothing resolves from its node_modules), installs the tarballs and the example's
// own registry dependencies there, then runs its `start` script and `start:cjs` when it has one.
//
//   node scripts/run-examples.mjs [--skip-build] [--keep] [example ...]
//
// --skip-build  do not run `turbo run build` first (the packages' dist folders must be up to date)
// --keep        keep the temp folder (it is always kept when an example fails)
// example       names of folders under examples/ to run; default all of them
//
// Exits non-zero when a build, pack, install or example fails.
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const COMMAND_TIMEOUT_MS = 5 * 60 * 1000;
const SCOPE = "@tip/";

const args = process.argv.slice(2);
const skipBuild = args.includes("--skip-build");
const keep = args.includes("--keep");
const selected = args.filter((arg) => !arg.startsWith("--"));
const unknownFlags = args.filter((arg) => arg.startsWith("--") && arg !== "--skip-build" && arg !== "--keep");
if (unknownFlags.length > 0) fail(`unknown option ${unknownFlags.join(", ")}`);

const started = performance.now();
const examples = findExamples(selected);
const packages = findPackages();
const needed = packagesUsedBy(examples, packages);
console.log(`examples: ${examples.map((example) => example.name).join(", ")}`);
console.log(`packages: ${needed.join(", ")}`);

if (!skipBuild) {
  step("build");
  const filters = needed.map((name) => `--filter=${name}`);
  await run("npx", ["turbo", "run", "build", "--output-logs=errors-only", ...filters], {
    cwd: ROOT,
    label: "build",
  }).catch((error) => fail(`build failed: ${error.message}`));
}
for (const name of needed) checkBuilt(packages.get(name));

const temp = mkdtempSync(join(realpathSync(tmpdir()), "tip-examples-"));
checkOutsideRepository(temp);
const packs = join(temp, "packs");
mkdirSync(packs);
step(`pack into ${packs}`);
const tarballs = await pack(needed, packs).catch((error) => {
  rmSync(temp, { recursive: true, force: true });
  fail(`npm pack failed: ${error.message}`);
});

step("install and run");
const results = await Promise.all(examples.map((example) => runExample(example, tarballs)));

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
console.log("\nexample                          install   run      result");
for (const { name, install, runTime, error } of results) {
  console.log(
    `${name.padEnd(32)} ${seconds(install).padEnd(9)} ${seconds(runTime).padEnd(8)} ${error ? "FAILED" : "ok"}`,
  );
}
const failed = results.filter((result) => result.error);
console.log(`\ntotal ${seconds(performance.now() - started)}`);
if (failed.length > 0) {
  for (const { name, error } of failed) console.error(`\n✗ ${name}: ${error.message}`);
  console.error(`\nexample projects kept in ${temp}`);
  process.exit(1);
}
if (keep) console.log(`example projects kept in ${temp}`);
else rmSync(temp, { recursive: true, force: true });
console.log(`✓ ${results.length} examples ran against the packed packages`);

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

/** The publishable workspace packages under packages/, by name. */
function findPackages() {
  const dir = join(ROOT, "packages");
  const found = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name, "package.json");
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const pkg = readJson(file);
    if (pkg.private !== true && pkg.name?.startsWith(SCOPE)) found.set(pkg.name, { dir: dirname(file), pkg });
  }
  return found;
}

function tipDependencies(pkg) {
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies });
  return names.filter((name) => name.startsWith(SCOPE));
}

/**
 * The @tip packages the examples depend on, with their own @tip dependencies: all of them are installed from
 * tarballs, so that npm never looks for a @tip package on the registry.
 */
function packagesUsedBy(list, all) {
  const seen = new Set();
  const visit = (name, from) => {
    if (seen.has(name)) return;
    const found = all.get(name);
    if (!found) fail(`${from} depends on ${name}, which is not a publishable package under packages/`);
    seen.add(name);
    for (const dependency of Object.keys({ ...found.pkg.dependencies, ...found.pkg.peerDependencies })) {
      if (dependency.startsWith(SCOPE)) visit(dependency, name);
    }
  };
  for (const { name, pkg } of list)
    for (const dependency of tipDependencies(pkg)) visit(dependency, `examples/${name}`);
  return [...seen].sort();
}

/** Fails when a file a package exports is missing (not built), instead of packing a broken tarball. */
function checkBuilt({ dir, pkg }) {
  const targets = new Set();
  const collect = (value) => {
    if (typeof value === "string") targets.add(value);
    else if (value && typeof value === "object") for (const inner of Object.values(value)) collect(inner);
  };
  collect(pkg.exports);
  for (const field of ["main", "module", "types"]) collect(pkg[field]);
  const missing = [...targets].filter((target) => !target.includes("*") && !existsSync(join(dir, target)));
  if (missing.length > 0) {
    fail(
      `${pkg.name} is not built (missing ${missing.join(", ")}): run \`npm run build\` or drop --skip-build`,
    );
  }
}

function checkOutsideRepository(dir) {
  const inside = relative(ROOT, dir);
  if (!inside.startsWith("..") && !isAbsolute(inside)) fail(`temp folder ${dir} is inside ${ROOT}`);
  // Node looks for packages in every parent's node_modules: none may hold @tip packages.
  for (let parent = dirname(dir); ; parent = dirname(parent)) {
    if (existsSync(join(parent, "node_modules", "@tip")))
      fail(`${parent}/node_modules/@tip would shadow the tarballs`);
    if (dirname(parent) === parent) break;
  }
}

/** Packs the packages into `destination`; returns package name -> tarball path. */
async function pack(names, destination) {
  const output = await run(
    "npm",
    ["pack", "--json", "--pack-destination", destination, ...names.map((name) => `--workspace=${name}`)],
    { cwd: ROOT, label: "pack", quiet: true },
  );
  const packed = JSON.parse(output.slice(output.indexOf("[")));
  const tarballs = new Map();
  for (const { name, filename, size, entryCount } of packed) {
    tarballs.set(name, join(destination, filename));
    console.log(`  ${filename} (${(size / 1024).toFixed(0)} KiB, ${entryCount} files)`);
  }
  for (const name of names) if (!tarballs.has(name)) throw new Error(`npm pack made no tarball for ${name}`);
  return tarballs;
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
    const pkg = structuredClone(example.pkg);
    pkg.dependencies ??= {};
    for (const field of ["dependencies", "devDependencies"]) {
      for (const name of Object.keys(pkg[field] ?? {})) {
        if (name.startsWith(SCOPE)) pkg[field][name] = `file:${tarballs.get(name)}`;
      }
    }
    // The @tip dependencies of the @tip dependencies, from their tarballs too (a registry would serve them).
    const direct = new Set(tipDependencies(pkg));
    for (const name of packagesUsedBy([{ name: example.name, pkg: example.pkg }], packages)) {
      if (!direct.has(name)) pkg.dependencies[name] = `file:${tarballs.get(name)}`;
    }
    writeFileSync(join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);

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
        if (pkg.scripts[script])
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

/** Every @tip package in the example's tree must come from our tarballs and live inside the example. */
function checkInstalledFromTarballs(dir, tarballs) {
  const lock = readJson(join(dir, "package-lock.json"));
  const paths = new Set([...tarballs.values()].map((path) => `file:${path}`));
  for (const [location, entry] of Object.entries(lock.packages)) {
    const name = location.slice(location.lastIndexOf("node_modules/") + "node_modules/".length);
    if (!location.includes("node_modules/") || !name.startsWith(SCOPE)) continue;
    const resolved = entry.resolved?.startsWith("file:")
      ? `file:${resolve(dir, entry.resolved.slice(5))}`
      : entry.resolved;
    if (!paths.has(resolved))
      throw new Error(`${location} was not installed from a packed tarball (${entry.resolved})`);
    const real = realpathSync(join(dir, location));
    if (!real.startsWith(dir + sep)) throw new Error(`${location} resolves to ${real}, outside the example`);
  }
}

/**
 * The environment of the commands: npm's settings for the script that runs this file are dropped, so that
 * npm in the temp projects does not take this repository as its prefix or workspace.
 */
function childEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    const lower = key.toLowerCase();
    if (
      lower.startsWith("npm_package_") ||
      lower.startsWith("npm_lifecycle_") ||
      lower === "npm_command" ||
      lower === "npm_config_local_prefix" ||
      lower.startsWith("npm_config_workspace") ||
      lower === "npm_config_include_workspace_root" ||
      lower === "node_path" ||
      lower === "init_cwd"
    ) {
      delete env[key];
    }
  }
  return env;
}

/**
 * Runs a command, printing each line of its output prefixed with `label` (unless `quiet`), and resolves to its
 * standard output; rejects on a non-zero exit, a signal or a timeout.
 */
function run(command, commandArgs, { cwd, label, quiet = false }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, commandArgs, { cwd, env: childEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const printer = (stream) => {
      let pending = "";
      const write = (chunk) => {
        pending += chunk;
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) stream.write(`[${label}] ${line}\n`);
      };
      write.flush = () => {
        if (pending !== "") stream.write(`[${label}] ${pending}\n`);
        pending = "";
      };
      return write;
    };
    const out = printer(process.stdout);
    const err = printer(process.stderr);
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      stdout += chunk;
      if (!quiet) out(chunk);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      stderr += chunk;
      err(chunk);
    });
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`${command} ${commandArgs.join(" ")} timed out after ${COMMAND_TIMEOUT_MS / 1000}s`));
    }, COMMAND_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      out.flush();
      err.flush();
      if (code === 0) resolvePromise(stdout);
      else {
        if (quiet) process.stdout.write(stdout);
        const how = signal ? `was killed by ${signal}` : `exited with ${code}`;
        reject(
          new Error(
            `\`${command} ${commandArgs.join(" ")}\` in ${cwd} ${how}${stderr ? "" : " (no stderr)"}`,
          ),
        );
      }
    });
  });
}

function step(title) {
  console.log(`\n== ${title}`);
}

function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

function fail(message) {
  console.error(`run-examples: ${message}`);
  process.exit(1);
}
