import { icuOutline } from "@tip/schema";
import { escapeHtml, type Html } from "../html/escape.js";

/**
 * An issue message template with its `{placeholders}` marked up as variables; a plural shows its `other` form
 * (`This row has {count} cells`), as `icuOutline` gives it.
 */
export function messageHtml(template: string): Html {
  return escapeHtml(icuOutline(template)).replace(/\{(\w+)\}/g, (_, name: string) => `<var>{${name}}</var>`);
}
