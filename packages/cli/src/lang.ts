import { isLocale, type Locale } from "@tip/schema/i18n";
import type { CliIo } from "./io.js";

/**
 * The language of the run, known before the command line is parsed so help and usage errors are localised too:
 * a valid `--lang` anywhere in argv, else the first of `LC_ALL`, `LC_MESSAGES`, `LANG` naming a supported
 * language (`es_AR.UTF-8` -> `es`), else English.
 */
export function detectLang(argv: readonly string[], env: CliIo["env"] = {}): Locale {
  const fromArgv = langInArgv(argv);
  if (fromArgv) return fromArgv;
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (!value) continue;
    const tag = value.slice(0, 2).toLowerCase();
    return isLocale(tag) ? tag : "en";
  }
  return "en";
}

/** The last valid `--lang X` / `--lang=X` before a `--`, if any. */
function langInArgv(argv: readonly string[]): Locale | undefined {
  let found: Locale | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--") break;
    const value = arg === "--lang" ? argv[index + 1] : arg?.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (isLocale(value)) found = value;
  }
  return found;
}
