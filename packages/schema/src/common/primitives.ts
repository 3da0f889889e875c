import * as z from "zod";

/** A full calendar date, ISO 8601 `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();

/**
 * A date known to the year, month or day (`2021`, `2021-03`, `2021-03-14`). Past events such as a
 * recruitment are often only remembered to the month.
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "Expected YYYY, YYYY-MM or YYYY-MM-DD");

/** A timestamp with offset, ISO 8601. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** A record id: an RFC 9562 UUID. */
export const Uuid = z.uuid();

/** A calendar year. */
export const Year = z.int().min(1900).max(2100);

/** An age in completed years. */
export const Age = z.int().min(0).max(130);

/** A count of something. */
export const Count = z.int().min(0);

/** An ISO 4217 currency code. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, "Expected an ISO 4217 currency code");

/** A telephone number in E.164 form. */
export const PhoneE164 = z.string().regex(/^\+[1-9]\d{6,14}$/, "Expected an E.164 phone number");

/** An e-mail address. */
export const Email = z.email();

/** A web address. */
export const Url = z.url({ protocol: /^https?$/ });

/** A non-empty line of free text. */
export const ShortText = z.string().min(1).max(500);

/** A non-empty paragraph of free text. */
export const LongText = z.string().min(1).max(20000);

/** A latitude in decimal degrees. */
export const Latitude = z.number().min(-90).max(90);

/** A longitude in decimal degrees. */
export const Longitude = z.number().min(-180).max(180);
