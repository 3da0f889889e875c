import type { CodeListId } from "@tip/schema";
import { escapeHtml, fillHtml, type Html } from "../html/escape.js";
import type { Linker } from "../html/linker.js";
import { table } from "../html/table.js";
import { labelIn } from "../profiles/site-profiles.js";
import { codeLink } from "./links.js";
import type { PageContext } from "./page.js";

/**
 * On a code list's page of a site built for a profile that changes the list: the codes it accepts, the national
 * codes it adds with the core code each folds to, and the clauses behind the change. Empty otherwise.
 */
export function profileListNote(ctx: PageContext, to: Linker, id: CodeListId): Html {
  const profile = ctx.profile;
  const change = profile && Object.hasOwn(profile.codeLists, id) ? profile.codeLists[id] : undefined;
  if (profile === undefined || change === undefined) return "";
  const t = ctx.texts.profiles;
  const heading = fillHtml(ctx.lang, t.marks.listHeading, {
    profile: `<code>${escapeHtml(profile.id)}</code>`,
  });
  const restricted =
    change.allowed === undefined
      ? ""
      : `<p>${fillHtml(ctx.lang, t.marks.restrictedTo, { codes: change.allowed.map((code) => codeLink(to, id, code)).join(", ") })}</p>`;
  const clauses = change.changedBy
    .filter((by) => by.clause !== undefined)
    .map(
      (by) =>
        `<p>${fillHtml(ctx.lang, t.marks.clause, { clause: `<span lang="und">${escapeHtml(by.clause as string)}</span>` })} (<code>${escapeHtml(by.profile)}</code>)</p>`,
    )
    .join("");
  const national = Object.entries(change.national);
  const codes =
    national.length === 0
      ? ""
      : table({
          id: `profile-codes-${id}`,
          caption: escapeHtml(t.page.nationalCodes),
          headers: [t.page.code, t.page.label, t.page.foldsTo],
          rows: national.map(([code, added]) => ({
            id: `national-${code}`,
            cells: [
              `<code>${escapeHtml(code)}</code>`,
              escapeHtml(labelIn(added.labels, ctx.lang)),
              codeLink(to, id, added.foldsTo),
            ],
          })),
        });
  return `<section aria-labelledby="under-profile"><h2 id="under-profile">${heading}</h2>
${restricted}${clauses}${codes}</section>`;
}
