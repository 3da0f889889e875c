import type { Command } from "commander";
import type { CliContext } from "../context.js";
import type { RawSynthOptions } from "../generators/synth-command.js";
import { addOutputOption } from "../output/output-option.js";

/**
 * `tip synth --count N --seed S [--country XX] [--error-rate R] [--aggregates] [--protection] [--prosecution]
 * [-o file]`: writes synthetic records from the @tip/testkit generator as NDJSON, to a file or standard output. Deterministic for a given
 * seed.
 * Exit 0 written, 2 usage error or file not writable.
 */
export function registerSynth(program: Command, ctx: CliContext): void {
  const texts = ctx.messages.generators.synth;
  const command = program
    .command("synth")
    .description(texts.description)
    .option("--count <n>", texts.count, "100")
    .option("--seed <seed>", texts.seed, "1")
    .option("--country <code>", texts.country, "TT")
    .option("--error-rate <share>", texts.errorRate, "0")
    .option("--aggregates", texts.aggregates)
    .option("--protection", texts.protection)
    .option("--prosecution", texts.prosecution);
  addOutputOption(command, "file", texts.out).action(async (raw: RawSynthOptions) => {
    const { synthCommand } = await import("../generators/synth-command.js");
    ctx.exitCode = await synthCommand(raw, ctx);
  });
}
