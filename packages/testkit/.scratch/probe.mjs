import * as s from "./schema.mjs";
const { checkRecord, en, EXAMPLES, ALL_RULES, STRUCTURAL_CODES } = s;
for (const [t, ex] of Object.entries(EXAMPLES)) {
  const r = checkRecord(ex, { locale: en });
  console.log(t, r.ok, JSON.stringify(r.issues.map(i => [i.code, i.path])));
}
console.log(ALL_RULES.map(r => `${r.recordType}:${r.code}:${r.severity}`).join("\n"));
const probe = (x) => console.log(JSON.stringify(checkRecord(x, { locale: en }).issues.map(i => [i.code, i.path, i.params])));
probe({ ...EXAMPLES.victim, extensions: { "Bad NS": { a: 1 } } });
probe({ ...EXAMPLES.victim, ageAtIdentification: 1.5 });
probe({ ...EXAMPLES.victim, ageAtIdentification: 131 });
probe({ ...EXAMPLES.bundle, records: [...EXAMPLES.bundle.records, { recordType: "foo" }] });
probe({ ...EXAMPLES.bundle, records: [...EXAMPLES.bundle.records, "x"] });
probe({ ...EXAMPLES.bundle, records: [...EXAMPLES.bundle.records, {}] });
probe({ ...EXAMPLES.bundle, recipients: [] });
probe({ ...EXAMPLES.victim, extensions: { lc: 5 } });
probe({ ...EXAMPLES.victim, extensions: [] });
probe({ ...EXAMPLES.victim, id: "x" });
probe([]);
probe({ recordType: "victm" });
console.log(Object.keys(s).join(" "));
