import { SCHEMA_VERSION } from "@tip/schema/i18n";
import { Command } from "commander";
import { registerAnonymize } from "./commands/anonymize.js";
import { registerConvert } from "./commands/convert.js";
import { registerDocs } from "./commands/docs.js";
import { registerExport } from "./commands/export.js";
import { registerKeys } from "./commands/keys.js";
import { registerNode } from "./commands/node.js";
import { registerOpen } from "./commands/open.js";
import { registerReceipt } from "./commands/receipt.js";
import { registerSchema } from "./commands/schema.js";
import { registerSeal } from "./commands/seal.js";
import { registerStats } from "./commands/stats.js";
import { registerSynth } from "./commands/synth.js";
import { registerTemplate } from "./commands/template.js";
import { registerValidate } from "./commands/validate.js";
import type { CliContext } from "./context.js";
import { helpConfiguration, wrapWords } from "./help-text.js";
import { armSpillCleanUp } from "./spill-clean-up.js";
import { VERSION } from "./version.js";

/** Adds one or more subcommands to the program. */
type Register = (program: Command, ctx: CliContext) => void;

/** The subcommands of `tip`, each registered from its own file under `commands/`, with the names it adds. */
const COMMANDS: readonly { readonly names: readonly string[]; readonly register: Register }[] = [
  { names: ["validate"], register: registerValidate },
  { names: ["convert"], register: registerConvert },
  { names: ["anonymize"], register: registerAnonymize },
  { names: ["stats"], register: registerStats },
  { names: ["export"], register: registerExport },
  { names: ["keys"], register: registerKeys },
  { names: ["seal"], register: registerSeal },
  { names: ["open"], register: registerOpen },
  { names: ["serve", "send", "inbox", "status"], register: registerNode },
  { names: ["receipt"], register: registerReceipt },
  { names: ["schema"], register: registerSchema },
  { names: ["synth"], register: registerSynth },
  { names: ["docs"], register: registerDocs },
  { names: ["template"], register: registerTemplate },
];

/**
 * Builds the `tip` program. It never exits the process nor writes outside `ctx.io`: commander errors are
 * thrown (`exitOverride`) and reported by `run`, localised. What every command shares is set here, before the
 * commands are registered so each inherits it: the help's titles and defaults in the user's language, and the
 * meaning of the exit codes at the end of every help text.
 *
 * Given the arguments, it builds only the commands they name (a superset of the one that runs: any argument
 * equal to a command's name counts), which is most of the start of a short run; with none named (`tip`,
 * `tip --help`, a mistyped command, which gets its suggestion from all) it builds them all.
 */
export function createProgram(ctx: CliContext, argv?: readonly string[]): Command {
  const { io, messages } = ctx;
  const program = new Command("tip")
    .description(messages.programDescription)
    // The first line stays the bare version, for scripts; the second names the data model's.
    .version(
      `${VERSION}\n${ctx.messages.format(messages.modelVersion, { version: SCHEMA_VERSION })}`,
      "-V, --version",
      messages.versionOption,
    )
    .helpOption("-h, --help", messages.helpOption)
    .helpCommand("help [command]", messages.helpCommand)
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Errors are written by `run`, in the user's language.
      outputError: () => undefined,
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .configureHelp(helpConfiguration(messages))
    // After the help of `tip` and of each of its commands, however deep.
    .addHelpText("afterAll", () => `\n${wrapWords(messages.exitCodes, io.stdout.columns ?? 80)}`)
    // Before any command runs (so never for --help or --version): what an interrupted run leaves is removable.
    .hook("preAction", armSpillCleanUp);
  const named = COMMANDS.filter(({ names }) => names.some((name) => argv?.includes(name)));
  for (const { register } of named.length > 0 ? named : COMMANDS) register(program, ctx);
  return program;
}
