// The public surface of @tip/cli. Everything not exported here is internal.

export { EXIT_CODES, type ExitCode } from "./exit-codes.js";
export type { CliIo, CliOutput } from "./io.js";
export { detectLang } from "./lang.js";
export type { CliMessages } from "./messages/cli-messages.js";
export { type CliCatalogue, messagesFor } from "./messages/messages.js";
export { run } from "./run.js";
export { VERSION } from "./version.js";
