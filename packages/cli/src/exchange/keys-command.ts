import { mkdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { generateAgencyKeys } from "@tip/exchange";
import type { CliContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { messagesFor } from "../messages/messages.js";
import { writeWholeOutput } from "../output/open-output.js";
import { unwritable } from "../output/output-error.js";
import { UsageErrors } from "../privacy/options.js";
import { writeErrors, writeLines, writeUsageErrors } from "../write-error.js";

/** The options of `tip keys new` as commander hands them over. */
export interface RawKeysOptions {
  readonly agency?: string;
  readonly country?: string;
  readonly validFrom?: string;
  readonly validUntil?: string;
  readonly output?: string;
  readonly lang?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
export const PRIVATE_FILE = "private.jwks.json";
export const PUBLIC_FILE = "public.jwks.json";

/**
 * The action of `tip keys new`: generates the agency's signing and encryption keys (@tip/exchange) and writes
 * the private file (owner-only, mode 0600) and the public JWK Set into the folder. Existing key files are
 * never overwritten. Exit 0 written, 2 usage error or keys already there.
 */
export async function keysNewCommand(raw: RawKeysOptions, ctx: CliContext): Promise<number> {
  const errors = new UsageErrors(ctx);
  const lang = errors.lang(raw.lang);
  const messages = await messagesFor(lang);
  const texts = messages.exchange.keys;
  const agency = errors.required("--agency", raw.agency);
  const dir = errors.required("-o", raw.output);
  if (agency !== "" && !UUID.test(agency)) errors.add(texts.badAgency, { option: "--agency", value: agency });
  if (raw.country !== undefined && !/^[A-Z]{2}$/.test(raw.country))
    errors.add(texts.badCountry, { option: "--country", value: raw.country });
  for (const [option, value] of [
    ["--valid-from", raw.validFrom],
    ["--valid-until", raw.validUntil],
  ] as const)
    if (value !== undefined && (!INSTANT.test(value) || Number.isNaN(Date.parse(value))))
      errors.add(texts.badTime, { option, value });
  if (
    errors.list.length === 0 &&
    raw.validFrom !== undefined &&
    raw.validUntil !== undefined &&
    Date.parse(raw.validFrom) >= Date.parse(raw.validUntil)
  )
    errors.add(texts.badPeriod);
  if (errors.list.length > 0) {
    return writeUsageErrors(ctx.io, ctx.messages, errors.list, "tip keys new");
  }
  const folder = resolve(ctx.io.cwd ?? process.cwd(), dir);
  for (const file of [PRIVATE_FILE, PUBLIC_FILE]) {
    const exists = await stat(join(folder, file)).then(
      () => true,
      () => false,
    );
    if (exists) {
      writeErrors(ctx.io, ctx.messages, [messages.format(texts.exists, { dir, file })]);
      return EXIT_CODES.usage;
    }
  }
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw unwritable("-o", error);
  }
  const { privateKeys, publicKeys } = await generateAgencyKeys({
    agencyId: agency,
    ...(raw.country === undefined ? {} : { country: raw.country }),
    ...(raw.validFrom === undefined ? {} : { validFrom: raw.validFrom }),
    ...(raw.validUntil === undefined ? {} : { validUntil: raw.validUntil }),
  });
  // New files are created readable by their owner only (0600), the private one above all.
  await writeWholeOutput(
    { option: "-o", path: join(folder, PRIVATE_FILE) },
    `${JSON.stringify(privateKeys, null, 2)}\n`,
    ctx.io,
  );
  await writeWholeOutput(
    { option: "-o", path: join(folder, PUBLIC_FILE) },
    `${JSON.stringify(publicKeys, null, 2)}\n`,
    ctx.io,
  );
  const [sig, enc] = publicKeys.keys.map((key) => key.kid);
  writeLines(ctx.io.stdout, [
    messages.format(texts.written, { agency: publicKeys.agencyId, dir, sig: sig ?? "", enc: enc ?? "" }),
    texts.keepPrivate,
  ]);
  return EXIT_CODES.ok;
}
