import { describe, expect, it } from "vitest";
import { recruitmentMethod } from "./recruitment-method.codes.js";

describe("recruitment_method", () => {
  it("maps every HTCDS vic_MethodOfRecruitment value exactly once", () => {
    const names = recruitmentMethod.codes.flatMap((code) => recruitmentMethod.mappings[code].htcds ?? []);
    expect([...names].sort()).toEqual(
      [
        "AtAPlaceOfBusiness",
        "AtAnEducationalInstitution",
        "AtWork",
        "ThroughOnlineSocialNetworks",
        "ThroughAnOnlineAdvertisement",
        "ThroughATelevisionAdvert",
        "ThroughANewspaperAdvert",
        "ThroughFamilyOrFamilyEvents",
        "ThroughFriendsOrSocialEvents",
        "Other",
      ].sort(),
    );
  });
});
