import { readFileSync } from "node:fs";
import { readCtdc } from "@tip/convert";

const { records, report } = readCtdc(readFileSync("ctdc.csv"));
console.log(`${records.length} victims`, report.rows);
