import { escapeHtml, type Html } from "./escape.js";

/** A row of a table: its cells (HTML) and an optional anchor id. */
export interface Row {
  readonly cells: readonly Html[];
  readonly id?: string;
}

/** A data table. */
export interface TableSpec {
  /** Unique on its page: names the scroll region after the caption. */
  readonly id: string;
  readonly caption: Html;
  readonly headers: readonly string[];
  readonly rows: readonly Row[];
  /** Extra class of the `<table>`, for column widths. */
  readonly className?: string;
}

/**
 * Renders a table whose first cell of each row is its row header. The table sits in a focusable, labelled
 * region that scrolls sideways when it is too wide. On phones the stylesheet shows each row as a card, each cell
 * under its column's name (`data-label`); the explicit ARIA roles keep the table's semantics for screen readers
 * when CSS changes how its elements are displayed.
 */
export function table(spec: TableSpec): Html {
  const captionId = `${spec.id}-caption`;
  const head = spec.headers
    .map((header) => `<th scope="col" role="columnheader">${escapeHtml(header)}</th>`)
    .join("");
  const body = spec.rows
    .map((row) => {
      const [first = "", ...rest] = row.cells;
      const id = row.id === undefined ? "" : ` id="${escapeHtml(row.id)}"`;
      const cells = rest.map((cell, index) => {
        const label = escapeHtml(spec.headers[index + 1] ?? "");
        return `<td role="cell" data-label="${label}">${cell}</td>`;
      });
      return `<tr${id} role="row"><th scope="row" role="rowheader">${first}</th>${cells.join("")}</tr>`;
    })
    .join("\n");
  const className = spec.className ? ` class="${spec.className}"` : "";
  return `<div class="table-wrap" role="region" aria-labelledby="${captionId}" tabindex="0">
<table id="${escapeHtml(spec.id)}"${className} role="table">
<caption id="${captionId}">${spec.caption}</caption>
<thead role="rowgroup"><tr role="row">${head}</tr></thead>
<tbody role="rowgroup">
${body}
</tbody>
</table>
</div>`;
}
