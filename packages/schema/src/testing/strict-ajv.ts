import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { PROFILE_X_KEYWORDS } from "../json-schema/profile-record-schema.js";
import { X_KEYWORDS } from "../json-schema/to-json-schema.js";

/** An ajv instance in strict mode that knows the `x-` vocabulary of the model's and profiles' schemas. */
export function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  ajv.addVocabulary([...X_KEYWORDS, ...PROFILE_X_KEYWORDS, "x-schema-version"]);
  return ajv;
}
