import type { TipRecord } from "@tip/schema";
import type { ConversionReport } from "../report/conversion-report.js";
import { FlatCsvPlanner } from "../standards/flat-csv/column-plan.js";
import { type FlatCsvEntity, isFlatCsvEntity } from "../standards/flat-csv/flat-csv-entity.js";
import { FlatCsvRowWriter } from "../standards/flat-csv/flat-csv-row-writer.js";
import { readCanonicalStream } from "../stream/read-canonical.js";
import type { OpenedInput } from "./convert-input.js";
import { type ChunkSink, profileOf, type Settled, textOptionsOf } from "./convert-options.js";

interface Output {
  readonly writer: FlatCsvRowWriter;
  readonly sink: ChunkSink;
}

/**
 * Writes records as flat CSV: the `entity` type (default victim) to `main`, each other record type present to
 * its own output when `openOtherType` is given (else they are skipped as `other_record_type`). The columns are
 * planned first: by reading a rereadable input once more, or by holding the records.
 */
export async function writeFlatCsvByType(
  records: AsyncIterable<TipRecord>,
  input: OpenedInput,
  main: ChunkSink,
  options: Settled,
): Promise<{ recordType: FlatCsvEntity; report: ConversionReport }[]> {
  const entity = options.entity ?? "victim";
  const planners = new Map<FlatCsvEntity, FlatCsvPlanner>([[entity, new FlatCsvPlanner(entity)]]);
  const observe = (record: TipRecord) => {
    const type: unknown = record?.recordType;
    if (!isFlatCsvEntity(type) || (type !== entity && options.openOtherType === undefined)) return;
    let planner = planners.get(type);
    if (planner === undefined) {
      planner = new FlatCsvPlanner(type);
      planners.set(type, planner);
    }
    planner.observe(record);
  };
  let toWrite: AsyncIterable<TipRecord> | readonly TipRecord[] = records;
  if (input.rereadable && options.from !== "htcds") {
    const again = readCanonicalStream(input.open(), {
      from: options.from,
      entity: options.entity,
      idSeed: input.idSeed,
      ...textOptionsOf(options),
      ...profileOf(options),
    });
    for await (const record of again) observe(record);
  } else {
    const held: TipRecord[] = [];
    for await (const record of records) {
      held.push(record);
      observe(record);
    }
    toWrite = held;
  }
  const outputs = new Map<FlatCsvEntity, Output>();
  for (const [type, planner] of planners) {
    const sink = type === entity ? main : await options.openOtherType?.(type);
    if (sink === undefined) continue;
    const writer = new FlatCsvRowWriter(type, planner.plan(), profileOf(options));
    await sink.write(writer.header());
    outputs.set(type, { writer, sink });
  }
  const mainOutput = outputs.get(entity) as Output;
  let row = 0;
  for await (const record of toWrite) {
    row++;
    const type: unknown = record?.recordType;
    const output = (isFlatCsvEntity(type) ? outputs.get(type) : undefined) ?? mainOutput;
    const line = output.writer.line(record, row);
    if (line !== undefined) await output.sink.write(line);
  }
  return [...outputs].map(([recordType, { writer }]) => ({ recordType, report: writer.report() }));
}
