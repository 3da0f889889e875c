import type { RecordType } from "../model/entities.js";
import type { FieldId } from "../model/objects.js";

/** A field's label and one-line description in one language. */
export interface FieldText {
  readonly label: string;
  readonly description: string;
}

/** One locale's texts for every field of the model; each locale file `satisfies` this type. */
export type FieldTexts = { readonly [F in FieldId]: FieldText };

/** One locale's label of every field: what issue messages show (see `MessageLocale`). */
export type FieldLabels = { readonly [F in FieldId]: { readonly label: string } };

/** One locale's label of every record type: what a report of counts by record type shows. */
export type RecordTypeLabels = { readonly [R in RecordType]: { readonly label: string } };
