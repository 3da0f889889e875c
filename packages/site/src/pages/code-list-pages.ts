import { CODE_LISTS, type CodeListId, type Text } from "@tip/schema";
import { escapeHtml, fill, formatText, type Html } from "../html/escape.js";
import { type Linker, linker } from "../html/linker.js";
import { table } from "../html/table.js";
import { codeListLink, labelledFieldLink } from "./links.js";
import { mappingsCell } from "./mappings-cell.js";
import type { Page, PageContext } from "./page.js";
import { profileListNote } from "./profile-list-note.js";
import { codeAnchor, ROUTES } from "./routes.js";

/** Every code list id, in documentation order. */
export const CODE_LIST_IDS = Object.keys(CODE_LISTS) as CodeListId[];

/** The index of the code lists: each with its number of codes and the fields using it. */
export function codeListsPage(ctx: PageContext): Page {
  const path = ROUTES.codeLists;
  const to = linker(ctx.lang, path);
  const t = ctx.texts.codes;
  return {
    path,
    title: t.title,
    section: "codeLists",
    body: `<p class="lead">${escapeHtml(t.intro)}</p>
${table({
  id: "code-lists",
  caption: escapeHtml(t.title),
  headers: [t.list, t.count, t.usedBy],
  rows: CODE_LIST_IDS.map((id) => ({
    cells: [codeListLink(to, id), String(CODE_LISTS[id].codes.length), usedBy(ctx, to, id)],
  })),
})}`,
  };
}

/** The page of one code list: every code with its label, definition and mappings. */
export function codeListPage(ctx: PageContext, id: CodeListId): Page {
  const path = ROUTES.codeList(id);
  const to = linker(ctx.lang, path);
  const t = ctx.texts.codes;
  const list = CODE_LISTS[id];
  const texts = ctx.bundle.codes[id] as Readonly<Record<string, Text>>;
  const mappings = list.mappings as Readonly<Record<string, Parameters<typeof mappingsCell>[0]>>;
  const title = formatText(ctx.lang, t.listTitle, { list: id });
  return {
    path,
    title,
    section: "codeLists",
    body: `<p class="lead">${fill(ctx.lang, t.codeCount, { count: list.codes.length })}</p>
<section aria-labelledby="used-by"><h2 id="used-by">${escapeHtml(t.usedBy)}</h2>${usedBy(ctx, to, id, true)}</section>
${profileListNote(ctx, to, id)}
<section aria-labelledby="codes"><h2 id="codes">${escapeHtml(t.count)}</h2>
${table({
  id: `codes-${id}`,
  caption: escapeHtml(title),
  className: "codes",
  headers: [t.code, t.label, t.definition, t.mappings],
  rows: list.codes.map((code: string) => ({
    id: codeAnchor(code),
    cells: [
      `<code>${escapeHtml(code)}</code>`,
      escapeHtml(texts[code]?.label ?? ""),
      escapeHtml(texts[code]?.definition ?? ""),
      mappingsCell(mappings[code] ?? {}),
    ],
  })),
})}</section>`,
  };
}

function usedBy(ctx: PageContext, to: Linker, id: CodeListId, sentence = false): Html {
  const fields = ctx.model.codeListUsers(id);
  if (fields.length === 0) return sentence ? `<p>${escapeHtml(ctx.texts.codes.notUsed)}</p>` : "";
  return `<ul class="compact">${fields.map((field) => `<li>${labelledFieldLink(ctx, to, field)}</li>`).join("")}</ul>`;
}
