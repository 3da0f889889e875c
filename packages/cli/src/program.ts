import { Command } from "commander";
import { registerAnonymize } from "./commands/anonymize.js";
import { registerConvert } from "./commands/convert.js";
import { registerDocs } from "./commands/docs.js";
import { registerExport } from "./commands/export.js";
import { registerKeys } from "./commands/keys.js";
import { registerNode } from "./commands/node.js";
import { registerOpen } from "./commands/open.js";
import { registerSchema } from "./commands/schema.js";
import { registerSeal } from "./commands/seal.js";
import { registerStats } from "./commands/stats.js";
import { registerSynth } from "./commands/synth.js";
import { registerValidate } from "./commands/validate.js";
import type { CliContext } from "./context.js";
import type { CliMessages } from "./messages/cli-messages.js";
import { registerTemplate } from "./template/template-command.js";
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
  registerSchema,
  registerSynth,
  registerDocs,
  registerTemplate,
] as const;

/**
 * Builds the `tip` program. It never exits the process nor writes outside `ctx.io`: commander errors are
 * thrown (`exitOverride`) and reported by `run`, localised.
 */
export function createProgram(ctx: CliContext): Command {
  const { io, messages } = ctx;
  const program = new Command("tip")
    .description(messages.programDescription)
    .version(VERSION, "-V, --version", messages.versionOption)
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
    .configureHelp({
      styleTitle: (title) => messages.titles[title as keyof CliMessages["titles"]] ?? title,
    });
  for (const register of COMMANDS) register(program, ctx);
  return program;
}
