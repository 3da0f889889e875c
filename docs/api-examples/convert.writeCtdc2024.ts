import { writeFileSync } from "node:fs";
import { writeCtdc2024 } from "@tip/convert";

declare const records: readonly unknown[];

const { text, report } = writeCtdc2024(records);
writeFileSync("ctdc-2024.csv", text);
console.log(report.rows);
