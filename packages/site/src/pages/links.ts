import type { CodeListId, FieldId } from "@tip/schema";
import { breakable, escapeHtml, type Html } from "../html/escape.js";
import type { Linker } from "../html/linker.js";
import type { ObjectName } from "../model/site-model.js";
import type { PageContext } from "./page.js";
import { codeAnchor, ROUTES } from "./routes.js";

/** A link to a field's row on its object's page, showing the field id. */
export function fieldLink(to: Linker, id: FieldId | string): Html {
  const object = id.slice(0, id.indexOf("."));
  return `<a href="${to.page(ROUTES.object(object as ObjectName), id)}"><code>${breakable(id)}</code></a>`;
}

/** A link to a field's row, showing its label in the page's language and its id. */
export function labelledFieldLink(ctx: PageContext, to: Linker, id: FieldId): Html {
  return `${fieldLink(to, id)} ${escapeHtml(ctx.bundle.fields[id].label)}`;
}

/** A link to an object's page, showing its label in the page's language. */
export function objectLink(ctx: PageContext, to: Linker, name: ObjectName): Html {
  return `<a href="${to.page(ROUTES.object(name))}">${escapeHtml(ctx.bundle.objects[name].label)}</a>`;
}

/** A link to a code list's page, showing the list's id. */
export function codeListLink(to: Linker, id: CodeListId | string): Html {
  return `<a href="${to.page(ROUTES.codeList(id as CodeListId))}"><code>${breakable(id)}</code></a>`;
}

/** A link to a code's row on its list's page. */
export function codeLink(to: Linker, list: CodeListId, code: string): Html {
  return `<a href="${to.page(ROUTES.codeList(list), codeAnchor(code))}"><code>${escapeHtml(code)}</code></a>`;
}
