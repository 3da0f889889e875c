import { describeRefusal, type ExchangeTexts, REFUSAL_CODES, type RefusalCode } from "@tip/exchange";
import type { NodeAnswer } from "@tip/exchange-node/client";
import type { ExchangeCliMessages } from "../messages/exchange-messages.js";
import type { CliCatalogue } from "../messages/messages.js";

import type { UsageErrors } from "../privacy/options.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A UTC time as the node writes it (`2024-01-01T12:00:00.000Z`). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/** A node URL (http or https), or a usage error. */
export function nodeUrl(
  option: string,
  value: string,
  errors: UsageErrors,
  texts: ExchangeCliMessages,
): string {
  if (value === "") return value;
  try {
    const url = new URL(value);
    if ((url.protocol === "http:" || url.protocol === "https:") && url.username === "" && url.password === "")
      return url.href;
  } catch {
    // reported below
  }
  errors.add(texts.node.badUrl, { option, value });
  return value;
}

/** A message id argument (a UUID), or a usage error. */
export function messageIdArgument(value: string, errors: UsageErrors, texts: ExchangeCliMessages): string {
  if (!UUID.test(value)) errors.add(texts.node.badId, { option: "<message-id>", value });
  return value.toLowerCase();
}

/** A node URL as shown in messages: scheme, host and path, never credentials or a query. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}`;
  } catch {
    return "?";
  }
}

/** Why the node could not be reached: a system code (ECONNREFUSED...), `timeout`, or `network_error`. */
export function unreachableReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  if (typeof cause === "string" && /^[A-Z][A-Z0-9_]{0,40}$/.test(cause)) return cause;
  if ((error as { name?: unknown } | null)?.name === "TimeoutError") return "timeout";
  return "network_error";
}

/**
 * The error answer of a node as a sentence: an envelope refusal or a deleted envelope (410) in words, any
 * other code as it is.
 */
export function describeNodeError(
  answer: NodeAnswer,
  messages: CliCatalogue,
  library: ExchangeTexts,
): string {
  const texts = messages.exchange;
  const raw = answer.body.code;
  const code = typeof raw === "string" && /^[a-z][a-z0-9_]{0,63}$/.test(raw) ? raw : "unknown";
  const kid =
    typeof answer.body.kid === "string" && /^[\w-]{1,128}$/.test(answer.body.kid)
      ? answer.body.kid
      : undefined;
  if (code === "envelope_deleted") {
    // Said in words; only the two known reasons and a well-formed time are shown, never what else came.
    const because = answer.body.because;
    const at = answer.body.deletedAt;
    return messages.format(texts.node.deleted, {
      because: because === "retention" || because === "expired" ? because : "unknown",
      at: typeof at === "string" && INSTANT.test(at) ? at : "?",
    });
  }
  if ((REFUSAL_CODES as readonly string[]).includes(code))
    return messages.format(texts.node.envelopeRefused, {
      reason: describeRefusal({ code: code as RefusalCode, ...(kid === undefined ? {} : { kid }) }, library),
    });
  return messages.format(texts.node.refused, { status: answer.status, code });
}
