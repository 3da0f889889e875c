import type { HtcdsIds } from "./htcds-ids.js";

/** An agency record being built (checked once every row has been read). */
export type AgencyDraft = Record<string, unknown> & { readonly recordType: "agency"; readonly id: string };

/**
 * The organisations named in a file: `org_Name` and the referring / referred organisations of `cas_*`. HTCDS
 * names organisations (a lookup by name), so one name is one agency record, created the first time it is met.
 * HTCDS gives no country for a referral's organisations: they get `defaultCountry` (`XX`, unknown, unless
 * the caller knows better).
 */
export class AgencyDirectory {
  private readonly byId = new Map<string, AgencyDraft>();
  private readonly rowOf = new Map<string, number>();

  constructor(
    private readonly ids: HtcdsIds,
    readonly defaultCountry: string,
  ) {}

  /** The agency of a name; `created` is true the first time the name is met (the row that emits the record). */
  named(name: string, row: number): { agency: AgencyDraft; created: boolean } {
    const id = this.ids.ofAgency(name);
    const known = this.byId.get(id);
    if (known) return { agency: known, created: false };
    const agency: AgencyDraft = {
      recordType: "agency",
      id,
      name: name.trim(),
      types: [],
      country: this.defaultCountry,
    };
    this.byId.set(id, agency);
    this.rowOf.set(id, row);
    return { agency, created: true };
  }

  /** An unnamed organisation of one row (org_ fields without `org_Name`): its record will lack the name. */
  unnamed(id: string, row: number): AgencyDraft {
    const agency: AgencyDraft = { recordType: "agency", id, types: [], country: this.defaultCountry };
    this.byId.set(id, agency);
    this.rowOf.set(id, row);
    return agency;
  }

  /** Every agency, with the row that first named it. */
  entries(): { agency: AgencyDraft; row: number }[] {
    return [...this.byId.values()].map((agency) => ({ agency, row: this.rowOf.get(agency.id) as number }));
  }
}
