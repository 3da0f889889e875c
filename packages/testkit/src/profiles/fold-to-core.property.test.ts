import {
  checkRecord,
  foldToCore,
  loadProfile,
  type Profile,
  SHIPPED_PROFILE_IDS,
  SHIPPED_PROFILES,
} from "@tip/schema";
import { en } from "@tip/schema/locales/en";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateEntries } from "../generate/generate.js";
import { Random } from "../random/random.js";
import { underProfile } from "../testing/profile-records.js";

// A profile never changes what a core field means: a record valid under a profile, folded to core, is valid
// under core (warnings allowed). Checked for every shipped profile over generated records written as the
// profile's users would write them (national codes, extension fields, no means where the law needs none).

function shipped(id: string): Profile {
  const result = loadProfile(SHIPPED_PROFILES[id]);
  if (!result.ok) throw new Error(`profile ${id} does not load`);
  return result.profile;
}

describe.each(SHIPPED_PROFILE_IDS)("fold to core: %s", (id) => {
  const profile = shipped(id);
  it("a record valid under the profile, folded to core, is valid under core", () => {
    let validUnderProfile = 0;
    let folded = 0;
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(0, 0.3),
        (seed, count, errorRate) => {
          const random = new Random(`${id}:${seed}`);
          for (const { record } of generateEntries({ seed, count, errorRate })) {
            const national = underProfile(record, profile, random);
            const underTheProfile = checkRecord(national, { locale: en, profile });
            if (!underTheProfile.ok) continue;
            validUnderProfile++;
            const core = foldToCore(national, profile);
            if (JSON.stringify(core) !== JSON.stringify(national)) folded++;
            const errors = checkRecord(core, { locale: en }).issues.filter(
              (issue) => issue.severity === "error",
            );
            expect(errors, `${record.recordType} under ${id}`).toEqual([]);
          }
        },
      ),
      { numRuns: 40 },
    );
    // Not vacuous: records were valid under the profile, and (where the profile has national codes) folded.
    expect(validUnderProfile).toBeGreaterThan(100);
    if (Object.values(profile.codeLists).some((change) => Object.keys(change.national).length > 0))
      expect(folded).toBeGreaterThan(0);
  });
});
