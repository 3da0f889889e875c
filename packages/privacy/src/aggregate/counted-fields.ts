import type { KeyTree } from "@tip/schema";
import { PROCEEDINGS_FIELDS } from "./perpetrator-values.js";

type Tree = Map<string, KeyTree | true>;

const whole = (keys: readonly string[]): Tree => new Map(keys.map((key) => [key, true]));

/** A person's fields read for victims and perpetrators alike (see `sexOf`, `citizenshipOf`). */
const PERSON = ["sex", "gender", "citizenships", "stateless"];
/** A victim's fields read for its age group, year and forms of exploitation (see `victimAgeGroup`). */
const VICTIM = [
  "ageAtIdentification",
  "birthDate",
  "birthYear",
  "ageBand",
  "majorityStatus",
  "yearOfRegistration",
];
/** A helpline contact's and a protection measure's fields read (see `protection-values.ts`). */
const PROTECTION = ["channel", "outcome", "contactedAt", "kind", "victimId"];
/** What ties a perpetrator to a case, and a case to its perpetrators (see `CaseProceedings`). */
const LINKS = ["id", "caseIds", "perpetratorIds"];

/**
 * The fields counting reads, for every record type at once: a victim's, a perpetrator's (`age`), a case's
 * proceedings, and the records of a bundle (read by this same tree). `aggregate` and `Aggregator` read a record
 * through it (`readData`'s `only`), so they copy a few values instead of the whole record, and never touch the
 * rest (names, notes, extensions). A test reads records through a recording proxy to prove that nothing else
 * is read.
 */
export const COUNTED_FIELDS: KeyTree = countedFields();

function countedFields(): KeyTree {
  const tree: Tree = whole(["recordType", ...PERSON, ...VICTIM, ...LINKS, ...PROTECTION, "age"]);
  tree.set("compensation", whole(["paid", "paidOn", "source"]));
  tree.set("exploitation", whole(["forms"]));
  tree.set("identification", whole(["country", "date"]));
  tree.set("proceedings", whole(PROCEEDINGS_FIELDS));
  tree.set("records", tree);
  return tree;
}
