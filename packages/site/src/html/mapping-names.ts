import type { MappingSystem } from "@tip/schema";

/** How each outside standard is written in the pages (acronyms are the same in every language). */
export const MAPPING_NAMES: Readonly<Record<MappingSystem, string>> = {
  htcds: "HTCDS",
  ctdc: "CTDC",
  ictip: "IC-TIP",
  iccs: "ICCS",
  glotip: "GLOTIP",
};
