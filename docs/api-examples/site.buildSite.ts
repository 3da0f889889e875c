import { buildSite } from "@tip/site";

const { entry, files } = await buildSite({ outDir: "site", langs: ["es", "en"] });
console.log(`${files.length} files; open ${entry}`);
