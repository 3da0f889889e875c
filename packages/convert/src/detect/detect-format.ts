import { extname } from "node:path";
import { resolveCtdcColumn } from "../standards/ctdc/resolve-ctdc-header.js";
import { bindColumn } from "../standards/flat-csv/bind-columns.js";
import { entityShape, FLAT_CSV_ENTITIES, type FlatCsvEntity } from "../standards/flat-csv/flat-csv-entity.js";
import { isHtcdsColumn } from "./htcds-names.js";

/** The formats `tip convert` reads and writes. */
export const FORMATS = ["htcds", "ctdc", "csv", "tip", "glotip"] as const;

/** One of the formats: HTCDS (xlsx, CSV, XLSForm), CTDC CSV, flat CSV, canonical NDJSON, GLOTIP (CSV, xlsx). */
export type Format = (typeof FORMATS)[number];

/** Whether a value names a format. */
export function isFormat(value: unknown): value is Format {
  return typeof value === "string" && (FORMATS as readonly string[]).includes(value);
}

/** What a format was detected from. */
export interface Detection {
  readonly format: Format;
  /** For flat CSV: the record type whose fields the header names most. */
  readonly entity?: FlatCsvEntity;
  /** `extension` or `header` / `content`: what settled it. */
  readonly by: "extension" | "header" | "content";
}

/** What detection looks at: the file name and, when read, the header row or the first characters. */
export interface DetectInput {
  readonly fileName?: string;
  /** The first row of a CSV file. */
  readonly header?: readonly string[];
  /** The first characters of a text file. */
  readonly sample?: string;
}

/** How many header cells each CSV format recognises. */
export function scoreHeader(header: readonly string[]): {
  htcds: number;
  ctdc: number;
  csv: number;
  entity: FlatCsvEntity;
} {
  const cells = header.map((cell) => cell.trim()).filter((cell) => cell !== "");
  const htcds = cells.filter(isHtcdsColumn).length;
  const ctdc = cells.filter((cell) => resolveCtdcColumn(cell) !== undefined).length;
  let best: { entity: FlatCsvEntity; count: number } = { entity: "victim", count: 0 };
  for (const entity of FLAT_CSV_ENTITIES) {
    const shape = entityShape(entity);
    // A dotted path is a strong sign; a bare name shared with CTDC (`gender`) is counted too.
    const count = cells.filter((cell) => bindColumn(shape, cell).kind !== "unknown").length;
    if (count > best.count) best = { entity, count };
  }
  return { htcds, ctdc, csv: best.count, entity: best.entity };
}

function fromHeader(header: readonly string[]): Detection | undefined {
  const { htcds, ctdc, csv, entity } = scoreHeader(header);
  const top = Math.max(htcds, ctdc, csv);
  if (top === 0) return undefined;
  if (htcds === top) return { format: "htcds", by: "header" };
  if (csv === top && csv > ctdc) return { format: "csv", entity, by: "header" };
  return { format: "ctdc", by: "header" };
}

function fromJsonSample(sample: string): Detection | undefined {
  const text = sample.trimStart();
  if (!text.startsWith("{") && !text.startsWith("[")) return undefined;
  if (/"recordType"\s*:/.test(text)) return { format: "tip", by: "content" };
  if (/"(?:[^"/]*\/)?(?:[a-z]{3}_)[A-Za-z_]+"\s*:/.test(text)) return { format: "htcds", by: "content" };
  return undefined;
}

/**
 * Detects a format from the file's extension (`.ndjson`/`.jsonl` canonical, `.xlsx` HTCDS template), then
 * from its header row: HTCDS field names (`prs_`/`vic_`... prefixes), CTDC column names (either generation,
 * cut to 32 characters or not), or dotted paths of a record type (flat CSV). JSON is told apart by its keys
 * (`recordType` canonical, `prs_...` an XLSForm submission). `undefined` when nothing matches.
 */
export function detectFormat(input: DetectInput): Detection | undefined {
  const extension = extname(input.fileName ?? "").toLowerCase();
  if (extension === ".ndjson" || extension === ".jsonl") return { format: "tip", by: "extension" };
  if (extension === ".xlsx" || extension === ".xlsm") return { format: "htcds", by: "extension" };
  if (input.header) {
    const detected = fromHeader(input.header);
    if (detected) return detected;
  }
  return input.sample === undefined ? undefined : fromJsonSample(input.sample);
}
