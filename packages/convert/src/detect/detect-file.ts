import { open } from "node:fs/promises";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import { type Detection, detectFormat } from "./detect-format.js";

/** How many bytes of a file detection reads. */
const SAMPLE_BYTES = 64 * 1024;

/** The layout of an HTCDS file, as `readHtcds` names it. */
export type HtcdsLayout = "xlsx" | "csv" | "xlsform-json" | "xlsform-csv";

/** A detection on a file, with the HTCDS layout when it is HTCDS. */
export interface FileDetection extends Detection {
  readonly htcdsLayout?: HtcdsLayout;
}

function firstRow(sample: string): string[] | undefined {
  try {
    const rows = parse(sample, {
      bom: true,
      to_line: 1,
      relax_quotes: true,
      relax_column_count: true,
    }) as string[][];
    return rows[0];
  } catch {
    return undefined;
  }
}

/**
 * The HTCDS layout of a file: `.xlsx` the template, `.json` XLSForm submissions, a CSV whose header has ODK
 * group paths or metadata (`group/prs_...`, `_uuid`, `_submission_time`) an XLSForm export, else HTCDS CSV.
 */
export function htcdsLayoutOf(fileName: string, header: readonly string[] | undefined): HtcdsLayout {
  const extension = extname(fileName).toLowerCase();
  if (extension === ".xlsx" || extension === ".xlsm") return "xlsx";
  if (extension === ".json") return "xlsform-json";
  const odk = header?.some((cell) => cell.includes("/") || cell === "_uuid" || cell === "_submission_time");
  return odk ? "xlsform-csv" : "csv";
}

/**
 * Detects the format of a file from its name and its first 64 KiB (header row or JSON keys); see
 * `detectFormat`. `undefined` when nothing matches. Reads nothing more, so it is cheap on any size.
 */
export async function detectFile(path: string): Promise<FileDetection | undefined> {
  const extension = extname(path).toLowerCase();
  let sample = "";
  if (extension !== ".xlsx" && extension !== ".xlsm") {
    const handle = await open(path, "r");
    try {
      const buffer = Buffer.alloc(SAMPLE_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
      sample = buffer.subarray(0, bytesRead).toString("utf8");
    } finally {
      await handle.close();
    }
  }
  const header = extension === ".json" ? undefined : firstRow(sample);
  const detection = detectFormat({ fileName: path, header, sample });
  if (detection?.format !== "htcds") return detection;
  return { ...detection, htcdsLayout: htcdsLayoutOf(path, header) };
}
