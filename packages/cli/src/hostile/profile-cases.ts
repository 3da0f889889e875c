import { CANARY, toNdjson, validRecords, windows1252 } from "../testing/hostile-inputs.js";
import type { HostileCase, HostileCommand } from "./hostile-case.js";

// Malformed national profiles given to every command that takes --profile: each is one located message in
// the user's language, exit 2, no stack trace, nothing read, nothing written.

const title = { en: `Law ${CANARY}`, es: "Ley", fr: "Loi", pt: "Lei" };
const base = { id: "lc", title, version: "1.0.0", basedOn: "core", sources: [{ title: "Act 1" }] };
const json = (extra: Record<string, unknown>) => JSON.stringify({ ...base, ...extra });

/** Nested objects `depth` deep under a code list's labels. */
function deep(depth: number): string {
  return `{"id":"lc","labels":${'{"en":'.repeat(depth)}1${"}".repeat(depth)}}`;
}

interface ProfileHazard {
  readonly hazard: string;
  readonly profile: () => string | Uint8Array;
  /** What the message must point at (a JSON Pointer into the profile) or say. */
  readonly reason: string;
  readonly outcome: string;
}

const HAZARDS: readonly ProfileHazard[] = [
  {
    hazard: "not JSON",
    profile: () => `{ "id": "lc", "title": "${CANARY}",, }`,
    reason: "at /: The profile is not valid JSON (near character",
    outcome: "located by character; nothing read or written",
  },
  {
    hazard: "unknown rule code",
    profile: () => json({ rules: { no_such_rule: { severity: "off", clause: CANARY } } }),
    reason: "at /rules: ",
    outcome: "located by the key's position, the key not shown; nothing read or written",
  },
  {
    hazard: "code not in the base list",
    profile: () => json({ codeLists: { sex: { restrictTo: ["female", "alien"] } } }),
    reason: "/codeLists/sex/restrictTo/1",
    outcome: "located by JSON Pointer; nothing read or written",
  },
  {
    hazard: "national code folding to no core code",
    profile: () =>
      json({ codeLists: { sex: { add: { [CANARY]: { foldsTo: "nope", labels: { en: CANARY } } } } } }),
    reason: "at /codeLists/sex/add: ",
    outcome:
      "located by JSON Pointer up to the national code, which is named by its position; nothing read or written",
  },
  {
    hazard: "extension field the profile names, malformed",
    profile: () =>
      json({
        extensions: {
          [CANARY.toLowerCase()]: {
            title: { en: "Local" },
            fields: { [CANARY]: { type: "code", pii: "none", labels: { en: "X" } } },
          },
        },
      }),
    reason: "at /extensions: ",
    outcome: "located up to the namespace the profile names, by its position; nothing read or written",
  },
  {
    hazard: "cycle in basedOn",
    profile: () => json({ basedOn: "lc" }),
    reason: "/basedOn",
    outcome: "located by JSON Pointer; nothing read or written",
  },
  {
    hazard: "unknown base profile",
    profile: () => json({ basedOn: "nowhere" }),
    reason: "/basedOn",
    outcome: "located by JSON Pointer; nothing read or written",
  },
  {
    hazard: "relaxes a rule that is an error in core",
    profile: () => json({ rules: { dates_out_of_order: { severity: "off", clause: "s. 1" } } }),
    reason: "/rules/dates_out_of_order/severity",
    outcome: "refused: a profile may make rules stricter, never relax an error",
  },
  {
    hazard: "__proto__ key",
    profile: () => `{"__proto__": {"polluted": "${CANARY}"}, "id": "lc"}`,
    reason: "/__proto__",
    outcome: "refused at its place; no prototype reached",
  },
  {
    hazard: "nested 5,000 deep",
    profile: () => deep(5000),
    reason: "The profile nests more deeply",
    outcome: "refused at the depth a profile can have; no stack overflow",
  },
  {
    hazard: "windows-1252 bytes",
    profile: () => windows1252(json({ sources: [{ title: "Ley de Protección" }] })),
    reason: "UTF-8",
    outcome: "refused as not UTF-8, never replaced",
  },
  {
    hazard: "missing file",
    profile: () => "",
    reason: "cannot read the profile",
    outcome: "named, with the system's reason",
  },
];

/** The arguments of each command with `--profile p.json`, on a valid input where it reads one. */
const ARGS: Readonly<
  Record<
    Exclude<HostileCommand, "stats" | "anonymize" | "export" | "keys" | "seal" | "open">,
    readonly string[]
  >
> = {
  validate: ["validate", "in.ndjson", "--format", "json", "--workers", "0"],
  convert: ["convert", "in.ndjson", "--from", "tip", "--to", "tip", "-o", "out.ndjson", "--report", "r.json"],
  schema: ["schema", "--output", "schemas"],
  docs: ["docs", "--output", "site", "--lang", "en"],
};

/** Every malformed profile, for every command that takes `--profile`. */
export const PROFILE_CASES: readonly HostileCase[] = Object.entries(ARGS).flatMap(([command, args]) =>
  HAZARDS.map(
    (hazard): HostileCase => ({
      command: command as HostileCommand,
      input: "profile JSON",
      family: "profiles",
      hazard: hazard.hazard,
      files: () => ({
        "in.ndjson": toNdjson(validRecords()),
        ...(hazard.hazard === "missing file" ? {} : { "p.json": hazard.profile() }),
      }),
      args: [...args, "--profile", "p.json"],
      exit: 2,
      outcome: hazard.outcome,
      reason: hazard.reason,
    }),
  ),
);
