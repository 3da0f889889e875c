import {
  type Ast,
  formatParsed,
  literalAst,
  type MessageParams,
  messageCaches,
} from "../i18n/format-parsed.js";
import type { MessageLocale } from "../i18n/message-locale.js";
import type { FieldId } from "../model/objects.js";
import { type Issue, type IssueParams, type Severity, toPointer } from "./issue.js";
import type { MessageAst } from "./messages/message-asts.js";
import { needsPositionNote, POSITION_NOTE } from "./messages/position-note.js";
import { SUGGESTION_NOTE } from "./messages/suggestion-note.js";
import type { RawIssue } from "./raw-issue.js";

/** Params whose value is a field id, shown to people as the field's label. */
const FIELD_PARAMS = new Set(["field", "earlierField"]);

/**
 * Renders an issue's message in a locale (ICU MessageFormat, see `formatIcu`; from the locale's messages parsed
 * ahead, `MessageLocale.asts`, so no ICU parser is needed): `{field}`-like params become field
 * labels, others are inserted as they are (they are codes and numbers by construction, never values of the
 * record). A `position` param the template does not use (an issue whose path was cut before a key that cannot
 * be shown) is told after it, and so is a `suggestion` (the name of a model field close to an unknown key).
 */
export function formatMessage(bundle: MessageLocale, code: string, params: IssueParams): string {
  const messages: Readonly<Record<string, string>> = bundle.messages;
  const asts: Readonly<Record<string, MessageAst>> = bundle.asts.messages;
  const known = Object.hasOwn(messages, code) && Object.hasOwn(asts, code);
  let template = known ? (messages[code] as string) : code;
  let ast: Ast = known ? (asts[code] as MessageAst) : literalAst(code);
  const shown: Record<string, string | number | undefined> = Object.create(null);
  for (const [name, value] of Object.entries(params)) {
    shown[name] = FIELD_PARAMS.has(name) ? (bundle.fields[value as FieldId]?.label ?? String(value)) : value;
  }
  shown.field ??= FALLBACK[bundle.locale];
  // A note is said after the message, one space apart: the same text as the catalogues' strings joined.
  if (needsPositionNote(template, params)) {
    template = `${template} ${POSITION_NOTE[bundle.locale]}`;
    ast = [...ast, ...SPACE, ...bundle.asts.positionNote];
  }
  if (typeof params.suggestion === "string") {
    template = `${template} ${SUGGESTION_NOTE[bundle.locale]}`;
    ast = [...ast, ...SPACE, ...bundle.asts.suggestionNote];
  }
  const parsed = ast;
  return formatParsed(
    compiled[bundle.locale] ?? compiled.en,
    bundle.locale,
    template,
    () => parsed,
    shown as MessageParams,
  );
}

/** Messages compiled from their ASTs, by locale (apart from `formatIcu`'s, which parses templates). */
const compiled = messageCaches();

const SPACE = literalAst(" ");

/** Stands in for `{field}` when an issue sits on no known field (e.g. the record itself). */
const FALLBACK = { en: "The value", es: "El valor", fr: "La valeur", pt: "O valor" } as const;

/** Turns a raw issue into a localised issue with a JSON Pointer. */
export function toIssue(raw: RawIssue, severity: Severity, bundle: MessageLocale, prefix = ""): Issue {
  return {
    code: raw.code,
    path: prefix + toPointer(raw.path),
    severity,
    message: formatMessage(bundle, raw.code, raw.params),
    params: raw.params,
  };
}
