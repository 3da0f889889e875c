import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { IssueCode } from "../issue-code.js";

/** An ICU message parsed by intl-messageformat (see `scripts/generate-message-asts.mjs`). */
export type MessageAst = readonly MessageFormatElement[];

/**
 * One locale's issue messages parsed ahead, at build time, from its catalogue (`messages.<lang>.ts`), with the
 * notes said after some of them: formatting them needs no ICU parser, which a browser bundle then leaves out.
 */
export interface MessageAsts {
  readonly messages: { readonly [C in IssueCode]: MessageAst };
  readonly positionNote: MessageAst;
  readonly suggestionNote: MessageAst;
}
