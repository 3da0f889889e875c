import type { MODEL_OBJECTS } from "../model/objects.js";
import type { FieldText } from "./field-texts.js";

/** The name of an object of the model (`victim`, `traffickingEvent`, ...). */
export type ObjectName = keyof typeof MODEL_OBJECTS;

/** One locale's label and description of every object of the model. */
export type ObjectTexts = { readonly [K in ObjectName]: FieldText };
