// The typedoc API reference of the public @tip packages, for readers of the declared API:
// - a value whose inferred type is a zod schema shows the schema's class (`ZodObject`), not the thousands of
//   lines zod's generics expand to; a value declared `... satisfies T` shows `T`;
// - each main function shows the example of api-examples/<package>.<export>.ts, which `npm test` type-checks;
// - the public subpath entries (`@tip/schema/check`, ...) are modules of their own, named by their import path.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  Application,
  Comment,
  CommentTag,
  Converter,
  DefaultTheme,
  JSX,
  PageEvent,
  ReferenceType,
  ReflectionKind,
  UnknownType,
} from "typedoc";
import ts from "typescript";

const docsDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const packagesDir = join(docsDir, "..", "packages");
export const EXAMPLES_DIR = join(docsDir, "api-examples");

/** A type printed longer than this is an expansion, not a declaration a reader can use. */
const LONGEST_TYPE = 300;

/**
 * The public entries besides each package's main one, per package folder: import subpath and source file. The
 * other subpaths of the `exports` maps are data (locales, JSON Schema, profiles, vectors) or test helpers.
 */
export const SUBPATH_ENTRIES = {
  schema: { check: "src/check.ts", i18n: "src/i18n-api.ts" },
  convert: { xlsx: "src/xlsx-api.ts" },
  node: { client: "src/client.ts" },
  testkit: { hostile: "src/hostile.ts" },
};

/**
 * Public packages with a `src/public-api.ts` that built (their declaration file is in dist); `only` keeps those
 * whose folder it names.
 */
export function documentedPackages(only) {
  return readdirSync(packagesDir)
    .filter((name) => only === undefined || only.includes(name))
    .map((name) => join(packagesDir, name))
    .filter((dir) => {
      const manifest = join(dir, "package.json");
      if (!existsSync(manifest) || JSON.parse(readFileSync(manifest, "utf8")).private) return false;
      return (
        existsSync(join(dir, "src", "public-api.ts")) && existsSync(join(dir, "dist", "public-api.d.ts"))
      );
    });
}

/** The examples: `{ module: "@tip/schema", name: "checkRecord", code }` per file of api-examples. */
export function apiExamples() {
  return readdirSync(EXAMPLES_DIR)
    .filter((file) => /^[a-z]+\.[A-Za-z0-9]+\.ts$/.test(file))
    .map((file) => {
      const [pkg, name] = file.split(".");
      return { module: `@tip/${pkg}`, name, file, code: readFileSync(join(EXAMPLES_DIR, file), "utf8") };
    });
}

/**
 * Writes the API reference of the documented packages (or of the package folders `only` names) into `outDir`.
 * Throws when typedoc cannot convert them or when an example names a function its package does not export (an
 * example must not outlive its function).
 */
export async function buildApiReference(outDir, only) {
  const packages = documentedPackages(only);
  const app = await Application.bootstrapWithPlugins({
    name: "TIP data SDK",
    entryPoints: packages,
    entryPointStrategy: "packages",
    packageOptions: {
      entryPoints: ["src/public-api.ts"],
      excludeInternal: true,
      // Types a public export mentions without exporting them are reported (once) by the root options below.
      validation: { notExported: false },
      disableSources: true,
      // Each package's tsconfig also covers its tests; `npm test` type-checks them, the API pages need not.
      skipErrorChecking: true,
    },
    out: outDir,
    theme: "tip",
    excludeInternal: true,
    excludePrivate: true,
    excludeProtected: true,
    excludeExternals: true,
    githubPages: false,
    // No stable public repository URL yet: source links would point nowhere.
    disableSources: true,
    hideGenerator: true,
    readme: "none",
    // A module per package even when `only` names one, so its pages and names are those of the whole reference.
    alwaysCreateEntryPointModule: true,
    logLevel: "Warn",
    validation: { notExported: false, invalidLink: true, rewrittenLink: true },
  });
  app.renderer.defineTheme("tip", NavigableTheme);
  const importPaths = addSubpathEntries(app, packages);
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents) page.contents = withoutLinksInSummaries(page.contents);
  });
  // A way back to the data dictionary from every API page, relative so it works from file:// too.
  app.renderer.hooks.on("sidebar.begin", (context) =>
    JSX.createElement(
      "p",
      { class: "tip-site-link" },
      JSX.createElement(
        "a",
        { href: context.relativeURL("../index.html") },
        "← Data dictionary (en, es, fr, pt)",
      ),
    ),
  );
  // The type each declaration, signature and parameter is written with in the source, to show instead of an
  // expansion. Keyed by the entry's import path and the name path inside it, as in the reference: the "packages"
  // strategy converts each package apart, as the project (one entry) or as a module per entry (several, named
  // after their import paths), then copies its reflections into the merged project, under a module per package.
  const declared = new Map();
  const remember = (_context, reflection, text) => {
    if (!text) return;
    const key = inEntryModule(reflection)
      ? namePath(reflection)
      : `${importPaths.get(resolve(app.options.packageDir, "src", "public-api.ts"))}.${namePath(reflection)}`;
    // Overloads share a path: when they are written differently, none is replaced.
    declared.set(key, declared.has(key) && declared.get(key) !== text ? null : text);
  };
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (reflection.kindOf(ReflectionKind.Module)) nameByImportPath(context, reflection, importPaths);
    let symbol = context.getSymbolFromReflection(reflection);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = context.checker.getAliasedSymbol(symbol);
    remember(context, reflection, writtenType(symbol?.valueDeclaration ?? symbol?.declarations?.[0]));
  });
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, reflection, node) =>
    remember(context, reflection, node && "type" in node && node.type ? node.type.getText() : undefined),
  );
  app.converter.on(Converter.EVENT_CREATE_PARAMETER, (context, reflection) => {
    const node = context.getSymbolFromReflection(reflection)?.valueDeclaration;
    remember(
      context,
      reflection,
      node && ts.isParameter(node) && node.type ? node.type.getText() : undefined,
    );
  });
  // Each subpath entry becomes a module of the reference beside its package's (before typedoc groups them).
  app.on(Application.EVENT_PROJECT_REVIVE, liftSubpathEntries, 100);
  const project = await app.convert();
  if (!project) throw new Error("typedoc could not convert the packages; see the errors above");
  const shortened = shortenExpandedTypes(project, declared);
  addExamples(project, only);
  await app.generateDocs(project, outDir);
  return {
    packages: packages.map((dir) => dir.split(/[\\/]/).pop()),
    shortened: shortened.changed,
    long: shortened.left,
  };
}

/**
 * typedoc's theme, but a package in the navigation is a folder whose first entry links to its page: typedoc
 * puts that link inside the folder's `<summary>`, a link inside a button that axe-core reports
 * (`nested-interactive`) and keyboard users cannot reach apart from the toggle.
 */
class NavigableTheme extends DefaultTheme {
  getNavigation(project) {
    const unnest = (element) => {
      if (!element.children) return element;
      const children = element.children.map(unnest);
      if (!element.path) return { ...element, children };
      const { path, kind, icon, class: className, ...folder } = element;
      const overview = { text: element.text, path, kind, icon, class: className };
      return { ...folder, children: [overview, ...children] };
    };
    return super.getNavigation(project).map(unnest);
  }
}

/**
 * Drops the permalink icon typedoc puts in the heading of each collapsible section (a link inside the
 * `<summary>` button, which axe-core reports as `nested-interactive`); the heading keeps its id, so its
 * address still works.
 */
function withoutLinksInSummaries(html) {
  return html.replace(/<summary\b[^>]*>[\s\S]*?<\/summary>/g, (summary) =>
    summary.replace(/<a\b[^>]*class="tsd-anchor-icon"[^>]*>[\s\S]*?<\/a>/g, ""),
  );
}

/**
 * Gives each package with subpath entries its entry points (typedoc reads the options of each package folder
 * apart). Returns the import path of each entry's source file, e.g. `…/schema/src/check.ts` → `@tip/schema/check`.
 */
function addSubpathEntries(app, packages) {
  const importPaths = new Map();
  const entriesByFolder = new Map();
  for (const dir of packages) {
    const name = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name;
    const subpaths = SUBPATH_ENTRIES[dir.split(/[\\/]/).pop()] ?? {};
    importPaths.set(resolve(dir, "src", "public-api.ts"), name);
    for (const [subpath, file] of Object.entries(subpaths))
      importPaths.set(resolve(dir, file), `${name}/${subpath}`);
    // The main entry first: a declaration both entries export is documented in the main one.
    entriesByFolder.set(resolve(dir), ["src/public-api.ts", ...Object.values(subpaths)]);
  }
  app.options.addReader({
    name: "tip-subpath-entries",
    // After typedoc's own readers, so that these entry points win over packageOptions.
    order: 1000,
    supportsPackages: true,
    read(options, _logger, cwd) {
      const entries = entriesByFolder.get(resolve(cwd));
      if (entries && entries.length > 1) options.setValue("entryPoints", entries, cwd);
    },
  });
  return importPaths;
}

/** Names the module typedoc makes of an entry file after the entry's import path, not the file. */
function nameByImportPath(context, module, importPaths) {
  const file = context.getSymbolFromReflection(module)?.declarations?.find(ts.isSourceFile)?.fileName;
  const importPath = file && importPaths.get(resolve(file));
  if (importPath) module.name = importPath;
}

/**
 * In the merged project, a package of several entries is a module holding a module per entry: the main entry's
 * declarations move up into the package's module, and each subpath entry becomes a module of the project.
 */
function liftSubpathEntries(project) {
  for (const pkg of [...(project.children ?? [])]) {
    const entries = (pkg.children ?? []).filter((child) => child.kindOf(ReflectionKind.Module));
    if (entries.length === 0) continue;
    for (const entry of entries) {
      if (entry.name === pkg.name) {
        project.mergeReflections(entry, pkg);
        continue;
      }
      pkg.removeChild(entry);
      const siblings = project.reflectionChildren.get(pkg.id);
      siblings.splice(siblings.indexOf(entry.id), 1);
      entry.parent = project;
      project.addChild(entry);
      project.reflectionChildren.get(project.id).push(entry.id);
    }
    delete pkg.groups;
    delete pkg.categories;
  }
  delete project.groups;
  delete project.categories;
}

/** Whether a reflection is inside (or is) the module of an entry, as when a package has several entries. */
function inEntryModule(reflection) {
  let at = reflection;
  while (at.parent && !at.parent.isProject()) at = at.parent;
  return at.kindOf(ReflectionKind.Module);
}

/** The names from the project down to a reflection, dot-separated (a signature repeats its function's name). */
function namePath(reflection) {
  const names = [];
  for (let at = reflection; at && !at.isProject(); at = at.parent) names.unshift(at.name);
  return names.join(".");
}

/**
 * The type a declaration is written with: its annotation (`value?: Victim`), or `T` of a variable declared
 * `= ... satisfies T` (with or without `as const`).
 */
function writtenType(declaration) {
  if (!declaration) return undefined;
  if ("type" in declaration && declaration.type && !ts.isTypeAliasDeclaration(declaration))
    return declaration.type.getText();
  if (!ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  let node = declaration.initializer;
  while (ts.isAsExpression(node) || ts.isParenthesizedExpression(node)) node = node.expression;
  return ts.isSatisfiesExpression(node) ? node.type.getText() : undefined;
}

/**
 * Replaces every type printed longer than `LONGEST_TYPE` (on a variable, property, type alias, accessor,
 * signature or parameter) with the type written in the source; without one, a generic class (zod's
 * `ZodObject<{...}>`) loses its type arguments. Returns the names changed and those left long.
 */
function shortenExpandedTypes(project, declared) {
  const changed = [];
  const left = [];
  const holders = [];
  for (const reflection of Object.values(project.reflections)) {
    holders.push(reflection);
    for (const signature of reflection.signatures ?? []) {
      holders.push(signature);
      holders.push(...(signature.parameters ?? []));
    }
    if (reflection.getSignature) holders.push(reflection.getSignature);
  }
  for (const holder of new Set(holders)) {
    const type = holder.type;
    if (!type || type.toString().length <= LONGEST_TYPE) continue;
    const written = declared.get(namePath(holder));
    if (written) holder.type = new UnknownType(written);
    else if (type instanceof ReferenceType && type.typeArguments) type.typeArguments = undefined;
    else {
      // Members of an anonymous type (`__type`) show under their owner, which is reported or replaced.
      if (!holder.getFullName().includes("__type")) left.push(holder.getFullName());
      continue;
    }
    changed.push(holder.getFullName());
  }
  return { changed, left };
}

function addExamples(project, only) {
  for (const example of apiExamples()) {
    const module = project.children?.find((child) => child.name === example.module);
    // A reference of some packages only shows the examples of those.
    if (!module && only !== undefined) continue;
    const target = module?.getChildByName(example.name);
    if (!target) throw new Error(`${example.file}: ${example.module} has no export ${example.name}`);
    const holder = target.signatures?.[0] ?? target;
    holder.comment ??= new Comment();
    holder.comment.blockTags.push(
      new CommentTag("@example", [{ kind: "code", text: `\`\`\`ts\n${example.code.trimEnd()}\n\`\`\`` }]),
    );
  }
}
