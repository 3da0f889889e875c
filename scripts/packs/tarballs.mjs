// The publishable @tip packages, packed with `npm pack`, and temp projects that install them the way a user's
// project would: the project names only the packages it uses; npm finds their @tip dependencies through
// `overrides` pointing at the tarballs, as it would find them on the registry.
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "./command.mjs";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SCOPE = "@tip/";

/** The publishable workspace packages under packages/, by name: `{ dir, pkg }`. */
export function findPackages() {
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

/** The @tip packages a package.json names, in any dependency field. */
export function tipDependencies(pkg) {
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies });
  return names.filter((name) => name.startsWith(SCOPE));
}

/**
 * The @tip packages the given package.json files depend on, with their own runtime @tip dependencies: all of
 * them are installed from tarballs, so that npm never looks for a @tip package on the registry.
 */
export function packagesUsedBy(list, all) {
  const seen = new Set();
  const visit = (name, from) => {
    if (seen.has(name)) return;
    const found = all.get(name);
    if (!found)
      throw new Error(`${from} depends on ${name}, which is not a publishable package under packages/`);
    seen.add(name);
    for (const dependency of Object.keys({ ...found.pkg.dependencies, ...found.pkg.peerDependencies })) {
      if (dependency.startsWith(SCOPE)) visit(dependency, name);
    }
  };
  for (const { name, pkg } of list) for (const dependency of tipDependencies(pkg)) visit(dependency, name);
  return [...seen].sort();
}

/** Throws when a file a package exports is missing (not built), instead of packing a broken tarball. */
export function checkBuilt({ dir, pkg }) {
  const targets = new Set();
  const collect = (value) => {
    if (typeof value === "string") targets.add(value);
    else if (value && typeof value === "object") for (const inner of Object.values(value)) collect(inner);
  };
  collect(pkg.exports);
  for (const field of ["main", "module", "types", "bin"]) collect(pkg[field]);
  const missing = [...targets].filter((target) => !target.includes("*") && !existsSync(join(dir, target)));
  if (missing.length > 0) {
    throw new Error(
      `${pkg.name} is not built (missing ${missing.join(", ")}): run \`npm run build\` or drop --skip-build`,
    );
  }
}

/** Throws when `dir` is inside this repository or below a node_modules/@tip that would shadow the tarballs. */
export function checkOutsideRepository(dir) {
  const inside = relative(ROOT, dir);
  if (!inside.startsWith("..") && !isAbsolute(inside))
    throw new Error(`temp folder ${dir} is inside ${ROOT}`);
  for (let parent = dirname(dir); ; parent = dirname(parent)) {
    if (existsSync(join(parent, "node_modules", "@tip")))
      throw new Error(`${parent}/node_modules/@tip would shadow the tarballs`);
    if (dirname(parent) === parent) break;
  }
}

/** Packs the packages into `destination`; resolves to package name -> tarball path. */
export async function pack(names, destination) {
  const { stdout } = await run(
    "npm",
    ["pack", "--json", "--pack-destination", destination, ...names.map((name) => `--workspace=${name}`)],
    { cwd: ROOT, label: "pack", quiet: true },
  );
  const packed = JSON.parse(stdout.slice(stdout.indexOf("[")));
  const tarballs = new Map();
  for (const { name, filename, size, entryCount } of packed) {
    tarballs.set(name, join(destination, filename));
    console.log(`  ${filename} (${(size / 1024).toFixed(0)} KiB, ${entryCount} files)`);
  }
  for (const name of names) if (!tarballs.has(name)) throw new Error(`npm pack made no tarball for ${name}`);
  return tarballs;
}

/**
 * Writes `pkg` as the package.json of the project in `dir` with its @tip dependencies taken from the tarballs,
 * and every other @tip package it will need as an override to its tarball (npm uses an override wherever the
 * package turns up in the tree, so the project itself names only what its code imports).
 */
export function writeProject(dir, pkg, tarballs, packages) {
  const project = structuredClone(pkg);
  for (const field of ["dependencies", "devDependencies"]) {
    for (const name of Object.keys(project[field] ?? {})) {
      if (name.startsWith(SCOPE)) project[field][name] = `file:${tarballs.get(name)}`;
    }
  }
  const direct = new Set(tipDependencies(project));
  project.overrides = { ...project.overrides };
  for (const name of packagesUsedBy([{ name: project.name ?? dir, pkg }], packages)) {
    if (!direct.has(name)) project.overrides[name] = `file:${tarballs.get(name)}`;
  }
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(project, null, 2)}\n`);
}

/** Throws unless every @tip package in the project's tree came from our tarballs and lives inside it. */
export function checkInstalledFromTarballs(dir, tarballs) {
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
    if (!real.startsWith(dir + sep)) throw new Error(`${location} resolves to ${real}, outside the project`);
  }
}

export function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}
