import type { TipRecord } from "@tip/schema";
import type { Source } from "../io/source.js";
import type { TextReadOptions } from "../io/text-options.js";
import type { ConversionStream } from "../report/conversion-stream.js";
import type { ProfileOption } from "../report/profile-option.js";
import { readCtdcStream } from "../standards/ctdc/read-ctdc.js";
import type { FlatCsvEntity } from "../standards/flat-csv/flat-csv-entity.js";
import { readFlatCsvStream } from "../standards/flat-csv/read-flat-csv.js";
import { readGlotipStream } from "../standards/glotip/read-glotip.js";
import { readTipNdjsonStream } from "../standards/tip/read-tip-ndjson.js";

/** The formats read as a stream (HTCDS has its own readers). */
export type StreamSourceFormat = "ctdc" | "csv" | "tip" | "glotip";

/** Options for reading any streamable format into canonical records. */
export interface ReadCanonicalOptions extends TextReadOptions, ProfileOption {
  readonly from: StreamSourceFormat;
  /** Record type of a flat CSV. Default `victim`. */
  readonly entity?: FlatCsvEntity;
  /** Seed of the deterministic ids of rows without one (CTDC, flat CSV); e.g. the file name. */
  readonly idSeed?: string;
}

/**
 * Reads a source in any streamable format as canonical records, one at a time. Bytes are decoded as
 * `options.encoding` says (see `TextReadOptions`); CSV delimiter and decimal mark are found in the header.
 */
export function readCanonicalStream(
  source: Source,
  options: ReadCanonicalOptions,
): ConversionStream<TipRecord> {
  const text = {
    encoding: options.encoding,
    delimiter: options.delimiter,
    decimalComma: options.decimalComma,
    ...(options.profile === undefined ? {} : { profile: options.profile }),
  };
  switch (options.from) {
    case "ctdc":
      return readCtdcStream(source, { ...text, idSeed: options.idSeed });
    case "csv":
      return readFlatCsvStream(source, { ...text, entity: options.entity, idSeed: options.idSeed });
    case "tip":
      return readTipNdjsonStream(source, { encoding: options.encoding, profile: options.profile });
    case "glotip":
      return readGlotipStream(source, { ...text, idSeed: options.idSeed });
  }
}
