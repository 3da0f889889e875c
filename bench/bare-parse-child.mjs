// The baseline of the whole-process throughput target, as a process of its own: read the file line by line and
// JSON.parse each line, nothing else. Prints the number of lines parsed.
import { bareParse } from "./baselines.mjs";

console.log(await bareParse(process.argv[2]));
