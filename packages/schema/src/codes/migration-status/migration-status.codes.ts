import { type CodeOf, defineCodeList } from "../define-code-list.js";

/** A person's migration status in the country that makes the record. */
export const migrationStatus = defineCodeList("migration_status", {
  national: {},
  regular_migrant: {},
  irregular_migrant: {},
  asylum_seeker: {},
  refugee: {},
  stateless: {},
  internally_displaced: {},
  returnee: {},
  unknown: {},
});

/** A code of the `migration_status` list. */
export type MigrationStatusCode = CodeOf<typeof migrationStatus>;
