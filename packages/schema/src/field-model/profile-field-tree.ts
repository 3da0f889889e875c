import * as z from "zod";
import type { FieldMeta } from "../meta/registry.js";
import type { RecordType } from "../model/entities.js";
import { type CompiledProfile, compileProfile } from "../profiles/compiled-profile.js";
import type { Profile } from "../profiles/profile.js";
import type { ExtensionField } from "../profiles/profile-document.js";
import { EXTENSION_DATE, EXTENSION_MAX_TEXT } from "../profiles/profile-issues.js";
import { buildFieldTree } from "./build-field-tree.js";
import type { FieldNode, ObjectFieldNode } from "./field-node.js";
import { recordFieldTree } from "./field-tree.js";
import { childNode, nodeAt } from "./walk-fields.js";

/** A node being copied: every property may be set once, before the tree is handed out. */
type Draft = { -readonly [K in keyof FieldNode]: FieldNode[K] } & Record<string, unknown>;

/** The same node, to be filled in while its tree is built. */
const draft = (node: FieldNode): Draft => node as unknown as Draft;

const trees = new WeakMap<Profile, Map<RecordType, ObjectFieldNode>>();

/**
 * The field tree of a record type under a profile, from the same code as the core tree: fields the profile
 * requires are `required`, code lists take the accepted core codes plus the national ones (`nationalCodes`
 * says what each folds to), the `extensions` record lists the declared namespaces with their typed fields,
 * and fields carry the profile's labels. A bundle's records each get their type's tree. `schema` stays the
 * core check of a value: the profile's own checks are `checkRecord`'s with the profile. Built once per
 * profile object and record type.
 */
export function profileFieldTree(recordType: RecordType, profile: Profile): ObjectFieldNode {
  let byType = trees.get(profile);
  if (byType === undefined) {
    byType = new Map();
    trees.set(profile, byType);
  }
  let tree = byType.get(recordType);
  if (tree === undefined) {
    tree = build(recordType, profile);
    byType.set(recordType, tree);
  }
  return tree;
}

function build(recordType: RecordType, profile: Profile): ObjectFieldNode {
  const root = copy(recordFieldTree(recordType)) as ObjectFieldNode;
  if (recordType === "bundle") {
    const records = nodeAt(root, ["records", "*"]);
    if (records?.type === "union") {
      draft(records).options = records.options.map((option) => {
        const type = option.type === "object" ? option.children.get("recordType") : undefined;
        const value = type?.type === "literal" ? type.values[0] : undefined;
        return typeof value === "string" && value !== "bundle"
          ? profileFieldTree(value as RecordType, profile)
          : option;
      });
    }
    return root;
  }
  const compiled = compileProfile(profile);
  for (const { parents, key } of compiled.required.get(recordType) ?? []) {
    const parent = nodeAt(root, parents);
    const node = parent?.type === "object" ? parent.children.get(key) : undefined;
    if (node !== undefined) Object.assign(draft(node), { optional: false, required: true });
  }
  for (const site of compiled.sites.get(recordType) ?? []) {
    const field = nodeAt(root, site.path);
    const codes = site.many && field?.type === "array" ? field.item : field;
    if (codes?.type !== "enum") continue;
    const kept = site.allowed === undefined ? codes.values : codes.values.filter((c) => site.allowed?.has(c));
    Object.assign(codes, { values: [...kept, ...site.folds.keys()], nationalCodes: site.folds });
  }
  const extensions = root.children.get("extensions");
  if (extensions?.type === "record") {
    const namespaces = extensionNamespaces(recordType, compiled, profile);
    if (namespaces.size > 0) draft(extensions).namespaces = namespaces;
  }
  addLabels(root, profile);
  return root;
}

/** A mutable copy of a tree (schemas and metadata are shared, not copied). */
function copy(node: FieldNode): FieldNode {
  const out = draft({ ...node });
  switch (node.type) {
    case "object":
      out.children = new Map([...node.children].map(([key, child]) => [key, copy(child)]));
      break;
    case "array":
      out.item = copy(node.item);
      break;
    case "record":
      out.values = copy(node.values);
      break;
    case "union":
      out.options = node.options.map(copy);
      break;
  }
  return out as unknown as FieldNode;
}

/** The declared namespaces that have fields for the record type, each built from schemas of its fields. */
function extensionNamespaces(
  recordType: RecordType,
  compiled: CompiledProfile,
  profile: Profile,
): Map<string, ObjectFieldNode> {
  const namespaces = new Map<string, ObjectFieldNode>();
  for (const [namespace, fields] of compiled.extensions) {
    const metas = new Map<z.ZodType, FieldMeta>();
    const labels = new Map<string, Readonly<Record<string, string>>>();
    const shape: Record<string, z.ZodType> = {};
    for (const [name, declared] of fields) {
      if (declared.recordTypes !== undefined && !declared.recordTypes.includes(recordType)) continue;
      const schema = extensionSchema(declared, compiled).optional();
      shape[name] = schema;
      const field = `extensions.${namespace}.${name}`;
      metas.set(schema, {
        field,
        pii: declared.pii,
        ...(declared.codeList ? { codeList: declared.codeList } : {}),
      });
      labels.set(field, declared.labels);
    }
    if (Object.keys(shape).length === 0) continue;
    const object = z.strictObject(shape);
    const tree = copy(
      buildFieldTree(object, { path: ["extensions", namespace], meta: undefined }, (s) => metas.get(s)),
    ) as ObjectFieldNode;
    draft(tree).labels = profile.extensions[namespace]?.title ?? {};
    for (const [name, child] of tree.children) {
      draft(child).labels = labels.get(child.field ?? "");
      // The profile's dates are full dates checked by a pattern: say so, as for the model's dates.
      if (fields.get(name)?.type === "date") draft(child).type = "date";
    }
    namespaces.set(namespace, tree);
  }
  return namespaces;
}

/** A zod schema saying what a declared extension field takes, as the profile's checks do. */
function extensionSchema(declared: ExtensionField, compiled: CompiledProfile): z.ZodType {
  const codes = [...((declared.codeList && compiled.extensionCodes.get(declared.codeList)) || [])];
  const code = codes.length > 0 ? z.enum(codes as [string, ...string[]]) : z.never();
  switch (declared.type) {
    case "string":
      return z.string().max(EXTENSION_MAX_TEXT);
    case "integer":
      return z.int();
    case "number":
      return z.number();
    case "boolean":
      return z.boolean();
    case "date":
      return z.string().regex(EXTENSION_DATE);
    case "code":
      return code;
    case "codes":
      return z.array(code);
  }
}

/** Gives each field the labels the profile sets for it, by language. */
function addLabels(root: FieldNode, profile: Profile): void {
  const byField = new Map<string, Record<string, string>>();
  for (const [language, texts] of Object.entries(profile.labels)) {
    for (const [field, label] of Object.entries(texts.fields ?? {})) {
      const labels = byField.get(field) ?? {};
      labels[language] = label;
      byField.set(field, labels);
    }
  }
  if (byField.size === 0) return;
  const visit = (node: FieldNode): void => {
    const labels = node.field === undefined ? undefined : byField.get(node.field);
    if (labels !== undefined) draft(node).labels = { ...node.labels, ...labels };
    if (node.type === "object") for (const child of node.children.values()) visit(child);
    else if (node.type === "array") visit(node.item);
    else if (node.type === "record") visit(childNode(node, "*") as FieldNode);
  };
  visit(root);
}
