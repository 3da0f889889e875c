import { SCHEMA_VERSION } from "@tip/schema";
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

/** The subcommands of `tip`, each registered from its own file under `commands/`. */
const COMMANDS = [
  registerValidate,
  registerConvert,
  registerAnonymize,
  registerStats,
  registerExport,
  registerKeys,
  registerSeal,
  registerOpen,
  registerNode,
  registerReceipt,
  registerSchema,
  registerSynth,
  registerDocs,
  registerTemplate,
] as const;

/**
 * Builds the `tip` program. It never exits the process nor writes outside `ctx.io`: commander errors are
 * thrown (`exitOverride`) and reported by `run`, localised. What every command shares is set here, before the
 * commands are registered so each inherits it: the help's titles and defaults in the user's language, and the
 * meaning of the exit codes at the end of every help text.
 */
export function createProgram(ctx: CliContext): Command {
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
  for (const register of COMMANDS) register(program, ctx);
  return program;
}
