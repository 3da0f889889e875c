import { readFile } from "node:fs/promises";
import { type Locale, loadProfile, type Profile, SHIPPED_PROFILE_IDS, SHIPPED_PROFILES } from "@tip/schema";
import type { CliContext } from "../context.js";
import { reasonOf, resolvePath } from "../generators/parse-options.js";
import type { CliCatalogue } from "../messages/messages.js";

/** Largest profile file read: profiles are small documents, a bigger file is not one. */
const MAX_PROFILE_BYTES = 8 * 1024 * 1024;

/** A loaded profile, or the localised usage errors (exit 2) that stopped it. */
export type CliProfile =
  | { readonly ok: true; readonly profile: Profile | undefined }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Loads `--profile <id|file>`: a shipped profile by id, else a JSON file (its `basedOn` may name a shipped
 * profile). Every problem is a located message (JSON Pointer into the profile), never a stack trace.
 */
export async function loadCliProfile(
  option: string | undefined,
  ctx: CliContext,
  messages: CliCatalogue,
  lang: Locale,
): Promise<CliProfile> {
  if (option === undefined) return { ok: true, profile: undefined };
  let source: unknown;
  if (SHIPPED_PROFILE_IDS.includes(option)) source = SHIPPED_PROFILES[option];
  else {
    try {
      const bytes = await readFile(resolvePath(option, ctx));
      if (bytes.length > MAX_PROFILE_BYTES) throw Object.assign(new Error("too big"), { code: "EFBIG" });
      source = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch (error) {
      const reason = error instanceof TypeError ? "UTF-8" : reasonOf(error, ctx);
      return { ok: false, errors: [messages.format(messages.profile.unreadable, { file: option, reason })] };
    }
  }
  const result = loadProfile(source, { lang });
  if (result.ok) return { ok: true, profile: result.profile };
  return {
    ok: false,
    errors: result.issues.map((issue) =>
      messages.format(messages.profile.issue, {
        // A profile file's own id is its text: the file is named instead. A shipped base is named by its id.
        profile:
          issue.profile !== undefined && SHIPPED_PROFILE_IDS.includes(issue.profile) ? issue.profile : option,
        pointer: issue.pointer === "" ? "/" : issue.pointer,
        message: issue.message,
      }),
    ),
  };
}
