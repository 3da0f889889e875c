import { type Command, Option } from "commander";

/** The output options of a command as commander hands them over: `-o, --output`, or the older `--out`. */
export interface RawOutputOptions {
  readonly output?: string;
  readonly out?: string;
}

/**
 * Adds `-o, --output <value>` to `command`, the spelling every command shares, and keeps the older `--out`
 * working without showing it in the help, so that scripts written for it still run.
 */
export function addOutputOption(command: Command, value: string, description: string): Command {
  return command
    .option(`-o, --output <${value}>`, description)
    .addOption(new Option(`--out <${value}>`).hideHelp());
}

/** The path given by `-o, --output`, or by the older `--out` when only that one was given. */
export function outputPathOf(raw: RawOutputOptions): string | undefined {
  return raw.output ?? raw.out;
}
