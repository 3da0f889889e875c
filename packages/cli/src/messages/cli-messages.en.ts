import type { CliMessages } from "./cli-messages.js";

/** English texts of the `tip` command. */
export const cliMessagesEn = {
  programDescription: "Check and exchange trafficking-in-persons data in the TIP model.",
  helpOption: "display help for command",
  helpCommand: "display help for command",
  versionOption: "output the version number",
  modelVersion: "data model {version}",
  exitCodes:
    "Exit codes: 0 done, nothing left out; 1 invalid data, or records left out or not written; 2 usage error, unreadable input or unwritable output.",
  defaultValue: "(default: {value})",
  titles: {
    "Usage:": "Usage:",
    "Arguments:": "Arguments:",
    "Options:": "Options:",
    "Commands:": "Commands:",
    "Global Options:": "Global Options:",
  },
  validate: {
    description:
      "Check data files (NDJSON, JSON bundle or CSV) against the TIP model. Exit code 0: all records valid; 1: invalid records found; 2: usage error or unreadable input.",
    files:
      "files or glob patterns to check (.ndjson/.jsonl, .json, .csv); - or a pipe reads standard input, its format sniffed",
    format: "report format: text or json (default: text)",
    lang: "language of the report: en, es, fr or pt (default: from LANG, else en)",
    maxIssues: "most issues to list; counting goes on (default: {default})",
    workers:
      'worker threads for NDJSON: a number (0: one thread) or "auto", one per core but one (default: auto)',
    inputFormat:
      "input format: ndjson, json or csv (default: from the file extension; for standard input, from its first bytes)",
    recordType: "record type of CSV rows: {choices}",
    progress: "Checking {file}",
    filesChecked: "Files checked: {count}",
    output: "file to write the report to (default: standard output)",
    severity:
      "list only issues of this severity or worse: error, warning or info (default: info); counts and the exit code do not change",
    validOnly:
      "also write the valid records, one JSON per line, to this file (NDJSON or JSON files only); the others are counted in the report",
    validWritten: "valid records written to the file of --valid-only: {count}",
    environment:
      "Environment: LC_ALL, LC_MESSAGES or LANG choose the default language; NO_COLOR turns colours off (colours are used only on a terminal) and FORCE_COLOR turns them on (0 or false: off). A progress bar is shown on stderr for files over 5 MB when stderr is a terminal.",
  },
  profile: {
    option:
      "national profile: a shipped id (palermo, mx, ar) or a profile JSON file; its rules, code lists and extension fields apply",
    unreadable: "cannot read the profile “{file}”: {reason}",
    issue: "profile {profile} at {pointer}: {message}",
    folded:
      "records written with the core codes their national codes fold to ({format} knows core codes only): {count}",
  },
  textInput: {
    encoding:
      "text encoding of the input: auto, utf-8, utf-16le, utf-16be, windows-1252 (also latin1) or iso-8859-15 (default: auto: UTF-16 by its byte order mark, otherwise UTF-8; other bytes are refused, never replaced)",
    delimiter:
      "CSV cell delimiter: , ; or tab (default: the one in the header line; with ; numbers use a decimal comma, as Excel writes them in Spanish, French or Portuguese)",
  },
  errors: {
    prefix: "error",
    helpHint: "Run “{command} --help” for usage.",
    unknownOption: "unknown option “{token}”",
    unknownCommand: "unknown command “{token}”",
    missingArgument: "missing required argument “{token}”",
    optionMissingArgument: "option “{token}” needs a value",
    excessArguments: "too many arguments",
    didYouMean: "did you mean {token}?",
    badChoice: "“{value}” is not a valid value of {option}: use one of {choices}",
    badMaxIssues: "{option} needs a whole number of 0 or more, not “{value}”",
    unknownExtension:
      "cannot tell the format of “{file}” from its name: give --input-format ndjson, json or csv",
    stdinNeedsFormat: "reading standard input (-) needs --input-format ndjson, json or csv",
    stdinTwice: "standard input (-) can be read only once",
    noMatch: "no file matches the pattern “{pattern}”",
    validOnlyNeedsFiles:
      "--valid-only reads each input twice: “{file}” must be an NDJSON or JSON file, not CSV or standard input",
    unreadable: "cannot read “{file}”: {reason}",
    internal: "unexpected failure while checking “{file}” ({name}); no record content is shown",
    unexpected: "unexpected failure ({name}); no record content is shown",
    invalidEncoding:
      "“{file}” is not {encoding} text at line {line} (byte {byte}); if a Windows program saved it, give --encoding windows-1252",
    unknownModelVersion:
      "“{file}” line {line} is in model version {found}, which cannot be upgraded to {current} (unknown or newer than this tip)",
    nulByte: "“{file}” has a NUL byte at line {line}: it is binary or in another encoding (see --encoding)",
  },
  workbook: {
    overLimit: "the workbook is over the reader's limit {limit} = {max}{place}; nothing was converted",
    unreadable: "the input is not a readable .xlsx workbook: {fault}{place}",
    sheet: "sheet {n}",
    row: "row {n}",
    column: "column {n}",
    notText:
      "the input is an .xlsx workbook, but --from {format} reads text: workbooks are read with --from htcds or --from ctdc",
    faults: {
      not_a_zip: "it is not a zip archive",
      damaged_zip: "its zip archive is damaged or cut short",
      encrypted: "it is encrypted or compressed in a way the reader does not know",
      no_workbook: "it has no workbook part",
      no_sheet: "it has no sheet at that position",
      missing_part: "a part it needs is missing",
      malformed_xml: "a part is not well-formed XML",
      bad_reference: "a cell or row reference is not valid",
    },
  },
  reasons: {
    ENOENT: "no such file",
    EACCES: "permission denied",
    EISDIR: "it is a directory",
    notAFile: "not a regular file",
    other: "system error {code}",
  },
  output: {
    input: "the input",
    sameFile: "{first} and {second} are the same file: give {second} another file",
    unwritable: "cannot write the file of {option}: {reason}; nothing was written",
    stdoutFailed: "cannot write to standard output: {reason}",
    binaryToStdout: "this output is binary: give {option} <file>",
    notAFolder: "{option} names a file, not a folder: give a folder; nothing was written",
    holdsInput: "{option} is or holds the files this command reads: give another folder; nothing was written",
    notOwnFolder:
      "{option} already holds files or folders this command would replace but did not write: give an empty or new folder; nothing was written",
    reasons: {
      ENOENT: "its folder does not exist",
      EACCES: "permission denied",
      EISDIR: "it is a directory",
      ENOSPC: "no space left on the device",
      EROFS: "the file system is read-only",
      other: "system error {code}",
    },
    workersCapped: "--workers {asked} is more than the {cores} cores available: using {cores}",
    records: "records: {read} read, {written} written, {skipped} skipped",
    skippedReason: "{count} skipped: {reason}",
    otherTypesHint: "give -o <file> to write each record type to its own file",
    migrated: "{records} record(s) upgraded from model {from} to {to}",
    migrationChange: "{count} changed: {kind}",
    otherTypeFiles: "{count} other record type(s) written beside {option}: {names}",
    notesInReport: "{count} field note(s) on how values were read or written: in the file of {option}",
    notesHint: "{count} field note(s) on how values were read or written: give {option} <file> to read them",
  },
} as const satisfies CliMessages;
