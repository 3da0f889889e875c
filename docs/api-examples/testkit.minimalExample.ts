import { checkRecord } from "@tip/schema";
import { minimalExample } from "@tip/testkit";

// A synthetic victim with only its required fields: a starting point for tests.
const victim = minimalExample("victim");
console.log(checkRecord(victim).ok);
