import { escapeHtml, type Html } from "../html/escape.js";

/** An issue message template with its `{placeholders}` marked up as variables. */
export function messageHtml(template: string): Html {
  return escapeHtml(template).replace(/\{(\w+)\}/g, (_, name: string) => `<var>{${name}}</var>`);
}
