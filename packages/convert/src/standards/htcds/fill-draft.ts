import type { HtcdsSlot, RowRecordType } from "./htcds-slots.js";
import { mergeSlot } from "./merge-slot.js";
import type { CellRead } from "./read-cell.js";
import { setAt } from "./record-paths.js";

/** A record being built from a row (checked once the whole file is read). */
export type Draft = Record<string, unknown>;

/** A slot whose cells its canonical field cannot hold exactly, and why (never a value). */
export interface SlotLoss {
  readonly slot: HtcdsSlot;
  readonly note: string;
}

/** Keeps a cell under `extensions.htcds.<name>` of a record. */
export function extend(record: Draft, name: string, raw: string): void {
  const extensions = (record.extensions ?? {}) as Record<string, Record<string, unknown>>;
  extensions.htcds = { ...extensions.htcds, [name]: raw };
  record.extensions = extensions;
}

/** The cells read for each slot of a row. */
export type Reads = ReadonlyMap<HtcdsSlot, readonly CellRead[]>;

/** Puts every slot value of one record type into its draft; cells that do not fit exactly go to extensions. */
export function fill(draft: Draft, recordType: RowRecordType, all: Reads, lossy: SlotLoss[]): boolean {
  let filled = false;
  for (const [slot, reads] of all) {
    if (slot.recordType !== recordType || slot.kind === "party") continue;
    const merged = mergeSlot(slot, reads);
    if (merged.value !== undefined) {
      setAt(draft, slot.path, merged.value);
      filled = true;
    }
    if (merged.keepRaw) {
      for (const read of reads) if (read.raw !== "") extend(draft, read.field.name, read.raw);
      filled = true;
    }
    if (merged.lossy) lossy.push({ slot, note: merged.lossy });
  }
  return filled;
}
