import type { CodeListId } from "@tip/schema";
import { type SitePath, sitePath } from "../html/paths.js";
import type { ObjectName } from "../model/site-model.js";

/** The standards with a mapping page. */
export const MAPPED_STANDARDS = ["htcds", "ctdc"] as const;

/** A standard with a mapping page. */
export type MappedStandard = (typeof MAPPED_STANDARDS)[number];

/** Where each page lives inside a language's folder; one place, so links and files always agree. */
export const ROUTES = {
  home: "index.html",
  model: "model/index.html",
  object: (name: ObjectName) => `model/${name}.html`,
  codeLists: "codes/index.html",
  codeList: (id: CodeListId) => `codes/${id}.html`,
  mapping: (standard: MappedStandard) => `mappings/${standard}.html`,
  rules: "rules.html",
  profiles: "profiles/index.html",
  profile: (id: string) => `profiles/${id}.html`,
  searchIndex: "search-index.js",
} as const;

/** Files shared by all languages, from the site's root. */
export const SHARED = {
  style: sitePath("assets/style.css"),
  script: sitePath("assets/site.js"),
  api: sitePath("api/index.html"),
  schema: (fileName: string): SitePath => sitePath(`json-schema/${fileName}`),
  /** The JSON Schema of profile documents and the shipped profiles, as @tip/schema publishes them. */
  profileFile: (fileName: string): SitePath => sitePath(`profiles/${fileName}`),
} as const;

/** The anchor of a code on its list's page. */
export const codeAnchor = (code: string): string => `code-${code}`;
