import { describe, expect, it } from "vitest";
import * as z from "zod";
import { CODE_LISTS } from "../codes/code-lists.js";
import type { ObjectName } from "../i18n/object-texts.js";
import { en } from "../locales/en.js";
import { tipRegistry } from "../meta/registry.js";
import { ENTITIES, RECORD_TYPES } from "../model/entities.js";
import { FIELD_IDS, MODEL_OBJECTS } from "../model/objects.js";
import type { FieldNode } from "./field-node.js";
import { fieldTreeOf, objectFieldTree, recordFieldTree } from "./field-tree.js";
import { childNode, fieldLabel, nodeAt, walkFields } from "./walk-fields.js";

const OBJECT_NAMES = Object.keys(MODEL_OBJECTS) as ObjectName[];

function allNodes(root: FieldNode): FieldNode[] {
  const nodes: FieldNode[] = [];
  walkFields(root, (node) => {
    nodes.push(node);
  });
  return nodes;
}

describe("the field tree of the model", () => {
  it("has one child per property of each model object, in schema order, with its field id", () => {
    for (const name of OBJECT_NAMES) {
      const tree = objectFieldTree(name);
      expect([...tree.children.keys()]).toEqual(Object.keys(MODEL_OBJECTS[name].shape));
      for (const [key, node] of tree.children) expect(node.field).toBe(`${name}.${key}`);
    }
  });

  it("names every field id of the model exactly once across the object trees", () => {
    const ids = OBJECT_NAMES.flatMap((name) =>
      [...objectFieldTree(name).children.values()].map((n) => n.field),
    );
    expect(ids).toEqual(FIELD_IDS);
  });

  it("says a field is optional exactly when zod lets the property be left out", () => {
    for (const name of OBJECT_NAMES) {
      const shape = MODEL_OBJECTS[name].shape as Record<string, z.ZodType>;
      for (const [key, node] of objectFieldTree(name).children) {
        const leftOut = shape[key]?.safeParse(undefined).success;
        expect(node.optional, `${name}.${key}`).toBe(leftOut);
        expect(node.required).toBe(!leftOut);
      }
    }
  });

  it("carries each field's registry metadata and the schema of one value", () => {
    for (const name of OBJECT_NAMES) {
      const shape = MODEL_OBJECTS[name].shape as Record<string, z.ZodType>;
      for (const [key, node] of objectFieldTree(name).children) {
        expect(node.declared).toBe(shape[key]);
        expect(node.meta).toEqual(tipRegistry.get(shape[key] as z.ZodType));
        expect(node.pii).toBe(node.meta?.pii);
      }
    }
  });

  it("gives a code field the codes of its code list", () => {
    let seen = 0;
    for (const recordType of RECORD_TYPES) {
      for (const node of allNodes(recordFieldTree(recordType))) {
        if (node.codeList === undefined || !Object.hasOwn(CODE_LISTS, node.codeList)) continue;
        const codes = node.type === "array" ? node.item : node;
        expect(codes.type, node.field).toBe("enum");
        const expected = CODE_LISTS[node.codeList as keyof typeof CODE_LISTS].codes as readonly string[];
        expect(codes.type === "enum" ? [...codes.values].sort() : []).toEqual([...expected].sort());
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(50);
  });

  it("types the values of known fields", () => {
    const victim = recordFieldTree("victim");
    const at = (path: string) => nodeAt(victim, path.split("."));
    expect(at("recordType")).toMatchObject({ type: "literal", values: ["victim"], required: true });
    expect(at("id")).toMatchObject({ type: "string", format: "uuid", patterned: true, pii: "none" });
    expect(at("givenName")).toMatchObject({ type: "string", patterned: false, optional: true });
    expect(at("birthDate")?.type).toBe("date");
    expect(at("birthYear")).toMatchObject({ type: "integer", minimum: 1900, maximum: 2100 });
    expect(at("createdAt")?.type).toBe("datetime");
    expect(at("deceased")?.type).toBe("boolean");
    expect(at("address.latitude")?.type).toBe("number");
    expect(at("address")).toMatchObject({ type: "object", object: "personAddress", strict: true });
    expect(at("assistance")?.type).toBe("array");
    expect(at("assistance.*")).toMatchObject({
      type: "object",
      object: "assistance",
      path: ["assistance", "*"],
    });
    expect(at("assistance.0")).toBe(at("assistance.*"));
    expect(at("extensions")).toMatchObject({ type: "record", optional: true });
    expect(at("extensions.lc")).toMatchObject({ type: "record", path: ["extensions", "*"] });
    expect(at("extensions.lc.anything")?.type).toBe("unknown");
    expect(nodeAt(recordFieldTree("case"), ["events", "*", "date"])?.type).toBe("partialDate");
  });

  it("gives a bundle's records as a union of the record types, told apart by recordType", () => {
    const records = nodeAt(recordFieldTree("bundle"), ["records", "*"]);
    expect(records?.type).toBe("union");
    if (records?.type !== "union") return;
    expect(records.discriminator).toBe("recordType");
    expect(records.options.map((o) => (o.type === "object" ? o.object : undefined))).toEqual(
      RECORD_TYPES.filter((t) => t !== "bundle"),
    );
  });

  it("refuses steps that are not fields, `__proto__` included", () => {
    const victim = recordFieldTree("victim");
    for (const segment of ["__proto__", "constructor", "toString", "nope", "*", "0"])
      expect(childNode(victim, segment)).toBeUndefined();
    expect(childNode(nodeAt(victim, ["assistance"]) as FieldNode, "x")).toBeUndefined();
    expect(childNode(nodeAt(victim, ["id"]) as FieldNode, "x")).toBeUndefined();
  });

  it("is built once per schema", () => {
    for (const recordType of RECORD_TYPES) {
      expect(recordFieldTree(recordType)).toBe(recordFieldTree(recordType));
      expect(fieldTreeOf(ENTITIES[recordType])).toBe(recordFieldTree(recordType));
    }
  });

  it("labels a field in the language of a locale bundle", () => {
    const node = nodeAt(recordFieldTree("victim"), ["birthDate"]) as FieldNode;
    expect(fieldLabel(node, en)).toBe(en.fields["victim.birthDate"].label);
    expect(
      fieldLabel(nodeAt(recordFieldTree("victim"), ["assistance", "*"]) as FieldNode, en),
    ).toBeUndefined();
  });
});

describe("the field tree of any zod schema", () => {
  it("turns wrappers into flags of the node they wrap", () => {
    const inner = z.string();
    const tree = fieldTreeOf(z.strictObject({ a: inner.nullable().optional(), b: z.number().default(1) }));
    expect(nodeAt(tree, ["a"])).toMatchObject({
      type: "string",
      optional: true,
      nullable: true,
      defaulted: false,
    });
    expect(nodeAt(tree, ["a"])?.schema).toBe(inner);
    expect(nodeAt(tree, ["b"])).toMatchObject({
      type: "number",
      optional: true,
      defaulted: true,
      nullable: false,
    });
  });

  it("reads list bounds, and marks what it does not describe", () => {
    const tree = fieldTreeOf(
      z.object({
        list: z.array(z.int()).min(1).max(3),
        exact: z.array(z.string()).length(2),
        refined: z.object({}).refine(() => true),
        piped: z.string().transform((s) => s.length),
      }),
    );
    expect(tree).toMatchObject({ type: "object", strict: false, refined: false });
    expect(nodeAt(tree, ["list"])).toMatchObject({ type: "array", minItems: 1, maxItems: 3, refined: false });
    expect(nodeAt(tree, ["list", "*"])?.type).toBe("integer");
    expect(nodeAt(tree, ["exact"])).toMatchObject({ length: 2, refined: false });
    expect(nodeAt(tree, ["refined"])).toMatchObject({ type: "object", refined: true });
    expect(nodeAt(tree, ["piped"])).toMatchObject({ type: "other", zodType: "pipe" });
  });

  it("reads the inclusive bounds of a number, never an exclusive one", () => {
    const tree = fieldTreeOf(
      z.object({
        year: z.int().min(1900).max(2100),
        tightened: z.number().min(1).min(5).max(9).max(7),
        open: z.number().gt(0).lt(1),
        any: z.number(),
      }),
    );
    expect(nodeAt(tree, ["year"])).toMatchObject({ type: "integer", minimum: 1900, maximum: 2100 });
    expect(nodeAt(tree, ["tightened"])).toMatchObject({ minimum: 5, maximum: 7 });
    for (const name of ["open", "any"]) {
      expect(nodeAt(tree, [name])).not.toHaveProperty("minimum");
      expect(nodeAt(tree, [name])).not.toHaveProperty("maximum");
    }
  });

  it("ends on a schema that contains itself", () => {
    const Node: z.ZodType = z.object({
      get next() {
        return Node.optional();
      },
    });
    let depth = 0;
    walkFields(fieldTreeOf(Node), (node) => {
      depth = Math.max(depth, node.path.length);
    });
    expect(depth).toBeGreaterThan(10);
    expect(depth).toBeLessThan(100);
  });

  it("visits inside-out only when asked: `false` skips what is inside a node", () => {
    const tree = fieldTreeOf(z.object({ a: z.object({ b: z.string() }), c: z.array(z.boolean()) }));
    const paths: string[] = [];
    walkFields(tree, (node) => {
      paths.push(node.path.join("."));
      return node.path[0] !== "a";
    });
    expect(paths).toEqual(["", "a", "c", "c.*"]);
  });
});
