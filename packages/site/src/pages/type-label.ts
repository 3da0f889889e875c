import { escapeHtml, fill, fillHtml, type Html } from "../html/escape.js";
import type { Linker } from "../html/linker.js";
import type { JsonSchemaNode } from "../model/json-schemas.js";
import { objectNameOf } from "../model/node-objects.js";
import type { ObjectName } from "../model/site-model.js";
import { codeListLink, objectLink } from "./links.js";
import type { PageContext } from "./page.js";

/** Bounds this large mean "no upper bound" (zod writes `Number.MAX_SAFE_INTEGER` for `int()`). */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** The type of a field in words, in the page's language, read from its JSON Schema node. */
export function typeLabel(ctx: PageContext, to: Linker, node: JsonSchemaNode): Html {
  const { types } = ctx.texts;
  const list = node["x-code-list"];
  if (node.type === "array" && node.items) {
    const item = list
      ? fillHtml(ctx.lang, types.code, { list: codeListLink(to, list) })
      : typeLabel(ctx, to, node.items);
    return fillHtml(ctx.lang, types.listOf, { item });
  }
  if (list) return fillHtml(ctx.lang, types.code, { list: codeListLink(to, list) });
  if (node.const !== undefined) return fillHtml(ctx.lang, types.constant, { value: literal(node.const) });
  if (node.enum) return fillHtml(ctx.lang, types.oneOf, { values: node.enum.map(literal).join(", ") });
  const options = node.oneOf ?? node.anyOf;
  if (options) return options.map((option) => typeLabel(ctx, to, option)).join(" | ");
  const object = objectNameOf(node);
  if (object) return fillHtml(ctx.lang, types.object, { object: objectLink(ctx, to, object as ObjectName) });
  if (node.type === "object") return escapeHtml(types.extensions);
  if (node.type === "string") return stringLabel(ctx, node);
  if (node.type === "integer" || node.type === "number") return numberLabel(ctx, node);
  if (node.type === "boolean") return escapeHtml(types.boolean);
  return escapeHtml(node.type ?? "");
}

function stringLabel(ctx: PageContext, node: JsonSchemaNode): Html {
  const { types } = ctx.texts;
  const formats: Record<string, string> = {
    date: types.date,
    "date-time": types.dateTime,
    uuid: types.uuid,
    email: types.email,
    uri: types.url,
  };
  const format = node.format === undefined ? undefined : formats[node.format];
  if (format) return escapeHtml(format);
  if (node.pattern)
    return fillHtml(ctx.lang, types.pattern, { pattern: `<code>${escapeHtml(node.pattern)}</code>` });
  if (node.minLength !== undefined && node.maxLength !== undefined) {
    return fill(ctx.lang, types.textLength, { min: node.minLength, max: node.maxLength });
  }
  return escapeHtml(types.text);
}

function numberLabel(ctx: PageContext, node: JsonSchemaNode): Html {
  const { types } = ctx.texts;
  const type = node.type === "integer" ? types.integer : types.number;
  const max = node.maximum !== undefined && node.maximum < UNBOUNDED ? node.maximum : undefined;
  if (node.minimum !== undefined && max !== undefined)
    return fill(ctx.lang, types.between, { type, min: node.minimum, max });
  if (node.minimum !== undefined) return fill(ctx.lang, types.atLeast, { type, min: node.minimum });
  return escapeHtml(type);
}

function literal(value: unknown): Html {
  return `<code>${escapeHtml(JSON.stringify(value))}</code>`;
}
