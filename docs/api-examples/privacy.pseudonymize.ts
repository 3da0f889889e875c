import { pseudonymize } from "@tip/privacy";

declare const records: readonly unknown[];

// Keep the key apart from the data: whoever holds it can link pseudonyms back to ids.
const key = process.env.TIP_PSEUDONYM_KEY ?? "";
const shared = await pseudonymize(records, { key });
console.log(shared.length);
