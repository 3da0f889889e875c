// What a web page that checks victim records in Spanish imports; `npm run bench` bundles it for the browser
// (esbuild, minified) and prints its gzip size. `victimChecks` names the one record type the page accepts, so
// the bundle carries no other type's schema, rules or code lists.
import { Victim } from "@tip/schema";
import { checkRecord, victimChecks } from "@tip/schema/check";
import { esMessages } from "@tip/schema/locales/es/messages";

const options = { locale: esMessages, recordTypes: [victimChecks] };

/** Checks one victim record and answers with Spanish messages. */
export function check(input: unknown) {
  return checkRecord(input, options);
}

export { Victim };
