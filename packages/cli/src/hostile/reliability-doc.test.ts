import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { HOSTILE_CASES } from "./hostile-cases.js";
import { reliabilityTable, TABLE_END, TABLE_START } from "./reliability-table.js";

// docs/reliability.md lists the cases of the hostile-input matrix; the list is generated from the case table so
// the page and the tests never disagree. After changing the table: `UPDATE_DOCS=1 npx vitest run src/hostile`
// in packages/cli.

const page = fileURLToPath(new URL("../../../../docs/reliability.md", import.meta.url));

describe("docs/reliability.md", () => {
  it("lists exactly the cases of the hostile-input matrix", () => {
    const text = readFileSync(page, "utf8");
    const start = text.indexOf(TABLE_START);
    const end = text.indexOf(TABLE_END);
    expect(start, "start mark").toBeGreaterThanOrEqual(0);
    expect(end, "end mark").toBeGreaterThan(start);
    const current = text.slice(start, end + TABLE_END.length);
    const generated = reliabilityTable(HOSTILE_CASES);
    if (process.env.UPDATE_DOCS && current !== generated) {
      writeFileSync(page, text.replace(current, generated));
      return;
    }
    // Biome aligns the columns of Markdown tables: compare the cells, not the padding.
    expect(cellsOf(current)).toEqual(cellsOf(generated));
  });
});

/** The lines of a Markdown text with the spaces around table cells and separator dashes evened out. */
function cellsOf(markdown: string): string[] {
  return markdown.split("\n").map((line) =>
    line.startsWith("|")
      ? line
          .split("|")
          .map((cell) => cell.trim().replace(/^:?-+:?$/, "-"))
          .join("|")
      : line,
  );
}
