import type { Profile } from "@tip/schema";
import type { Lang } from "../../shared/lang.js";

/** What a worker thread needs to analyse NDJSON batches like the main thread would. */
export interface WorkerSettings {
  readonly lang: Lang | undefined;
  readonly maxDepth: number;
  readonly duplicateKeys: boolean;
  /** Take the packed ids of the checks across records. */
  readonly packIds: boolean;
  /** Take referral chain steps with the packed ids. */
  readonly chains: boolean;
  /** The national profile, as JSON: it crosses to the thread by structured clone. */
  readonly profile: Profile | undefined;
}

/** A batch sent to a worker, with an array for its outcome's numbers. */
export interface BatchRequest {
  readonly id: number;
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly lines: Int32Array<ArrayBuffer>;
  readonly count: number;
  readonly numbers: Uint32Array<ArrayBuffer>;
}

/** A worker's answer: the outcome of a batch, or the error that stopped it (a bug, never the data). */
export type BatchReply =
  | {
      readonly id: number;
      readonly numbers: Uint32Array<ArrayBuffer>;
      readonly extras: BatchReplyExtras;
      /** The batch's bytes and lines, handed back (for the caller to read the lines, then reuse both). */
      readonly bytes: Uint8Array<ArrayBuffer>;
      readonly lines: Int32Array<ArrayBuffer>;
    }
  | { readonly id: number; readonly error: string };

type BatchReplyExtras = import("./batch-analysis.js").BatchOutcome["extras"];
