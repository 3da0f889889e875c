import type { Rule } from "@tip/schema";
import { breakable, escapeHtml, fillHtml, type Html } from "../html/escape.js";
import type { Linker } from "../html/linker.js";
import { table } from "../html/table.js";
import { fieldLink } from "./links.js";
import { messageHtml } from "./message.js";
import type { PageContext } from "./page.js";
import { severityBadge } from "./profile-page.js";
import { ROUTES } from "./routes.js";

/** A table of cross-field rules with their codes, clauses, fields and messages in the page's language. */
export function ruleTable(
  ctx: PageContext,
  to: Linker,
  rules: readonly Rule<never>[],
  options: { readonly id: string; readonly caption: string; readonly withRecord?: boolean },
): Html {
  const t = ctx.texts.rules;
  const messages = ctx.bundle.messages as Readonly<Record<string, string>>;
  const headers = [
    t.code,
    ...(options.withRecord ? [t.record] : []),
    t.severity,
    t.clause,
    t.fields,
    t.message,
  ];
  return table({
    id: options.id,
    caption: escapeHtml(options.caption),
    className: "rules",
    headers,
    rows: rules.map((rule) => ({
      cells: [
        `<a href="${to.page(ROUTES.rules, rule.code)}"><code>${breakable(rule.code)}</code></a>`,
        ...(options.withRecord ? [recordCell(ctx, to, rule.recordType)] : []),
        severityCell(ctx, rule),
        // Clauses are written in English only in @tip/schema: marked so screen readers read them as English.
        ctx.lang === "en" ? escapeHtml(rule.clause) : `<span lang="en">${escapeHtml(rule.clause)}</span>`,
        rule.fields.map((id) => fieldLink(to, id)).join(", "),
        messageHtml(messages[rule.code] ?? ""),
      ],
    })),
  });
}

function recordCell(ctx: PageContext, to: Linker, recordType: string): Html {
  const name = recordType as keyof typeof ctx.bundle.objects;
  return `<a href="${to.page(ROUTES.object(name))}">${escapeHtml(ctx.bundle.objects[name].label)}</a>`;
}

/** The rule's severity; on a site built for a profile that sets it, also the profile's, with its clause. */
function severityCell(ctx: PageContext, rule: Rule<never>): Html {
  const core = severityBadge(ctx, rule.severity);
  const setting =
    ctx.profile && Object.hasOwn(ctx.profile.rules, rule.code) ? ctx.profile.rules[rule.code] : undefined;
  if (setting === undefined) return core;
  const under = fillHtml(ctx.lang, ctx.texts.profiles.marks.severityUnder, {
    severity: severityBadge(ctx, setting.severity),
    profile: `<code>${escapeHtml(setting.profile)}</code>`,
    clause: `<span lang="und">${escapeHtml(setting.clause)}</span>`,
  });
  return `${core}<br><strong>${under}</strong>`;
}
