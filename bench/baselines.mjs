// The baselines the validator is measured against, written as plainly and as fast as each deserves.
import { createReadStream, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Calls `onLine` for every non-empty line of a UTF-8 file, streaming in 1 MiB chunks. */
async function eachLine(file, onLine) {
  let rest = "";
  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    const text = rest + chunk;
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      if (end > start) onLine(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
  }
  if (rest.length > 0) onLine(rest);
}

/** The bare loop: read line by line and JSON.parse each line, nothing else. */
export async function bareParse(file) {
  let count = 0;
  await eachLine(file, (line) => {
    JSON.parse(line);
    count++;
  });
  return count;
}

/** ajv compiled from our own victim JSON Schema, strict, with formats: parse + validate each line. */
export async function ajvValidate(file) {
  const require = createRequire(join(import.meta.dirname, "..", "packages", "schema", "package.json"));
  const { Ajv2020 } = require("ajv/dist/2020.js");
  const addFormats = require("ajv-formats");
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary([
    "x-field",
    "x-pii",
    "x-mappings",
    "x-code-list",
    "x-labels",
    "x-descriptions",
    "x-schema-version",
  ]);
  const schemaFile = join(
    dirname(require.resolve("@tip/schema/package.json")),
    "json-schema",
    "victim.schema.json",
  );
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
  let valid = 0;
  let count = 0;
  await eachLine(file, (line) => {
    if (validate(JSON.parse(line))) valid++;
    count++;
  });
  return { count, valid };
}
