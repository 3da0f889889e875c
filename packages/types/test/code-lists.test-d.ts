import type * as schema from "@tip/schema";
import { describe, expectTypeOf, it } from "vitest";
import type * as generated from "../index.js";

type ListOf<K extends schema.CodeListId> = schema.CodeOf<(typeof schema.CODE_LISTS)[K]>;

// Each code list is one named type with exactly the codes of @tip/schema's list.
describe("code list types", () => {
  it("CodeListCodes holds every code list of @tip/schema, each with its codes", () => {
    expectTypeOf<generated.CodeListCodes>().toEqualTypeOf<{ [K in schema.CodeListId]: ListOf<K> }>();
  });
  it("carry the names @tip/schema gives them", () => {
    expectTypeOf<generated.CountryCode>().toEqualTypeOf<schema.CountryCode>();
    expectTypeOf<generated.LanguageCode>().toEqualTypeOf<schema.LanguageCode>();
    expectTypeOf<generated.ExploitationFormCode>().toEqualTypeOf<ListOf<"exploitation_form">>();
    expectTypeOf<generated.IccsCode>().toEqualTypeOf<ListOf<"iccs_code">>();
    expectTypeOf<generated.SexCode>().toEqualTypeOf<ListOf<"sex">>();
    expectTypeOf<generated.TlpCode>().toEqualTypeOf<ListOf<"tlp">>();
  });
  it("turn down a code that is not in the list", () => {
    expectTypeOf<"GB">().toExtend<generated.CountryCode>();
    expectTypeOf<"UK">().not.toExtend<generated.CountryCode>();
    expectTypeOf<"female">().toExtend<generated.SexCode>();
    expectTypeOf<"Female">().not.toExtend<generated.SexCode>();
  });
  it("are what the record types use", () => {
    expectTypeOf<generated.Victim["sex"]>().toEqualTypeOf<generated.SexCode | undefined>();
    expectTypeOf<generated.Victim["citizenships"]>().toEqualTypeOf<generated.CountryCode[] | undefined>();
    expectTypeOf<generated.ExchangeBundle["tlp"]>().toEqualTypeOf<generated.TlpCode>();
  });
});
