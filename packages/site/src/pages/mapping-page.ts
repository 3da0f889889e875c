import { CODE_LISTS, type CodeListId, type Mappings, type Text } from "@tip/schema";
import { escapeHtml, fillHtml, formatText, type Html } from "../html/escape.js";
import { type Linker, linker } from "../html/linker.js";
import { mappingName } from "../html/mapping-name.js";
import { MAPPING_NAMES } from "../html/mapping-names.js";
import { type Row, table } from "../html/table.js";
import { CODE_LIST_IDS } from "./code-list-pages.js";
import { codeLink, codeListLink, fieldLink } from "./links.js";
import type { Page, PageContext } from "./page.js";
import { type MappedStandard, ROUTES } from "./routes.js";

/** Where each standard is published, for the credit line (HTCDS is CC BY 4.0 and must be attributed). */
const SOURCES: Readonly<Record<MappedStandard, { readonly name: string; readonly url: string }>> = {
  htcds: { name: "Human Trafficking Case Data Standard 2.0", url: "https://github.com/UNMigration/HTCDS" },
  ctdc: {
    name: "Counter-Trafficking Data Collaborative (CTDC)",
    url: "https://www.ctdatacollaborative.org/",
  },
};

const CC_BY = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" };

/**
 * The mapping between an outside standard and the model, generated from the field and code metadata:
 * its names to model fields, model fields to its names, and its values to codes.
 */
export function mappingPage(ctx: PageContext, standard: MappedStandard): Page {
  const path = ROUTES.mapping(standard);
  const to = linker(ctx.lang, path);
  const t = ctx.texts.mappings;
  const name = MAPPING_NAMES[standard];
  const heading = (id: string, text: string) =>
    `<h2 id="${id}">${escapeHtml(formatText(ctx.lang, text, { standard: name }))}</h2>`;
  return {
    path,
    title: formatText(ctx.lang, t.title, { standard: name }),
    section: standard,
    body: `<p class="lead">${escapeHtml(standard === "htcds" ? t.htcdsIntro : t.ctdcIntro)}</p>
${credit(ctx, standard)}
${lookup(ctx, standard)}
<section aria-labelledby="to-model">${heading("to-model", t.fieldsToModel)}
${toModelTable(ctx, to, standard)}</section>
<section aria-labelledby="from-model">${heading("from-model", t.modelToFields)}
${fromModelTable(ctx, to, standard)}</section>
<section aria-labelledby="values">${heading("values", t.codes)}
<p>${escapeHtml(formatText(ctx.lang, t.codesIntro, { standard: name }))}</p>
${codesTable(ctx, to, standard)}</section>`,
  };
}

/**
 * The "I come from HTCDS / CTDC" box: typing a name in the standard, a field id or a label keeps only the
 * matching rows of the page's tables, both ways. Hidden until the site's script shows it, since it needs it.
 */
function lookup(ctx: PageContext, standard: MappedStandard): Html {
  const t = ctx.texts.mappings;
  const { search } = ctx.texts;
  const name = MAPPING_NAMES[standard];
  const tables = [`${standard}-to-model`, `model-to-${standard}`, `${standard}-codes`].join(" ");
  return `<form class="lookup" role="search" hidden data-lookup="${tables}" data-results="${escapeHtml(search.results)}" data-one-result="${escapeHtml(search.oneResult)}" data-no-results="${escapeHtml(search.noResults)}">
<label for="lookup-input">${escapeHtml(formatText(ctx.lang, t.lookupLabel, { standard: name }))}</label>
<input id="lookup-input" type="search" autocomplete="off" spellcheck="false" aria-describedby="lookup-hint lookup-status">
<p id="lookup-hint">${escapeHtml(formatText(ctx.lang, t.lookupHint, { standard: name }))}</p>
<p id="lookup-status" role="status" aria-live="polite"></p>
</form>`;
}

function credit(ctx: PageContext, standard: MappedStandard): Html {
  const t = ctx.texts.mappings;
  const source = SOURCES[standard];
  const link = (target: { name: string; url: string }) =>
    `<a href="${target.url}" rel="external">${escapeHtml(target.name)}</a>`;
  const text = fillHtml(ctx.lang, standard === "htcds" ? t.htcdsCredit : t.ctdcCredit, {
    standard: link(source),
    license: link(CC_BY),
  });
  return `<aside class="credit" aria-label="${escapeHtml(MAPPING_NAMES[standard])}"><p>${text} ${escapeHtml(t.notEndorsed)}</p></aside>`;
}

/** Rows of the standard's names, sorted by name, each pointing at the model field it becomes. */
function toModelTable(ctx: PageContext, to: Linker, standard: MappedStandard): Html {
  const t = ctx.texts.mappings;
  const pairs = ctx.model.objects
    .flatMap((object) => object.fields)
    .flatMap((field) => (field.mappings[standard] ?? []).map((name) => ({ name, field })));
  pairs.sort((a, b) => a.name.localeCompare(b.name, "en") || a.field.id.localeCompare(b.field.id, "en"));
  return table({
    id: `${standard}-to-model`,
    caption: escapeHtml(formatText(ctx.lang, t.fieldsToModel, { standard: MAPPING_NAMES[standard] })),
    headers: [
      formatText(ctx.lang, t.standardName, { standard: MAPPING_NAMES[standard] }),
      t.modelField,
      t.label,
    ],
    rows: pairs.map(({ name, field }) => ({
      cells: [mappingName(name), fieldLink(to, field.id), escapeHtml(ctx.bundle.fields[field.id].label)],
    })),
  });
}

/** Rows of the mapped model fields, in documentation order, with their names in the standard. */
function fromModelTable(ctx: PageContext, to: Linker, standard: MappedStandard): Html {
  const t = ctx.texts.mappings;
  const fields = ctx.model.objects
    .flatMap((object) => object.fields)
    .filter((f) => f.mappings[standard]?.length);
  return table({
    id: `model-to-${standard}`,
    caption: escapeHtml(formatText(ctx.lang, t.modelToFields, { standard: MAPPING_NAMES[standard] })),
    headers: [
      t.modelField,
      t.label,
      formatText(ctx.lang, t.standardName, { standard: MAPPING_NAMES[standard] }),
    ],
    rows: fields.map((field) => ({
      cells: [
        fieldLink(to, field.id),
        escapeHtml(ctx.bundle.fields[field.id].label),
        names(field.mappings[standard]),
      ],
    })),
  });
}

/** Rows of the standard's values, list by list, each pointing at the code it becomes. */
function codesTable(ctx: PageContext, to: Linker, standard: MappedStandard): Html {
  const t = ctx.texts.mappings;
  const rows: Row[] = CODE_LIST_IDS.flatMap((list: CodeListId) => {
    const mappings = CODE_LISTS[list].mappings as Readonly<Record<string, Mappings>>;
    const texts = ctx.bundle.codes[list] as Readonly<Record<string, Text>>;
    return Object.entries(mappings).flatMap(([code, mapping]) =>
      (mapping[standard] ?? []).map((value) => ({
        cells: [
          mappingName(value),
          codeListLink(to, list),
          codeLink(to, list, code),
          escapeHtml(texts[code]?.label ?? ""),
        ],
      })),
    );
  });
  return table({
    id: `${standard}-codes`,
    caption: escapeHtml(formatText(ctx.lang, t.codes, { standard: MAPPING_NAMES[standard] })),
    headers: [
      formatText(ctx.lang, t.standardName, { standard: MAPPING_NAMES[standard] }),
      t.codeList,
      t.code,
      t.label,
    ],
    rows,
  });
}

function names(list: readonly string[] | undefined): Html {
  return (list ?? []).map(mappingName).join(" ");
}
