type Node = Record<string, unknown>;

/** Where a code list's `$defs` entry is referenced from: `#/$defs/<code-list id>`. */
export const codeListRef = (codeList: string): string => `#/$defs/${codeList}`;

/**
 * Moves every code list's enum into one `$defs` entry per list and points each field at it with `$ref`, so a
 * list (the 250 country codes) is written once per file instead of at every field that uses it. A field's enum
 * is hoisted when the field (or, for an array, the array holding it) names its list with `x-code-list`; a
 * second, different enum under the same list id stays inline, so no field's codes change. Returns a new
 * document; `root` is not changed.
 */
export function hoistCodeLists(root: Readonly<Node>): Node {
  const defs: Record<string, Node> = Object.create(null);
  const body = hoist(root, defs, undefined) as Node;
  const names = Object.keys(defs).sort();
  if (names.length === 0) return body;
  return { ...body, $defs: Object.fromEntries(names.map((name) => [name, defs[name]])) };
}

function hoist(node: unknown, defs: Record<string, Node>, inherited: string | undefined): unknown {
  if (Array.isArray(node)) return node.map((item) => hoist(item, defs, undefined));
  if (node === null || typeof node !== "object") return node;
  const record = node as Node;
  const list = typeof record["x-code-list"] === "string" ? record["x-code-list"] : inherited;
  if (list !== undefined && record.type === "string" && Array.isArray(record.enum)) {
    const def = { type: "string", enum: record.enum, "x-code-list": list };
    const existing = defs[list];
    if (existing === undefined) defs[list] = def;
    if (existing === undefined || sameCodes(existing.enum, record.enum)) {
      const { type: _type, enum: _codes, ...rest } = record;
      return { $ref: codeListRef(list), ...rest };
    }
  }
  const out: Node = {};
  for (const [key, value] of Object.entries(record)) {
    out[key] = hoist(value, defs, key === "items" ? list : undefined);
  }
  return out;
}

function sameCodes(a: unknown, b: readonly unknown[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((code, index) => code === b[index]);
}

/**
 * The inverse of {@link hoistCodeLists} for readers that walk a schema without resolving references: every
 * `$ref` to a code list's `$defs` entry is replaced by its `type` and `enum`, and `$defs` entries that only held
 * code lists are dropped. Returns a new document.
 */
export function inlineCodeLists(root: Readonly<Node>): Node {
  const defs = (root.$defs ?? {}) as Record<string, Node>;
  const inline = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(inline);
    if (node === null || typeof node !== "object") return node;
    const record = node as Node;
    const ref = record.$ref;
    const name = typeof ref === "string" && ref.startsWith("#/$defs/") ? ref.slice("#/$defs/".length) : undefined;
    const def = name !== undefined && Object.hasOwn(defs, name) ? defs[name] : undefined;
    if (def !== undefined && "x-code-list" in def) {
      const { $ref: _ref, ...rest } = record;
      return { type: def.type, enum: def.enum, ...(inline(rest) as Node) };
    }
    const out: Node = {};
    for (const [key, value] of Object.entries(record)) {
      if (key === "$defs" && node === root) continue;
      out[key] = inline(value);
    }
    return out;
  };
  const out = inline(root) as Node;
  const others = Object.entries(defs).filter(([, def]) => !("x-code-list" in def));
  if (others.length > 0) out.$defs = Object.fromEntries(others.map(([name, def]) => [name, inline(def)]));
  return out;
}
