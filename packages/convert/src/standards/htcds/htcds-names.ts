/** Strips accents so `Türkiye` and `Turkiye` compare equal. */
function plain(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/**
 * A name reduced to lower-case letters and digits: `prs_First_Name`, `prs_FirstName` and `PRS FIRSTNAME` all
 * give `prsfirstname`. Spelling variants of HTCDS field names and picklist values compare equal this way.
 */
export function compact(text: string): string {
  return plain(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/**
 * The words of a field name, value name or label, lower-cased: camelCase, underscores, spaces and punctuation
 * all split (`ThreatsLawEnforcement` -> threats, law, enforcement; `Mailing Zip/Postal Code` -> mailing, zip,
 * postal, code).
 */
export function wordsOf(text: string): string[] {
  return plain(text)
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

/** The HTCDS table prefix of a field name (`prs_` of `prs_FirstName`), or `""`. */
export function prefixOf(name: string): string {
  return /^[a-z]{3}_/.exec(name)?.[0] ?? "";
}

/**
 * How well a column label (`Mailing Zip/Postal Code`) fits a field name (`prs_MailingPostalCode`): the number
 * of words of the name (prefix dropped) when each is the start of a later label word, in order, and the label
 * has at most one word more than that (none for a one-word name, so `Submitter Name` is not `org_Name`); 0
 * otherwise. Word starts, so the template typo `Traffickin` still fits `Trafficking` and `Org` fits `Organization`.
 */
export function labelFit(label: string, name: string): number {
  const labelWords = wordsOf(label).filter((word) => !LINKING.has(word));
  const nameWords = wordsOf(name.slice(prefixOf(name).length)).filter((word) => !LINKING.has(word));
  if (nameWords.length === 0 || labelWords.length - nameWords.length > (nameWords.length > 1 ? 1 : 0))
    return 0;
  let at = 0;
  for (const word of nameWords) {
    while (at < labelWords.length && !(labelWords[at] as string).startsWith(word)) at++;
    if (at === labelWords.length) return 0;
    at++;
  }
  return nameWords.length;
}

/** Words that link others in labels and names alike (`Reason for Outgoing Referral`, `ReasonForOutgoingReferral`). */
const LINKING = new Set(["of", "for", "the", "and"]);

/** Levenshtein distance, small strings only (field names). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min(
          (previous[j] as number) + 1,
          (current[j - 1] as number) + 1,
          (previous[j - 1] as number) + cost,
        ),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * Whether two field names are spellings of one field: equal once compacted (`prs_First_Name`), or a typo apart
 * (the template's `vic_TraffickinStatusDecisionMakingOrg`). Distinct fields merged into one canonical field
 * (`cas_ReasonForOutgoingReferral` / `cas_ReasonForIncomingReferral`) are much further apart.
 */
export function sameField(a: string, b: string): boolean {
  return distance(compact(a), compact(b)) <= 2;
}
