import { open } from "node:fs/promises";
import { extname } from "node:path";
import { detectDelimiter, encodingOf, firstLineOf, TextInputDecoder } from "@tip/validate";
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
      delimiter: detectDelimiter(firstLineOf(sample)),
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
 * The text of the first bytes of a file, to look at its header: decoded as `encoding` says (UTF-16 by its byte
 * order mark or NUL bytes under `auto`); bytes that are not UTF-8 are read as windows-1252 here, since only
 * the header's names matter (the reader itself refuses them unless told the encoding). A character cut at
 * the end of the sample is dropped.
 */
function sampleText(bytes: Uint8Array, encoding: string): string {
  const option = encodingOf(encoding) ?? "auto";
  for (const tried of [option, "windows-1252"] as const) {
    try {
      const decoder = new TextInputDecoder({ encoding: tried, refuseNul: false });
      const text = decoder.push(bytes);
      try {
        return text + decoder.end();
      } catch (error) {
        // The sample may end inside a character; a short file that ends so is not this encoding.
        if (text === "") throw error;
        return text;
      }
    } catch {
      // Not this encoding: try the next.
    }
  }
  return "";
}

/**
 * Detects the format of a file from its name and its first 64 KiB (header row or JSON keys); see
 * `detectFormat`. `undefined` when nothing matches. Reads nothing more, so it is cheap on any size. The
 * header is found in UTF-8, UTF-16 or windows-1252, delimited by `,` `;` or tab.
 */
export async function detectFile(
  path: string,
  options: { readonly encoding?: string } = {},
): Promise<FileDetection | undefined> {
  const extension = extname(path).toLowerCase();
  let sample = "";
  if (extension !== ".xlsx" && extension !== ".xlsm") {
    const handle = await open(path, "r");
    try {
      const buffer = Buffer.alloc(SAMPLE_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
      sample = sampleText(buffer.subarray(0, bytesRead), options.encoding ?? "auto");
    } finally {
      await handle.close();
    }
  }
  const header = extension === ".json" ? undefined : firstRow(sample);
  const detection = detectFormat({ fileName: path, header, sample });
  if (detection?.format !== "htcds") return detection;
  return { ...detection, htcdsLayout: htcdsLayoutOf(path, header) };
}
