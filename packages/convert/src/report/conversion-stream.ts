import type { ConversionReport } from "./conversion-report.js";

/**
 * A conversion that streams: iterate it once to get the records (or output chunks) one at a time, then call
 * `report()` for the complete report. Calling `report()` earlier gives the report of the rows read so far.
 */
export interface ConversionStream<T> extends AsyncIterable<T> {
  report(): ConversionReport;
}

/** What a writer returns: the text it wrote and its report (one row per record given). */
export interface WriteResult {
  readonly text: string;
  readonly report: ConversionReport;
}
