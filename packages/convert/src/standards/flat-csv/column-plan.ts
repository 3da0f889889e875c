import { readData } from "@tip/schema";
import type { ObjectNode, ShapeNode } from "../../model/shape.js";
import { entityShape, type FlatCsvEntity } from "./flat-csv-entity.js";

/**
 * What varies between flat CSV files of the same record type: how many items each list of objects needs
 * (`events.0.*`, `events.1.*`), which extension keys occur, and where an empty list or object must be kept.
 * Paths are templates: list indexes are written `#` (`events.#.place`).
 */
export interface FlatCsvPlan {
  readonly listLengths: ReadonlyMap<string, number>;
  /** Extension keys by namespace, in order of first appearance. */
  readonly extensions: ReadonlyMap<string, ReadonlySet<string>>;
  /** Template paths of lists of objects or objects that were present but empty. */
  readonly emptyContainers: ReadonlySet<string>;
}

/** Builds a `FlatCsvPlan` from records of one type seen one at a time (e.g. while streaming a first pass). */
export class FlatCsvPlanner {
  private readonly listLengths = new Map<string, number>();
  private readonly extensions = new Map<string, Set<string>>();
  private readonly emptyContainers = new Set<string>();

  private readonly shape: ObjectNode;

  constructor(entity: FlatCsvEntity) {
    this.shape = entityShape(entity);
  }

  /** Takes one record's shape into account; a value not readable as data is left to the writer to skip. */
  observe(record: unknown): void {
    const read = readData(record);
    if (read.ok) this.visitObject(this.shape, read.value, "");
  }

  /** The plan for every record observed so far. */
  plan(): FlatCsvPlan {
    return {
      listLengths: this.listLengths,
      extensions: this.extensions,
      emptyContainers: this.emptyContainers,
    };
  }

  private visitObject(node: ObjectNode, value: unknown, template: string): void {
    if (value === null || typeof value !== "object") return;
    const object = value as Record<string, unknown>;
    if (template !== "" && Object.values(object).every((v) => v === undefined))
      this.emptyContainers.add(template);
    for (const [key, child] of node.fields) {
      if (object[key] !== undefined)
        this.visit(child, object[key], template === "" ? key : `${template}.${key}`);
    }
  }

  private visit(node: ShapeNode, value: unknown, template: string): void {
    if (node.kind === "object") this.visitObject(node, value, template);
    else if (node.kind === "list" && Array.isArray(value)) {
      if (value.length === 0) this.emptyContainers.add(template);
      this.listLengths.set(template, Math.max(this.listLengths.get(template) ?? 0, value.length));
      for (const item of value) this.visitObject(node.item, item, `${template}.#`);
    } else if (node.kind === "extensions" && value !== null && typeof value === "object") {
      for (const [namespace, entries] of Object.entries(value as Record<string, unknown>)) {
        if (entries === null || typeof entries !== "object") continue;
        const keys = this.extensions.get(namespace) ?? new Set<string>();
        this.extensions.set(namespace, keys);
        for (const [key, entry] of Object.entries(entries)) if (entry !== undefined) keys.add(key);
      }
    }
  }
}

/** Plans the flat CSV columns of records of one type (records of other types are ignored). */
export function planFlatCsv(entity: FlatCsvEntity, records: Iterable<unknown>): FlatCsvPlan {
  const planner = new FlatCsvPlanner(entity);
  for (const record of records) {
    const read = readData(record);
    if (read.ok && (read.value as { recordType?: unknown } | null)?.recordType === entity) {
      planner.observe(read.value);
    }
  }
  return planner.plan();
}

/**
 * The columns of a flat CSV, in a stable order: the schema's field order, list items index by index
 * (`events.0.role`, `events.0.place.country`, `events.1.role`...), then extension columns
 * (`extensions.<namespace>.<key>`). A list or object kept empty gets a column of its own (`events`).
 */
export function flatCsvColumns(entity: FlatCsvEntity, plan: FlatCsvPlan): string[] {
  const shape = entityShape(entity);
  const columns: string[] = [];
  const walk = (node: ObjectNode, path: string, template: string) => {
    for (const [key, child] of node.fields) {
      const childPath = path === "" ? key : `${path}.${key}`;
      const childTemplate = template === "" ? key : `${template}.${key}`;
      if (child.kind === "leaf" || child.kind === "json") columns.push(childPath);
      else if (child.kind === "object") {
        if (plan.emptyContainers.has(childTemplate)) columns.push(childPath);
        walk(child, childPath, childTemplate);
      } else if (child.kind === "list") {
        if (plan.emptyContainers.has(childTemplate)) columns.push(childPath);
        const length = plan.listLengths.get(childTemplate) ?? 0;
        const itemsMayBeEmpty = plan.emptyContainers.has(`${childTemplate}.#`);
        for (let index = 0; index < length; index++) {
          if (itemsMayBeEmpty) columns.push(`${childPath}.${index}`);
          walk(child.item, `${childPath}.${index}`, `${childTemplate}.#`);
        }
      }
    }
  };
  walk(shape, "", "");
  for (const [namespace, keys] of plan.extensions) {
    for (const key of keys) columns.push(`extensions.${namespace}.${key}`);
  }
  return columns;
}
