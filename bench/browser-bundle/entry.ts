// What a web page that checks victim records in Spanish imports; `npm run bench` bundles it for the browser
// (esbuild, minified) and prints its gzip size.
import { Victim } from "@tip/schema";
import { checkRecord } from "@tip/schema/check";
import { esMessages } from "@tip/schema/locales/es/messages";

/** Checks one record and answers with Spanish messages. */
export function check(input: unknown) {
  return checkRecord(input, { locale: esMessages });
}

export { Victim };
