import { randomUUID } from "node:crypto";
import { ENTITIES, type FieldNode, type RecordType, SCHEMA_VERSION } from "@tip/schema";
import { type FieldPlan, type ObjectName, plansOf } from "../../src/model/object-plans.js";

/** Canary texts planted in personal fields: none may ever reach a published output. */
export interface Canaries {
  readonly planted: Map<string, string>;
}

let serial = 0;

/** Values to try for a leaf, in order; personal text fields get a canary that names the field. */
function candidates(plan: FieldPlan, node: FieldNode, personal: boolean): unknown[] {
  const n = ++serial;
  const tag = `CANARY-${plan.id}-${n}`;
  switch (node.type) {
    case "literal":
      return [...node.values];
    case "enum":
      return node.values.slice(0, 1);
    case "boolean":
      return [true];
    case "number":
    case "integer":
      return [1, 20, 1990, 2000];
    case "string":
    case "date":
    case "datetime":
    case "partialDate":
      if (node.format === "uuid") return [randomUUID()];
      if (node.format === "date") return [personal ? "1903-04-05" : "2001-02-03"];
      if (node.format === "datetime") return [personal ? "1903-04-05T06:07:08Z" : "2001-02-03T04:05:06Z"];
      if (node.format === "email") return [`canary-mail-${n}@example.org`];
      if (node.format === "url") return [`https://canary-url-${n}.example.org`];
      return personal
        ? [tag, "1903-04", `+1868555${String(n).padStart(4, "0")}`, "TTD"]
        : ["text", "2001-02", "+18685550100", "TTD", SCHEMA_VERSION];
    case "array":
      return candidates(plan, node.item, personal).map((value) => [value]);
    default:
      return [];
  }
}

function leafValue(plan: FieldPlan, canaries: Canaries, personal: boolean): unknown {
  for (const value of candidates(plan, plan.node, personal)) {
    if (!plan.schema.safeParse(value).success) continue;
    const text = Array.isArray(value) ? value[0] : value;
    if (personal && typeof text === "string" && /CANARY|canary|^\+1868555/.test(text))
      canaries.planted.set(text, plan.id);
    return value;
  }
  throw new Error(`No value found for ${plan.id}`);
}

/** An object of the model with every property filled, canaries in personal text, and an unknown key. */
function maximalObject(object: ObjectName, canaries: Canaries, personal: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const plan of plansOf(object).values()) {
    const inPerson = personal || plan.pii !== "none";
    const { shape } = plan;
    if (shape.kind === "object") out[plan.key] = maximalObject(shape.object, canaries, inPerson);
    else if (shape.kind === "objects") out[plan.key] = [maximalObject(shape.object, canaries, inPerson)];
    else if (shape.kind === "records") out[plan.key] = [];
    else if (shape.kind === "extensions") {
      const text = `CANARY-extension-${++serial}`;
      canaries.planted.set(text, `${plan.id}.lc.note`);
      out[plan.key] = { lc: { note: text } };
    } else out[plan.key] = leafValue(plan, canaries, inPerson);
  }
  return out;
}

/**
 * One record of each type with every field of the model filled, canary text in every personal text field
 * (and extension fields), plus a bundle holding them. The records are valid in shape but not in their
 * cross-field rules.
 */
export function maximalRecords(): {
  readonly records: Record<string, unknown>[];
  readonly canaries: Canaries;
} {
  const canaries: Canaries = { planted: new Map() };
  const types = (Object.keys(ENTITIES) as RecordType[]).filter((type) => type !== "bundle");
  const records = types.map((type) => ({ ...maximalObject(type, canaries, false), recordType: type }));
  const bundle = {
    ...maximalObject("bundle", canaries, false),
    recordType: "bundle",
    records: types.map((type) => ({ ...maximalObject(type, canaries, false), recordType: type })),
  };
  return { records: [...records, bundle], canaries };
}

/** The canaries found in a text. */
export function leakedCanaries(text: string, canaries: Canaries): string[] {
  const leaked = [...canaries.planted.keys()].filter((canary) => text.includes(canary));
  if (text.includes("1903-04")) leaked.push("1903-04 (a planted date)");
  return leaked;
}
