import { FLAT_CSV_ENTITIES, FORMATS } from "@tip/convert";
import type { Command } from "commander";
import type { CliContext } from "../context.js";
import { convertCommand, type RawConvertOptions } from "../convert/convert-command.js";

/**
 * `tip convert <input> --from htcds|ctdc|csv|tip|glotip --to tip|htcds|ctdc|csv|glotip [--entity victim] [-o out]
 * [--report report.json] [--profile id|file]`: converts through the canonical model, validating under the
 * national profile when one is given. The format is detected from the extension and
 * header when `--from` is omitted. Every record read is written or counted as skipped with a reason. Exit 0
 * when every row converted and every record was written, 1 when some rows were invalid or skipped, had values
 * that could not be read, or records could not be written in the target format (still converted where
 * possible, and reported), 2 on usage error, unreadable input or unwritable output.
 */
export function registerConvert(program: Command, ctx: CliContext): void {
  program
    .command("convert")
    .description("Convert HTCDS, CTDC, flat CSV, GLOTIP or canonical NDJSON through the canonical model")
    .argument("<input>", "file to convert (- for standard input, with --from)")
    .option("--from <format>", `input format: ${FORMATS.join(", ")} (default: detected)`)
    .option("--to <format>", `output format: ${FORMATS.join(", ")}`)
    .option(
      "--entity <type>",
      `record type of flat CSV rows: ${FLAT_CSV_ENTITIES.join(", ")} (default: victim)`,
    )
    .option(
      "-o, --output <file>",
      "output file, .xlsx for the HTCDS template or a GLOTIP workbook (default or -: standard output). With --to csv, records of " +
        "other types than --entity go to files beside it, named by type: out.csv -> out.case.csv",
    )
    .option("--report <file>", "write the conversion report (JSON, no personal values) to this file")
    .option("--encoding <name>", ctx.messages.textInput.encoding)
    .option("--delimiter <char>", ctx.messages.textInput.delimiter)
    .option("--profile <id|file>", ctx.messages.profile.option)
    .addHelpText(
      "after",
      "\nEvery record read is written or counted as skipped with its reason (exit 1): CTDC holds victims only; " +
        "HTCDS holds victims with their case, agency, perpetrator and referrals; flat CSV on standard output " +
        "holds one record type.",
    )
    .action(async (input: string, raw: RawConvertOptions) => {
      ctx.exitCode = await convertCommand(input, raw, ctx);
    });
}
