import { aggregate, toStatsCsv } from "@tip/privacy";

declare const records: readonly unknown[];

// Victims by sex and age group; counts from 1 to 4 are suppressed.
const table = aggregate(records, { by: ["sex", "age_group"], minCell: 5 });
console.log(toStatsCsv(table));
