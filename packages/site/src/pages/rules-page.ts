import { ALL_RULES, INPUT_CODES, type Severity, STRUCTURAL_CODES } from "@tip/schema";
import { breakable, escapeHtml, type Html } from "../html/escape.js";
import { linker } from "../html/linker.js";
import { table } from "../html/table.js";
import { messageHtml } from "./message.js";
import type { Page, PageContext } from "./page.js";
import { ROUTES } from "./routes.js";
import { ruleTable } from "./rule-table.js";

/** The rule catalogue and every issue code with its message in the page's language. */
export function rulesPage(ctx: PageContext): Page {
  const path = ROUTES.rules;
  const to = linker(ctx.lang, path);
  const t = ctx.texts.rules;
  const ruleCodes = new Map<string, Severity>();
  for (const rule of ALL_RULES) if (!ruleCodes.has(rule.code)) ruleCodes.set(rule.code, rule.severity);
  const codesOf = (codes: Readonly<Record<string, { readonly severity: Severity }>>) =>
    Object.entries(codes).map(([code, { severity }]) => [code, severity] as const);
  return {
    path,
    title: t.title,
    section: "rules",
    body: `<p class="lead">${escapeHtml(t.intro)}</p>
<section aria-labelledby="catalogue"><h2 id="catalogue">${escapeHtml(t.catalogue)}</h2>
<p>${escapeHtml(t.catalogueIntro)}</p>
${ruleTable(ctx, to, ALL_RULES, { id: "rule-catalogue", caption: t.catalogue, withRecord: true })}</section>
<section aria-labelledby="messages"><h2 id="messages">${escapeHtml(t.messages)}</h2>
<p>${messageHtml(t.placeholders)}</p>
${codeSection(ctx, "rule-codes", t.ruleCodes, "", [...ruleCodes])}
${codeSection(ctx, "structural-codes", t.structural, t.structuralIntro, codesOf(STRUCTURAL_CODES))}
${codeSection(ctx, "input-codes", t.input, t.inputIntro, codesOf(INPUT_CODES))}</section>`,
  };
}

function codeSection(
  ctx: PageContext,
  id: string,
  heading: string,
  intro: string,
  codes: readonly (readonly [string, Severity])[],
): Html {
  const t = ctx.texts.rules;
  const messages = ctx.bundle.messages as Readonly<Record<string, string>>;
  return `<h3 id="${id}-heading">${escapeHtml(heading)}</h3>
${intro ? `<p>${escapeHtml(intro)}</p>` : ""}
${table({
  id,
  caption: escapeHtml(heading),
  headers: [t.code, t.severity, t.message],
  rows: codes.map(([code, severity]) => ({
    id: code,
    cells: [
      `<code>${breakable(code)}</code>`,
      `<span class="severity severity-${severity}">${escapeHtml(ctx.texts.severity[severity])}</span>`,
      messageHtml(messages[code] ?? ""),
    ],
  })),
})}`;
}
