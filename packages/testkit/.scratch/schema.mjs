// src/codes/define-code-list.ts
import { z } from "zod";
function defineCodeList(id, entries2) {
  const codes = Object.keys(entries2);
  const set = new Set(codes);
  return {
    id,
    codes,
    mappings: entries2,
    schema: z.enum(codes),
    has: (value) => typeof value === "string" && set.has(value)
  };
}

// src/codes/act/act.codes.ts
var act = defineCodeList("act", {
  recruitment: {},
  transportation: {},
  transfer: {},
  harbouring: {},
  receipt: {}
});

// src/codes/age-band/age-band.codes.ts
var ageBand = defineCodeList("age_band", {
  "0-8": { ctdc: ["0--8", "0\u20138"] },
  "9-17": { ctdc: ["9--17", "9\u201317"] },
  "18-20": { ctdc: ["18--20", "18\u201320"] },
  "21-23": { ctdc: ["21--23", "21\u201323"] },
  "24-26": { ctdc: ["24--26", "24\u201326"] },
  "27-29": { ctdc: ["27--29", "27\u201329"] },
  "30-38": { ctdc: ["30--38", "30\u201338"] },
  "39-47": { ctdc: ["39--47", "39\u201347"] },
  "48+": { ctdc: ["48+"] }
});

// src/codes/agency-type/agency-type.codes.ts
var agencyType = defineCodeList("agency_type", {
  ngo: { htcds: ["NGO"] },
  law_enforcement: { htcds: ["LawEnforcement"] },
  health_service: { htcds: ["HealthServiceOrganisation"] },
  central_government: { htcds: ["CentralGovernmentOrganisation"] },
  local_government: { htcds: ["LocalGovernmentOrganisation"] },
  immigration_service: { htcds: ["ImmigrationService"] },
  legal_service: { htcds: ["LegalService"] },
  corporate_business: { htcds: ["CorporateBusiness"] },
  school_or_college: { htcds: ["SchoolOrCollege"] },
  prosecution: {},
  judiciary: {},
  labour_inspectorate: {},
  international_organisation: {},
  shelter: {},
  hotline: {},
  national_rapporteur: {},
  tip_task_force: {},
  embassy_or_consulate: {},
  child_protection: {},
  social_services: {},
  other: {}
});

// src/codes/asset-action/asset-action.codes.ts
var assetAction = defineCodeList("asset_action", {
  identified: {},
  frozen: {},
  seized: {},
  confiscated: {},
  returned_to_victim: {}
});

// src/codes/assistance-service/assistance-service.codes.ts
var assistanceService = defineCodeList("assistance_service", {
  education: { htcds: ["Education"] },
  financial: { htcds: ["Financial"] },
  health: { htcds: ["Health"] },
  labour_exploitation_rehabilitation: { htcds: ["LabourExploitationRehabilitation"] },
  legal: { htcds: ["Legal"] },
  livelihood: { htcds: ["Livelihood"] },
  rights_based_training: { htcds: ["RightsBasedTraining"] },
  sexual_exploitation_rehabilitation: { htcds: ["SexualExploitationRehabilitation"] },
  social_care: { htcds: ["SocialCare"] },
  shelter: {},
  medical_care: {},
  psychological_support: {},
  interpretation: {},
  legal_aid: {},
  reflection_period: {},
  residence_permit: {},
  safe_return: {},
  reintegration: {},
  family_tracing: {},
  compensation_support: {},
  child_protection_services: {},
  repatriation: {},
  other: {}
});

// src/codes/case-status/case-status.codes.ts
var caseStatus = defineCodeList("case_status", {
  active: { htcds: ["Active"] },
  follow_up: { htcds: ["FollowUp"] },
  closed: { htcds: ["Closed"] },
  closed_referred: { htcds: ["ClosedReferred"] }
});

// src/codes/consent-purpose/consent-purpose.codes.ts
var consentPurpose = defineCodeList("consent_purpose", {
  assistance: {},
  referral_national: {},
  referral_transnational: {},
  return: {},
  criminal_proceedings: {},
  research_statistics: {},
  data_sharing_ngo: {},
  media: {}
});

// src/codes/country/country.data.generated.ts
var countryData = [
  { alpha2: "AD", alpha3: "AND", m49: "020" },
  { alpha2: "AE", alpha3: "ARE", m49: "784" },
  { alpha2: "AF", alpha3: "AFG", m49: "004" },
  { alpha2: "AG", alpha3: "ATG", m49: "028" },
  { alpha2: "AI", alpha3: "AIA", m49: "660" },
  { alpha2: "AL", alpha3: "ALB", m49: "008" },
  { alpha2: "AM", alpha3: "ARM", m49: "051" },
  { alpha2: "AO", alpha3: "AGO", m49: "024" },
  { alpha2: "AQ", alpha3: "ATA", m49: "010" },
  { alpha2: "AR", alpha3: "ARG", m49: "032" },
  { alpha2: "AS", alpha3: "ASM", m49: "016" },
  { alpha2: "AT", alpha3: "AUT", m49: "040" },
  { alpha2: "AU", alpha3: "AUS", m49: "036" },
  { alpha2: "AW", alpha3: "ABW", m49: "533" },
  { alpha2: "AX", alpha3: "ALA", m49: "248" },
  { alpha2: "AZ", alpha3: "AZE", m49: "031" },
  { alpha2: "BA", alpha3: "BIH", m49: "070" },
  { alpha2: "BB", alpha3: "BRB", m49: "052" },
  { alpha2: "BD", alpha3: "BGD", m49: "050" },
  { alpha2: "BE", alpha3: "BEL", m49: "056" },
  { alpha2: "BF", alpha3: "BFA", m49: "854" },
  { alpha2: "BG", alpha3: "BGR", m49: "100" },
  { alpha2: "BH", alpha3: "BHR", m49: "048" },
  { alpha2: "BI", alpha3: "BDI", m49: "108" },
  { alpha2: "BJ", alpha3: "BEN", m49: "204" },
  { alpha2: "BL", alpha3: "BLM", m49: "652" },
  { alpha2: "BM", alpha3: "BMU", m49: "060" },
  { alpha2: "BN", alpha3: "BRN", m49: "096" },
  { alpha2: "BO", alpha3: "BOL", m49: "068" },
  { alpha2: "BQ", alpha3: "BES", m49: "535" },
  { alpha2: "BR", alpha3: "BRA", m49: "076" },
  { alpha2: "BS", alpha3: "BHS", m49: "044" },
  { alpha2: "BT", alpha3: "BTN", m49: "064" },
  { alpha2: "BV", alpha3: "BVT", m49: "074" },
  { alpha2: "BW", alpha3: "BWA", m49: "072" },
  { alpha2: "BY", alpha3: "BLR", m49: "112" },
  { alpha2: "BZ", alpha3: "BLZ", m49: "084" },
  { alpha2: "CA", alpha3: "CAN", m49: "124" },
  { alpha2: "CC", alpha3: "CCK", m49: "166" },
  { alpha2: "CD", alpha3: "COD", m49: "180" },
  { alpha2: "CF", alpha3: "CAF", m49: "140" },
  { alpha2: "CG", alpha3: "COG", m49: "178" },
  { alpha2: "CH", alpha3: "CHE", m49: "756" },
  { alpha2: "CI", alpha3: "CIV", m49: "384" },
  { alpha2: "CK", alpha3: "COK", m49: "184" },
  { alpha2: "CL", alpha3: "CHL", m49: "152" },
  { alpha2: "CM", alpha3: "CMR", m49: "120" },
  { alpha2: "CN", alpha3: "CHN", m49: "156" },
  { alpha2: "CO", alpha3: "COL", m49: "170" },
  { alpha2: "CR", alpha3: "CRI", m49: "188" },
  { alpha2: "CU", alpha3: "CUB", m49: "192" },
  { alpha2: "CV", alpha3: "CPV", m49: "132" },
  { alpha2: "CW", alpha3: "CUW", m49: "531" },
  { alpha2: "CX", alpha3: "CXR", m49: "162" },
  { alpha2: "CY", alpha3: "CYP", m49: "196" },
  { alpha2: "CZ", alpha3: "CZE", m49: "203" },
  { alpha2: "DE", alpha3: "DEU", m49: "276" },
  { alpha2: "DJ", alpha3: "DJI", m49: "262" },
  { alpha2: "DK", alpha3: "DNK", m49: "208" },
  { alpha2: "DM", alpha3: "DMA", m49: "212" },
  { alpha2: "DO", alpha3: "DOM", m49: "214" },
  { alpha2: "DZ", alpha3: "DZA", m49: "012" },
  { alpha2: "EC", alpha3: "ECU", m49: "218" },
  { alpha2: "EE", alpha3: "EST", m49: "233" },
  { alpha2: "EG", alpha3: "EGY", m49: "818" },
  { alpha2: "EH", alpha3: "ESH", m49: "732" },
  { alpha2: "ER", alpha3: "ERI", m49: "232" },
  { alpha2: "ES", alpha3: "ESP", m49: "724" },
  { alpha2: "ET", alpha3: "ETH", m49: "231" },
  { alpha2: "FI", alpha3: "FIN", m49: "246" },
  { alpha2: "FJ", alpha3: "FJI", m49: "242" },
  { alpha2: "FK", alpha3: "FLK", m49: "238" },
  { alpha2: "FM", alpha3: "FSM", m49: "583" },
  { alpha2: "FO", alpha3: "FRO", m49: "234" },
  { alpha2: "FR", alpha3: "FRA", m49: "250" },
  { alpha2: "GA", alpha3: "GAB", m49: "266" },
  { alpha2: "GB", alpha3: "GBR", m49: "826" },
  { alpha2: "GD", alpha3: "GRD", m49: "308" },
  { alpha2: "GE", alpha3: "GEO", m49: "268" },
  { alpha2: "GF", alpha3: "GUF", m49: "254" },
  { alpha2: "GG", alpha3: "GGY", m49: "831" },
  { alpha2: "GH", alpha3: "GHA", m49: "288" },
  { alpha2: "GI", alpha3: "GIB", m49: "292" },
  { alpha2: "GL", alpha3: "GRL", m49: "304" },
  { alpha2: "GM", alpha3: "GMB", m49: "270" },
  { alpha2: "GN", alpha3: "GIN", m49: "324" },
  { alpha2: "GP", alpha3: "GLP", m49: "312" },
  { alpha2: "GQ", alpha3: "GNQ", m49: "226" },
  { alpha2: "GR", alpha3: "GRC", m49: "300" },
  { alpha2: "GS", alpha3: "SGS", m49: "239" },
  { alpha2: "GT", alpha3: "GTM", m49: "320" },
  { alpha2: "GU", alpha3: "GUM", m49: "316" },
  { alpha2: "GW", alpha3: "GNB", m49: "624" },
  { alpha2: "GY", alpha3: "GUY", m49: "328" },
  { alpha2: "HK", alpha3: "HKG", m49: "344" },
  { alpha2: "HM", alpha3: "HMD", m49: "334" },
  { alpha2: "HN", alpha3: "HND", m49: "340" },
  { alpha2: "HR", alpha3: "HRV", m49: "191" },
  { alpha2: "HT", alpha3: "HTI", m49: "332" },
  { alpha2: "HU", alpha3: "HUN", m49: "348" },
  { alpha2: "ID", alpha3: "IDN", m49: "360" },
  { alpha2: "IE", alpha3: "IRL", m49: "372" },
  { alpha2: "IL", alpha3: "ISR", m49: "376" },
  { alpha2: "IM", alpha3: "IMN", m49: "833" },
  { alpha2: "IN", alpha3: "IND", m49: "356" },
  { alpha2: "IO", alpha3: "IOT", m49: "086" },
  { alpha2: "IQ", alpha3: "IRQ", m49: "368" },
  { alpha2: "IR", alpha3: "IRN", m49: "364" },
  { alpha2: "IS", alpha3: "ISL", m49: "352" },
  { alpha2: "IT", alpha3: "ITA", m49: "380" },
  { alpha2: "JE", alpha3: "JEY", m49: "832" },
  { alpha2: "JM", alpha3: "JAM", m49: "388" },
  { alpha2: "JO", alpha3: "JOR", m49: "400" },
  { alpha2: "JP", alpha3: "JPN", m49: "392" },
  { alpha2: "KE", alpha3: "KEN", m49: "404" },
  { alpha2: "KG", alpha3: "KGZ", m49: "417" },
  { alpha2: "KH", alpha3: "KHM", m49: "116" },
  { alpha2: "KI", alpha3: "KIR", m49: "296" },
  { alpha2: "KM", alpha3: "COM", m49: "174" },
  { alpha2: "KN", alpha3: "KNA", m49: "659" },
  { alpha2: "KP", alpha3: "PRK", m49: "408" },
  { alpha2: "KR", alpha3: "KOR", m49: "410" },
  { alpha2: "KW", alpha3: "KWT", m49: "414" },
  { alpha2: "KY", alpha3: "CYM", m49: "136" },
  { alpha2: "KZ", alpha3: "KAZ", m49: "398" },
  { alpha2: "LA", alpha3: "LAO", m49: "418" },
  { alpha2: "LB", alpha3: "LBN", m49: "422" },
  { alpha2: "LC", alpha3: "LCA", m49: "662" },
  { alpha2: "LI", alpha3: "LIE", m49: "438" },
  { alpha2: "LK", alpha3: "LKA", m49: "144" },
  { alpha2: "LR", alpha3: "LBR", m49: "430" },
  { alpha2: "LS", alpha3: "LSO", m49: "426" },
  { alpha2: "LT", alpha3: "LTU", m49: "440" },
  { alpha2: "LU", alpha3: "LUX", m49: "442" },
  { alpha2: "LV", alpha3: "LVA", m49: "428" },
  { alpha2: "LY", alpha3: "LBY", m49: "434" },
  { alpha2: "MA", alpha3: "MAR", m49: "504" },
  { alpha2: "MC", alpha3: "MCO", m49: "492" },
  { alpha2: "MD", alpha3: "MDA", m49: "498" },
  { alpha2: "ME", alpha3: "MNE", m49: "499" },
  { alpha2: "MF", alpha3: "MAF", m49: "663" },
  { alpha2: "MG", alpha3: "MDG", m49: "450" },
  { alpha2: "MH", alpha3: "MHL", m49: "584" },
  { alpha2: "MK", alpha3: "MKD", m49: "807" },
  { alpha2: "ML", alpha3: "MLI", m49: "466" },
  { alpha2: "MM", alpha3: "MMR", m49: "104" },
  { alpha2: "MN", alpha3: "MNG", m49: "496" },
  { alpha2: "MO", alpha3: "MAC", m49: "446" },
  { alpha2: "MP", alpha3: "MNP", m49: "580" },
  { alpha2: "MQ", alpha3: "MTQ", m49: "474" },
  { alpha2: "MR", alpha3: "MRT", m49: "478" },
  { alpha2: "MS", alpha3: "MSR", m49: "500" },
  { alpha2: "MT", alpha3: "MLT", m49: "470" },
  { alpha2: "MU", alpha3: "MUS", m49: "480" },
  { alpha2: "MV", alpha3: "MDV", m49: "462" },
  { alpha2: "MW", alpha3: "MWI", m49: "454" },
  { alpha2: "MX", alpha3: "MEX", m49: "484" },
  { alpha2: "MY", alpha3: "MYS", m49: "458" },
  { alpha2: "MZ", alpha3: "MOZ", m49: "508" },
  { alpha2: "NA", alpha3: "NAM", m49: "516" },
  { alpha2: "NC", alpha3: "NCL", m49: "540" },
  { alpha2: "NE", alpha3: "NER", m49: "562" },
  { alpha2: "NF", alpha3: "NFK", m49: "574" },
  { alpha2: "NG", alpha3: "NGA", m49: "566" },
  { alpha2: "NI", alpha3: "NIC", m49: "558" },
  { alpha2: "NL", alpha3: "NLD", m49: "528" },
  { alpha2: "NO", alpha3: "NOR", m49: "578" },
  { alpha2: "NP", alpha3: "NPL", m49: "524" },
  { alpha2: "NR", alpha3: "NRU", m49: "520" },
  { alpha2: "NU", alpha3: "NIU", m49: "570" },
  { alpha2: "NZ", alpha3: "NZL", m49: "554" },
  { alpha2: "OM", alpha3: "OMN", m49: "512" },
  { alpha2: "PA", alpha3: "PAN", m49: "591" },
  { alpha2: "PE", alpha3: "PER", m49: "604" },
  { alpha2: "PF", alpha3: "PYF", m49: "258" },
  { alpha2: "PG", alpha3: "PNG", m49: "598" },
  { alpha2: "PH", alpha3: "PHL", m49: "608" },
  { alpha2: "PK", alpha3: "PAK", m49: "586" },
  { alpha2: "PL", alpha3: "POL", m49: "616" },
  { alpha2: "PM", alpha3: "SPM", m49: "666" },
  { alpha2: "PN", alpha3: "PCN", m49: "612" },
  { alpha2: "PR", alpha3: "PRI", m49: "630" },
  { alpha2: "PS", alpha3: "PSE", m49: "275" },
  { alpha2: "PT", alpha3: "PRT", m49: "620" },
  { alpha2: "PW", alpha3: "PLW", m49: "585" },
  { alpha2: "PY", alpha3: "PRY", m49: "600" },
  { alpha2: "QA", alpha3: "QAT", m49: "634" },
  { alpha2: "RE", alpha3: "REU", m49: "638" },
  { alpha2: "RO", alpha3: "ROU", m49: "642" },
  { alpha2: "RS", alpha3: "SRB", m49: "688" },
  { alpha2: "RU", alpha3: "RUS", m49: "643" },
  { alpha2: "RW", alpha3: "RWA", m49: "646" },
  { alpha2: "SA", alpha3: "SAU", m49: "682" },
  { alpha2: "SB", alpha3: "SLB", m49: "090" },
  { alpha2: "SC", alpha3: "SYC", m49: "690" },
  { alpha2: "SD", alpha3: "SDN", m49: "729" },
  { alpha2: "SE", alpha3: "SWE", m49: "752" },
  { alpha2: "SG", alpha3: "SGP", m49: "702" },
  { alpha2: "SH", alpha3: "SHN", m49: "654" },
  { alpha2: "SI", alpha3: "SVN", m49: "705" },
  { alpha2: "SJ", alpha3: "SJM", m49: "744" },
  { alpha2: "SK", alpha3: "SVK", m49: "703" },
  { alpha2: "SL", alpha3: "SLE", m49: "694" },
  { alpha2: "SM", alpha3: "SMR", m49: "674" },
  { alpha2: "SN", alpha3: "SEN", m49: "686" },
  { alpha2: "SO", alpha3: "SOM", m49: "706" },
  { alpha2: "SR", alpha3: "SUR", m49: "740" },
  { alpha2: "SS", alpha3: "SSD", m49: "728" },
  { alpha2: "ST", alpha3: "STP", m49: "678" },
  { alpha2: "SV", alpha3: "SLV", m49: "222" },
  { alpha2: "SX", alpha3: "SXM", m49: "534" },
  { alpha2: "SY", alpha3: "SYR", m49: "760" },
  { alpha2: "SZ", alpha3: "SWZ", m49: "748" },
  { alpha2: "TC", alpha3: "TCA", m49: "796" },
  { alpha2: "TD", alpha3: "TCD", m49: "148" },
  { alpha2: "TF", alpha3: "ATF", m49: "260" },
  { alpha2: "TG", alpha3: "TGO", m49: "768" },
  { alpha2: "TH", alpha3: "THA", m49: "764" },
  { alpha2: "TJ", alpha3: "TJK", m49: "762" },
  { alpha2: "TK", alpha3: "TKL", m49: "772" },
  { alpha2: "TL", alpha3: "TLS", m49: "626" },
  { alpha2: "TM", alpha3: "TKM", m49: "795" },
  { alpha2: "TN", alpha3: "TUN", m49: "788" },
  { alpha2: "TO", alpha3: "TON", m49: "776" },
  { alpha2: "TR", alpha3: "TUR", m49: "792" },
  { alpha2: "TT", alpha3: "TTO", m49: "780" },
  { alpha2: "TV", alpha3: "TUV", m49: "798" },
  { alpha2: "TW", alpha3: "TWN", m49: "158" },
  { alpha2: "TZ", alpha3: "TZA", m49: "834" },
  { alpha2: "UA", alpha3: "UKR", m49: "804" },
  { alpha2: "UG", alpha3: "UGA", m49: "800" },
  { alpha2: "UM", alpha3: "UMI", m49: "581" },
  { alpha2: "US", alpha3: "USA", m49: "840" },
  { alpha2: "UY", alpha3: "URY", m49: "858" },
  { alpha2: "UZ", alpha3: "UZB", m49: "860" },
  { alpha2: "VA", alpha3: "VAT", m49: "336" },
  { alpha2: "VC", alpha3: "VCT", m49: "670" },
  { alpha2: "VE", alpha3: "VEN", m49: "862" },
  { alpha2: "VG", alpha3: "VGB", m49: "092" },
  { alpha2: "VI", alpha3: "VIR", m49: "850" },
  { alpha2: "VN", alpha3: "VNM", m49: "704" },
  { alpha2: "VU", alpha3: "VUT", m49: "548" },
  { alpha2: "WF", alpha3: "WLF", m49: "876" },
  { alpha2: "WS", alpha3: "WSM", m49: "882" },
  { alpha2: "YE", alpha3: "YEM", m49: "887" },
  { alpha2: "YT", alpha3: "MYT", m49: "175" },
  { alpha2: "ZA", alpha3: "ZAF", m49: "710" },
  { alpha2: "ZM", alpha3: "ZMB", m49: "894" },
  { alpha2: "ZW", alpha3: "ZWE", m49: "716" }
];

// src/codes/country/country.codes.ts
var isoEntries = Object.fromEntries(countryData.map((c) => [c.alpha2, {}]));
var country = defineCodeList("country", {
  ...isoEntries,
  XX: { ctdc: ["00"] }
});

// src/codes/criminal-justice-stage/criminal-justice-stage.codes.ts
var criminalJusticeStage = defineCodeList("criminal_justice_stage", {
  suspected: {},
  formal_contact: { glotip: ["formal_contact"] },
  investigation: {},
  prosecution: { glotip: ["prosecuted"] },
  trial: {},
  convicted: { glotip: ["convicted"] },
  acquitted: {},
  case_dismissed: {},
  appeal: {}
});

// src/codes/data-source/data-source.codes.ts
var dataSource = defineCodeList("data_source", {
  case_management: { ctdc: ["Case Management"] },
  hotline: { ctdc: ["Hotline"] },
  law_enforcement: {},
  survey: {},
  other: {}
});

// src/codes/education-level/education-level.codes.ts
var educationLevel = defineCodeList("education_level", {
  no_formal_education: {},
  early_childhood_education: { htcds: ["EarlyChildhoodEducation"] },
  primary_education: { htcds: ["PrimaryEducation"] },
  lower_secondary_education: { htcds: ["LowerSecondaryEducation"] },
  upper_secondary_education: { htcds: ["UpperSecondaryEducation"] },
  post_secondary_non_tertiary_education: { htcds: ["PostSecondaryNonTertiaryEducation"] },
  short_cycle_tertiary_education: { htcds: ["ShortCycleTertiaryEducation"] },
  bachelors_or_equivalent_level: { htcds: ["BachelorsOrEquivalentLevel"] },
  masters_or_equivalent_level: { htcds: ["MastersOrEquivalentLevel"] },
  doctoral_or_equivalent_level: { htcds: ["DoctoralOrEquivalentLevel"] }
});

// src/codes/exchange-purpose/exchange-purpose.codes.ts
var exchangePurpose = defineCodeList("exchange_purpose", {
  referral: {},
  case_cooperation: {},
  statistics: {},
  agency_directory: {},
  research: {},
  audit: {}
});

// src/codes/exploitation-form/exploitation-form.codes.ts
var exploitationForm = defineCodeList("exploitation_form", {
  sexual_exploitation: {
    htcds: ["SexualExploitation"],
    ctdc: ["isSexualExploit"],
    iccs: ["02041"],
    glotip: ["sexual_exploitation"]
  },
  forced_labour: {
    htcds: ["ForcedLabour"],
    ctdc: ["isForcedLabour"],
    iccs: ["02042"],
    glotip: ["forced_labour"]
  },
  forced_criminality: { glotip: ["forced_criminal_activity"] },
  forced_begging: { htcds: ["ForcedBegging"], glotip: ["begging"] },
  forced_marriage: { htcds: ["ForcedMarriage"], ctdc: ["isForcedMarriage"], glotip: ["forced_marriage"] },
  organ_removal: {
    htcds: ["OrganRemoval"],
    ctdc: ["isOrganRemoval"],
    iccs: ["02043"],
    glotip: ["organ_removal"]
  },
  slavery_and_practices: { ctdc: ["isSlaveryAndPractices"] },
  servitude: { htcds: ["Servitude"] },
  child_labour: { htcds: ["ChildLabour"] },
  forced_military: {
    htcds: ["ForcedMilitaryByNonStateActors"],
    ctdc: ["isForcedMilitary"],
    glotip: ["child_soldiers"]
  },
  illegal_adoption: { htcds: ["ForcedAdoption"], glotip: ["illegal_adoption"] },
  surrogacy: { htcds: ["Surrogacy"] },
  benefit_fraud: { glotip: ["benefit_fraud"] },
  other: { htcds: ["Other"], ctdc: ["isOtherExploit"], iccs: ["02044"], glotip: ["mixed_other"] }
});

// src/codes/gender/gender.codes.ts
var gender = defineCodeList("gender", {
  feminine: { htcds: ["Feminine"], ctdc: ["Woman"] },
  masculine: { htcds: ["Masculine"], ctdc: ["Man"] },
  transgender_feminine: { htcds: ["TransgenderFeminine"], ctdc: ["Trans/Transgender/NonConforming"] },
  transgender_masculine: { htcds: ["TransgenderMasculine"], ctdc: ["Trans/Transgender/NonConforming"] },
  non_conforming: { htcds: ["NonConforming"], ctdc: ["Trans/Transgender/NonConforming"] },
  not_specified: { htcds: ["NonSpecifiedUnknown"], ctdc: ["-99"] }
});

// src/codes/iccs-code/iccs-code.codes.ts
var iccsCode = defineCodeList("iccs_code", {
  "0204": { iccs: ["0204"] },
  "02041": { iccs: ["02041"] },
  "02042": { iccs: ["02042"] },
  "02043": { iccs: ["02043"] },
  "02044": { iccs: ["02044"] },
  "0203": { iccs: ["0203"] },
  "020321": { iccs: ["020321"] },
  "0302": { iccs: ["0302"] },
  "03022": { iccs: ["03022"] },
  "030221": { iccs: ["030221"] },
  "030222": { iccs: ["030222"] },
  "08051": { iccs: ["08051"] },
  "020221": { iccs: ["020221"] },
  "020291": { iccs: ["020291"] },
  "07041": { iccs: ["07041"] }
});

// src/codes/identification-authority/identification-authority.codes.ts
var identificationAuthority = defineCodeList("identification_authority", {
  police: { htcds: ["Police"] },
  ngo: { htcds: ["NGO"] },
  court_or_prosecution: { htcds: ["CourtOrProsecution"] },
  non_police_government: { htcds: ["NonPoliceGovernmentalOrganization"] },
  international_organisation: {},
  labour_inspectorate: {},
  other: { htcds: ["Other"] }
});

// src/codes/identification-status/identification-status.codes.ts
var identificationStatus = defineCodeList("identification_status", {
  presumed: { htcds: ["PossibleVictimOfTrafficking"] },
  identified: { htcds: ["ActualVictimOfTrafficking"] },
  not_a_victim: { htcds: ["NotAVictimOfTrafficking"] }
});

// src/codes/ilo-indicator/ilo-indicator.codes.ts
var iloIndicator = defineCodeList("ilo_indicator", {
  abuse_of_vulnerability: {},
  deception: {},
  restriction_of_movement: {},
  isolation: {},
  physical_and_sexual_violence: {},
  intimidation_and_threats: {},
  retention_of_identity_documents: {},
  withholding_of_wages: {},
  debt_bondage: {},
  abusive_working_and_living_conditions: {},
  excessive_overtime: {}
});

// src/codes/isic-section/isic-section.codes.ts
var isicSection = defineCodeList("isic_section", {
  A: { htcds: ["A_AgricultureForestryAndFishing"] },
  B: { htcds: ["B_MiningAndQuarrying"] },
  C: { htcds: ["C_Manufacturing"] },
  D: { htcds: ["D_ElectricityGasSteamAndAirConditioningSupply"] },
  E: { htcds: ["E_WaterSupplySewerageWasteManagement"] },
  F: { htcds: ["F_Construction"] },
  G: { htcds: ["G_WholesaleAndRetailTradeRepairOfMotorVehicles"] },
  H: { htcds: ["H_TransportationAndStorage"] },
  I: { htcds: ["I_AccommodationAndFoodServiceActivities"] },
  J: { htcds: ["J_InformationAndCommunication"] },
  K: { htcds: ["K_FinancialAndInsuranceActivities"] },
  L: { htcds: ["L_RealEstateActivities"] },
  M: { htcds: ["M_ProfessionalScientificAndTechnicalActivities"] },
  N: { htcds: ["N_AdministrativeAndSupportServiceActivities"] },
  O: { htcds: ["O_PublicAdministrationAndDefence"] },
  P: { htcds: ["P_Education"] },
  Q: { htcds: ["Q_HumanHealthAndSocialWorkActivities"] },
  R: { htcds: ["R_ArtsEntertainmentAndRecreation"] },
  S: { htcds: ["S_OtherServiceActivities"] },
  T: { htcds: ["T_ActivitiesOfHouseholdsAsEmployers"] },
  U: { htcds: ["U_ActivitiesOfExtraterritorialOrganizations"] }
});

// src/codes/labour-sector/labour-sector.codes.ts
var labourSector = defineCodeList("labour_sector", {
  agriculture: { ctdc: ["typeOfLabourAgriculture"] },
  aquafarming: { ctdc: ["typeOfLabourAquafarming"] },
  begging: { ctdc: ["typeOfLabourBegging"] },
  construction: { ctdc: ["typeOfLabourConstruction"] },
  domestic_work: { ctdc: ["typeOfLabourDomesticWork"] },
  hospitality: { ctdc: ["typeOfLabourHospitality"] },
  illicit_activities: { ctdc: ["typeOfLabourIllicitActivities"] },
  manufacturing: { ctdc: ["typeOfLabourManufacturing"] },
  mining_or_drilling: { ctdc: ["typeOfLabourMiningOrDrilling"] },
  peddling: { ctdc: ["typeOfLabourPeddling"] },
  transportation: { ctdc: ["typeOfLabourTransportation"] },
  other: { ctdc: ["typeOfLabourOther"] }
});

// src/codes/language/language.data.generated.ts
var languageData = [
  { iso6391: "aa", iso6392b: "aar", iso6392t: "aar" },
  { iso6391: "ab", iso6392b: "abk", iso6392t: "abk" },
  { iso6391: "ae", iso6392b: "ave", iso6392t: "ave" },
  { iso6391: "af", iso6392b: "afr", iso6392t: "afr" },
  { iso6391: "ak", iso6392b: "aka", iso6392t: "aka" },
  { iso6391: "am", iso6392b: "amh", iso6392t: "amh" },
  { iso6391: "an", iso6392b: "arg", iso6392t: "arg" },
  { iso6391: "ar", iso6392b: "ara", iso6392t: "ara" },
  { iso6391: "as", iso6392b: "asm", iso6392t: "asm" },
  { iso6391: "av", iso6392b: "ava", iso6392t: "ava" },
  { iso6391: "ay", iso6392b: "aym", iso6392t: "aym" },
  { iso6391: "az", iso6392b: "aze", iso6392t: "aze" },
  { iso6391: "ba", iso6392b: "bak", iso6392t: "bak" },
  { iso6391: "be", iso6392b: "bel", iso6392t: "bel" },
  { iso6391: "bg", iso6392b: "bul", iso6392t: "bul" },
  { iso6391: "bh", iso6392b: "bih", iso6392t: "bih" },
  { iso6391: "bi", iso6392b: "bis", iso6392t: "bis" },
  { iso6391: "bm", iso6392b: "bam", iso6392t: "bam" },
  { iso6391: "bn", iso6392b: "ben", iso6392t: "ben" },
  { iso6391: "bo", iso6392b: "tib", iso6392t: "bod" },
  { iso6391: "br", iso6392b: "bre", iso6392t: "bre" },
  { iso6391: "bs", iso6392b: "bos", iso6392t: "bos" },
  { iso6391: "ca", iso6392b: "cat", iso6392t: "cat" },
  { iso6391: "ce", iso6392b: "che", iso6392t: "che" },
  { iso6391: "ch", iso6392b: "cha", iso6392t: "cha" },
  { iso6391: "co", iso6392b: "cos", iso6392t: "cos" },
  { iso6391: "cr", iso6392b: "cre", iso6392t: "cre" },
  { iso6391: "cs", iso6392b: "cze", iso6392t: "ces" },
  { iso6391: "cu", iso6392b: "chu", iso6392t: "chu" },
  { iso6391: "cv", iso6392b: "chv", iso6392t: "chv" },
  { iso6391: "cy", iso6392b: "wel", iso6392t: "cym" },
  { iso6391: "da", iso6392b: "dan", iso6392t: "dan" },
  { iso6391: "de", iso6392b: "ger", iso6392t: "deu" },
  { iso6391: "dv", iso6392b: "div", iso6392t: "div" },
  { iso6391: "dz", iso6392b: "dzo", iso6392t: "dzo" },
  { iso6391: "ee", iso6392b: "ewe", iso6392t: "ewe" },
  { iso6391: "el", iso6392b: "gre", iso6392t: "ell" },
  { iso6391: "en", iso6392b: "eng", iso6392t: "eng" },
  { iso6391: "eo", iso6392b: "epo", iso6392t: "epo" },
  { iso6391: "es", iso6392b: "spa", iso6392t: "spa" },
  { iso6391: "et", iso6392b: "est", iso6392t: "est" },
  { iso6391: "eu", iso6392b: "baq", iso6392t: "eus" },
  { iso6391: "fa", iso6392b: "per", iso6392t: "fas" },
  { iso6391: "ff", iso6392b: "ful", iso6392t: "ful" },
  { iso6391: "fi", iso6392b: "fin", iso6392t: "fin" },
  { iso6391: "fj", iso6392b: "fij", iso6392t: "fij" },
  { iso6391: "fo", iso6392b: "fao", iso6392t: "fao" },
  { iso6391: "fr", iso6392b: "fre", iso6392t: "fra" },
  { iso6391: "fy", iso6392b: "fry", iso6392t: "fry" },
  { iso6391: "ga", iso6392b: "gle", iso6392t: "gle" },
  { iso6391: "gd", iso6392b: "gla", iso6392t: "gla" },
  { iso6391: "gl", iso6392b: "glg", iso6392t: "glg" },
  { iso6391: "gn", iso6392b: "grn", iso6392t: "grn" },
  { iso6391: "gu", iso6392b: "guj", iso6392t: "guj" },
  { iso6391: "gv", iso6392b: "glv", iso6392t: "glv" },
  { iso6391: "ha", iso6392b: "hau", iso6392t: "hau" },
  { iso6391: "he", iso6392b: "heb", iso6392t: "heb" },
  { iso6391: "hi", iso6392b: "hin", iso6392t: "hin" },
  { iso6391: "ho", iso6392b: "hmo", iso6392t: "hmo" },
  { iso6391: "hr", iso6392b: "hrv", iso6392t: "hrv" },
  { iso6391: "ht", iso6392b: "hat", iso6392t: "hat" },
  { iso6391: "hu", iso6392b: "hun", iso6392t: "hun" },
  { iso6391: "hy", iso6392b: "arm", iso6392t: "hye" },
  { iso6391: "hz", iso6392b: "her", iso6392t: "her" },
  { iso6391: "ia", iso6392b: "ina", iso6392t: "ina" },
  { iso6391: "id", iso6392b: "ind", iso6392t: "ind" },
  { iso6391: "ie", iso6392b: "ile", iso6392t: "ile" },
  { iso6391: "ig", iso6392b: "ibo", iso6392t: "ibo" },
  { iso6391: "ii", iso6392b: "iii", iso6392t: "iii" },
  { iso6391: "ik", iso6392b: "ipk", iso6392t: "ipk" },
  { iso6391: "io", iso6392b: "ido", iso6392t: "ido" },
  { iso6391: "is", iso6392b: "ice", iso6392t: "isl" },
  { iso6391: "it", iso6392b: "ita", iso6392t: "ita" },
  { iso6391: "iu", iso6392b: "iku", iso6392t: "iku" },
  { iso6391: "ja", iso6392b: "jpn", iso6392t: "jpn" },
  { iso6391: "jv", iso6392b: "jav", iso6392t: "jav" },
  { iso6391: "ka", iso6392b: "geo", iso6392t: "kat" },
  { iso6391: "kg", iso6392b: "kon", iso6392t: "kon" },
  { iso6391: "ki", iso6392b: "kik", iso6392t: "kik" },
  { iso6391: "kj", iso6392b: "kua", iso6392t: "kua" },
  { iso6391: "kk", iso6392b: "kaz", iso6392t: "kaz" },
  { iso6391: "kl", iso6392b: "kal", iso6392t: "kal" },
  { iso6391: "km", iso6392b: "khm", iso6392t: "khm" },
  { iso6391: "kn", iso6392b: "kan", iso6392t: "kan" },
  { iso6391: "ko", iso6392b: "kor", iso6392t: "kor" },
  { iso6391: "kr", iso6392b: "kau", iso6392t: "kau" },
  { iso6391: "ks", iso6392b: "kas", iso6392t: "kas" },
  { iso6391: "ku", iso6392b: "kur", iso6392t: "kur" },
  { iso6391: "kv", iso6392b: "kom", iso6392t: "kom" },
  { iso6391: "kw", iso6392b: "cor", iso6392t: "cor" },
  { iso6391: "ky", iso6392b: "kir", iso6392t: "kir" },
  { iso6391: "la", iso6392b: "lat", iso6392t: "lat" },
  { iso6391: "lb", iso6392b: "ltz", iso6392t: "ltz" },
  { iso6391: "lg", iso6392b: "lug", iso6392t: "lug" },
  { iso6391: "li", iso6392b: "lim", iso6392t: "lim" },
  { iso6391: "ln", iso6392b: "lin", iso6392t: "lin" },
  { iso6391: "lo", iso6392b: "lao", iso6392t: "lao" },
  { iso6391: "lt", iso6392b: "lit", iso6392t: "lit" },
  { iso6391: "lu", iso6392b: "lub", iso6392t: "lub" },
  { iso6391: "lv", iso6392b: "lav", iso6392t: "lav" },
  { iso6391: "mg", iso6392b: "mlg", iso6392t: "mlg" },
  { iso6391: "mh", iso6392b: "mah", iso6392t: "mah" },
  { iso6391: "mi", iso6392b: "mao", iso6392t: "mri" },
  { iso6391: "mk", iso6392b: "mac", iso6392t: "mkd" },
  { iso6391: "ml", iso6392b: "mal", iso6392t: "mal" },
  { iso6391: "mn", iso6392b: "mon", iso6392t: "mon" },
  { iso6391: "mr", iso6392b: "mar", iso6392t: "mar" },
  { iso6391: "ms", iso6392b: "may", iso6392t: "msa" },
  { iso6391: "mt", iso6392b: "mlt", iso6392t: "mlt" },
  { iso6391: "my", iso6392b: "bur", iso6392t: "mya" },
  { iso6391: "na", iso6392b: "nau", iso6392t: "nau" },
  { iso6391: "nb", iso6392b: "nob", iso6392t: "nob" },
  { iso6391: "nd", iso6392b: "nde", iso6392t: "nde" },
  { iso6391: "ne", iso6392b: "nep", iso6392t: "nep" },
  { iso6391: "ng", iso6392b: "ndo", iso6392t: "ndo" },
  { iso6391: "nl", iso6392b: "dut", iso6392t: "nld" },
  { iso6391: "nn", iso6392b: "nno", iso6392t: "nno" },
  { iso6391: "no", iso6392b: "nor", iso6392t: "nor" },
  { iso6391: "nr", iso6392b: "nbl", iso6392t: "nbl" },
  { iso6391: "nv", iso6392b: "nav", iso6392t: "nav" },
  { iso6391: "ny", iso6392b: "nya", iso6392t: "nya" },
  { iso6391: "oc", iso6392b: "oci", iso6392t: "oci" },
  { iso6391: "oj", iso6392b: "oji", iso6392t: "oji" },
  { iso6391: "om", iso6392b: "orm", iso6392t: "orm" },
  { iso6391: "or", iso6392b: "ori", iso6392t: "ori" },
  { iso6391: "os", iso6392b: "oss", iso6392t: "oss" },
  { iso6391: "pa", iso6392b: "pan", iso6392t: "pan" },
  { iso6391: "pi", iso6392b: "pli", iso6392t: "pli" },
  { iso6391: "pl", iso6392b: "pol", iso6392t: "pol" },
  { iso6391: "ps", iso6392b: "pus", iso6392t: "pus" },
  { iso6391: "pt", iso6392b: "por", iso6392t: "por" },
  { iso6391: "qu", iso6392b: "que", iso6392t: "que" },
  { iso6391: "rm", iso6392b: "roh", iso6392t: "roh" },
  { iso6391: "rn", iso6392b: "run", iso6392t: "run" },
  { iso6391: "ro", iso6392b: "rum", iso6392t: "ron" },
  { iso6391: "ru", iso6392b: "rus", iso6392t: "rus" },
  { iso6391: "rw", iso6392b: "kin", iso6392t: "kin" },
  { iso6391: "sa", iso6392b: "san", iso6392t: "san" },
  { iso6391: "sc", iso6392b: "srd", iso6392t: "srd" },
  { iso6391: "sd", iso6392b: "snd", iso6392t: "snd" },
  { iso6391: "se", iso6392b: "sme", iso6392t: "sme" },
  { iso6391: "sg", iso6392b: "sag", iso6392t: "sag" },
  { iso6391: "si", iso6392b: "sin", iso6392t: "sin" },
  { iso6391: "sk", iso6392b: "slo", iso6392t: "slk" },
  { iso6391: "sl", iso6392b: "slv", iso6392t: "slv" },
  { iso6391: "sm", iso6392b: "smo", iso6392t: "smo" },
  { iso6391: "sn", iso6392b: "sna", iso6392t: "sna" },
  { iso6391: "so", iso6392b: "som", iso6392t: "som" },
  { iso6391: "sq", iso6392b: "alb", iso6392t: "sqi" },
  { iso6391: "sr", iso6392b: "srp", iso6392t: "srp" },
  { iso6391: "ss", iso6392b: "ssw", iso6392t: "ssw" },
  { iso6391: "st", iso6392b: "sot", iso6392t: "sot" },
  { iso6391: "su", iso6392b: "sun", iso6392t: "sun" },
  { iso6391: "sv", iso6392b: "swe", iso6392t: "swe" },
  { iso6391: "sw", iso6392b: "swa", iso6392t: "swa" },
  { iso6391: "ta", iso6392b: "tam", iso6392t: "tam" },
  { iso6391: "te", iso6392b: "tel", iso6392t: "tel" },
  { iso6391: "tg", iso6392b: "tgk", iso6392t: "tgk" },
  { iso6391: "th", iso6392b: "tha", iso6392t: "tha" },
  { iso6391: "ti", iso6392b: "tir", iso6392t: "tir" },
  { iso6391: "tk", iso6392b: "tuk", iso6392t: "tuk" },
  { iso6391: "tl", iso6392b: "tgl", iso6392t: "tgl" },
  { iso6391: "tn", iso6392b: "tsn", iso6392t: "tsn" },
  { iso6391: "to", iso6392b: "ton", iso6392t: "ton" },
  { iso6391: "tr", iso6392b: "tur", iso6392t: "tur" },
  { iso6391: "ts", iso6392b: "tso", iso6392t: "tso" },
  { iso6391: "tt", iso6392b: "tat", iso6392t: "tat" },
  { iso6391: "tw", iso6392b: "twi", iso6392t: "twi" },
  { iso6391: "ty", iso6392b: "tah", iso6392t: "tah" },
  { iso6391: "ug", iso6392b: "uig", iso6392t: "uig" },
  { iso6391: "uk", iso6392b: "ukr", iso6392t: "ukr" },
  { iso6391: "ur", iso6392b: "urd", iso6392t: "urd" },
  { iso6391: "uz", iso6392b: "uzb", iso6392t: "uzb" },
  { iso6391: "ve", iso6392b: "ven", iso6392t: "ven" },
  { iso6391: "vi", iso6392b: "vie", iso6392t: "vie" },
  { iso6391: "vo", iso6392b: "vol", iso6392t: "vol" },
  { iso6391: "wa", iso6392b: "wln", iso6392t: "wln" },
  { iso6391: "wo", iso6392b: "wol", iso6392t: "wol" },
  { iso6391: "xh", iso6392b: "xho", iso6392t: "xho" },
  { iso6391: "yi", iso6392b: "yid", iso6392t: "yid" },
  { iso6391: "yo", iso6392b: "yor", iso6392t: "yor" },
  { iso6391: "za", iso6392b: "zha", iso6392t: "zha" },
  { iso6391: "zh", iso6392b: "chi", iso6392t: "zho" },
  { iso6391: "zu", iso6392b: "zul", iso6392t: "zul" }
];

// src/codes/language/language.codes.ts
var entries = Object.fromEntries(
  languageData.map((l) => [
    l.iso6391,
    { htcds: l.iso6392b === l.iso6392t ? [l.iso6392b] : [l.iso6392b, l.iso6392t] }
  ])
);
var language = defineCodeList("language", entries);

// src/codes/majority-status/majority-status.codes.ts
var majorityStatus = defineCodeList("majority_status", {
  child: { ctdc: ["Minor"], glotip: ["child"] },
  adult: { ctdc: ["Adult"], glotip: ["adult"] },
  unknown: { ctdc: ["-99"] }
});

// src/codes/marital-status/marital-status.codes.ts
var maritalStatus = defineCodeList("marital_status", {
  single: { htcds: ["Single"] },
  married: { htcds: ["Married"] },
  widowed: { htcds: ["Widowed"] },
  divorced: { htcds: ["Divorced"] },
  separated: { htcds: ["Separated"] },
  registered_partnership: { htcds: ["RegisteredPartnership"] }
});

// src/codes/means-of-control/means-of-control.codes.ts
var meansOfControl = defineCodeList("means_of_control", {
  debt_bondage: { htcds: ["DebtBondage"], ctdc: ["meansOfControlDebtBondage", "meansDebtBondageEarnings"] },
  takes_earnings: {
    htcds: ["TakesEarnings"],
    ctdc: ["meansOfControlTakesEarnings", "meansDebtBondageEarnings"]
  },
  restricts_financial_access: {
    htcds: ["RestrictsFinancialAccess"],
    ctdc: ["meansOfControlRestrictsFinancialAccess", "meansDenyBasicNeeds"]
  },
  threats: { htcds: ["PhysicalThreats"], ctdc: ["meansOfControlThreats", "meansThreats"] },
  threats_to_family: { htcds: ["ThreatensChildrenFamily"] },
  psychological_abuse: {
    htcds: ["PsychologicalAbuse"],
    ctdc: ["meansOfControlPsychologicalAbuse", "meansAbusePsyPhySex"]
  },
  physical_abuse: { htcds: ["PhysicalAbuse"], ctdc: ["meansOfControlPhysicalAbuse", "meansAbusePsyPhySex"] },
  sexual_abuse: { htcds: ["SexualAbuse"], ctdc: ["meansOfControlSexualAbuse", "meansAbusePsyPhySex"] },
  false_promises: { htcds: ["FalsePromises"], ctdc: ["meansOfControlFalsePromises", "meansFalsePromises"] },
  psychoactive_substances: {
    htcds: ["PsychoactiveSubstance"],
    ctdc: ["meansOfControlPsychoactiveSubstances", "meansDrugsAlcohol"]
  },
  restricts_movement: { ctdc: ["meansOfControlRestrictsMovement", "meansDenyBasicNeeds"] },
  restricts_medical_care: {
    htcds: ["RestrictsMedicalCare"],
    ctdc: ["meansOfControlRestrictsMedicalCare", "meansDenyBasicNeeds"]
  },
  excessive_working_hours: {
    htcds: ["ExcessiveWorkingHours"],
    ctdc: ["meansOfControlExcessiveWorkingHours", "meansExcessiveWorkHours"]
  },
  uses_children: { ctdc: ["meansOfControlUsesChildren", "meansThreats"] },
  threat_of_law_enforcement: {
    htcds: ["ThreatsLawEnforcement"],
    ctdc: ["meansOfControlThreatOfLawEnforcement", "meansThreats"]
  },
  withholds_necessities: {
    htcds: ["WithholdsNecessities"],
    ctdc: ["meansOfControlWithholdsNecessities", "meansDenyBasicNeeds"]
  },
  withholds_documents: {
    htcds: ["WithholdsDocuments"],
    ctdc: ["meansOfControlWithholdsDocuments", "meansWithholdDocs"]
  },
  other: { htcds: ["Other"], ctdc: ["meansOfControlOther"] }
});

// src/codes/migration-status/migration-status.codes.ts
var migrationStatus = defineCodeList("migration_status", {
  national: {},
  regular_migrant: {},
  irregular_migrant: {},
  asylum_seeker: {},
  refugee: {},
  stateless: {},
  internally_displaced: {},
  returnee: {},
  unknown: {}
});

// src/codes/organised-crime-involvement/organised-crime-involvement.codes.ts
var organisedCrimeInvolvement = defineCodeList("organised_crime_involvement", {
  none: {},
  individual: {},
  organised_criminal_group: {},
  transnational_network: {},
  unknown: {}
});

// src/codes/palermo-means/palermo-means.codes.ts
var palermoMeans = defineCodeList("palermo_means", {
  threat_of_force: {},
  use_of_force: {},
  other_coercion: {},
  abduction: { ctdc: ["isAbduction"] },
  fraud: {},
  deception: {},
  abuse_of_power: {},
  abuse_of_vulnerability: {},
  payments_to_controller: {}
});

// src/codes/penalty-type/penalty-type.codes.ts
var penaltyType = defineCodeList("penalty_type", {
  imprisonment: {},
  suspended_sentence: {},
  fine: {},
  community_service: {},
  asset_confiscation: {},
  deportation: {},
  other: {}
});

// src/codes/perpetrator-role/perpetrator-role.codes.ts
var perpetratorRole = defineCodeList("perpetrator_role", {
  travelling_partner: { htcds: ["TravellingPartner"] },
  transporter: { htcds: ["Transporter"] },
  recruiter_or_intermediary: { htcds: ["RecruiterOrIntermediary"] },
  broker_travel_agent: { htcds: ["BrokerTravelAgent"] },
  transferred_individual: { htcds: ["TransferredIndividual"] },
  harboured_individual: { htcds: ["HarbouredIndividual"] },
  sold_individual: { htcds: ["SoldIndividual"] },
  bought_individual: { htcds: ["BoughtIndividual"] },
  received_individual: { htcds: ["ReceivedIndividual"] },
  controlled_individual: { htcds: ["ControlledIndividual"] },
  smuggler: { htcds: ["Smuggler"] },
  abuser: { htcds: ["Abuser"] },
  kidnapper: { htcds: ["Kidnapper"] },
  exploiter: { htcds: ["Exploiter"] },
  organiser: {},
  financier: {},
  money_launderer: {},
  other: { htcds: ["Other"] }
});

// src/codes/place-role/place-role.codes.ts
var placeRole = defineCodeList("place_role", {
  recruitment: { htcds: ["Recruitment"] },
  transit: { htcds: ["Transit"] },
  exploitation: { htcds: ["Exploitation"] },
  identification: {}
});

// src/codes/platform/platform.codes.ts
var platform = defineCodeList("platform", {
  facebook: { htcds: ["Facebook"] },
  instagram: { htcds: ["Instagram"] },
  whatsapp: { htcds: ["WhatsApp"] },
  telegram: { htcds: ["Telegram"] },
  facebook_messenger: { htcds: ["FacebookMessenger"] },
  viber: { htcds: ["Viber"] },
  snapchat: { htcds: ["SnapChat"] },
  line: { htcds: ["Line"] },
  four_sale: { htcds: ["4Sale"] },
  wechat: { htcds: ["WeChat"] },
  qq: { htcds: ["QQ"] },
  qzone: { htcds: ["QZone"] },
  tiktok: { htcds: ["TikTok"] },
  twitter: { htcds: ["Twitter"] },
  online_classifieds: {},
  dating_app: {},
  job_portal: {},
  gaming_platform: {},
  adult_website: {},
  dark_web: {},
  other: { htcds: ["Other"] }
});

// src/codes/recruiter-relation/recruiter-relation.codes.ts
var recruiterRelation = defineCodeList("recruiter_relation", {
  intimate_partner: { ctdc: ["recruiterRelationIntimatePartner"] },
  friend: { ctdc: ["recruiterRelationFriend"] },
  family: { htcds: ["Familial"], ctdc: ["recruiterRelationFamily"] },
  acquaintance: { htcds: ["Acquainted"] },
  stranger: { htcds: ["Unaquainted"] },
  other: { ctdc: ["recruiterRelationOther"] },
  unknown: { ctdc: ["recruiterRelationUnknown"] }
});

// src/codes/recruitment-method/recruitment-method.codes.ts
var recruitmentMethod = defineCodeList("recruitment_method", {
  at_place_of_business: { htcds: ["AtAPlaceOfBusiness"] },
  at_educational_institution: { htcds: ["AtAnEducationalInstitution"] },
  at_work: { htcds: ["AtWork"] },
  online_social_networks: { htcds: ["ThroughOnlineSocialNetworks"] },
  online_advertisement: { htcds: ["ThroughAnOnlineAdvertisement"] },
  television_advertisement: { htcds: ["ThroughATelevisionAdvert"] },
  newspaper_advertisement: { htcds: ["ThroughANewspaperAdvert"] },
  family_or_family_events: { htcds: ["ThroughFamilyOrFamilyEvents"] },
  friends_or_social_events: { htcds: ["ThroughFriendsOrSocialEvents"] },
  other: { htcds: ["Other"] }
});

// src/codes/referral-reason/referral-reason.codes.ts
var referralReason = defineCodeList("referral_reason", {
  additional_services_required: { htcds: ["AdditionalServicesRequired"] },
  migration_or_change_of_location: { htcds: ["MigrationOrChangeOfLocation"] },
  safe_return: {},
  continued_assistance: {},
  criminal_proceedings: {},
  civil_proceedings: {},
  family_reunification: {},
  resettlement: {},
  other: { htcds: ["Other"] }
});

// src/codes/referral-status/referral-status.codes.ts
var referralStatus = defineCodeList("referral_status", {
  draft: {},
  sent: {},
  received: {},
  accepted: {},
  declined: {},
  in_progress: {},
  completed: {},
  withdrawn: {}
});

// src/codes/risk-level/risk-level.codes.ts
var riskLevel = defineCodeList("risk_level", {
  low: {},
  medium: {},
  high: {},
  unknown: {}
});

// src/codes/sex/sex.codes.ts
var sex = defineCodeList("sex", {
  female: { ctdc: ["Female", "Woman"], glotip: ["female"] },
  male: { ctdc: ["Male", "Man"], glotip: ["male"] },
  other: { ctdc: ["Trans/Transgender/NonConforming"] },
  unknown: { ctdc: ["-99"] }
});

// src/codes/sexual-exploitation-type/sexual-exploitation-type.codes.ts
var sexualExploitationType = defineCodeList("sexual_exploitation_type", {
  prostitution: { htcds: ["Prostitution"], ctdc: ["typeOfSexProstitution"] },
  pornography: { htcds: ["Pornography"], ctdc: ["typeOfSexPornography"] },
  remote_interactive_services: {
    htcds: ["RemoteInteractiveServices"],
    ctdc: ["typeOfSexRemoteInteractiveServices"]
  },
  private_sexual_services: { htcds: ["PrivateSexualServices"], ctdc: ["typeOfSexPrivateSexualServices"] }
});

// src/codes/technology-purpose/technology-purpose.codes.ts
var technologyPurpose = defineCodeList("technology_purpose", {
  recruitment: { htcds: ["vic_RecruitmentWebsitesAndApps"] },
  advertising_victims: {},
  communication_with_victim: {},
  control_and_surveillance: {},
  moving_proceeds: {},
  livestreaming_exploitation: {},
  exploitation: { htcds: ["vic_ExploitationWebsitesAndApps"] },
  prevention_and_identification: {},
  other: {}
});

// src/codes/tlp/tlp.codes.ts
var tlp = defineCodeList("tlp", {
  RED: {},
  "AMBER+STRICT": {},
  AMBER: {},
  GREEN: {},
  CLEAR: {}
});

// src/codes/traffick-duration/traffick-duration.codes.ts
var traffickDuration = defineCodeList("traffick_duration", {
  "0-12": { ctdc: ["0\u201312"] },
  "13-24": { ctdc: ["13\u201324"] },
  "25+": { ctdc: ["25+"] }
});

// src/codes/trm-stage/trm-stage.codes.ts
var trmStage = defineCodeList("trm_stage", {
  identification: {},
  first_assistance_and_protection: {},
  long_term_assistance_and_social_inclusion: {},
  return_and_social_inclusion: {},
  criminal_and_civil_proceedings: {}
});

// src/codes/verdict/verdict.codes.ts
var verdict = defineCodeList("verdict", {
  convicted: { glotip: ["convicted"] },
  acquitted: {},
  dismissed: {},
  pending: {},
  plea_agreement: {}
});

// src/codes/vulnerability-factor/vulnerability-factor.codes.ts
var vulnerabilityFactor = defineCodeList("vulnerability_factor", {
  addiction: { htcds: ["Addiction"] },
  social_group: { htcds: ["SocialGroup"] },
  discrimination: { htcds: ["Discrimination"] },
  poverty: { htcds: ["Poverty"] },
  disability_or_physical_health: { htcds: ["DisabilityAndPhysicalHealth"] },
  mental_health: { htcds: ["MentalHealth"] },
  migration: { htcds: ["Migration"] },
  homelessness: { htcds: ["Homelessness"] },
  social_media_abuse: { htcds: ["AbuseSocialMedia"] },
  physical_abuse: { htcds: ["AbusePhysical"] },
  limited_education: { htcds: ["Education"] },
  work_environment: { htcds: ["WorkEnvironment"] },
  environmental_change: {},
  natural_disaster_displacement: {},
  conflict_displacement: {},
  irregular_migration_status: {},
  unaccompanied_child: {},
  gender_based_violence: {},
  unemployment: {},
  family_dysfunction: {},
  indigenous_or_minority: {},
  other: {}
});

// src/codes/code-lists.ts
var CODE_LISTS = {
  sex,
  country,
  language,
  act,
  palermo_means: palermoMeans,
  means_of_control: meansOfControl,
  exploitation_form: exploitationForm,
  isic_section: isicSection,
  labour_sector: labourSector,
  sexual_exploitation_type: sexualExploitationType,
  recruitment_method: recruitmentMethod,
  recruiter_relation: recruiterRelation,
  platform,
  technology_purpose: technologyPurpose,
  vulnerability_factor: vulnerabilityFactor,
  migration_status: migrationStatus,
  ilo_indicator: iloIndicator,
  iccs_code: iccsCode,
  majority_status: majorityStatus,
  age_band: ageBand,
  traffick_duration: traffickDuration,
  gender,
  identification_status: identificationStatus,
  identification_authority: identificationAuthority,
  agency_type: agencyType,
  referral_reason: referralReason,
  trm_stage: trmStage,
  referral_status: referralStatus,
  assistance_service: assistanceService,
  tlp,
  perpetrator_role: perpetratorRole,
  criminal_justice_stage: criminalJusticeStage,
  verdict,
  penalty_type: penaltyType,
  case_status: caseStatus,
  marital_status: maritalStatus,
  education_level: educationLevel,
  place_role: placeRole,
  consent_purpose: consentPurpose,
  exchange_purpose: exchangePurpose,
  risk_level: riskLevel,
  asset_action: assetAction,
  organised_crime_involvement: organisedCrimeInvolvement,
  data_source: dataSource
};

// src/codes/country/country.convert.ts
var byAlpha2 = new Map(countryData.map((c) => [c.alpha2, c]));
var byAlpha3 = new Map(countryData.map((c) => [c.alpha3, c.alpha2]));
var byM49 = new Map(countryData.map((c) => [Number(c.m49), c.alpha2]));
function toAlpha2(input) {
  const value = input.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(value)) return country.has(value) ? value : void 0;
  if (/^[A-Z]{3}$/.test(value)) return byAlpha3.get(value);
  if (/^\d{1,3}$/.test(value.replace(/^0+(?=\d)/, ""))) return byM49.get(Number(value));
  return void 0;
}
function alpha3Of(code) {
  return byAlpha2.get(code)?.alpha3;
}
function m49Of(code) {
  return byAlpha2.get(code)?.m49;
}

// src/codes/country/country.oas-membership.ts
var CHARTER = "1948-04-30";
var FOUNDING_NOTE = "Signed the OAS Charter at Bogot\xE1 on 1948-04-30 (in force 1951-12-13); dated here from the signature.";
var DAY_UNVERIFIED = "Year of joining certain; day unverified (date the ratification was deposited).";
var OAS_MEMBERSHIP = {
  AG: [{ from: "1981-12-03", note: DAY_UNVERIFIED }],
  AR: [{ from: CHARTER, note: FOUNDING_NOTE }],
  BB: [{ from: "1967-11-15", note: DAY_UNVERIFIED }],
  BO: [{ from: CHARTER, note: FOUNDING_NOTE }],
  BR: [{ from: CHARTER, note: FOUNDING_NOTE }],
  BS: [{ from: "1982-03-03", note: DAY_UNVERIFIED }],
  BZ: [{ from: "1991-01-08", note: DAY_UNVERIFIED }],
  CA: [{ from: "1990-01-08", note: `Signed the Charter in November 1989. ${DAY_UNVERIFIED}` }],
  CL: [{ from: CHARTER, note: FOUNDING_NOTE }],
  CO: [{ from: CHARTER, note: FOUNDING_NOTE }],
  CR: [{ from: CHARTER, note: FOUNDING_NOTE }],
  CU: [
    {
      from: CHARTER,
      note: `${FOUNDING_NOTE} The government of Cuba was excluded from participation in the OAS in January 1962; the OAS General Assembly lifted that 1962 resolution in June 2009, but Cuba has not resumed participation. Cuba remains a member state.`
    }
  ],
  DM: [{ from: "1979-05-22", note: DAY_UNVERIFIED }],
  DO: [{ from: CHARTER, note: FOUNDING_NOTE }],
  EC: [{ from: CHARTER, note: FOUNDING_NOTE }],
  GD: [{ from: "1975-05-13", note: DAY_UNVERIFIED }],
  GT: [{ from: CHARTER, note: FOUNDING_NOTE }],
  GY: [{ from: "1991-01-08", note: DAY_UNVERIFIED }],
  HN: [
    {
      from: CHARTER,
      note: `${FOUNDING_NOTE} Suspended from participation under the Inter-American Democratic Charter from July 2009 to June 2011; membership continued.`
    }
  ],
  HT: [{ from: CHARTER, note: FOUNDING_NOTE }],
  JM: [{ from: "1969-06-20", note: DAY_UNVERIFIED }],
  KN: [{ from: "1984-03-16", note: DAY_UNVERIFIED }],
  LC: [{ from: "1979-05-22", note: DAY_UNVERIFIED }],
  MX: [{ from: CHARTER, note: FOUNDING_NOTE }],
  NI: [
    {
      from: CHARTER,
      to: "2023-11-19",
      note: `${FOUNDING_NOTE} Nicaragua denounced the Charter on 2021-11-19; the withdrawal took effect two years later, on 2023-11-19.`
    }
  ],
  PA: [{ from: CHARTER, note: FOUNDING_NOTE }],
  PE: [{ from: CHARTER, note: FOUNDING_NOTE }],
  PY: [{ from: CHARTER, note: FOUNDING_NOTE }],
  SR: [{ from: "1977-02-22", note: DAY_UNVERIFIED }],
  SV: [{ from: CHARTER, note: FOUNDING_NOTE }],
  TT: [{ from: "1967-03-17", note: DAY_UNVERIFIED }],
  US: [{ from: CHARTER, note: FOUNDING_NOTE }],
  UY: [{ from: CHARTER, note: FOUNDING_NOTE }],
  VC: [{ from: "1981-12-03", note: DAY_UNVERIFIED }],
  VE: [
    {
      from: CHARTER,
      note: `${FOUNDING_NOTE} Disputed: the Maduro government denounced the Charter in April 2017, to take effect in April 2019; that month the OAS Permanent Council accepted a representative named by the National Assembly, which held the denunciation void. The OAS's own list of member states still includes Venezuela, so it is kept as a member here.`
    }
  ]
};
var ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
function isOasMember(code, onDate) {
  if (!ISO_DATE.test(onDate)) throw new RangeError(`isOasMember: "${onDate}" is not a YYYY-MM-DD date`);
  const periods = OAS_MEMBERSHIP[code] ?? [];
  return periods.some((p) => p.from <= onDate && (p.to === void 0 || onDate < p.to));
}

// src/codes/language/language.convert.ts
var byIso6391 = new Map(languageData.map((l) => [l.iso6391, l]));
var byIso6392 = new Map(
  languageData.flatMap((l) => [
    [l.iso6392b, l.iso6391],
    [l.iso6392t, l.iso6391]
  ])
);
function toIso6391(input) {
  const value = input.trim().toLowerCase();
  if (/^[a-z]{2}$/.test(value)) return byIso6391.get(value)?.iso6391;
  if (/^[a-z]{3}$/.test(value)) return byIso6392.get(value);
  return void 0;
}

// src/codes/age-band/age-band.derive.ts
var BANDS = ageBand.codes.map((code) => {
  const closed = /^(\d+)-(\d+)$/.exec(code);
  if (closed) return { code, min: Number(closed[1]), max: Number(closed[2]) };
  const open = /^(\d+)\+$/.exec(code);
  if (open) return { code, min: Number(open[1]), max: Number.POSITIVE_INFINITY };
  throw new Error(`age_band code ${code} is neither "min-max" nor "min+"`);
});
function ageBandOf(age) {
  if (!Number.isFinite(age) || age < 0) return void 0;
  const years = Math.floor(age);
  return BANDS.find((band) => years >= band.min && years <= band.max)?.code;
}
var CLOSED_TEXT = /^\s*(\d+)\s*(?:--|-|–|—)\s*(\d+)\s*$/u;
var OPEN_TEXT = /^\s*(\d+)\s*\+\s*$/u;
function parseAgeBand(text) {
  const closed = CLOSED_TEXT.exec(text);
  const open = closed ? null : OPEN_TEXT.exec(text);
  let candidate;
  if (closed) candidate = `${Number(closed[1])}-${Number(closed[2])}`;
  else if (open) candidate = `${Number(open[1])}+`;
  return candidate !== void 0 && ageBand.has(candidate) ? candidate : void 0;
}
var ISO_DATE2 = /^(\d{4})-(\d{2})-(\d{2})$/;
function isLeapYear(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
function daysInMonth(year, month) {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function parseIsoDate(text) {
  const match = ISO_DATE2.exec(text);
  if (!match) return void 0;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
  return [year, month, day];
}
function ageInYears(birthDate, onDate) {
  const birth = parseIsoDate(birthDate);
  const on = parseIsoDate(onDate);
  if (birth === void 0 || on === void 0) return Number.NaN;
  const [birthYear, birthMonth, birthDay] = birth;
  const [year, month, day] = on;
  const beforeBirthday = month < birthMonth || month === birthMonth && day < birthDay;
  return year - birthYear - (beforeBirthday ? 1 : 0);
}

// src/codes/majority-status/majority-status.derive.ts
var AGE_OF_MAJORITY = 18;
function majorityStatusOfAge(age) {
  if (age === void 0 || !Number.isFinite(age) || age < 0) return "unknown";
  return age < AGE_OF_MAJORITY ? "child" : "adult";
}

// src/codes/referral-status/referral-status.transitions.ts
var REFERRAL_TRANSITIONS = {
  draft: ["sent", "withdrawn"],
  sent: ["received", "withdrawn"],
  received: ["accepted", "declined"],
  accepted: ["in_progress", "completed", "withdrawn"],
  in_progress: ["completed", "withdrawn"],
  declined: [],
  completed: [],
  withdrawn: []
};
function isAllowedTransition(from, to) {
  if (!referralStatus.has(from) || !referralStatus.has(to)) return false;
  return REFERRAL_TRANSITIONS[from].includes(to);
}
function isReachableHistory(statuses) {
  for (let i = 0; i < statuses.length; i++) {
    const status = statuses[i];
    if (i === 0 ? status !== "draft" : !isAllowedTransition(statuses[i - 1], status)) return i;
  }
  return -1;
}

// src/common/consent.ts
import { z as z5 } from "zod";

// src/meta/registry.ts
import { z as z2 } from "zod";
var tipRegistry = z2.registry();
var pending = /* @__PURE__ */ new WeakMap();
function field(schema, annotation) {
  const copy = schema.clone();
  pending.set(copy, annotation);
  return copy;
}
function annotationOf(schema) {
  let current = schema;
  for (; ; ) {
    const annotation = pending.get(current);
    if (annotation) return annotation;
    if (current instanceof z2.ZodOptional || current instanceof z2.ZodNullable) current = current.unwrap();
    else return void 0;
  }
}
var modelObjects = /* @__PURE__ */ new Map();
function defineObject(name, shape) {
  for (const [key, schema] of Object.entries(shape)) {
    const annotation = annotationOf(schema);
    if (!annotation) throw new Error(`Field ${name}.${key} has no metadata: wrap it in field()`);
    tipRegistry.add(schema, { ...annotation, field: `${name}.${key}` });
  }
  const object = z2.strictObject(shape);
  modelObjects.set(name, object);
  return object;
}

// src/common/code-field.ts
import { z as z3 } from "zod";
function oneCode(list, annotation) {
  return field(list.schema, { ...annotation, codeList: list.id });
}
function manyCodes(list, annotation) {
  return field(z3.array(list.schema), { ...annotation, codeList: list.id });
}

// src/common/primitives.ts
import { z as z4 } from "zod";
var IsoDate = z4.iso.date();
var PartialDate = z4.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "Expected YYYY, YYYY-MM or YYYY-MM-DD");
var IsoDateTime = z4.iso.datetime({ offset: true });
var Uuid = z4.uuid();
var Year = z4.int().min(1900).max(2100);
var Age = z4.int().min(0).max(130);
var Count = z4.int().min(0);
var CurrencyCode = z4.string().regex(/^[A-Z]{3}$/, "Expected an ISO 4217 currency code");
var PhoneE164 = z4.string().regex(/^\+[1-9]\d{6,14}$/, "Expected an E.164 phone number");
var Email = z4.email();
var Url = z4.url({ protocol: /^https?$/ });
var ShortText = z4.string().min(1).max(500);
var LongText = z4.string().min(1).max(2e4);
var Latitude = z4.number().min(-90).max(90);
var Longitude = z4.number().min(-180).max(180);

// src/common/consent.ts
var informed = () => field(z5.boolean().optional(), { pii: "none" });
var ConsentRecord = defineObject("consent", {
  id: field(Uuid, { pii: "none" }),
  given: field(z5.boolean(), { pii: "none", mappings: { htcds: ["con_Consent"] } }),
  givenOn: field(IsoDate.optional(), { pii: "quasi" }),
  purposes: manyCodes(consentPurpose, { pii: "none" }),
  recipientAgencyIds: field(z5.array(Uuid).optional(), { pii: "none" }),
  recipientCountries: manyCodes(country, { pii: "none" }).optional(),
  recordedByAgencyId: field(Uuid.optional(), { pii: "none" }),
  expiresOn: field(IsoDate.optional(), { pii: "none" }),
  withdrawnOn: field(IsoDate.optional(), { pii: "quasi" }),
  informedOfPurpose: informed(),
  informedOfDataUse: informed(),
  informedOfResearchUse: informed(),
  informedOfRightOfAccess: informed(),
  informedOfRetention: informed(),
  informedOfWithdrawal: informed()
});

// src/common/criminal-justice.ts
import { z as z6 } from "zod";
var Charge = defineObject("charge", {
  iccs: oneCode(iccsCode, { pii: "none", mappings: { iccs: ["ICCS v1.0"] } }),
  legalProvision: field(ShortText.optional(), { pii: "none" }),
  chargedOn: field(IsoDate.optional(), { pii: "quasi" })
});
var Penalty = defineObject("penalty", {
  type: oneCode(penaltyType, { pii: "quasi" }),
  months: field(z6.number().min(0).max(1200).optional(), { pii: "quasi" }),
  amount: field(z6.number().min(0).optional(), { pii: "quasi" }),
  currency: field(CurrencyCode.optional(), { pii: "none" }),
  suspended: field(z6.boolean().optional(), { pii: "quasi" })
});
var Proceedings = defineObject("proceedings", {
  stage: oneCode(criminalJusticeStage, { pii: "quasi", mappings: { glotip: ["criminal justice stage"] } }),
  charges: field(z6.array(Charge).optional(), { pii: "quasi" }),
  courtCaseNumber: field(ShortText.optional(), { pii: "quasi" }),
  prosecutionStartedOn: field(IsoDate.optional(), { pii: "quasi" }),
  verdict: oneCode(verdict, { pii: "quasi" }).optional(),
  verdictDate: field(IsoDate.optional(), { pii: "quasi" }),
  penalties: field(z6.array(Penalty).optional(), { pii: "quasi" })
});

// src/common/external-id.ts
import { z as z7 } from "zod";
var ExternalId = defineObject("externalId", {
  system: field(z7.string().min(1).max(200), { pii: "none" }),
  value: field(z7.string().min(1).max(200), { pii: "direct" })
});

// src/common/place.ts
function definePlace(name, htcdsPrefix, personal) {
  const area = personal ? "quasi" : "none";
  const exact = personal ? "direct" : "none";
  const htcds = (part) => ({ htcds: [`${htcdsPrefix}${part}`] });
  return defineObject(name, {
    country: oneCode(country, { pii: area, mappings: htcds("Country") }).optional(),
    region: field(ShortText.optional(), { pii: area, mappings: htcds("State") }),
    city: field(ShortText.optional(), { pii: area, mappings: htcds("City") }),
    street: field(ShortText.optional(), { pii: exact, mappings: htcds("Street") }),
    postalCode: field(ShortText.optional(), { pii: area, mappings: htcds("PostalCode") }),
    latitude: field(Latitude.optional(), { pii: exact, mappings: htcds("Latitude") }),
    longitude: field(Longitude.optional(), { pii: exact, mappings: htcds("Longitude") })
  });
}
var PersonAddress = definePlace("personAddress", "prs_Mailing", true);
var EventPlace = definePlace("eventPlace", "hte_", true);
var AgencyAddress = definePlace("agencyAddress", "org_Shipping", false);

// src/common/technology-use.ts
var TechnologyUse = defineObject("technologyUse", {
  purpose: oneCode(technologyPurpose, { pii: "none" }),
  platform: oneCode(platform, { pii: "none" }).optional(),
  detail: field(ShortText.optional(), { pii: "sensitive" })
});

// src/entities/agency/agency.schema.ts
import { z as z11 } from "zod";

// src/common/record-base.ts
import { z as z9 } from "zod";

// src/common/extensions.ts
import { z as z8 } from "zod";
var Extensions = z8.record(
  z8.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, "Extension namespaces are lower-case identifiers"),
  z8.record(z8.string(), z8.unknown())
);

// src/common/record-base.ts
function recordBase(recordType) {
  return {
    recordType: field(z9.literal(recordType), { pii: "none" }),
    id: field(Uuid, { pii: "none" }),
    externalIds: field(z9.array(ExternalId).optional(), { pii: "direct" }),
    createdAt: field(IsoDateTime.optional(), { pii: "none" }),
    updatedAt: field(IsoDateTime.optional(), { pii: "none" }),
    extensions: field(Extensions.optional(), { pii: "sensitive" })
  };
}

// src/entities/agency/contact-point.ts
import { z as z10 } from "zod";
var ContactPoint = defineObject("contactPoint", {
  name: field(ShortText.optional(), { pii: "direct" }),
  role: field(ShortText.optional(), { pii: "none" }),
  email: field(Email.optional(), { pii: "direct" }),
  phone: field(PhoneE164.optional(), { pii: "direct" }),
  languages: manyCodes(language, { pii: "none" }).optional(),
  available24h: field(z10.boolean().optional(), { pii: "none" })
});

// src/entities/agency/agency.schema.ts
var Agency = defineObject("agency", {
  ...recordBase("agency"),
  name: field(ShortText, { pii: "none", mappings: { htcds: ["org_Name"] } }),
  alternateName: field(ShortText.optional(), { pii: "none" }),
  description: field(LongText.optional(), { pii: "none" }),
  types: manyCodes(agencyType, { pii: "none", mappings: { htcds: ["org_Type"] } }),
  country: oneCode(country, { pii: "none" }),
  address: field(AgencyAddress.optional(), { pii: "none" }),
  phone: field(PhoneE164.optional(), { pii: "none", mappings: { htcds: ["org_Phone"] } }),
  email: field(Email.optional(), { pii: "none" }),
  website: field(Url.optional(), { pii: "none" }),
  services: manyCodes(assistanceService, { pii: "none" }).optional(),
  languages: manyCodes(language, { pii: "none" }).optional(),
  areasServed: manyCodes(country, { pii: "none" }).optional(),
  contactPoints: field(z11.array(ContactPoint).optional(), { pii: "direct" }),
  parentAgencyId: field(Uuid.optional(), { pii: "none" }),
  legalStatus: field(ShortText.optional(), { pii: "none" }),
  hotline: field(z11.boolean().optional(), { pii: "none" })
});

// src/entities/bundle/bundle.schema.ts
import { z as z19 } from "zod";

// src/entities/case/case.schema.ts
import { z as z13 } from "zod";

// src/entities/case/case-comment.ts
var CaseComment = defineObject("caseComment", {
  date: field(IsoDate.optional(), { pii: "quasi" }),
  authorAgencyId: field(Uuid.optional(), { pii: "none" }),
  text: field(LongText, { pii: "direct", mappings: { htcds: ["cco_CaseComment"] } })
});

// src/entities/case/financial-investigation.ts
import { z as z12 } from "zod";
var AssetAction = defineObject("assetAction", {
  action: oneCode(assetAction, { pii: "none" }),
  value: field(z12.number().min(0).optional(), { pii: "none" }),
  currency: field(CurrencyCode.optional(), { pii: "none" }),
  date: field(IsoDate.optional(), { pii: "none" })
});
var FinancialInvestigation = defineObject("financialInvestigation", {
  opened: field(z12.boolean(), { pii: "none" }),
  openedOn: field(IsoDate.optional(), { pii: "none" }),
  moneyLaunderingCharged: field(z12.boolean().optional(), { pii: "none" }),
  assetActions: field(z12.array(AssetAction).optional(), { pii: "none" })
});

// src/entities/case/trafficking-event.ts
var TraffickingEvent = defineObject("traffickingEvent", {
  role: oneCode(placeRole, { pii: "quasi", mappings: { htcds: ["hte_Type"] } }),
  place: field(EventPlace.optional(), { pii: "quasi" }),
  date: field(PartialDate.optional(), { pii: "quasi", mappings: { htcds: ["hte_Date"] } }),
  endDate: field(PartialDate.optional(), { pii: "quasi" }),
  description: field(LongText.optional(), { pii: "sensitive", mappings: { htcds: ["hte_Description"] } })
});

// src/entities/case/case.schema.ts
var Case = defineObject("case", {
  ...recordBase("case"),
  status: oneCode(caseStatus, { pii: "none", mappings: { htcds: ["cas_Status"] } }).optional(),
  closureReason: field(LongText.optional(), { pii: "sensitive", mappings: { htcds: ["cas_ReasonForCaseClosure"] } }),
  caseOwner: field(ShortText.optional(), { pii: "direct", mappings: { htcds: ["cas_CaseOwner"] } }),
  openedOn: field(IsoDate.optional(), { pii: "quasi" }),
  closedOn: field(IsoDate.optional(), { pii: "quasi" }),
  acts: manyCodes(act, { pii: "sensitive", mappings: { ictip: ["act"] } }).optional(),
  means: manyCodes(palermoMeans, { pii: "sensitive", mappings: { ictip: ["means"] } }).optional(),
  purposes: manyCodes(exploitationForm, { pii: "sensitive", mappings: { ictip: ["purpose of exploitation"] } }).optional(),
  iccsCodes: manyCodes(iccsCode, { pii: "none", mappings: { iccs: ["0204"] } }).optional(),
  relatedOffences: manyCodes(iccsCode, { pii: "none", mappings: { iccs: ["ICCS v1.0"] } }).optional(),
  events: field(z13.array(TraffickingEvent).optional(), { pii: "quasi" }),
  transnational: field(z13.boolean().optional(), { pii: "none" }),
  organisedCrime: oneCode(organisedCrimeInvolvement, { pii: "none" }).optional(),
  technologyUses: field(z13.array(TechnologyUse).optional(), { pii: "sensitive" }),
  financialInvestigation: field(FinancialInvestigation.optional(), { pii: "none" }),
  proceedings: field(Proceedings.optional(), { pii: "quasi" }),
  victimIds: field(z13.array(Uuid).optional(), { pii: "none" }),
  perpetratorIds: field(z13.array(Uuid).optional(), { pii: "none" }),
  reportingAgencyIds: field(z13.array(Uuid).optional(), { pii: "none", mappings: { ictip: ["reporting entity"] } }),
  leadAgencyId: field(Uuid.optional(), { pii: "none" }),
  comments: field(z13.array(CaseComment).optional(), { pii: "direct" })
});

// src/entities/perpetrator/perpetrator.schema.ts
import { z as z14 } from "zod";
var VictimRelation = defineObject("victimRelation", {
  victimId: field(Uuid, { pii: "none" }),
  relation: oneCode(recruiterRelation, { pii: "sensitive" })
});
var Perpetrator = defineObject("perpetrator", {
  ...recordBase("perpetrator"),
  caseIds: field(z14.array(Uuid).optional(), { pii: "none" }),
  givenName: field(ShortText.optional(), { pii: "direct" }),
  familyName: field(ShortText.optional(), { pii: "direct" }),
  alias: field(ShortText.optional(), { pii: "direct" }),
  sex: oneCode(sex, { pii: "quasi", mappings: { glotip: ["sex"] } }).optional(),
  gender: oneCode(gender, { pii: "quasi" }).optional(),
  birthYear: field(Year.optional(), { pii: "quasi" }),
  age: field(Age.optional(), { pii: "quasi" }),
  citizenships: manyCodes(country, { pii: "quasi", mappings: { glotip: ["citizenship"] } }).optional(),
  roles: manyCodes(perpetratorRole, { pii: "sensitive", mappings: { htcds: ["per_RoleInProcess"] } }).optional(),
  roleDetails: field(LongText.optional(), { pii: "sensitive", mappings: { htcds: ["per_RoleDetails"] } }),
  isLegalPerson: field(z14.boolean().optional(), { pii: "none" }),
  victimRelations: field(z14.array(VictimRelation).optional(), { pii: "sensitive" }),
  organisedCrime: oneCode(organisedCrimeInvolvement, { pii: "sensitive" }).optional(),
  proceedings: field(Proceedings.optional(), { pii: "sensitive" })
});

// src/entities/referral/referral.schema.ts
import { z as z16 } from "zod";

// src/entities/referral/referral-parts.ts
import { z as z15 } from "zod";
var ReferralParty = defineObject("referralParty", {
  agencyId: field(Uuid, { pii: "none" }),
  country: oneCode(country, { pii: "none" }),
  caseWorker: field(ShortText.optional(), { pii: "direct" })
});
var RiskAssessment = defineObject("riskAssessment", {
  conductedOn: field(IsoDate, { pii: "quasi" }),
  level: oneCode(riskLevel, { pii: "sensitive" }),
  jointWithOrigin: field(z15.boolean().optional(), { pii: "none" }),
  assessingAgencyIds: field(z15.array(Uuid).optional(), { pii: "none" }),
  lifeOrSafetyRisk: field(z15.boolean().optional(), { pii: "sensitive" }),
  summary: field(LongText.optional(), { pii: "sensitive" })
});
var StatusChange = defineObject("statusChange", {
  status: oneCode(referralStatus, { pii: "none" }),
  at: field(IsoDateTime, { pii: "none" }),
  byAgencyId: field(Uuid.optional(), { pii: "none" }),
  note: field(LongText.optional(), { pii: "sensitive" })
});

// src/entities/referral/referral.schema.ts
var Referral = defineObject("referral", {
  ...recordBase("referral"),
  victimId: field(Uuid, { pii: "none" }),
  caseId: field(Uuid.optional(), { pii: "none" }),
  from: field(ReferralParty, {
    pii: "none",
    mappings: { htcds: ["cas_ReferringOrganisation", "cas_ReferringPrimaryCaseWorker"] }
  }),
  to: field(ReferralParty, {
    pii: "none",
    mappings: { htcds: ["cas_ReferredOrganisation", "cas_ReferredPrimaryCaseWorker"] }
  }),
  crossBorder: field(z16.boolean(), { pii: "none" }),
  reasons: manyCodes(referralReason, {
    pii: "sensitive",
    mappings: { htcds: ["cas_ReasonForOutgoingReferral", "cas_ReasonForIncomingReferral"] }
  }).optional(),
  details: field(LongText.optional(), {
    pii: "sensitive",
    mappings: { htcds: ["cas_OutgoingReferralDetails", "cas_IncomingReferralDetails"] }
  }),
  trmStage: oneCode(trmStage, { pii: "none" }).optional(),
  servicesRequested: manyCodes(assistanceService, { pii: "sensitive" }).optional(),
  consentId: field(Uuid.optional(), { pii: "none" }),
  riskAssessment: field(RiskAssessment.optional(), { pii: "sensitive" }),
  sentOn: field(IsoDate.optional(), { pii: "quasi", mappings: { htcds: ["cas_OutgoingReferralDate"] } }),
  receivedOn: field(IsoDate.optional(), { pii: "quasi", mappings: { htcds: ["cas_IncomingReferralDate"] } }),
  plannedArrivalOn: field(IsoDate.optional(), { pii: "quasi" }),
  reflectionPeriodDays: field(z16.int().min(0).max(3650).optional(), { pii: "none" }),
  status: oneCode(referralStatus, { pii: "none" }),
  statusHistory: field(z16.array(StatusChange).optional(), { pii: "none" })
});

// src/entities/victim/victim.schema.ts
import { z as z18 } from "zod";

// src/entities/victim/assistance.ts
var AssistanceRecord = defineObject("assistance", {
  service: oneCode(assistanceService, { pii: "sensitive", mappings: { htcds: ["spl_Type"] } }),
  providerAgencyId: field(Uuid.optional(), { pii: "none" }),
  objectives: field(LongText.optional(), { pii: "sensitive", mappings: { htcds: ["spl_Objectives"] } }),
  actionPlan: field(LongText.optional(), { pii: "sensitive", mappings: { htcds: ["spl_ActionPlan"] } }),
  startDate: field(IsoDate.optional(), { pii: "quasi" }),
  plannedEndDate: field(IsoDate.optional(), { pii: "quasi", mappings: { htcds: ["spl_PlannedEndDate"] } }),
  actualEndDate: field(IsoDate.optional(), { pii: "quasi", mappings: { htcds: ["spl_ActualEndDate"] } })
});

// src/entities/victim/exploitation.ts
import { z as z17 } from "zod";
var Exploitation = defineObject("exploitation", {
  forms: manyCodes(exploitationForm, {
    pii: "sensitive",
    mappings: {
      htcds: ["vic_TypeOfExploitation"],
      ctdc: [
        "isForcedLabour",
        "isSexualExploit",
        "isOtherExploit",
        "isSexAndLabour",
        "isForcedMarriage",
        "isForcedMilitary",
        "isOrganRemoval",
        "isSlaveryAndPractices",
        "typeOfExploitConcatenated"
      ],
      ictip: ["purpose of exploitation"]
    }
  }).optional(),
  acts: manyCodes(act, { pii: "sensitive", mappings: { ictip: ["act"] } }).optional(),
  palermoMeans: manyCodes(palermoMeans, { pii: "sensitive", mappings: { ictip: ["means"] } }).optional(),
  meansOfControl: manyCodes(meansOfControl, {
    pii: "sensitive",
    mappings: {
      htcds: ["vic_MethodsOfControl", "vic_Methods_of_Control"],
      ctdc: [
        "meansOfControlDebtBondage",
        "meansOfControlTakesEarnings",
        "meansOfControlRestrictsFinancialAccess",
        "meansOfControlThreats",
        "meansOfControlPsychologicalAbuse",
        "meansOfControlPhysicalAbuse",
        "meansOfControlSexualAbuse",
        "meansOfControlFalsePromises",
        "meansOfControlPsychoactiveSubstances",
        "meansOfControlRestrictsMovement",
        "meansOfControlRestrictsMedicalCare",
        "meansOfControlExcessiveWorkingHours",
        "meansOfControlUsesChildren",
        "meansOfControlThreatOfLawEnforcement",
        "meansOfControlWithholdsNecessities",
        "meansOfControlWithholdsDocuments",
        "meansOfControlOther",
        "meansOfControlNotSpecified",
        "meansOfControlConcatenated",
        "meansDebtBondageEarnings",
        "meansThreats",
        "meansAbusePsyPhySex",
        "meansFalsePromises",
        "meansDrugsAlcohol",
        "meansDenyBasicNeeds",
        "meansExcessiveWorkHours",
        "meansWithholdDocs"
      ]
    }
  }).optional(),
  labourIndustry: oneCode(isicSection, { pii: "sensitive", mappings: { htcds: ["vic_ForcedLabourIndustry"] } }).optional(),
  labourSectors: manyCodes(labourSector, {
    pii: "sensitive",
    mappings: {
      ctdc: [
        "typeOfLabourAgriculture",
        "typeOfLabourAquafarming",
        "typeOfLabourBegging",
        "typeOfLabourConstruction",
        "typeOfLabourDomesticWork",
        "typeOfLabourHospitality",
        "typeOfLabourIllicitActivities",
        "typeOfLabourManufacturing",
        "typeOfLabourMiningOrDrilling",
        "typeOfLabourPeddling",
        "typeOfLabourTransportation",
        "typeOfLabourOther",
        "typeOfLabourNotSpecified",
        "typeOfLabourConcatenated"
      ]
    }
  }).optional(),
  sexualExploitationTypes: manyCodes(sexualExploitationType, {
    pii: "sensitive",
    mappings: {
      htcds: ["vic_TypeOfSexExploitation"],
      ctdc: [
        "typeOfSexProstitution",
        "typeOfSexPornography",
        "typeOfSexRemoteInteractiveServices",
        "typeOfSexPrivateSexualServices",
        "typeOfSexConcatenated"
      ]
    }
  }).optional(),
  countriesOfExploitation: manyCodes(country, { pii: "quasi", mappings: { ctdc: ["CountryOfExploitation"] } }).optional(),
  recruitmentDate: field(PartialDate.optional(), { pii: "quasi" }),
  startDate: field(PartialDate.optional(), { pii: "quasi" }),
  endDate: field(PartialDate.optional(), { pii: "quasi" }),
  duration: oneCode(traffickDuration, { pii: "quasi", mappings: { ctdc: ["traffickMonths"] } }).optional(),
  recruitmentMethods: manyCodes(recruitmentMethod, {
    pii: "sensitive",
    mappings: { htcds: ["vic_MethodOfRecruitment"] }
  }).optional(),
  recruitmentPlatforms: manyCodes(platform, {
    pii: "sensitive",
    mappings: { htcds: ["vic_RecruitmentWebsitesAndApps"] }
  }).optional(),
  exploitationPlatforms: manyCodes(platform, {
    pii: "sensitive",
    mappings: { htcds: ["vic_ExploitationWebsitesAndApps"] }
  }).optional(),
  technologyUses: field(z17.array(TechnologyUse).optional(), { pii: "sensitive" }),
  isAbduction: field(z17.boolean().optional(), { pii: "sensitive", mappings: { ctdc: ["isAbduction"] } }),
  recruiterRelations: manyCodes(recruiterRelation, {
    pii: "sensitive",
    mappings: {
      htcds: ["vic_RelationshipToTrafficker"],
      ctdc: [
        "RecruiterRelationship",
        "recruiterRelationIntimatePartner",
        "recruiterRelationFriend",
        "recruiterRelationFamily",
        "recruiterRelationOther",
        "recruiterRelationUnknown"
      ]
    }
  }).optional(),
  recruitmentLocation: field(ShortText.optional(), {
    pii: "quasi",
    mappings: { htcds: ["vic_LocationOfRecruitment"] }
  }),
  exploitationLocation: field(ShortText.optional(), {
    pii: "quasi",
    mappings: { htcds: ["vic_LocationOfExploitation"] }
  })
});

// src/entities/victim/identification.ts
var Identification = defineObject("identification", {
  status: oneCode(identificationStatus, { pii: "sensitive", mappings: { htcds: ["vic_TraffickingStatus"] } }),
  authority: oneCode(identificationAuthority, {
    pii: "none",
    mappings: {
      htcds: ["vic_TraffickingStatusDecisionMakingOrg", "vic_TraffickinStatusDecisionMakingOrg"]
    }
  }).optional(),
  agencyId: field(Uuid.optional(), { pii: "none" }),
  date: field(IsoDate.optional(), { pii: "quasi" }),
  country: oneCode(country, { pii: "quasi" }).optional(),
  indicatorsObserved: manyCodes(iloIndicator, { pii: "sensitive" }).optional()
});

// src/entities/victim/victim.schema.ts
var personalText = (htcds) => field(ShortText.optional(), { pii: "direct", mappings: { htcds } });
var Victim = defineObject("victim", {
  ...recordBase("victim"),
  caseIds: field(z18.array(Uuid).optional(), { pii: "none" }),
  salutation: personalText(["prs_Salutation"]),
  givenName: personalText(["prs_FirstName", "prs_First_Name"]),
  middleName: personalText(["prs_MiddleName"]),
  familyName: personalText(["prs_SecondName", "prs_Second_Name"]),
  title: personalText(["prs_Title"]),
  birthDate: field(IsoDate.optional(), { pii: "quasi", mappings: { htcds: ["prs_Birthdate"] } }),
  birthYear: field(Year.optional(), { pii: "quasi" }),
  ageAtIdentification: field(Age.optional(), { pii: "quasi" }),
  ageAtExploitation: field(Age.optional(), { pii: "quasi", mappings: { htcds: ["vic_AgeWhenTrafficked"] } }),
  ageBand: oneCode(ageBand, { pii: "quasi", mappings: { ctdc: ["ageBroad"] } }).optional(),
  majorityStatus: oneCode(majorityStatus, { pii: "quasi", mappings: { ctdc: ["majorityStatus"] } }).optional(),
  majorityStatusAtExploitation: oneCode(majorityStatus, {
    pii: "quasi",
    mappings: { ctdc: ["majorityStatusAtExploit"] }
  }).optional(),
  majorityStatusAtEntry: oneCode(majorityStatus, { pii: "quasi", mappings: { ctdc: ["majorityEntry"] } }).optional(),
  sex: oneCode(sex, { pii: "quasi", mappings: { glotip: ["sex"] } }).optional(),
  gender: oneCode(gender, { pii: "quasi", mappings: { htcds: ["prs_Gender"], ctdc: ["gender"] } }).optional(),
  deceased: field(z18.boolean().optional(), { pii: "sensitive", mappings: { htcds: ["prs_Deceased"] } }),
  maritalStatus: oneCode(maritalStatus, { pii: "quasi", mappings: { htcds: ["prs_MaritalStatus"] } }).optional(),
  numberOfChildren: field(Count.optional(), { pii: "quasi", mappings: { htcds: ["prs_NumberOfChildren"] } }),
  primaryLanguage: oneCode(language, { pii: "quasi", mappings: { htcds: ["prs_PrimaryLanguage"] } }).optional(),
  otherLanguages: manyCodes(language, { pii: "quasi", mappings: { htcds: ["prs_SecondaryLanguage"] } }).optional(),
  educationLevel: oneCode(educationLevel, {
    pii: "quasi",
    mappings: { htcds: ["prs_HighestLevelOfEducation"] }
  }).optional(),
  citizenships: manyCodes(country, {
    pii: "quasi",
    mappings: { htcds: ["prs_Citizenship"], ctdc: ["citizenship"], glotip: ["citizenship"] }
  }).optional(),
  stateless: field(z18.boolean().optional(), { pii: "quasi" }),
  migrationStatus: oneCode(migrationStatus, { pii: "sensitive" }).optional(),
  vulnerabilityFactors: manyCodes(vulnerabilityFactor, {
    pii: "sensitive",
    mappings: { htcds: ["vic_Vulnerabilities"] }
  }).optional(),
  identityNumber: personalText(["prs_IdentityNumber"]),
  email: field(Email.optional(), { pii: "direct", mappings: { htcds: ["prs_Email"] } }),
  homePhone: field(PhoneE164.optional(), { pii: "direct", mappings: { htcds: ["prs_HomePhone"] } }),
  mobilePhone: field(PhoneE164.optional(), { pii: "direct", mappings: { htcds: ["prs_MobilePhone"] } }),
  address: field(PersonAddress.optional(), { pii: "direct" }),
  identification: field(Identification.optional(), { pii: "sensitive" }),
  exploitation: field(Exploitation.optional(), { pii: "sensitive" }),
  assistance: field(z18.array(AssistanceRecord).optional(), { pii: "sensitive" }),
  consents: field(z18.array(ConsentRecord).optional(), { pii: "none", mappings: { htcds: ["con_Consent"] } }),
  yearOfRegistration: field(Year.optional(), { pii: "quasi", mappings: { ctdc: ["yearOfRegistration"] } }),
  dataSource: oneCode(dataSource, { pii: "none", mappings: { ctdc: ["Datasource"] } }).optional()
});

// src/entities/bundle/bundle.schema.ts
var TipRecord = z19.discriminatedUnion("recordType", [Case, Victim, Perpetrator, Agency, Referral]);
var BundleParty = defineObject("bundleParty", {
  agencyId: field(Uuid.optional(), { pii: "none" }),
  country: oneCode(country, { pii: "none" })
});
var ExchangeBundle = defineObject("bundle", {
  ...recordBase("bundle"),
  schemaVersion: field(z19.string().regex(/^\d+\.\d+\.\d+$/, "Expected a semantic version"), { pii: "none" }),
  sender: field(BundleParty, { pii: "none" }),
  recipients: field(z19.array(BundleParty).min(1), { pii: "none" }),
  sentAt: field(IsoDateTime, { pii: "none" }),
  purpose: oneCode(exchangePurpose, { pii: "none" }),
  tlp: oneCode(tlp, { pii: "none" }),
  records: field(z19.array(TipRecord), { pii: "sensitive" })
});

// src/i18n/locale.ts
var LOCALES = ["en", "es", "fr", "pt"];
function isLocale(value) {
  return typeof value === "string" && LOCALES.includes(value);
}

// src/model/entities.ts
var ENTITIES = {
  case: Case,
  victim: Victim,
  perpetrator: Perpetrator,
  agency: Agency,
  referral: Referral,
  bundle: ExchangeBundle
};
var RECORD_TYPES = Object.keys(ENTITIES);
function isRecordType(value) {
  return typeof value === "string" && Object.hasOwn(ENTITIES, value);
}

// src/rules/define-rule.ts
function defineRule(rule) {
  return rule;
}

// src/entities/agency/agency.rules.ts
var contactPointUnreachable = defineRule({
  code: "contact_point_unreachable",
  recordType: "agency",
  severity: "warning",
  clause: "A focal point in a directory is useful only with an e-mail address or a phone number",
  fields: ["contactPoint.email", "contactPoint.phone"],
  *check(agency) {
    for (const [index, point] of (agency.contactPoints ?? []).entries()) {
      if (point.email === void 0 && point.phone === void 0) {
        yield { path: ["contactPoints", index], params: { field: "contactPoint.email" } };
      }
    }
  }
});
var agencyRules = [contactPointUnreachable];

// src/version.ts
var SCHEMA_VERSION = "1.0.0";
var SCHEMA_ID_BASE = `https://tip-sdk.org/schema/${SCHEMA_VERSION}`;

// src/entities/bundle/bundle.rules.ts
var MAJOR = SCHEMA_VERSION.split(".")[0];
var schemaVersionUnsupported = defineRule({
  code: "schema_version_unsupported",
  recordType: "bundle",
  severity: "error",
  clause: "Semantic versioning: a bundle of another major version of the model may not mean the same thing",
  fields: ["bundle.schemaVersion"],
  *check(bundle) {
    if (bundle.schemaVersion.split(".")[0] !== MAJOR) {
      yield { path: ["schemaVersion"], params: { field: "bundle.schemaVersion", supported: SCHEMA_VERSION } };
    }
  }
});
var bundleRules = [schemaVersionUnsupported];

// src/rules/dates.ts
function compareDates(a, b) {
  const length = Math.min(datePart(a).length, datePart(b).length);
  const left = datePart(a).slice(0, length);
  const right = datePart(b).slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}
function datePart(value) {
  return value.length > 10 ? value.slice(0, 10) : value;
}
function* outOfOrder(steps) {
  let previous;
  for (const step of steps) {
    if (step.date === void 0) continue;
    if (previous?.date !== void 0 && compareDates(previous.date, step.date) > 0) {
      yield { path: step.path, params: { field: step.field, earlierField: previous.field } };
      continue;
    }
    previous = step;
  }
}

// src/common/criminal-justice.rules.ts
var CONVICTING_VERDICTS = /* @__PURE__ */ new Set(["convicted", "plea_agreement"]);
function* sentenceWithoutConviction(proceedings, at) {
  if (proceedings === void 0 || (proceedings.penalties?.length ?? 0) === 0) return;
  if (proceedings.verdict !== void 0 && CONVICTING_VERDICTS.has(proceedings.verdict)) return;
  yield { path: [at, "penalties"], params: { field: "proceedings.penalties" } };
}
function* penaltyAmountWithoutCurrency(proceedings, at) {
  for (const [index, penalty] of (proceedings?.penalties ?? []).entries()) {
    if (penalty.amount !== void 0 && penalty.currency === void 0) {
      yield { path: [at, "penalties", index, "amount"], params: { field: "penalty.currency" } };
    }
  }
}
function proceedingsOutOfOrder(proceedings, at) {
  return outOfOrder([
    {
      field: "proceedings.prosecutionStartedOn",
      path: [at, "prosecutionStartedOn"],
      date: proceedings?.prosecutionStartedOn
    },
    { field: "proceedings.verdictDate", path: [at, "verdictDate"], date: proceedings?.verdictDate }
  ]);
}
var CLAUSES = {
  sentence: "A penalty is imposed only on conviction (GLOTIP counts convicted persons)",
  currency: "A monetary amount is meaningless without its ISO 4217 currency"
};

// src/entities/case/case.rules.ts
var ROLE_ORDER = { recruitment: 0, transit: 1, exploitation: 2, identification: 3 };
var caseDatesOutOfOrder = defineRule({
  code: "dates_out_of_order",
  recordType: "case",
  severity: "error",
  clause: "Chronology: recruitment <= transit <= exploitation <= identification; opened <= closed; prosecution <= verdict",
  fields: ["traffickingEvent.date", "traffickingEvent.endDate", "case.openedOn", "case.closedOn"],
  *check(record) {
    const events = (record.events ?? []).map((event, index) => ({ event, index })).filter(({ event }) => event.date !== void 0).sort((a, b) => (ROLE_ORDER[a.event.role] ?? 9) - (ROLE_ORDER[b.event.role] ?? 9));
    yield* outOfOrder(
      events.map(({ event, index }) => ({ field: "traffickingEvent.date", path: ["events", index, "date"], date: event.date }))
    );
    for (const [index, event] of (record.events ?? []).entries()) {
      yield* outOfOrder([
        { field: "traffickingEvent.date", path: ["events", index, "date"], date: event.date },
        { field: "traffickingEvent.endDate", path: ["events", index, "endDate"], date: event.endDate }
      ]);
    }
    yield* outOfOrder([
      { field: "case.openedOn", path: ["openedOn"], date: record.openedOn },
      { field: "case.closedOn", path: ["closedOn"], date: record.closedOn }
    ]);
    yield* proceedingsOutOfOrder(record.proceedings, "proceedings");
  }
});
var caseSentenceWithoutConviction = defineRule({
  code: "sentence_without_conviction",
  recordType: "case",
  severity: "error",
  clause: CLAUSES.sentence,
  fields: ["proceedings.penalties", "proceedings.verdict"],
  check: (record) => sentenceWithoutConviction(record.proceedings, "proceedings")
});
var caseAmountWithoutCurrency = defineRule({
  code: "amount_without_currency",
  recordType: "case",
  severity: "error",
  clause: CLAUSES.currency,
  fields: ["assetAction.value", "assetAction.currency", "penalty.amount", "penalty.currency"],
  *check(record) {
    for (const [index, action] of (record.financialInvestigation?.assetActions ?? []).entries()) {
      if (action.value !== void 0 && action.currency === void 0) {
        yield { path: ["financialInvestigation", "assetActions", index, "value"], params: { field: "assetAction.currency" } };
      }
    }
    yield* penaltyAmountWithoutCurrency(record.proceedings, "proceedings");
  }
});
var iccsCodeMissingForPurpose = defineRule({
  code: "iccs_code_missing_for_purpose",
  recordType: "case",
  severity: "warning",
  clause: "ICCS v1.0 0204: a trafficking case classified in ICCS carries the subcode of each purpose it records",
  fields: ["case.purposes", "case.iccsCodes"],
  *check(record) {
    const codes = record.iccsCodes ?? [];
    if (!codes.some((code) => code.startsWith("0204"))) return;
    for (const [index, purpose] of (record.purposes ?? []).entries()) {
      const expected = exploitationForm.mappings[purpose]?.iccs ?? [];
      if (expected.length > 0 && !expected.some((code) => codes.includes(code))) {
        yield { path: ["purposes", index], params: { field: "case.iccsCodes", code: expected[0] ?? "" } };
      }
    }
  }
});
var caseRules = [
  caseDatesOutOfOrder,
  caseSentenceWithoutConviction,
  caseAmountWithoutCurrency,
  iccsCodeMissingForPurpose
];

// src/entities/perpetrator/perpetrator.rules.ts
var perpetratorSentenceWithoutConviction = defineRule({
  code: "sentence_without_conviction",
  recordType: "perpetrator",
  severity: "error",
  clause: CLAUSES.sentence,
  fields: ["proceedings.penalties", "proceedings.verdict"],
  check: (record) => sentenceWithoutConviction(record.proceedings, "proceedings")
});
var perpetratorAmountWithoutCurrency = defineRule({
  code: "amount_without_currency",
  recordType: "perpetrator",
  severity: "error",
  clause: CLAUSES.currency,
  fields: ["penalty.amount", "penalty.currency"],
  check: (record) => penaltyAmountWithoutCurrency(record.proceedings, "proceedings")
});
var perpetratorDatesOutOfOrder = defineRule({
  code: "dates_out_of_order",
  recordType: "perpetrator",
  severity: "error",
  clause: "Chronology: prosecution <= verdict",
  fields: ["proceedings.prosecutionStartedOn", "proceedings.verdictDate"],
  check: (record) => proceedingsOutOfOrder(record.proceedings, "proceedings")
});
var perpetratorRules = [
  perpetratorSentenceWithoutConviction,
  perpetratorAmountWithoutCurrency,
  perpetratorDatesOutOfOrder
];

// src/entities/referral/referral.rules.ts
var crossBorderSameCountry = defineRule({
  code: "cross_border_referral_same_country",
  recordType: "referral",
  severity: "error",
  clause: "ICMPD TRM guidelines: a transnational referral links agencies of two different states",
  fields: ["referral.crossBorder", "referralParty.country"],
  *check(referral) {
    if (referral.crossBorder && referral.from.country === referral.to.country) {
      yield { path: ["to", "country"], params: { field: "referralParty.country" } };
    }
  }
});
var domesticReferralDifferentCountries = defineRule({
  code: "domestic_referral_different_countries",
  recordType: "referral",
  severity: "error",
  clause: "A referral within a national referral mechanism stays in one country; otherwise mark it cross-border",
  fields: ["referral.crossBorder", "referralParty.country"],
  *check(referral) {
    if (!referral.crossBorder && referral.from.country !== referral.to.country) {
      yield { path: ["crossBorder"], params: { field: "referral.crossBorder" } };
    }
  }
});
var referralStatusTransitionInvalid = defineRule({
  code: "referral_status_transition_invalid",
  recordType: "referral",
  severity: "error",
  clause: "Referral lifecycle: draft -> sent -> received -> accepted/declined -> in progress -> completed; withdrawal before the end",
  fields: ["statusChange.status", "referral.statusHistory"],
  *check(referral) {
    const history = referral.statusHistory ?? [];
    for (let index = 1; index < history.length; index++) {
      const from = history[index - 1]?.status;
      const to = history[index]?.status;
      if (from !== void 0 && to !== void 0 && !isAllowedTransition(from, to)) {
        yield { path: ["statusHistory", index, "status"], params: { from, to } };
      }
    }
  }
});
var referralStatusNotLatest = defineRule({
  code: "referral_status_not_latest",
  recordType: "referral",
  severity: "error",
  clause: "The current status is the last step of the status history",
  fields: ["referral.status", "referral.statusHistory"],
  *check(referral) {
    const last = referral.statusHistory?.at(-1);
    if (last !== void 0 && last.status !== referral.status) {
      yield { path: ["status"], params: { field: "referral.status" } };
    }
  }
});
var referralDatesOutOfOrder = defineRule({
  code: "dates_out_of_order",
  recordType: "referral",
  severity: "error",
  clause: "Chronology: risk assessment <= planned arrival; sent <= received; status history in time order",
  fields: ["referral.sentOn", "referral.receivedOn", "riskAssessment.conductedOn", "referral.plannedArrivalOn", "statusChange.at"],
  *check(referral) {
    yield* outOfOrder([
      { field: "referral.sentOn", path: ["sentOn"], date: referral.sentOn },
      { field: "referral.receivedOn", path: ["receivedOn"], date: referral.receivedOn }
    ]);
    yield* outOfOrder([
      {
        field: "riskAssessment.conductedOn",
        path: ["riskAssessment", "conductedOn"],
        date: referral.riskAssessment?.conductedOn
      },
      { field: "referral.plannedArrivalOn", path: ["plannedArrivalOn"], date: referral.plannedArrivalOn }
    ]);
    yield* outOfOrder(
      (referral.statusHistory ?? []).map((step, index) => ({
        field: "statusChange.at",
        path: ["statusHistory", index, "at"],
        date: step.at
      }))
    );
  }
});
var RETURN_REASONS = /* @__PURE__ */ new Set(["safe_return"]);
var returnWithoutRiskAssessment = defineRule({
  code: "return_without_risk_assessment",
  recordType: "referral",
  severity: "warning",
  clause: "ICMPD TRM guidelines: origin and destination assess risks jointly before any return",
  fields: ["referral.reasons", "referral.trmStage", "referral.riskAssessment"],
  *check(referral) {
    const isReturn = referral.trmStage === "return_and_social_inclusion" || referral.reasons?.some((r) => RETURN_REASONS.has(r));
    if (isReturn && referral.crossBorder && referral.status !== "draft" && referral.riskAssessment === void 0) {
      yield { path: ["status"], params: { field: "referral.riskAssessment" } };
    }
  }
});
var referralWithoutConsent = defineRule({
  code: "referral_without_consent",
  recordType: "referral",
  severity: "warning",
  clause: "OSCE/ODIHR NRM handbook: informed consent comes before another agency is contacted",
  fields: ["referral.consentId", "referral.status"],
  *check(referral) {
    if (referral.status !== "draft" && referral.status !== "withdrawn" && referral.consentId === void 0) {
      yield { path: ["status"], params: { field: "referral.consentId" } };
    }
  }
});
var referralRules = [
  crossBorderSameCountry,
  domesticReferralDifferentCountries,
  referralStatusTransitionInvalid,
  referralStatusNotLatest,
  referralDatesOutOfOrder,
  returnWithoutRiskAssessment,
  referralWithoutConsent
];

// src/entities/victim/victim.rules.ts
var LABOUR_FORMS = /* @__PURE__ */ new Set(["forced_labour", "child_labour", "servitude", "slavery_and_practices", "forced_begging"]);
function adultAtExploitation(victim) {
  if (victim.ageAtExploitation !== void 0) return victim.ageAtExploitation >= 18;
  return victim.majorityStatusAtExploitation === "adult";
}
var adultVictimWithoutMeans = defineRule({
  code: "adult_victim_without_means",
  recordType: "victim",
  severity: "error",
  clause: "Palermo Protocol Art. 3(a): an adult is a victim only when an act and a purpose are achieved through a means; Art. 3(c) exempts children",
  fields: ["identification.status", "victim.ageAtExploitation", "exploitation.meansOfControl", "exploitation.palermoMeans"],
  *check(victim) {
    if (victim.identification?.status !== "identified" || !adultAtExploitation(victim)) return;
    const exploitation = victim.exploitation;
    if ((exploitation?.meansOfControl?.length ?? 0) > 0 || (exploitation?.palermoMeans?.length ?? 0) > 0) return;
    yield { path: ["identification", "status"], params: { field: "exploitation.palermoMeans" } };
  }
});
var victimDatesOutOfOrder = defineRule({
  code: "dates_out_of_order",
  recordType: "victim",
  severity: "error",
  clause: "Chronology: birth <= recruitment <= start of exploitation <= end of exploitation and identification",
  fields: [
    "victim.birthDate",
    "exploitation.recruitmentDate",
    "exploitation.startDate",
    "exploitation.endDate",
    "identification.date"
  ],
  *check(victim) {
    const e = victim.exploitation;
    const birth = { field: "victim.birthDate", path: ["birthDate"], date: victim.birthDate };
    const recruitment = { field: "exploitation.recruitmentDate", path: ["exploitation", "recruitmentDate"], date: e?.recruitmentDate };
    const start = { field: "exploitation.startDate", path: ["exploitation", "startDate"], date: e?.startDate };
    yield* outOfOrder([
      birth,
      recruitment,
      start,
      { field: "exploitation.endDate", path: ["exploitation", "endDate"], date: e?.endDate }
    ]);
    yield* outOfOrder([
      birth,
      recruitment,
      start,
      { field: "identification.date", path: ["identification", "date"], date: victim.identification?.date }
    ]);
  }
});
var ageInconsistentWithBirthDate = defineRule({
  code: "age_inconsistent_with_birth_date",
  recordType: "victim",
  severity: "error",
  clause: "Ages and birth year must agree with the birth date",
  fields: ["victim.birthDate", "victim.birthYear", "victim.ageAtIdentification", "victim.ageAtExploitation"],
  *check(victim) {
    const findings = [];
    const birth = victim.birthDate;
    if (birth !== void 0 && victim.birthYear !== void 0 && Number(birth.slice(0, 4)) !== victim.birthYear) {
      findings.push({ path: ["birthYear"], params: { field: "victim.birthYear" } });
    }
    const identifiedOn = victim.identification?.date;
    if (birth !== void 0 && identifiedOn !== void 0 && victim.ageAtIdentification !== void 0) {
      if (ageInYears(birth, identifiedOn) !== victim.ageAtIdentification) {
        findings.push({ path: ["ageAtIdentification"], params: { field: "victim.ageAtIdentification" } });
      }
    }
    const startedOn = victim.exploitation?.startDate;
    if (birth !== void 0 && startedOn?.length === 10 && victim.ageAtExploitation !== void 0) {
      if (ageInYears(birth, startedOn) !== victim.ageAtExploitation) {
        findings.push({ path: ["ageAtExploitation"], params: { field: "victim.ageAtExploitation" } });
      }
    }
    if (victim.ageAtExploitation !== void 0 && victim.ageAtIdentification !== void 0 && victim.ageAtExploitation > victim.ageAtIdentification) {
      findings.push({ path: ["ageAtExploitation"], params: { field: "victim.ageAtIdentification" } });
    }
    yield* findings;
  }
});
var majorityStatusInconsistent = defineRule({
  code: "majority_status_inconsistent",
  recordType: "victim",
  severity: "error",
  clause: "A child is a person under 18 (Palermo Protocol Art. 3(d)); child at identification means child at exploitation",
  fields: ["victim.majorityStatus", "victim.majorityStatusAtExploitation", "victim.ageAtIdentification", "victim.ageAtExploitation"],
  *check(victim) {
    const pairs = [
      ["majorityStatus", victim.majorityStatus, victim.ageAtIdentification],
      ["majorityStatusAtExploitation", victim.majorityStatusAtExploitation, victim.ageAtExploitation]
    ];
    for (const [key, status, age] of pairs) {
      if (status === void 0 || status === "unknown" || age === void 0) continue;
      if (majorityStatusOfAge(age) !== status) yield { path: [key], params: { field: `victim.${key}` } };
    }
    if (victim.majorityStatus === "child" && victim.majorityStatusAtExploitation === "adult") {
      yield { path: ["majorityStatusAtExploitation"], params: { field: "victim.majorityStatusAtExploitation" } };
    }
  }
});
var labourDetailWithoutForcedLabour = defineRule({
  code: "labour_detail_without_forced_labour",
  recordType: "victim",
  severity: "error",
  clause: "HTCDS vic_ForcedLabourIndustry and CTDC typeOfLabour* describe labour exploitation only",
  fields: ["exploitation.labourIndustry", "exploitation.labourSectors", "exploitation.forms"],
  *check(victim) {
    const e = victim.exploitation;
    if (e === void 0) return;
    if (e.labourIndustry === void 0 && (e.labourSectors?.length ?? 0) === 0) return;
    if (e.forms?.some((form) => LABOUR_FORMS.has(form))) return;
    const key = e.labourIndustry !== void 0 ? "labourIndustry" : "labourSectors";
    yield { path: ["exploitation", key], params: { field: `exploitation.${key}` } };
  }
});
var sexualTypeWithoutSexualExploitation = defineRule({
  code: "sexual_exploitation_type_without_sexual_exploitation",
  recordType: "victim",
  severity: "error",
  clause: "HTCDS vic_TypeOfSexExploitation and CTDC typeOfSex* describe sexual exploitation only",
  fields: ["exploitation.sexualExploitationTypes", "exploitation.forms"],
  *check(victim) {
    const e = victim.exploitation;
    if ((e?.sexualExploitationTypes?.length ?? 0) === 0) return;
    if (e?.forms?.includes("sexual_exploitation")) return;
    yield { path: ["exploitation", "sexualExploitationTypes"], params: { field: "exploitation.sexualExploitationTypes" } };
  }
});
var implausibleAgeForLabour = defineRule({
  code: "implausible_age_for_labour",
  recordType: "victim",
  severity: "warning",
  clause: "Plausibility: labour exploitation of a child aged 0 to 2 is almost always a data-entry error",
  fields: ["victim.ageAtExploitation", "exploitation.forms"],
  *check(victim) {
    const age = victim.ageAtExploitation;
    if (age === void 0 || age > 2) return;
    if (!victim.exploitation?.forms?.some((form) => LABOUR_FORMS.has(form))) return;
    yield { path: ["ageAtExploitation"], params: { field: "victim.ageAtExploitation", max: 2 } };
  }
});
var victimRules = [
  adultVictimWithoutMeans,
  victimDatesOutOfOrder,
  ageInconsistentWithBirthDate,
  majorityStatusInconsistent,
  labourDetailWithoutForcedLabour,
  sexualTypeWithoutSexualExploitation,
  implausibleAgeForLabour
];

// src/rules/catalogue.ts
var RULES_BY_RECORD_TYPE = {
  case: caseRules,
  victim: victimRules,
  perpetrator: perpetratorRules,
  agency: agencyRules,
  referral: referralRules,
  bundle: bundleRules
};
var ALL_RULES = Object.values(RULES_BY_RECORD_TYPE).flat();

// src/issues/field-at.ts
import { z as z20 } from "zod";
function fieldAt(schema, input, path) {
  let current = schema;
  let value = input;
  let found = tipRegistry.get(schema);
  for (const segment of path) {
    current = unwrap(current, value);
    if (current === void 0) break;
    if (current instanceof z20.ZodObject) current = current.shape[String(segment)];
    else if (current instanceof z20.ZodArray) current = current.element;
    else if (current instanceof z20.ZodRecord) current = current.valueType;
    else current = void 0;
    value = childOf(value, segment);
    if (current === void 0) break;
    found = tipRegistry.get(current) ?? found;
  }
  return found;
}
function unwrap(schema, value) {
  let current = schema;
  for (; ; ) {
    if (current instanceof z20.ZodOptional || current instanceof z20.ZodNullable) current = current.unwrap();
    else if (current instanceof z20.ZodDiscriminatedUnion) current = branchOf(current, value);
    else return current;
  }
}
function branchOf(union, value) {
  const key = union.def.discriminator;
  const tag = childOf(value, key);
  return union.options.find(
    (option) => option instanceof z20.ZodObject && option.shape[key]?.value === tag
  );
}
function childOf(value, key) {
  if (value === null || typeof value !== "object") return void 0;
  return Object.hasOwn(value, key) ? value[key] : void 0;
}

// src/issues/from-zod.ts
function fromZodIssues(schema, input, issues) {
  const out = [];
  for (const issue of issues) {
    const path = issue.path;
    const field2 = fieldAt(schema, input, path)?.field;
    const withField = (params = {}) => field2 ? { field: field2, ...params } : params;
    switch (issue.code) {
      case "invalid_type": {
        const present = hasPath(input, path);
        out.push({
          code: present ? "invalid_type" : "required",
          path,
          params: withField(present ? { expected: issue.expected } : {})
        });
        break;
      }
      case "unrecognized_keys":
        for (const key of issue.keys) out.push({ code: "unknown_field", path: [...path, key], params: { key: safeKey(key) } });
        break;
      case "invalid_value":
        out.push({
          code: path.at(-1) === "recordType" ? "invalid_record_type" : "invalid_code",
          path,
          params: withField(fieldAt(schema, input, path)?.codeList ? { codeList: fieldAt(schema, input, path)?.codeList ?? "" } : {})
        });
        break;
      case "invalid_union":
        out.push({ code: isRecordTypeUnion(issue) ? "invalid_record_type" : "invalid_value", path, params: withField() });
        break;
      case "invalid_format":
        out.push({ code: "invalid_format", path, params: withField({ format: issue.format }) });
        break;
      case "too_small":
        out.push({ code: "too_small", path, params: withField({ minimum: Number(issue.minimum), origin: issue.origin }) });
        break;
      case "too_big":
        out.push({ code: "too_big", path, params: withField({ maximum: Number(issue.maximum), origin: issue.origin }) });
        break;
      case "invalid_key":
        out.push({ code: "invalid_format", path, params: withField({ format: "extension_namespace" }) });
        break;
      default:
        out.push({ code: "invalid_value", path, params: withField() });
    }
  }
  return out;
}
function isRecordTypeUnion(issue) {
  return issue.note === "No matching discriminator" || issue.errors.length === 0;
}
function hasPath(input, path) {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) return false;
    value = childOf(value, segment);
  }
  return value !== void 0;
}
function safeKey(key) {
  const clean = key.replace(/[\p{C}]/gu, "?");
  return clean.length > 64 ? `${clean.slice(0, 64)}\u2026` : clean;
}

// src/issues/structural-codes.ts
var STRUCTURAL_CODES = {
  not_an_object: { severity: "error" },
  invalid_record_type: { severity: "error" },
  required: { severity: "error" },
  unknown_field: { severity: "error" },
  invalid_type: { severity: "error" },
  invalid_code: { severity: "error" },
  invalid_format: { severity: "error" },
  too_small: { severity: "error" },
  too_big: { severity: "error" },
  invalid_value: { severity: "error" }
};

// src/issues/issue.ts
function toPointer(segments) {
  let pointer = "";
  for (const segment of segments) {
    pointer += `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`;
  }
  return pointer;
}

// src/issues/format-issue.ts
var FIELD_PARAMS = /* @__PURE__ */ new Set(["field", "earlierField"]);
function formatMessage(bundle, code, params) {
  const template = bundle.messages[code] ?? code;
  return template.replace(/\{(\w+)\}/g, (_, name) => {
    const value = params[name];
    if (value === void 0) return name === "field" ? FALLBACK[bundle.locale] : `{${name}}`;
    if (FIELD_PARAMS.has(name)) return bundle.fields[value]?.label ?? String(value);
    return String(value);
  });
}
var FALLBACK = { en: "The value", es: "El valor", fr: "La valeur", pt: "O valor" };
function toIssue(raw, severity, bundle, prefix = "") {
  return {
    code: raw.code,
    path: prefix + toPointer(raw.path),
    severity,
    message: formatMessage(bundle, raw.code, raw.params),
    params: raw.params
  };
}

// src/issues/check-record.ts
function checkRecord(input, options) {
  const { locale, pointerPrefix = "" } = options;
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    const raw = { code: "not_an_object", path: [], params: {} };
    return { ok: false, issues: [toIssue(raw, "error", locale, pointerPrefix)] };
  }
  const recordType = childOf(input, "recordType");
  if (!isRecordType(recordType)) {
    const raw = { code: "invalid_record_type", path: ["recordType"], params: {} };
    return { ok: false, issues: [toIssue(raw, "error", locale, pointerPrefix)] };
  }
  const schema = ENTITIES[recordType];
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues2 = fromZodIssues(schema, input, parsed.error.issues).map(
      (raw) => toIssue(raw, STRUCTURAL_CODES[raw.code]?.severity ?? "error", locale, pointerPrefix)
    );
    return { ok: false, recordType, issues: issues2 };
  }
  const issues = runRules(recordType, parsed.data, locale, pointerPrefix);
  return { ok: !issues.some((issue) => issue.severity === "error"), recordType, value: parsed.data, issues };
}
function runRules(recordType, record, locale, pointerPrefix = "") {
  const issues = [];
  const rules = RULES_BY_RECORD_TYPE[recordType];
  for (const rule of rules) {
    for (const finding of rule.check(record)) {
      issues.push(toIssue({ code: rule.code, path: finding.path, params: finding.params ?? {} }, rule.severity, locale, pointerPrefix));
    }
  }
  if (recordType === "bundle") {
    const records = record.records;
    for (const [index, inner] of records.entries()) {
      issues.push(...runRules(inner.recordType, inner, locale, `${pointerPrefix}/records/${index}`));
    }
  }
  return issues;
}

// src/codes/act/act.en.ts
var actEn = {
  recruitment: {
    label: "Recruitment",
    definition: "Enlisting or engaging a person, by any method, with a view to their exploitation."
  },
  transportation: {
    label: "Transportation",
    definition: "Moving a person from one place to another, within a country or across borders."
  },
  transfer: {
    label: "Transfer",
    definition: "Handing over control of a person from one individual or group to another."
  },
  harbouring: {
    label: "Harbouring",
    definition: "Accommodating or hiding a person at any stage, such as in transit or at the place of exploitation."
  },
  receipt: {
    label: "Receipt",
    definition: "Taking in a person on arrival, for example at the destination or at a meeting point."
  }
};

// src/codes/age-band/age-band.en.ts
var ageBandEn = {
  "0-8": { label: "0 to 8 years", definition: "Aged 0 to 8 years." },
  "9-17": { label: "9 to 17 years", definition: "Aged 9 to 17 years." },
  "18-20": { label: "18 to 20 years", definition: "Aged 18 to 20 years." },
  "21-23": { label: "21 to 23 years", definition: "Aged 21 to 23 years." },
  "24-26": { label: "24 to 26 years", definition: "Aged 24 to 26 years." },
  "27-29": { label: "27 to 29 years", definition: "Aged 27 to 29 years." },
  "30-38": { label: "30 to 38 years", definition: "Aged 30 to 38 years." },
  "39-47": { label: "39 to 47 years", definition: "Aged 39 to 47 years." },
  "48+": { label: "48 years or older", definition: "Aged 48 years or older." }
};

// src/codes/agency-type/agency-type.en.ts
var agencyTypeEn = {
  ngo: { label: "NGO", definition: "A non-governmental, non-profit civil-society organisation." },
  law_enforcement: {
    label: "Law enforcement",
    definition: "Police, border guard or another body that enforces criminal law."
  },
  health_service: {
    label: "Health service",
    definition: "A hospital, clinic or other provider of health care."
  },
  central_government: {
    label: "Central government",
    definition: "A ministry or other body of the national government."
  },
  local_government: {
    label: "Local government",
    definition: "A regional, provincial or municipal authority."
  },
  immigration_service: {
    label: "Immigration service",
    definition: "The authority responsible for the entry, stay and removal of non-nationals."
  },
  legal_service: {
    label: "Legal service",
    definition: "A lawyer, legal clinic or other provider of legal advice and representation."
  },
  corporate_business: { label: "Business", definition: "A private company or other commercial enterprise." },
  school_or_college: {
    label: "School or college",
    definition: "A school, college, university or other educational institution."
  },
  prosecution: {
    label: "Prosecution service",
    definition: "The public prosecutor's office, which brings criminal charges."
  },
  judiciary: {
    label: "Judiciary",
    definition: "A court that tries cases and decides on guilt and penalties."
  },
  labour_inspectorate: {
    label: "Labour inspectorate",
    definition: "The public service that inspects workplaces and enforces labour law."
  },
  international_organisation: {
    label: "International organisation",
    definition: "An intergovernmental organisation such as IOM, UNODC or UNHCR."
  },
  shelter: {
    label: "Shelter",
    definition: "A safe house or residential facility that accommodates victims."
  },
  hotline: {
    label: "Hotline",
    definition: "A telephone or online helpline that takes reports and gives advice."
  },
  national_rapporteur: {
    label: "National rapporteur",
    definition: "An independent office that monitors and reports on the state's action against trafficking."
  },
  tip_task_force: {
    label: "Anti-trafficking task force",
    definition: "An inter-agency body that coordinates the national response to trafficking."
  },
  embassy_or_consulate: {
    label: "Embassy or consulate",
    definition: "A diplomatic or consular mission of a state abroad."
  },
  child_protection: {
    label: "Child protection",
    definition: "The authority or service responsible for the care and protection of children."
  },
  social_services: {
    label: "Social services",
    definition: "A public or contracted service that provides social-welfare support."
  },
  other: { label: "Other", definition: "Any other kind of organisation." }
};

// src/codes/asset-action/asset-action.en.ts
var assetActionEn = {
  identified: {
    label: "Identified",
    definition: "Assets were traced and linked to the offence or offender."
  },
  frozen: {
    label: "Frozen",
    definition: "Temporarily barred from transfer or use by order of an authority."
  },
  seized: { label: "Seized", definition: "Taken into the authorities' custody pending a final decision." },
  confiscated: { label: "Confiscated", definition: "Permanently forfeited by a final court order." },
  returned_to_victim: {
    label: "Returned to victim",
    definition: "Returned or paid out to a victim, for example as compensation."
  }
};

// src/codes/assistance-service/assistance-service.en.ts
var assistanceServiceEn = {
  education: { label: "Education", definition: "Schooling, literacy classes or vocational training." },
  financial: { label: "Financial support", definition: "Cash grants, allowances or help managing money." },
  health: {
    label: "Health",
    definition: "A support plan covering the person's physical and mental well-being."
  },
  labour_exploitation_rehabilitation: {
    label: "Recovery after labour exploitation",
    definition: "A recovery programme designed for survivors of labour exploitation."
  },
  legal: {
    label: "Legal support",
    definition: "A support plan for legal matters such as residence status, proceedings or claims."
  },
  livelihood: {
    label: "Livelihood",
    definition: "Help to earn an income, such as job placement or support for a small business."
  },
  rights_based_training: {
    label: "Rights-based training",
    definition: "Training that tells the person about their rights and how to exercise them."
  },
  sexual_exploitation_rehabilitation: {
    label: "Recovery after sexual exploitation",
    definition: "A recovery programme designed for survivors of sexual exploitation."
  },
  social_care: { label: "Social care", definition: "Case management and day-to-day social support." },
  shelter: { label: "Shelter", definition: "Safe and suitable accommodation." },
  medical_care: {
    label: "Medical care",
    definition: "Medical examination and treatment by health professionals."
  },
  psychological_support: {
    label: "Psychological support",
    definition: "Counselling, psychotherapy or psychosocial support."
  },
  interpretation: {
    label: "Interpretation",
    definition: "Interpreting and translation into a language the person understands."
  },
  legal_aid: { label: "Legal aid", definition: "Free or subsidised advice and representation by a lawyer." },
  reflection_period: {
    label: "Reflection period",
    definition: "Time granted to recover and decide whether to cooperate with the authorities, without being removed."
  },
  residence_permit: {
    label: "Residence permit",
    definition: "Help obtaining a temporary or permanent right to stay."
  },
  safe_return: {
    label: "Safe return",
    definition: "Assisted, voluntary return to the country of origin after a risk assessment."
  },
  reintegration: {
    label: "Reintegration",
    definition: "Support to rebuild a life in the community after return or after leaving exploitation."
  },
  family_tracing: {
    label: "Family tracing",
    definition: "Finding family members and checking whether contact or reunification is safe."
  },
  compensation_support: {
    label: "Compensation support",
    definition: "Help claiming compensation from offenders or from a state fund."
  },
  child_protection_services: {
    label: "Child protection services",
    definition: "Guardianship, best-interests assessment and care for a child victim."
  },
  repatriation: {
    label: "Repatriation",
    definition: "Formal arrangements between states to bring a national home, including travel documents and transport."
  },
  other: { label: "Other", definition: "Another kind of assistance." }
};

// src/codes/case-status/case-status.en.ts
var caseStatusEn = {
  active: { label: "Active", definition: "The agency is currently working on the case." },
  follow_up: {
    label: "Follow-up",
    definition: "Main support has ended; the agency keeps checking on the person's situation."
  },
  closed: { label: "Closed", definition: "The agency has finished its work on the case." },
  closed_referred: {
    label: "Closed \u2013 referred",
    definition: "Closed because the case was passed on to another agency."
  }
};

// src/codes/consent-purpose/consent-purpose.en.ts
var consentPurposeEn = {
  assistance: {
    label: "Assistance",
    definition: "Using the data to give the person assistance and protection."
  },
  referral_national: {
    label: "National referral",
    definition: "Sharing with another agency in the same country to refer the person."
  },
  referral_transnational: {
    label: "Transnational referral",
    definition: "Sharing with an agency in another country to refer the person."
  },
  return: { label: "Return", definition: "Using and sharing the data to organise the person's return." },
  criminal_proceedings: {
    label: "Criminal proceedings",
    definition: "Sharing with police, prosecutors or courts for an investigation or trial."
  },
  research_statistics: {
    label: "Research and statistics",
    definition: "Using de-identified data for statistics or research."
  },
  data_sharing_ngo: {
    label: "Sharing with NGOs",
    definition: "Sharing with non-governmental service providers."
  },
  media: {
    label: "Media",
    definition: "Sharing the person's story or image with journalists or in public communications."
  }
};

// src/codes/country/country.en.generated.ts
var countryEn = {
  AD: { label: "Andorra", definition: "ISO 3166-1 code AD (alpha-3 AND, M49 020)." },
  AE: { label: "United Arab Emirates", definition: "ISO 3166-1 code AE (alpha-3 ARE, M49 784)." },
  AF: { label: "Afghanistan", definition: "ISO 3166-1 code AF (alpha-3 AFG, M49 004)." },
  AG: { label: "Antigua and Barbuda", definition: "ISO 3166-1 code AG (alpha-3 ATG, M49 028)." },
  AI: { label: "Anguilla", definition: "ISO 3166-1 code AI (alpha-3 AIA, M49 660)." },
  AL: { label: "Albania", definition: "ISO 3166-1 code AL (alpha-3 ALB, M49 008)." },
  AM: { label: "Armenia", definition: "ISO 3166-1 code AM (alpha-3 ARM, M49 051)." },
  AO: { label: "Angola", definition: "ISO 3166-1 code AO (alpha-3 AGO, M49 024)." },
  AQ: { label: "Antarctica", definition: "ISO 3166-1 code AQ (alpha-3 ATA, M49 010)." },
  AR: { label: "Argentina", definition: "ISO 3166-1 code AR (alpha-3 ARG, M49 032)." },
  AS: { label: "American Samoa", definition: "ISO 3166-1 code AS (alpha-3 ASM, M49 016)." },
  AT: { label: "Austria", definition: "ISO 3166-1 code AT (alpha-3 AUT, M49 040)." },
  AU: { label: "Australia", definition: "ISO 3166-1 code AU (alpha-3 AUS, M49 036)." },
  AW: { label: "Aruba", definition: "ISO 3166-1 code AW (alpha-3 ABW, M49 533)." },
  AX: { label: "\xC5land Islands", definition: "ISO 3166-1 code AX (alpha-3 ALA, M49 248)." },
  AZ: { label: "Azerbaijan", definition: "ISO 3166-1 code AZ (alpha-3 AZE, M49 031)." },
  BA: { label: "Bosnia and Herzegovina", definition: "ISO 3166-1 code BA (alpha-3 BIH, M49 070)." },
  BB: { label: "Barbados", definition: "ISO 3166-1 code BB (alpha-3 BRB, M49 052)." },
  BD: { label: "Bangladesh", definition: "ISO 3166-1 code BD (alpha-3 BGD, M49 050)." },
  BE: { label: "Belgium", definition: "ISO 3166-1 code BE (alpha-3 BEL, M49 056)." },
  BF: { label: "Burkina Faso", definition: "ISO 3166-1 code BF (alpha-3 BFA, M49 854)." },
  BG: { label: "Bulgaria", definition: "ISO 3166-1 code BG (alpha-3 BGR, M49 100)." },
  BH: { label: "Bahrain", definition: "ISO 3166-1 code BH (alpha-3 BHR, M49 048)." },
  BI: { label: "Burundi", definition: "ISO 3166-1 code BI (alpha-3 BDI, M49 108)." },
  BJ: { label: "Benin", definition: "ISO 3166-1 code BJ (alpha-3 BEN, M49 204)." },
  BL: { label: "Saint Barth\xE9lemy", definition: "ISO 3166-1 code BL (alpha-3 BLM, M49 652)." },
  BM: { label: "Bermuda", definition: "ISO 3166-1 code BM (alpha-3 BMU, M49 060)." },
  BN: { label: "Brunei Darussalam", definition: "ISO 3166-1 code BN (alpha-3 BRN, M49 096)." },
  BO: { label: "Bolivia (Plurinational State of)", definition: "ISO 3166-1 code BO (alpha-3 BOL, M49 068)." },
  BQ: { label: "Bonaire, Sint Eustatius and Saba", definition: "ISO 3166-1 code BQ (alpha-3 BES, M49 535)." },
  BR: { label: "Brazil", definition: "ISO 3166-1 code BR (alpha-3 BRA, M49 076)." },
  BS: { label: "Bahamas", definition: "ISO 3166-1 code BS (alpha-3 BHS, M49 044)." },
  BT: { label: "Bhutan", definition: "ISO 3166-1 code BT (alpha-3 BTN, M49 064)." },
  BV: { label: "Bouvet Island", definition: "ISO 3166-1 code BV (alpha-3 BVT, M49 074)." },
  BW: { label: "Botswana", definition: "ISO 3166-1 code BW (alpha-3 BWA, M49 072)." },
  BY: { label: "Belarus", definition: "ISO 3166-1 code BY (alpha-3 BLR, M49 112)." },
  BZ: { label: "Belize", definition: "ISO 3166-1 code BZ (alpha-3 BLZ, M49 084)." },
  CA: { label: "Canada", definition: "ISO 3166-1 code CA (alpha-3 CAN, M49 124)." },
  CC: { label: "Cocos (Keeling) Islands", definition: "ISO 3166-1 code CC (alpha-3 CCK, M49 166)." },
  CD: { label: "Congo (the Democratic Republic of the)", definition: "ISO 3166-1 code CD (alpha-3 COD, M49 180)." },
  CF: { label: "Central African Republic", definition: "ISO 3166-1 code CF (alpha-3 CAF, M49 140)." },
  CG: { label: "Congo", definition: "ISO 3166-1 code CG (alpha-3 COG, M49 178)." },
  CH: { label: "Switzerland", definition: "ISO 3166-1 code CH (alpha-3 CHE, M49 756)." },
  CI: { label: "C\xF4te d'Ivoire", definition: "ISO 3166-1 code CI (alpha-3 CIV, M49 384)." },
  CK: { label: "Cook Islands", definition: "ISO 3166-1 code CK (alpha-3 COK, M49 184)." },
  CL: { label: "Chile", definition: "ISO 3166-1 code CL (alpha-3 CHL, M49 152)." },
  CM: { label: "Cameroon", definition: "ISO 3166-1 code CM (alpha-3 CMR, M49 120)." },
  CN: { label: "China", definition: "ISO 3166-1 code CN (alpha-3 CHN, M49 156)." },
  CO: { label: "Colombia", definition: "ISO 3166-1 code CO (alpha-3 COL, M49 170)." },
  CR: { label: "Costa Rica", definition: "ISO 3166-1 code CR (alpha-3 CRI, M49 188)." },
  CU: { label: "Cuba", definition: "ISO 3166-1 code CU (alpha-3 CUB, M49 192)." },
  CV: { label: "Cabo Verde", definition: "ISO 3166-1 code CV (alpha-3 CPV, M49 132)." },
  CW: { label: "Cura\xE7ao", definition: "ISO 3166-1 code CW (alpha-3 CUW, M49 531)." },
  CX: { label: "Christmas Island", definition: "ISO 3166-1 code CX (alpha-3 CXR, M49 162)." },
  CY: { label: "Cyprus", definition: "ISO 3166-1 code CY (alpha-3 CYP, M49 196)." },
  CZ: { label: "Czechia", definition: "ISO 3166-1 code CZ (alpha-3 CZE, M49 203)." },
  DE: { label: "Germany", definition: "ISO 3166-1 code DE (alpha-3 DEU, M49 276)." },
  DJ: { label: "Djibouti", definition: "ISO 3166-1 code DJ (alpha-3 DJI, M49 262)." },
  DK: { label: "Denmark", definition: "ISO 3166-1 code DK (alpha-3 DNK, M49 208)." },
  DM: { label: "Dominica", definition: "ISO 3166-1 code DM (alpha-3 DMA, M49 212)." },
  DO: { label: "Dominican Republic", definition: "ISO 3166-1 code DO (alpha-3 DOM, M49 214)." },
  DZ: { label: "Algeria", definition: "ISO 3166-1 code DZ (alpha-3 DZA, M49 012)." },
  EC: { label: "Ecuador", definition: "ISO 3166-1 code EC (alpha-3 ECU, M49 218)." },
  EE: { label: "Estonia", definition: "ISO 3166-1 code EE (alpha-3 EST, M49 233)." },
  EG: { label: "Egypt", definition: "ISO 3166-1 code EG (alpha-3 EGY, M49 818)." },
  EH: { label: "Western Sahara", definition: "ISO 3166-1 code EH (alpha-3 ESH, M49 732)." },
  ER: { label: "Eritrea", definition: "ISO 3166-1 code ER (alpha-3 ERI, M49 232)." },
  ES: { label: "Spain", definition: "ISO 3166-1 code ES (alpha-3 ESP, M49 724)." },
  ET: { label: "Ethiopia", definition: "ISO 3166-1 code ET (alpha-3 ETH, M49 231)." },
  FI: { label: "Finland", definition: "ISO 3166-1 code FI (alpha-3 FIN, M49 246)." },
  FJ: { label: "Fiji", definition: "ISO 3166-1 code FJ (alpha-3 FJI, M49 242)." },
  FK: { label: "Falkland Islands (Malvinas)", definition: "ISO 3166-1 code FK (alpha-3 FLK, M49 238)." },
  FM: { label: "Micronesia (Federated States of)", definition: "ISO 3166-1 code FM (alpha-3 FSM, M49 583)." },
  FO: { label: "Faroe Islands", definition: "ISO 3166-1 code FO (alpha-3 FRO, M49 234)." },
  FR: { label: "France", definition: "ISO 3166-1 code FR (alpha-3 FRA, M49 250)." },
  GA: { label: "Gabon", definition: "ISO 3166-1 code GA (alpha-3 GAB, M49 266)." },
  GB: { label: "United Kingdom of Great Britain and Northern Ireland", definition: "ISO 3166-1 code GB (alpha-3 GBR, M49 826)." },
  GD: { label: "Grenada", definition: "ISO 3166-1 code GD (alpha-3 GRD, M49 308)." },
  GE: { label: "Georgia", definition: "ISO 3166-1 code GE (alpha-3 GEO, M49 268)." },
  GF: { label: "French Guiana", definition: "ISO 3166-1 code GF (alpha-3 GUF, M49 254)." },
  GG: { label: "Guernsey", definition: "ISO 3166-1 code GG (alpha-3 GGY, M49 831)." },
  GH: { label: "Ghana", definition: "ISO 3166-1 code GH (alpha-3 GHA, M49 288)." },
  GI: { label: "Gibraltar", definition: "ISO 3166-1 code GI (alpha-3 GIB, M49 292)." },
  GL: { label: "Greenland", definition: "ISO 3166-1 code GL (alpha-3 GRL, M49 304)." },
  GM: { label: "Gambia", definition: "ISO 3166-1 code GM (alpha-3 GMB, M49 270)." },
  GN: { label: "Guinea", definition: "ISO 3166-1 code GN (alpha-3 GIN, M49 324)." },
  GP: { label: "Guadeloupe", definition: "ISO 3166-1 code GP (alpha-3 GLP, M49 312)." },
  GQ: { label: "Equatorial Guinea", definition: "ISO 3166-1 code GQ (alpha-3 GNQ, M49 226)." },
  GR: { label: "Greece", definition: "ISO 3166-1 code GR (alpha-3 GRC, M49 300)." },
  GS: { label: "South Georgia and the South Sandwich Islands", definition: "ISO 3166-1 code GS (alpha-3 SGS, M49 239)." },
  GT: { label: "Guatemala", definition: "ISO 3166-1 code GT (alpha-3 GTM, M49 320)." },
  GU: { label: "Guam", definition: "ISO 3166-1 code GU (alpha-3 GUM, M49 316)." },
  GW: { label: "Guinea-Bissau", definition: "ISO 3166-1 code GW (alpha-3 GNB, M49 624)." },
  GY: { label: "Guyana", definition: "ISO 3166-1 code GY (alpha-3 GUY, M49 328)." },
  HK: { label: "Hong Kong", definition: "ISO 3166-1 code HK (alpha-3 HKG, M49 344)." },
  HM: { label: "Heard Island and McDonald Islands", definition: "ISO 3166-1 code HM (alpha-3 HMD, M49 334)." },
  HN: { label: "Honduras", definition: "ISO 3166-1 code HN (alpha-3 HND, M49 340)." },
  HR: { label: "Croatia", definition: "ISO 3166-1 code HR (alpha-3 HRV, M49 191)." },
  HT: { label: "Haiti", definition: "ISO 3166-1 code HT (alpha-3 HTI, M49 332)." },
  HU: { label: "Hungary", definition: "ISO 3166-1 code HU (alpha-3 HUN, M49 348)." },
  ID: { label: "Indonesia", definition: "ISO 3166-1 code ID (alpha-3 IDN, M49 360)." },
  IE: { label: "Ireland", definition: "ISO 3166-1 code IE (alpha-3 IRL, M49 372)." },
  IL: { label: "Israel", definition: "ISO 3166-1 code IL (alpha-3 ISR, M49 376)." },
  IM: { label: "Isle of Man", definition: "ISO 3166-1 code IM (alpha-3 IMN, M49 833)." },
  IN: { label: "India", definition: "ISO 3166-1 code IN (alpha-3 IND, M49 356)." },
  IO: { label: "British Indian Ocean Territory", definition: "ISO 3166-1 code IO (alpha-3 IOT, M49 086)." },
  IQ: { label: "Iraq", definition: "ISO 3166-1 code IQ (alpha-3 IRQ, M49 368)." },
  IR: { label: "Iran (Islamic Republic of)", definition: "ISO 3166-1 code IR (alpha-3 IRN, M49 364)." },
  IS: { label: "Iceland", definition: "ISO 3166-1 code IS (alpha-3 ISL, M49 352)." },
  IT: { label: "Italy", definition: "ISO 3166-1 code IT (alpha-3 ITA, M49 380)." },
  JE: { label: "Jersey", definition: "ISO 3166-1 code JE (alpha-3 JEY, M49 832)." },
  JM: { label: "Jamaica", definition: "ISO 3166-1 code JM (alpha-3 JAM, M49 388)." },
  JO: { label: "Jordan", definition: "ISO 3166-1 code JO (alpha-3 JOR, M49 400)." },
  JP: { label: "Japan", definition: "ISO 3166-1 code JP (alpha-3 JPN, M49 392)." },
  KE: { label: "Kenya", definition: "ISO 3166-1 code KE (alpha-3 KEN, M49 404)." },
  KG: { label: "Kyrgyzstan", definition: "ISO 3166-1 code KG (alpha-3 KGZ, M49 417)." },
  KH: { label: "Cambodia", definition: "ISO 3166-1 code KH (alpha-3 KHM, M49 116)." },
  KI: { label: "Kiribati", definition: "ISO 3166-1 code KI (alpha-3 KIR, M49 296)." },
  KM: { label: "Comoros", definition: "ISO 3166-1 code KM (alpha-3 COM, M49 174)." },
  KN: { label: "Saint Kitts and Nevis", definition: "ISO 3166-1 code KN (alpha-3 KNA, M49 659)." },
  KP: { label: "Korea (the Democratic People's Republic of)", definition: "ISO 3166-1 code KP (alpha-3 PRK, M49 408)." },
  KR: { label: "Korea (the Republic of)", definition: "ISO 3166-1 code KR (alpha-3 KOR, M49 410)." },
  KW: { label: "Kuwait", definition: "ISO 3166-1 code KW (alpha-3 KWT, M49 414)." },
  KY: { label: "Cayman Islands", definition: "ISO 3166-1 code KY (alpha-3 CYM, M49 136)." },
  KZ: { label: "Kazakhstan", definition: "ISO 3166-1 code KZ (alpha-3 KAZ, M49 398)." },
  LA: { label: "Lao People's Democratic Republic", definition: "ISO 3166-1 code LA (alpha-3 LAO, M49 418)." },
  LB: { label: "Lebanon", definition: "ISO 3166-1 code LB (alpha-3 LBN, M49 422)." },
  LC: { label: "Saint Lucia", definition: "ISO 3166-1 code LC (alpha-3 LCA, M49 662)." },
  LI: { label: "Liechtenstein", definition: "ISO 3166-1 code LI (alpha-3 LIE, M49 438)." },
  LK: { label: "Sri Lanka", definition: "ISO 3166-1 code LK (alpha-3 LKA, M49 144)." },
  LR: { label: "Liberia", definition: "ISO 3166-1 code LR (alpha-3 LBR, M49 430)." },
  LS: { label: "Lesotho", definition: "ISO 3166-1 code LS (alpha-3 LSO, M49 426)." },
  LT: { label: "Lithuania", definition: "ISO 3166-1 code LT (alpha-3 LTU, M49 440)." },
  LU: { label: "Luxembourg", definition: "ISO 3166-1 code LU (alpha-3 LUX, M49 442)." },
  LV: { label: "Latvia", definition: "ISO 3166-1 code LV (alpha-3 LVA, M49 428)." },
  LY: { label: "Libya", definition: "ISO 3166-1 code LY (alpha-3 LBY, M49 434)." },
  MA: { label: "Morocco", definition: "ISO 3166-1 code MA (alpha-3 MAR, M49 504)." },
  MC: { label: "Monaco", definition: "ISO 3166-1 code MC (alpha-3 MCO, M49 492)." },
  MD: { label: "Moldova (the Republic of)", definition: "ISO 3166-1 code MD (alpha-3 MDA, M49 498)." },
  ME: { label: "Montenegro", definition: "ISO 3166-1 code ME (alpha-3 MNE, M49 499)." },
  MF: { label: "Saint Martin (French part)", definition: "ISO 3166-1 code MF (alpha-3 MAF, M49 663)." },
  MG: { label: "Madagascar", definition: "ISO 3166-1 code MG (alpha-3 MDG, M49 450)." },
  MH: { label: "Marshall Islands", definition: "ISO 3166-1 code MH (alpha-3 MHL, M49 584)." },
  MK: { label: "North Macedonia", definition: "ISO 3166-1 code MK (alpha-3 MKD, M49 807)." },
  ML: { label: "Mali", definition: "ISO 3166-1 code ML (alpha-3 MLI, M49 466)." },
  MM: { label: "Myanmar", definition: "ISO 3166-1 code MM (alpha-3 MMR, M49 104)." },
  MN: { label: "Mongolia", definition: "ISO 3166-1 code MN (alpha-3 MNG, M49 496)." },
  MO: { label: "Macao", definition: "ISO 3166-1 code MO (alpha-3 MAC, M49 446)." },
  MP: { label: "Northern Mariana Islands", definition: "ISO 3166-1 code MP (alpha-3 MNP, M49 580)." },
  MQ: { label: "Martinique", definition: "ISO 3166-1 code MQ (alpha-3 MTQ, M49 474)." },
  MR: { label: "Mauritania", definition: "ISO 3166-1 code MR (alpha-3 MRT, M49 478)." },
  MS: { label: "Montserrat", definition: "ISO 3166-1 code MS (alpha-3 MSR, M49 500)." },
  MT: { label: "Malta", definition: "ISO 3166-1 code MT (alpha-3 MLT, M49 470)." },
  MU: { label: "Mauritius", definition: "ISO 3166-1 code MU (alpha-3 MUS, M49 480)." },
  MV: { label: "Maldives", definition: "ISO 3166-1 code MV (alpha-3 MDV, M49 462)." },
  MW: { label: "Malawi", definition: "ISO 3166-1 code MW (alpha-3 MWI, M49 454)." },
  MX: { label: "Mexico", definition: "ISO 3166-1 code MX (alpha-3 MEX, M49 484)." },
  MY: { label: "Malaysia", definition: "ISO 3166-1 code MY (alpha-3 MYS, M49 458)." },
  MZ: { label: "Mozambique", definition: "ISO 3166-1 code MZ (alpha-3 MOZ, M49 508)." },
  NA: { label: "Namibia", definition: "ISO 3166-1 code NA (alpha-3 NAM, M49 516)." },
  NC: { label: "New Caledonia", definition: "ISO 3166-1 code NC (alpha-3 NCL, M49 540)." },
  NE: { label: "Niger", definition: "ISO 3166-1 code NE (alpha-3 NER, M49 562)." },
  NF: { label: "Norfolk Island", definition: "ISO 3166-1 code NF (alpha-3 NFK, M49 574)." },
  NG: { label: "Nigeria", definition: "ISO 3166-1 code NG (alpha-3 NGA, M49 566)." },
  NI: { label: "Nicaragua", definition: "ISO 3166-1 code NI (alpha-3 NIC, M49 558)." },
  NL: { label: "Netherlands (Kingdom of the)", definition: "ISO 3166-1 code NL (alpha-3 NLD, M49 528)." },
  NO: { label: "Norway", definition: "ISO 3166-1 code NO (alpha-3 NOR, M49 578)." },
  NP: { label: "Nepal", definition: "ISO 3166-1 code NP (alpha-3 NPL, M49 524)." },
  NR: { label: "Nauru", definition: "ISO 3166-1 code NR (alpha-3 NRU, M49 520)." },
  NU: { label: "Niue", definition: "ISO 3166-1 code NU (alpha-3 NIU, M49 570)." },
  NZ: { label: "New Zealand", definition: "ISO 3166-1 code NZ (alpha-3 NZL, M49 554)." },
  OM: { label: "Oman", definition: "ISO 3166-1 code OM (alpha-3 OMN, M49 512)." },
  PA: { label: "Panama", definition: "ISO 3166-1 code PA (alpha-3 PAN, M49 591)." },
  PE: { label: "Peru", definition: "ISO 3166-1 code PE (alpha-3 PER, M49 604)." },
  PF: { label: "French Polynesia", definition: "ISO 3166-1 code PF (alpha-3 PYF, M49 258)." },
  PG: { label: "Papua New Guinea", definition: "ISO 3166-1 code PG (alpha-3 PNG, M49 598)." },
  PH: { label: "Philippines", definition: "ISO 3166-1 code PH (alpha-3 PHL, M49 608)." },
  PK: { label: "Pakistan", definition: "ISO 3166-1 code PK (alpha-3 PAK, M49 586)." },
  PL: { label: "Poland", definition: "ISO 3166-1 code PL (alpha-3 POL, M49 616)." },
  PM: { label: "Saint Pierre and Miquelon", definition: "ISO 3166-1 code PM (alpha-3 SPM, M49 666)." },
  PN: { label: "Pitcairn", definition: "ISO 3166-1 code PN (alpha-3 PCN, M49 612)." },
  PR: { label: "Puerto Rico", definition: "ISO 3166-1 code PR (alpha-3 PRI, M49 630)." },
  PS: { label: "Palestine, State of", definition: "ISO 3166-1 code PS (alpha-3 PSE, M49 275)." },
  PT: { label: "Portugal", definition: "ISO 3166-1 code PT (alpha-3 PRT, M49 620)." },
  PW: { label: "Palau", definition: "ISO 3166-1 code PW (alpha-3 PLW, M49 585)." },
  PY: { label: "Paraguay", definition: "ISO 3166-1 code PY (alpha-3 PRY, M49 600)." },
  QA: { label: "Qatar", definition: "ISO 3166-1 code QA (alpha-3 QAT, M49 634)." },
  RE: { label: "R\xE9union", definition: "ISO 3166-1 code RE (alpha-3 REU, M49 638)." },
  RO: { label: "Romania", definition: "ISO 3166-1 code RO (alpha-3 ROU, M49 642)." },
  RS: { label: "Serbia", definition: "ISO 3166-1 code RS (alpha-3 SRB, M49 688)." },
  RU: { label: "Russian Federation", definition: "ISO 3166-1 code RU (alpha-3 RUS, M49 643)." },
  RW: { label: "Rwanda", definition: "ISO 3166-1 code RW (alpha-3 RWA, M49 646)." },
  SA: { label: "Saudi Arabia", definition: "ISO 3166-1 code SA (alpha-3 SAU, M49 682)." },
  SB: { label: "Solomon Islands", definition: "ISO 3166-1 code SB (alpha-3 SLB, M49 090)." },
  SC: { label: "Seychelles", definition: "ISO 3166-1 code SC (alpha-3 SYC, M49 690)." },
  SD: { label: "Sudan", definition: "ISO 3166-1 code SD (alpha-3 SDN, M49 729)." },
  SE: { label: "Sweden", definition: "ISO 3166-1 code SE (alpha-3 SWE, M49 752)." },
  SG: { label: "Singapore", definition: "ISO 3166-1 code SG (alpha-3 SGP, M49 702)." },
  SH: { label: "Saint Helena, Ascension and Tristan da Cunha", definition: "ISO 3166-1 code SH (alpha-3 SHN, M49 654)." },
  SI: { label: "Slovenia", definition: "ISO 3166-1 code SI (alpha-3 SVN, M49 705)." },
  SJ: { label: "Svalbard and Jan Mayen", definition: "ISO 3166-1 code SJ (alpha-3 SJM, M49 744)." },
  SK: { label: "Slovakia", definition: "ISO 3166-1 code SK (alpha-3 SVK, M49 703)." },
  SL: { label: "Sierra Leone", definition: "ISO 3166-1 code SL (alpha-3 SLE, M49 694)." },
  SM: { label: "San Marino", definition: "ISO 3166-1 code SM (alpha-3 SMR, M49 674)." },
  SN: { label: "Senegal", definition: "ISO 3166-1 code SN (alpha-3 SEN, M49 686)." },
  SO: { label: "Somalia", definition: "ISO 3166-1 code SO (alpha-3 SOM, M49 706)." },
  SR: { label: "Suriname", definition: "ISO 3166-1 code SR (alpha-3 SUR, M49 740)." },
  SS: { label: "South Sudan", definition: "ISO 3166-1 code SS (alpha-3 SSD, M49 728)." },
  ST: { label: "Sao Tome and Principe", definition: "ISO 3166-1 code ST (alpha-3 STP, M49 678)." },
  SV: { label: "El Salvador", definition: "ISO 3166-1 code SV (alpha-3 SLV, M49 222)." },
  SX: { label: "Sint Maarten (Dutch part)", definition: "ISO 3166-1 code SX (alpha-3 SXM, M49 534)." },
  SY: { label: "Syrian Arab Republic", definition: "ISO 3166-1 code SY (alpha-3 SYR, M49 760)." },
  SZ: { label: "Eswatini", definition: "ISO 3166-1 code SZ (alpha-3 SWZ, M49 748)." },
  TC: { label: "Turks and Caicos Islands", definition: "ISO 3166-1 code TC (alpha-3 TCA, M49 796)." },
  TD: { label: "Chad", definition: "ISO 3166-1 code TD (alpha-3 TCD, M49 148)." },
  TF: { label: "French Southern Territories", definition: "ISO 3166-1 code TF (alpha-3 ATF, M49 260)." },
  TG: { label: "Togo", definition: "ISO 3166-1 code TG (alpha-3 TGO, M49 768)." },
  TH: { label: "Thailand", definition: "ISO 3166-1 code TH (alpha-3 THA, M49 764)." },
  TJ: { label: "Tajikistan", definition: "ISO 3166-1 code TJ (alpha-3 TJK, M49 762)." },
  TK: { label: "Tokelau", definition: "ISO 3166-1 code TK (alpha-3 TKL, M49 772)." },
  TL: { label: "Timor-Leste", definition: "ISO 3166-1 code TL (alpha-3 TLS, M49 626)." },
  TM: { label: "Turkmenistan", definition: "ISO 3166-1 code TM (alpha-3 TKM, M49 795)." },
  TN: { label: "Tunisia", definition: "ISO 3166-1 code TN (alpha-3 TUN, M49 788)." },
  TO: { label: "Tonga", definition: "ISO 3166-1 code TO (alpha-3 TON, M49 776)." },
  TR: { label: "T\xFCrkiye", definition: "ISO 3166-1 code TR (alpha-3 TUR, M49 792)." },
  TT: { label: "Trinidad and Tobago", definition: "ISO 3166-1 code TT (alpha-3 TTO, M49 780)." },
  TV: { label: "Tuvalu", definition: "ISO 3166-1 code TV (alpha-3 TUV, M49 798)." },
  TW: { label: "Taiwan (Province of China)", definition: "ISO 3166-1 code TW (alpha-3 TWN, M49 158)." },
  TZ: { label: "Tanzania, the United Republic of", definition: "ISO 3166-1 code TZ (alpha-3 TZA, M49 834)." },
  UA: { label: "Ukraine", definition: "ISO 3166-1 code UA (alpha-3 UKR, M49 804)." },
  UG: { label: "Uganda", definition: "ISO 3166-1 code UG (alpha-3 UGA, M49 800)." },
  UM: { label: "United States Minor Outlying Islands", definition: "ISO 3166-1 code UM (alpha-3 UMI, M49 581)." },
  US: { label: "United States of America", definition: "ISO 3166-1 code US (alpha-3 USA, M49 840)." },
  UY: { label: "Uruguay", definition: "ISO 3166-1 code UY (alpha-3 URY, M49 858)." },
  UZ: { label: "Uzbekistan", definition: "ISO 3166-1 code UZ (alpha-3 UZB, M49 860)." },
  VA: { label: "Holy See", definition: "ISO 3166-1 code VA (alpha-3 VAT, M49 336)." },
  VC: { label: "Saint Vincent and the Grenadines", definition: "ISO 3166-1 code VC (alpha-3 VCT, M49 670)." },
  VE: { label: "Venezuela (Bolivarian Republic of)", definition: "ISO 3166-1 code VE (alpha-3 VEN, M49 862)." },
  VG: { label: "Virgin Islands (British)", definition: "ISO 3166-1 code VG (alpha-3 VGB, M49 092)." },
  VI: { label: "Virgin Islands (U.S.)", definition: "ISO 3166-1 code VI (alpha-3 VIR, M49 850)." },
  VN: { label: "Viet Nam", definition: "ISO 3166-1 code VN (alpha-3 VNM, M49 704)." },
  VU: { label: "Vanuatu", definition: "ISO 3166-1 code VU (alpha-3 VUT, M49 548)." },
  WF: { label: "Wallis and Futuna", definition: "ISO 3166-1 code WF (alpha-3 WLF, M49 876)." },
  WS: { label: "Samoa", definition: "ISO 3166-1 code WS (alpha-3 WSM, M49 882)." },
  YE: { label: "Yemen", definition: "ISO 3166-1 code YE (alpha-3 YEM, M49 887)." },
  YT: { label: "Mayotte", definition: "ISO 3166-1 code YT (alpha-3 MYT, M49 175)." },
  ZA: { label: "South Africa", definition: "ISO 3166-1 code ZA (alpha-3 ZAF, M49 710)." },
  ZM: { label: "Zambia", definition: "ISO 3166-1 code ZM (alpha-3 ZMB, M49 894)." },
  ZW: { label: "Zimbabwe", definition: "ISO 3166-1 code ZW (alpha-3 ZWE, M49 716)." },
  XX: { label: "Unknown country", definition: "Country not known or not specified; user-assigned code outside ISO 3166-1 (CTDC writes 00)." }
};

// src/codes/criminal-justice-stage/criminal-justice-stage.en.ts
var criminalJusticeStageEn = {
  suspected: {
    label: "Suspected",
    definition: "Alleged to be involved, with no formal step yet taken by the authorities."
  },
  formal_contact: {
    label: "Formal contact",
    definition: "Brought into formal contact with the police or justice system, e.g. arrested, cautioned or recorded as a suspect."
  },
  investigation: {
    label: "Investigation",
    definition: "Police or prosecutors are gathering evidence on the offence."
  },
  prosecution: { label: "Prosecution", definition: "The prosecution has brought charges before a court." },
  trial: { label: "Trial", definition: "The case is being heard by a court." },
  convicted: { label: "Convicted", definition: "Found guilty by a court." },
  acquitted: { label: "Acquitted", definition: "Found not guilty by a court." },
  case_dismissed: {
    label: "Case dismissed",
    definition: "Proceedings ended without a finding on guilt, for example because charges were dropped."
  },
  appeal: { label: "Appeal", definition: "A decision is being challenged before a higher court." }
};

// src/codes/data-source/data-source.en.ts
var dataSourceEn = {
  case_management: {
    label: "Case management",
    definition: "Records kept by an agency while assisting the person."
  },
  hotline: { label: "Hotline", definition: "Calls or messages received by a helpline." },
  law_enforcement: { label: "Law enforcement", definition: "Police, prosecution or court records." },
  survey: { label: "Survey", definition: "Answers collected through a survey or research study." },
  other: { label: "Other", definition: "Another kind of source." }
};

// src/codes/education-level/education-level.en.ts
var educationLevelEn = {
  no_formal_education: {
    label: "No formal education",
    definition: "Never attended an education programme (ISCED-A 01)."
  },
  early_childhood_education: {
    label: "Early childhood education",
    definition: "ISCED 0: programmes for young children before primary school."
  },
  primary_education: {
    label: "Primary education",
    definition: "ISCED 1: first stage of schooling, teaching basic reading, writing and arithmetic."
  },
  lower_secondary_education: {
    label: "Lower secondary education",
    definition: "ISCED 2: first stage of secondary school, building on primary."
  },
  upper_secondary_education: {
    label: "Upper secondary education",
    definition: "ISCED 3: final stage of secondary school, preparing for higher study or work."
  },
  post_secondary_non_tertiary_education: {
    label: "Post-secondary non-tertiary education",
    definition: "ISCED 4: programmes after secondary school that are not yet higher education."
  },
  short_cycle_tertiary_education: {
    label: "Short-cycle tertiary education",
    definition: "ISCED 5: short, often work-oriented, higher-education programmes."
  },
  bachelors_or_equivalent_level: {
    label: "Bachelor's or equivalent",
    definition: "ISCED 6: first university degree or equivalent."
  },
  masters_or_equivalent_level: {
    label: "Master's or equivalent",
    definition: "ISCED 7: advanced university degree following a first degree."
  },
  doctoral_or_equivalent_level: {
    label: "Doctorate or equivalent",
    definition: "ISCED 8: doctoral degree based on original research."
  }
};

// src/codes/exchange-purpose/exchange-purpose.en.ts
var exchangePurposeEn = {
  referral: {
    label: "Referral",
    definition: "Referring a person to an agency for assistance or protection."
  },
  case_cooperation: {
    label: "Case cooperation",
    definition: "Cooperation between agencies or states on an investigation or case."
  },
  statistics: {
    label: "Statistics",
    definition: "Aggregated or de-identified data for official statistics and reporting."
  },
  agency_directory: {
    label: "Agency directory",
    definition: "Information about agencies, their services and contact points."
  },
  research: { label: "Research", definition: "De-identified data for approved research." },
  audit: { label: "Audit", definition: "Records provided for oversight, audit or quality review." }
};

// src/codes/exploitation-form/exploitation-form.en.ts
var exploitationFormEn = {
  sexual_exploitation: {
    label: "Sexual exploitation",
    definition: "Exploiting the prostitution of others or other forms of sexual exploitation."
  },
  forced_labour: {
    label: "Forced labour or services",
    definition: "Work or services obtained under the threat of a penalty, which the person did not offer freely."
  },
  forced_criminality: {
    label: "Forced criminal activity",
    definition: "The victim is made to commit crimes, such as theft, drug cultivation or dealing, or fraud, for others' benefit."
  },
  forced_begging: {
    label: "Forced begging",
    definition: "The victim is made to beg and hand over what they collect."
  },
  forced_marriage: {
    label: "Forced marriage",
    definition: "A marriage entered without the free and full consent of a spouse, used to exploit them."
  },
  organ_removal: {
    label: "Organ removal",
    definition: "Removal of organs or tissue from the victim for transplant or sale."
  },
  slavery_and_practices: {
    label: "Slavery or similar practices",
    definition: "Treating a person as property, or practices akin to it such as serfdom or the sale of a person."
  },
  servitude: {
    label: "Servitude",
    definition: "A state of dependence in which the victim must live and serve under another's control and cannot escape it."
  },
  child_labour: {
    label: "Child labour",
    definition: "Work by a child that is harmful, hazardous or below the legal minimum age."
  },
  forced_military: {
    label: "Forced military service",
    definition: "The victim is made to serve as a combatant or in support roles for an armed force or group; includes child soldiers."
  },
  illegal_adoption: {
    label: "Illegal adoption",
    definition: "A child is given up or taken for adoption through coercion, payment or fraud."
  },
  surrogacy: {
    label: "Forced surrogacy",
    definition: "A woman is made to carry a pregnancy for others against her will or through exploitation."
  },
  benefit_fraud: {
    label: "Benefit fraud",
    definition: "The victim's identity is used to claim social benefits, loans or other payments that the trafficker keeps."
  },
  other: { label: "Other", definition: "Another form of exploitation not listed here." }
};

// src/codes/gender/gender.en.ts
var genderEn = {
  feminine: { label: "Feminine", definition: "Identifies or presents as a woman or girl." },
  masculine: { label: "Masculine", definition: "Identifies or presents as a man or boy." },
  transgender_feminine: {
    label: "Transgender feminine",
    definition: "A transgender person whose gender is feminine."
  },
  transgender_masculine: {
    label: "Transgender masculine",
    definition: "A transgender person whose gender is masculine."
  },
  non_conforming: {
    label: "Gender non-conforming",
    definition: "Identifies or presents outside the feminine/masculine binary, as both or as neither."
  },
  not_specified: {
    label: "Not specified or unknown",
    definition: "Gender was not asked, not disclosed or is not known."
  }
};

// src/codes/iccs-code/iccs-code.en.ts
var iccsCodeEn = {
  "0204": {
    label: "Trafficking in persons",
    definition: "Recruiting, moving, harbouring or receiving persons by improper means for the purpose of exploitation."
  },
  "02041": {
    label: "Trafficking in persons for sexual exploitation",
    definition: "Trafficking whose purpose is sexual exploitation."
  },
  "02042": {
    label: "Trafficking in persons for forced labour or services",
    definition: "Trafficking whose purpose is forced labour or services."
  },
  "02043": {
    label: "Trafficking in persons for organ removal",
    definition: "Trafficking whose purpose is the removal of organs."
  },
  "02044": {
    label: "Trafficking in persons for other purposes",
    definition: "Trafficking for a purpose other than sexual exploitation, forced labour or services, or organ removal."
  },
  "0203": {
    label: "Slavery and exploitation",
    definition: "Holding a person in slavery, servitude or forced labour, or otherwise exploiting them, as an offence separate from trafficking."
  },
  "020321": {
    label: "Forced labour for domestic services",
    definition: "Forcing a person to do domestic work in a household."
  },
  "0302": {
    label: "Sexual exploitation",
    definition: "Using a person for sexual purposes for gain, by abusing their vulnerability or a position of power or trust."
  },
  "03022": {
    label: "Sexual exploitation of children",
    definition: "Sexual exploitation in which the person exploited is a child."
  },
  "030221": {
    label: "Child pornography",
    definition: "Producing, distributing or possessing sexual material depicting children."
  },
  "030222": {
    label: "Child prostitution",
    definition: "Using a child in sexual activities in return for payment or other reward."
  },
  "08051": {
    label: "Smuggling of migrants",
    definition: "Procuring another person's illegal entry into a country for financial or material gain; distinct from trafficking."
  },
  "020221": {
    label: "Kidnapping",
    definition: "Unlawfully seizing and holding a person against their will, for example to demand a ransom."
  },
  "020291": {
    label: "Illegal adoption",
    definition: "Arranging an adoption unlawfully, for example through improper payment, coercion or forged consent."
  },
  "07041": {
    label: "Money laundering",
    definition: "Converting, transferring or concealing property known to be proceeds of crime, to hide its illicit origin."
  }
};

// src/codes/identification-authority/identification-authority.en.ts
var identificationAuthorityEn = {
  police: { label: "Police", definition: "A police or other law-enforcement service made the decision." },
  ngo: { label: "NGO", definition: "A non-governmental organisation made the decision." },
  court_or_prosecution: {
    label: "Court or prosecution",
    definition: "A court, a judge or the public prosecutor made the decision."
  },
  non_police_government: {
    label: "Non-police government body",
    definition: "A government body other than the police, such as a ministry or social-welfare agency, made the decision."
  },
  international_organisation: {
    label: "International organisation",
    definition: "An intergovernmental organisation, such as IOM or a UN agency, made the decision."
  },
  labour_inspectorate: {
    label: "Labour inspectorate",
    definition: "A labour inspection service made the decision."
  },
  other: { label: "Other", definition: "Another kind of body made the decision." }
};

// src/codes/identification-status/identification-status.en.ts
var identificationStatusEn = {
  presumed: {
    label: "Presumed victim",
    definition: "There are reasonable grounds to believe the person is a victim, pending a formal decision."
  },
  identified: {
    label: "Identified victim",
    definition: "A competent body has formally decided that the person is a victim of trafficking."
  },
  not_a_victim: {
    label: "Not a victim",
    definition: "After assessment, the person was found not to be a victim of trafficking."
  }
};

// src/codes/ilo-indicator/ilo-indicator.en.ts
var iloIndicatorEn = {
  abuse_of_vulnerability: {
    label: "Abuse of vulnerability",
    definition: "The employer takes advantage of the worker's weak position, such as lack of language, legal status or alternatives."
  },
  deception: {
    label: "Deception",
    definition: "The worker was misled about the nature or conditions of the work."
  },
  restriction_of_movement: {
    label: "Restriction of movement",
    definition: "The worker is confined to, or cannot freely leave, the workplace or living quarters."
  },
  isolation: {
    label: "Isolation",
    definition: "The worker is cut off from the outside world, in a remote place or without means of contact."
  },
  physical_and_sexual_violence: {
    label: "Physical and sexual violence",
    definition: "The worker or their family suffers physical or sexual violence."
  },
  intimidation_and_threats: {
    label: "Intimidation and threats",
    definition: "The worker is threatened, for example with violence, denunciation, deportation or loss of pay."
  },
  retention_of_identity_documents: {
    label: "Retention of identity documents",
    definition: "The employer keeps the worker's identity documents so that the worker cannot leave."
  },
  withholding_of_wages: {
    label: "Withholding of wages",
    definition: "Wages are held back, deferred or not paid, to keep the worker in the job."
  },
  debt_bondage: {
    label: "Debt bondage",
    definition: "The worker must work off a debt, often from recruitment fees or advances, that keeps growing or cannot be repaid."
  },
  abusive_working_and_living_conditions: {
    label: "Abusive working and living conditions",
    definition: "Degrading, hazardous or unsanitary conditions at work or in the housing provided."
  },
  excessive_overtime: {
    label: "Excessive overtime",
    definition: "Working hours or days far beyond legal limits, often with no way to refuse."
  }
};

// src/codes/isic-section/isic-section.en.ts
var isicSectionEn = {
  A: {
    label: "Agriculture, forestry and fishing",
    definition: "Growing crops, raising animals, logging, fishing and aquaculture."
  },
  B: {
    label: "Mining and quarrying",
    definition: "Extracting minerals, coal, oil and gas, and quarrying stone, sand and clay."
  },
  C: {
    label: "Manufacturing",
    definition: "Transforming materials into new products, in factories or workshops."
  },
  D: {
    label: "Electricity, gas, steam and air conditioning supply",
    definition: "Generating and distributing electricity, gas, steam and cooled air."
  },
  E: {
    label: "Water supply; sewerage, waste management and remediation",
    definition: "Supplying water, treating sewage, and collecting, treating or recycling waste."
  },
  F: {
    label: "Construction",
    definition: "Building, civil engineering and specialised construction trades."
  },
  G: {
    label: "Wholesale and retail trade; repair of motor vehicles and motorcycles",
    definition: "Buying and reselling goods, including street and market trade, and repairing vehicles."
  },
  H: {
    label: "Transportation and storage",
    definition: "Carrying passengers or freight, warehousing, and postal and courier services."
  },
  I: {
    label: "Accommodation and food service activities",
    definition: "Short-stay lodging and preparing meals and drinks, as in hotels, restaurants and bars."
  },
  J: {
    label: "Information and communication",
    definition: "Publishing, broadcasting, telecommunications and information technology services."
  },
  K: {
    label: "Financial and insurance activities",
    definition: "Banking, insurance, pension funding and related financial services."
  },
  L: { label: "Real estate activities", definition: "Buying, selling, renting and managing real estate." },
  M: {
    label: "Professional, scientific and technical activities",
    definition: "Legal, accounting, engineering, research, advertising and other specialised services."
  },
  N: {
    label: "Administrative and support service activities",
    definition: "Renting, employment and travel agencies, security, cleaning and other support services."
  },
  O: {
    label: "Public administration and defence; compulsory social security",
    definition: "Government administration, defence, public order and compulsory social security."
  },
  P: { label: "Education", definition: "Teaching at all levels and other educational services." },
  Q: {
    label: "Human health and social work activities",
    definition: "Hospitals, medical practice, residential care and social assistance."
  },
  R: {
    label: "Arts, entertainment and recreation",
    definition: "Performing arts, museums, gambling, sports and other recreation."
  },
  S: {
    label: "Other service activities",
    definition: "Membership organisations, repair of personal goods and other personal services."
  },
  T: {
    label: "Activities of households as employers",
    definition: "Households employing domestic staff, or producing goods and services for their own use."
  },
  U: {
    label: "Activities of extraterritorial organizations and bodies",
    definition: "International organisations and other bodies outside national jurisdiction."
  }
};

// src/codes/labour-sector/labour-sector.en.ts
var labourSectorEn = {
  agriculture: { label: "Agriculture", definition: "Farming, herding, plantation and similar rural work." },
  aquafarming: {
    label: "Aquafarming",
    definition: "Raising fish, shellfish or aquatic plants, and related work on or near water."
  },
  begging: {
    label: "Begging",
    definition: "Begging in public places, which CTDC counts as a type of labour."
  },
  construction: {
    label: "Construction",
    definition: "Building, demolition, road works and related site labour."
  },
  domestic_work: {
    label: "Domestic work",
    definition: "Cleaning, cooking, caregiving and other work in a private household."
  },
  hospitality: {
    label: "Hospitality",
    definition: "Work in hotels, restaurants, bars and similar services."
  },
  illicit_activities: {
    label: "Illicit activities",
    definition: "Work in activities that are themselves illegal, such as drug production or smuggling."
  },
  manufacturing: {
    label: "Manufacturing",
    definition: "Producing goods in factories, workshops or at home."
  },
  mining_or_drilling: {
    label: "Mining or drilling",
    definition: "Work in mines, quarries or oil and gas drilling."
  },
  peddling: {
    label: "Peddling",
    definition: "Selling goods on the street, door to door or on public transport."
  },
  transportation: {
    label: "Transportation",
    definition: "Driving, shipping, loading and other transport work."
  },
  other: { label: "Other", definition: "Another sector not listed here." }
};

// src/codes/language/language.en.generated.ts
var languageEn = {
  aa: { label: "Afar", definition: "ISO 639-1 code aa (ISO 639-2 aar)." },
  ab: { label: "Abkhazian", definition: "ISO 639-1 code ab (ISO 639-2 abk)." },
  ae: { label: "Avestan", definition: "ISO 639-1 code ae (ISO 639-2 ave)." },
  af: { label: "Afrikaans", definition: "ISO 639-1 code af (ISO 639-2 afr)." },
  ak: { label: "Akan", definition: "ISO 639-1 code ak (ISO 639-2 aka)." },
  am: { label: "Amharic", definition: "ISO 639-1 code am (ISO 639-2 amh)." },
  an: { label: "Aragonese", definition: "ISO 639-1 code an (ISO 639-2 arg)." },
  ar: { label: "Arabic", definition: "ISO 639-1 code ar (ISO 639-2 ara)." },
  as: { label: "Assamese", definition: "ISO 639-1 code as (ISO 639-2 asm)." },
  av: { label: "Avaric", definition: "ISO 639-1 code av (ISO 639-2 ava)." },
  ay: { label: "Aymara", definition: "ISO 639-1 code ay (ISO 639-2 aym)." },
  az: { label: "Azerbaijani", definition: "ISO 639-1 code az (ISO 639-2 aze)." },
  ba: { label: "Bashkir", definition: "ISO 639-1 code ba (ISO 639-2 bak)." },
  be: { label: "Belarusian", definition: "ISO 639-1 code be (ISO 639-2 bel)." },
  bg: { label: "Bulgarian", definition: "ISO 639-1 code bg (ISO 639-2 bul)." },
  bh: { label: "Bihari languages", definition: "ISO 639-1 code bh (ISO 639-2 bih)." },
  bi: { label: "Bislama", definition: "ISO 639-1 code bi (ISO 639-2 bis)." },
  bm: { label: "Bambara", definition: "ISO 639-1 code bm (ISO 639-2 bam)." },
  bn: { label: "Bengali", definition: "ISO 639-1 code bn (ISO 639-2 ben)." },
  bo: { label: "Tibetan", definition: "ISO 639-1 code bo (ISO 639-2/B tib, ISO 639-2/T bod)." },
  br: { label: "Breton", definition: "ISO 639-1 code br (ISO 639-2 bre)." },
  bs: { label: "Bosnian", definition: "ISO 639-1 code bs (ISO 639-2 bos)." },
  ca: { label: "Catalan", definition: "ISO 639-1 code ca (ISO 639-2 cat)." },
  ce: { label: "Chechen", definition: "ISO 639-1 code ce (ISO 639-2 che)." },
  ch: { label: "Chamorro", definition: "ISO 639-1 code ch (ISO 639-2 cha)." },
  co: { label: "Corsican", definition: "ISO 639-1 code co (ISO 639-2 cos)." },
  cr: { label: "Cree", definition: "ISO 639-1 code cr (ISO 639-2 cre)." },
  cs: { label: "Czech", definition: "ISO 639-1 code cs (ISO 639-2/B cze, ISO 639-2/T ces)." },
  cu: { label: "Church Slavic", definition: "ISO 639-1 code cu (ISO 639-2 chu)." },
  cv: { label: "Chuvash", definition: "ISO 639-1 code cv (ISO 639-2 chv)." },
  cy: { label: "Welsh", definition: "ISO 639-1 code cy (ISO 639-2/B wel, ISO 639-2/T cym)." },
  da: { label: "Danish", definition: "ISO 639-1 code da (ISO 639-2 dan)." },
  de: { label: "German", definition: "ISO 639-1 code de (ISO 639-2/B ger, ISO 639-2/T deu)." },
  dv: { label: "Maldivian", definition: "ISO 639-1 code dv (ISO 639-2 div)." },
  dz: { label: "Dzongkha", definition: "ISO 639-1 code dz (ISO 639-2 dzo)." },
  ee: { label: "Ewe", definition: "ISO 639-1 code ee (ISO 639-2 ewe)." },
  el: { label: "Greek (modern)", definition: "ISO 639-1 code el (ISO 639-2/B gre, ISO 639-2/T ell)." },
  en: { label: "English", definition: "ISO 639-1 code en (ISO 639-2 eng)." },
  eo: { label: "Esperanto", definition: "ISO 639-1 code eo (ISO 639-2 epo)." },
  es: { label: "Spanish", definition: "ISO 639-1 code es (ISO 639-2 spa)." },
  et: { label: "Estonian", definition: "ISO 639-1 code et (ISO 639-2 est)." },
  eu: { label: "Basque", definition: "ISO 639-1 code eu (ISO 639-2/B baq, ISO 639-2/T eus)." },
  fa: { label: "Persian", definition: "ISO 639-1 code fa (ISO 639-2/B per, ISO 639-2/T fas)." },
  ff: { label: "Fulah", definition: "ISO 639-1 code ff (ISO 639-2 ful)." },
  fi: { label: "Finnish", definition: "ISO 639-1 code fi (ISO 639-2 fin)." },
  fj: { label: "Fijian", definition: "ISO 639-1 code fj (ISO 639-2 fij)." },
  fo: { label: "Faroese", definition: "ISO 639-1 code fo (ISO 639-2 fao)." },
  fr: { label: "French", definition: "ISO 639-1 code fr (ISO 639-2/B fre, ISO 639-2/T fra)." },
  fy: { label: "Western Frisian", definition: "ISO 639-1 code fy (ISO 639-2 fry)." },
  ga: { label: "Irish", definition: "ISO 639-1 code ga (ISO 639-2 gle)." },
  gd: { label: "Scottish Gaelic", definition: "ISO 639-1 code gd (ISO 639-2 gla)." },
  gl: { label: "Galician", definition: "ISO 639-1 code gl (ISO 639-2 glg)." },
  gn: { label: "Guaran\xED", definition: "ISO 639-1 code gn (ISO 639-2 grn)." },
  gu: { label: "Gujarati", definition: "ISO 639-1 code gu (ISO 639-2 guj)." },
  gv: { label: "Manx", definition: "ISO 639-1 code gv (ISO 639-2 glv)." },
  ha: { label: "Hausa", definition: "ISO 639-1 code ha (ISO 639-2 hau)." },
  he: { label: "Hebrew (modern)", definition: "ISO 639-1 code he (ISO 639-2 heb)." },
  hi: { label: "Hindi", definition: "ISO 639-1 code hi (ISO 639-2 hin)." },
  ho: { label: "Hiri Motu", definition: "ISO 639-1 code ho (ISO 639-2 hmo)." },
  hr: { label: "Croatian", definition: "ISO 639-1 code hr (ISO 639-2 hrv)." },
  ht: { label: "Haitian Creole", definition: "ISO 639-1 code ht (ISO 639-2 hat)." },
  hu: { label: "Hungarian", definition: "ISO 639-1 code hu (ISO 639-2 hun)." },
  hy: { label: "Armenian", definition: "ISO 639-1 code hy (ISO 639-2/B arm, ISO 639-2/T hye)." },
  hz: { label: "Herero", definition: "ISO 639-1 code hz (ISO 639-2 her)." },
  ia: { label: "Interlingua", definition: "ISO 639-1 code ia (ISO 639-2 ina)." },
  id: { label: "Indonesian", definition: "ISO 639-1 code id (ISO 639-2 ind)." },
  ie: { label: "Interlingue", definition: "ISO 639-1 code ie (ISO 639-2 ile)." },
  ig: { label: "Igbo", definition: "ISO 639-1 code ig (ISO 639-2 ibo)." },
  ii: { label: "Nuosu", definition: "ISO 639-1 code ii (ISO 639-2 iii)." },
  ik: { label: "Inupiaq", definition: "ISO 639-1 code ik (ISO 639-2 ipk)." },
  io: { label: "Ido", definition: "ISO 639-1 code io (ISO 639-2 ido)." },
  is: { label: "Icelandic", definition: "ISO 639-1 code is (ISO 639-2/B ice, ISO 639-2/T isl)." },
  it: { label: "Italian", definition: "ISO 639-1 code it (ISO 639-2 ita)." },
  iu: { label: "Inuktitut", definition: "ISO 639-1 code iu (ISO 639-2 iku)." },
  ja: { label: "Japanese", definition: "ISO 639-1 code ja (ISO 639-2 jpn)." },
  jv: { label: "Javanese", definition: "ISO 639-1 code jv (ISO 639-2 jav)." },
  ka: { label: "Georgian", definition: "ISO 639-1 code ka (ISO 639-2/B geo, ISO 639-2/T kat)." },
  kg: { label: "Kongo", definition: "ISO 639-1 code kg (ISO 639-2 kon)." },
  ki: { label: "Kikuyu", definition: "ISO 639-1 code ki (ISO 639-2 kik)." },
  kj: { label: "Kwanyama", definition: "ISO 639-1 code kj (ISO 639-2 kua)." },
  kk: { label: "Kazakh", definition: "ISO 639-1 code kk (ISO 639-2 kaz)." },
  kl: { label: "Greenlandic", definition: "ISO 639-1 code kl (ISO 639-2 kal)." },
  km: { label: "Central Khmer", definition: "ISO 639-1 code km (ISO 639-2 khm)." },
  kn: { label: "Kannada", definition: "ISO 639-1 code kn (ISO 639-2 kan)." },
  ko: { label: "Korean", definition: "ISO 639-1 code ko (ISO 639-2 kor)." },
  kr: { label: "Kanuri", definition: "ISO 639-1 code kr (ISO 639-2 kau)." },
  ks: { label: "Kashmiri", definition: "ISO 639-1 code ks (ISO 639-2 kas)." },
  ku: { label: "Kurdish", definition: "ISO 639-1 code ku (ISO 639-2 kur)." },
  kv: { label: "Komi", definition: "ISO 639-1 code kv (ISO 639-2 kom)." },
  kw: { label: "Cornish", definition: "ISO 639-1 code kw (ISO 639-2 cor)." },
  ky: { label: "Kyrgyz", definition: "ISO 639-1 code ky (ISO 639-2 kir)." },
  la: { label: "Latin", definition: "ISO 639-1 code la (ISO 639-2 lat)." },
  lb: { label: "Luxembourgish", definition: "ISO 639-1 code lb (ISO 639-2 ltz)." },
  lg: { label: "Ganda", definition: "ISO 639-1 code lg (ISO 639-2 lug)." },
  li: { label: "Limburgish", definition: "ISO 639-1 code li (ISO 639-2 lim)." },
  ln: { label: "Lingala", definition: "ISO 639-1 code ln (ISO 639-2 lin)." },
  lo: { label: "Lao", definition: "ISO 639-1 code lo (ISO 639-2 lao)." },
  lt: { label: "Lithuanian", definition: "ISO 639-1 code lt (ISO 639-2 lit)." },
  lu: { label: "Luba-Katanga", definition: "ISO 639-1 code lu (ISO 639-2 lub)." },
  lv: { label: "Latvian", definition: "ISO 639-1 code lv (ISO 639-2 lav)." },
  mg: { label: "Malagasy", definition: "ISO 639-1 code mg (ISO 639-2 mlg)." },
  mh: { label: "Marshallese", definition: "ISO 639-1 code mh (ISO 639-2 mah)." },
  mi: { label: "Maori", definition: "ISO 639-1 code mi (ISO 639-2/B mao, ISO 639-2/T mri)." },
  mk: { label: "Macedonian", definition: "ISO 639-1 code mk (ISO 639-2/B mac, ISO 639-2/T mkd)." },
  ml: { label: "Malayalam", definition: "ISO 639-1 code ml (ISO 639-2 mal)." },
  mn: { label: "Mongolian", definition: "ISO 639-1 code mn (ISO 639-2 mon)." },
  mr: { label: "Marathi", definition: "ISO 639-1 code mr (ISO 639-2 mar)." },
  ms: { label: "Malay", definition: "ISO 639-1 code ms (ISO 639-2/B may, ISO 639-2/T msa)." },
  mt: { label: "Maltese", definition: "ISO 639-1 code mt (ISO 639-2 mlt)." },
  my: { label: "Burmese", definition: "ISO 639-1 code my (ISO 639-2/B bur, ISO 639-2/T mya)." },
  na: { label: "Nauru", definition: "ISO 639-1 code na (ISO 639-2 nau)." },
  nb: { label: "Bokm\xE5l", definition: "ISO 639-1 code nb (ISO 639-2 nob)." },
  nd: { label: "North Ndebele", definition: "ISO 639-1 code nd (ISO 639-2 nde)." },
  ne: { label: "Nepali", definition: "ISO 639-1 code ne (ISO 639-2 nep)." },
  ng: { label: "Ndonga", definition: "ISO 639-1 code ng (ISO 639-2 ndo)." },
  nl: { label: "Dutch", definition: "ISO 639-1 code nl (ISO 639-2/B dut, ISO 639-2/T nld)." },
  nn: { label: "Norwegian Nynorsk", definition: "ISO 639-1 code nn (ISO 639-2 nno)." },
  no: { label: "Norwegian", definition: "ISO 639-1 code no (ISO 639-2 nor)." },
  nr: { label: "South Ndebele", definition: "ISO 639-1 code nr (ISO 639-2 nbl)." },
  nv: { label: "Navajo", definition: "ISO 639-1 code nv (ISO 639-2 nav)." },
  ny: { label: "Nyanja", definition: "ISO 639-1 code ny (ISO 639-2 nya)." },
  oc: { label: "Occitan", definition: "ISO 639-1 code oc (ISO 639-2 oci)." },
  oj: { label: "Ojibwa", definition: "ISO 639-1 code oj (ISO 639-2 oji)." },
  om: { label: "Oromo", definition: "ISO 639-1 code om (ISO 639-2 orm)." },
  or: { label: "Oriya", definition: "ISO 639-1 code or (ISO 639-2 ori)." },
  os: { label: "Ossetian", definition: "ISO 639-1 code os (ISO 639-2 oss)." },
  pa: { label: "Punjabi", definition: "ISO 639-1 code pa (ISO 639-2 pan)." },
  pi: { label: "Pali", definition: "ISO 639-1 code pi (ISO 639-2 pli)." },
  pl: { label: "Polish", definition: "ISO 639-1 code pl (ISO 639-2 pol)." },
  ps: { label: "Pashto", definition: "ISO 639-1 code ps (ISO 639-2 pus)." },
  pt: { label: "Portuguese", definition: "ISO 639-1 code pt (ISO 639-2 por)." },
  qu: { label: "Quechua", definition: "ISO 639-1 code qu (ISO 639-2 que)." },
  rm: { label: "Romansh", definition: "ISO 639-1 code rm (ISO 639-2 roh)." },
  rn: { label: "Rundi", definition: "ISO 639-1 code rn (ISO 639-2 run)." },
  ro: { label: "Romanian", definition: "ISO 639-1 code ro (ISO 639-2/B rum, ISO 639-2/T ron)." },
  ru: { label: "Russian", definition: "ISO 639-1 code ru (ISO 639-2 rus)." },
  rw: { label: "Kinyarwanda", definition: "ISO 639-1 code rw (ISO 639-2 kin)." },
  sa: { label: "Sanskrit", definition: "ISO 639-1 code sa (ISO 639-2 san)." },
  sc: { label: "Sardinian", definition: "ISO 639-1 code sc (ISO 639-2 srd)." },
  sd: { label: "Sindhi", definition: "ISO 639-1 code sd (ISO 639-2 snd)." },
  se: { label: "Northern Sami", definition: "ISO 639-1 code se (ISO 639-2 sme)." },
  sg: { label: "Sango", definition: "ISO 639-1 code sg (ISO 639-2 sag)." },
  si: { label: "Sinhalese", definition: "ISO 639-1 code si (ISO 639-2 sin)." },
  sk: { label: "Slovak", definition: "ISO 639-1 code sk (ISO 639-2/B slo, ISO 639-2/T slk)." },
  sl: { label: "Slovenian", definition: "ISO 639-1 code sl (ISO 639-2 slv)." },
  sm: { label: "Samoan", definition: "ISO 639-1 code sm (ISO 639-2 smo)." },
  sn: { label: "Shona", definition: "ISO 639-1 code sn (ISO 639-2 sna)." },
  so: { label: "Somali", definition: "ISO 639-1 code so (ISO 639-2 som)." },
  sq: { label: "Albanian", definition: "ISO 639-1 code sq (ISO 639-2/B alb, ISO 639-2/T sqi)." },
  sr: { label: "Serbian", definition: "ISO 639-1 code sr (ISO 639-2 srp)." },
  ss: { label: "Swati", definition: "ISO 639-1 code ss (ISO 639-2 ssw)." },
  st: { label: "Southern Sotho", definition: "ISO 639-1 code st (ISO 639-2 sot)." },
  su: { label: "Sundanese", definition: "ISO 639-1 code su (ISO 639-2 sun)." },
  sv: { label: "Swedish", definition: "ISO 639-1 code sv (ISO 639-2 swe)." },
  sw: { label: "Swahili", definition: "ISO 639-1 code sw (ISO 639-2 swa)." },
  ta: { label: "Tamil", definition: "ISO 639-1 code ta (ISO 639-2 tam)." },
  te: { label: "Telugu", definition: "ISO 639-1 code te (ISO 639-2 tel)." },
  tg: { label: "Tajik", definition: "ISO 639-1 code tg (ISO 639-2 tgk)." },
  th: { label: "Thai", definition: "ISO 639-1 code th (ISO 639-2 tha)." },
  ti: { label: "Tigrinya", definition: "ISO 639-1 code ti (ISO 639-2 tir)." },
  tk: { label: "Turkmen", definition: "ISO 639-1 code tk (ISO 639-2 tuk)." },
  tl: { label: "Tagalog", definition: "ISO 639-1 code tl (ISO 639-2 tgl)." },
  tn: { label: "Tswana", definition: "ISO 639-1 code tn (ISO 639-2 tsn)." },
  to: { label: "Tonga", definition: "ISO 639-1 code to (ISO 639-2 ton)." },
  tr: { label: "Turkish", definition: "ISO 639-1 code tr (ISO 639-2 tur)." },
  ts: { label: "Tsonga", definition: "ISO 639-1 code ts (ISO 639-2 tso)." },
  tt: { label: "Tatar", definition: "ISO 639-1 code tt (ISO 639-2 tat)." },
  tw: { label: "Twi", definition: "ISO 639-1 code tw (ISO 639-2 twi)." },
  ty: { label: "Tahitian", definition: "ISO 639-1 code ty (ISO 639-2 tah)." },
  ug: { label: "Uyghur", definition: "ISO 639-1 code ug (ISO 639-2 uig)." },
  uk: { label: "Ukrainian", definition: "ISO 639-1 code uk (ISO 639-2 ukr)." },
  ur: { label: "Urdu", definition: "ISO 639-1 code ur (ISO 639-2 urd)." },
  uz: { label: "Uzbek", definition: "ISO 639-1 code uz (ISO 639-2 uzb)." },
  ve: { label: "Venda", definition: "ISO 639-1 code ve (ISO 639-2 ven)." },
  vi: { label: "Vietnamese", definition: "ISO 639-1 code vi (ISO 639-2 vie)." },
  vo: { label: "Volap\xFCk", definition: "ISO 639-1 code vo (ISO 639-2 vol)." },
  wa: { label: "Walloon", definition: "ISO 639-1 code wa (ISO 639-2 wln)." },
  wo: { label: "Wolof", definition: "ISO 639-1 code wo (ISO 639-2 wol)." },
  xh: { label: "Xhosa", definition: "ISO 639-1 code xh (ISO 639-2 xho)." },
  yi: { label: "Yiddish", definition: "ISO 639-1 code yi (ISO 639-2 yid)." },
  yo: { label: "Yoruba", definition: "ISO 639-1 code yo (ISO 639-2 yor)." },
  za: { label: "Zhuang", definition: "ISO 639-1 code za (ISO 639-2 zha)." },
  zh: { label: "Chinese", definition: "ISO 639-1 code zh (ISO 639-2/B chi, ISO 639-2/T zho)." },
  zu: { label: "Zulu", definition: "ISO 639-1 code zu (ISO 639-2 zul)." }
};

// src/codes/majority-status/majority-status.en.ts
var majorityStatusEn = {
  child: { label: "Child", definition: "Under 18 years of age." },
  adult: { label: "Adult", definition: "18 years of age or older." },
  unknown: { label: "Unknown", definition: "Whether the person is a child or an adult is not known." }
};

// src/codes/marital-status/marital-status.en.ts
var maritalStatusEn = {
  single: { label: "Single", definition: "Has never been married or in a registered partnership." },
  married: { label: "Married", definition: "Currently married." },
  widowed: {
    label: "Widowed",
    definition: "The spouse or registered partner has died and the person has not remarried."
  },
  divorced: { label: "Divorced", definition: "The marriage has been legally dissolved." },
  separated: { label: "Separated", definition: "Still married but living apart from the spouse." },
  registered_partnership: {
    label: "Registered partnership",
    definition: "In a civil union or partnership registered under the law."
  }
};

// src/codes/means-of-control/means-of-control.en.ts
var meansOfControlEn = {
  debt_bondage: {
    label: "Debt bondage",
    definition: "The victim is kept working to repay a debt that is inflated, never shrinks or cannot be repaid."
  },
  takes_earnings: {
    label: "Takes earnings",
    definition: "The controller keeps all or most of the money the victim earns."
  },
  restricts_financial_access: {
    label: "Restricts financial access",
    definition: "The victim is kept from having or using money, bank accounts or payment cards."
  },
  threats: { label: "Threats", definition: "The victim is threatened with violence or other harm." },
  threats_to_family: {
    label: "Threats to children or family",
    definition: "Harm is threatened against the victim's children or other relatives."
  },
  psychological_abuse: {
    label: "Psychological abuse",
    definition: "Humiliation, intimidation, isolation or manipulation that wears down the victim's will."
  },
  physical_abuse: {
    label: "Physical abuse",
    definition: "The victim is beaten, injured or otherwise physically harmed."
  },
  sexual_abuse: {
    label: "Sexual abuse",
    definition: "The victim is subjected to sexual violence or unwanted sexual acts as a means of control."
  },
  false_promises: {
    label: "False promises",
    definition: "The victim was lured or is kept by promises of work, pay, papers or a relationship that are not kept."
  },
  psychoactive_substances: {
    label: "Psychoactive substances",
    definition: "Alcohol or drugs are given to, forced on or withheld from the victim to create dependence or compliance."
  },
  restricts_movement: {
    label: "Restricts movement",
    definition: "The victim is locked in, watched or otherwise kept from leaving or going where they wish."
  },
  restricts_medical_care: {
    label: "Restricts medical care",
    definition: "The victim is denied or kept from health care when needed."
  },
  excessive_working_hours: {
    label: "Excessive working hours",
    definition: "The victim is made to work far beyond legal or reasonable hours, without adequate rest."
  },
  uses_children: {
    label: "Uses children",
    definition: "The victim's children are used as leverage, for example through threats or by separating them."
  },
  threat_of_law_enforcement: {
    label: "Threat of law enforcement",
    definition: "The victim is threatened with police, arrest, prosecution or deportation."
  },
  withholds_necessities: {
    label: "Withholds necessities",
    definition: "Food, water, sleep, shelter or other basic needs are withheld from the victim."
  },
  withholds_documents: {
    label: "Withholds documents",
    definition: "The victim's passport, identity or travel documents are taken or kept from them."
  },
  other: { label: "Other", definition: "Another means of control not listed here." }
};

// src/codes/migration-status/migration-status.en.ts
var migrationStatusEn = {
  national: { label: "National", definition: "A citizen of the country that makes the record." },
  regular_migrant: {
    label: "Regular migrant",
    definition: "A non-national staying with valid authorisation."
  },
  irregular_migrant: {
    label: "Irregular migrant",
    definition: "A non-national without authorisation to enter, stay or work."
  },
  asylum_seeker: {
    label: "Asylum seeker",
    definition: "A person whose claim for international protection has not yet been decided."
  },
  refugee: {
    label: "Refugee",
    definition: "A person recognised as a refugee or granted international protection."
  },
  stateless: { label: "Stateless", definition: "A person whom no state considers as its national." },
  internally_displaced: {
    label: "Internally displaced",
    definition: "A person forced to flee home who has not crossed an international border."
  },
  returnee: {
    label: "Returnee",
    definition: "A national who has come back to the country after living abroad."
  },
  unknown: { label: "Unknown", definition: "Migration status is not known or was not recorded." }
};

// src/codes/organised-crime-involvement/organised-crime-involvement.en.ts
var organisedCrimeInvolvementEn = {
  none: { label: "None", definition: "No involvement of organised crime was found." },
  individual: {
    label: "Individual offender",
    definition: "Committed by one person, or a few acting without an organised structure."
  },
  organised_criminal_group: {
    label: "Organised criminal group",
    definition: "A structured group of three or more people acting together over time for material gain."
  },
  transnational_network: {
    label: "Transnational network",
    definition: "An organised group or network operating across national borders."
  },
  unknown: { label: "Unknown", definition: "Not known or not assessed." }
};

// src/codes/palermo-means/palermo-means.en.ts
var palermoMeansEn = {
  threat_of_force: {
    label: "Threat of force",
    definition: "Threatening violence against the victim or another person to obtain compliance."
  },
  use_of_force: {
    label: "Use of force",
    definition: "Physical violence or restraint actually used against the victim."
  },
  other_coercion: {
    label: "Other forms of coercion",
    definition: "Pressure other than force, such as psychological pressure or threats about legal status."
  },
  abduction: { label: "Abduction", definition: "Taking or carrying a person away against their will." },
  fraud: {
    label: "Fraud",
    definition: "Dishonest schemes, such as false contracts or documents, that draw the victim into exploitation."
  },
  deception: {
    label: "Deception",
    definition: "Misleading the victim about the work, conditions, pay, destination or purpose."
  },
  abuse_of_power: {
    label: "Abuse of power",
    definition: "Misusing authority over the victim, such as that of an employer, official, guardian or community leader."
  },
  abuse_of_vulnerability: {
    label: "Abuse of a position of vulnerability",
    definition: "Taking advantage of a situation in which the person has no real or acceptable alternative but to submit."
  },
  payments_to_controller: {
    label: "Payments to a person in control",
    definition: "Giving or receiving payments or benefits to obtain the consent of someone who has control over the victim."
  }
};

// src/codes/penalty-type/penalty-type.en.ts
var penaltyTypeEn = {
  imprisonment: { label: "Imprisonment", definition: "A custodial sentence served in prison." },
  suspended_sentence: {
    label: "Suspended sentence",
    definition: "A prison term that is not served unless the person breaches set conditions."
  },
  fine: { label: "Fine", definition: "A sum of money to be paid to the state." },
  community_service: {
    label: "Community service",
    definition: "Unpaid work for the benefit of the community."
  },
  asset_confiscation: {
    label: "Asset confiscation",
    definition: "Permanent loss of property or proceeds linked to the offence."
  },
  deportation: { label: "Deportation", definition: "Removal of a non-national offender from the country." },
  other: { label: "Other", definition: "Another kind of sanction." }
};

// src/codes/perpetrator-role/perpetrator-role.en.ts
var perpetratorRoleEn = {
  travelling_partner: {
    label: "Travelling partner",
    definition: "Travelled with the victim, for example as a companion or escort."
  },
  transporter: { label: "Transporter", definition: "Drove or otherwise conveyed the victim." },
  recruiter_or_intermediary: {
    label: "Recruiter or intermediary",
    definition: "Recruited the victim or acted as a go-between."
  },
  broker_travel_agent: {
    label: "Broker or travel agent",
    definition: "Arranged travel, documents or jobs as a broker or agent."
  },
  transferred_individual: {
    label: "Transferred the victim",
    definition: "Handed the victim over from one place or controller to another."
  },
  harboured_individual: { label: "Harboured the victim", definition: "Housed or hid the victim." },
  sold_individual: { label: "Sold the victim", definition: "Sold the victim to another person." },
  bought_individual: { label: "Bought the victim", definition: "Paid to obtain the victim." },
  received_individual: {
    label: "Received the victim",
    definition: "Took delivery of the victim at a place of transit or destination."
  },
  controlled_individual: {
    label: "Controlled the victim",
    definition: "Exercised control over the victim's movements, work or earnings."
  },
  smuggler: { label: "Smuggler", definition: "Helped the victim cross a border irregularly." },
  abuser: { label: "Abuser", definition: "Abused the victim physically, sexually or psychologically." },
  kidnapper: { label: "Kidnapper", definition: "Abducted the victim by force or deception." },
  exploiter: { label: "Exploiter", definition: "Profited directly from the victim's exploitation." },
  organiser: { label: "Organiser", definition: "Planned, directed or led the trafficking operation." },
  financier: { label: "Financier", definition: "Provided money to fund the trafficking operation." },
  money_launderer: {
    label: "Money launderer",
    definition: "Concealed or moved the proceeds of the trafficking."
  },
  other: { label: "Other", definition: "Another role, described in the record." }
};

// src/codes/place-role/place-role.en.ts
var placeRoleEn = {
  recruitment: { label: "Recruitment", definition: "Where the victim was recruited." },
  transit: { label: "Transit", definition: "A place the victim passed through on the way to exploitation." },
  exploitation: { label: "Exploitation", definition: "Where the victim was exploited." },
  identification: { label: "Identification", definition: "Where the victim was detected or identified." }
};

// src/codes/platform/platform.en.ts
var platformEn = {
  facebook: { label: "Facebook", definition: "Meta's social network." },
  instagram: { label: "Instagram", definition: "Photo and video sharing network owned by Meta." },
  whatsapp: { label: "WhatsApp", definition: "Messaging app owned by Meta." },
  telegram: { label: "Telegram", definition: "Messaging app with channels and large groups." },
  facebook_messenger: { label: "Facebook Messenger", definition: "Messaging app linked to Facebook." },
  viber: { label: "Viber", definition: "Messaging and calling app." },
  snapchat: { label: "Snapchat", definition: "Messaging app built around disappearing photos and videos." },
  line: { label: "LINE", definition: "Messaging app widely used in East and South-East Asia." },
  four_sale: { label: "4Sale", definition: "Classified-ads app used mainly in the Gulf states." },
  wechat: { label: "WeChat", definition: "Messaging, social and payment app widely used in China." },
  qq: { label: "QQ", definition: "Instant messaging service popular in China." },
  qzone: { label: "Qzone", definition: "Social networking site linked to QQ." },
  tiktok: { label: "TikTok", definition: "Short-video sharing app." },
  twitter: { label: "Twitter / X", definition: "Microblogging network, renamed X in 2023." },
  online_classifieds: {
    label: "Online classifieds",
    definition: "Website or app for classified advertisements, such as job, housing or personal ads."
  },
  dating_app: { label: "Dating app or site", definition: "Service for meeting romantic or sexual partners." },
  job_portal: {
    label: "Job portal",
    definition: "Website or app listing job offers or recruitment agencies."
  },
  gaming_platform: {
    label: "Online gaming platform",
    definition: "Online game or gaming community with chat, where strangers can make contact."
  },
  adult_website: {
    label: "Adult website",
    definition: "Website for pornography, escort advertising or other adult content."
  },
  dark_web: {
    label: "Dark web",
    definition: "Hidden services reachable only through anonymising networks such as Tor."
  },
  other: { label: "Other", definition: "Another platform not listed here." }
};

// src/codes/recruiter-relation/recruiter-relation.en.ts
var recruiterRelationEn = {
  intimate_partner: {
    label: "Intimate partner",
    definition: "A current or former spouse, boyfriend, girlfriend or other intimate partner."
  },
  friend: { label: "Friend", definition: "Someone the victim regarded as a friend." },
  family: { label: "Family member", definition: "A relative of the victim by blood, marriage or adoption." },
  acquaintance: {
    label: "Acquaintance",
    definition: "Someone the victim knew before, but not as a relative, partner or friend."
  },
  stranger: { label: "Stranger", definition: "Someone the victim did not know before the recruitment." },
  other: { label: "Other", definition: "Another relationship not listed here." },
  unknown: { label: "Unknown", definition: "The relationship is not known or was not recorded." }
};

// src/codes/recruitment-method/recruitment-method.en.ts
var recruitmentMethodEn = {
  at_place_of_business: {
    label: "At a place of business",
    definition: "The person was approached at a shop, bar, agency or other business premises."
  },
  at_educational_institution: {
    label: "At an educational institution",
    definition: "The person was approached at a school, college, university or training centre."
  },
  at_work: {
    label: "At work",
    definition: "The person was approached at their workplace, for example by a colleague or supervisor."
  },
  online_social_networks: {
    label: "Through online social networks",
    definition: "The person was contacted through social media or messaging apps."
  },
  online_advertisement: {
    label: "Through an online advertisement",
    definition: "The person answered an online advertisement for work, study, travel or marriage."
  },
  television_advertisement: {
    label: "Through a television advert",
    definition: "The person answered an offer advertised on television."
  },
  newspaper_advertisement: {
    label: "Through a newspaper advert",
    definition: "The person answered an offer printed in a newspaper or magazine."
  },
  family_or_family_events: {
    label: "Through family or family events",
    definition: "The person was recruited by or through relatives, or at family gatherings."
  },
  friends_or_social_events: {
    label: "Through friends or social events",
    definition: "The person was recruited by or through friends, or at parties and other social occasions."
  },
  other: { label: "Other", definition: "Another recruitment method not listed here." }
};

// src/codes/referral-reason/referral-reason.en.ts
var referralReasonEn = {
  additional_services_required: {
    label: "Additional services required",
    definition: "The person needs services that the referring agency cannot provide."
  },
  migration_or_change_of_location: {
    label: "Migration or change of location",
    definition: "The person has moved, or is moving, to an area served by another agency."
  },
  safe_return: {
    label: "Safe return",
    definition: "To arrange the person's voluntary and safe return to their country or place of origin."
  },
  continued_assistance: {
    label: "Continued assistance",
    definition: "To keep support that has already started going without a break under the receiving agency."
  },
  criminal_proceedings: {
    label: "Criminal proceedings",
    definition: "To enable the person to take part in, and be protected during, a criminal investigation or trial."
  },
  civil_proceedings: {
    label: "Civil proceedings",
    definition: "To pursue compensation or other claims before civil or labour courts."
  },
  family_reunification: {
    label: "Family reunification",
    definition: "To reunite the person with family members once it is confirmed to be safe."
  },
  resettlement: {
    label: "Resettlement",
    definition: "To relocate the person to a third country or a new place where they can live safely."
  },
  other: { label: "Other", definition: "Another reason, described in the referral." }
};

// src/codes/referral-status/referral-status.en.ts
var referralStatusEn = {
  draft: { label: "Draft", definition: "Being prepared by the referring agency and not yet sent." },
  sent: { label: "Sent", definition: "Sent by the referring agency; receipt not yet confirmed." },
  received: {
    label: "Received",
    definition: "The receiving agency has confirmed receipt but not yet decided."
  },
  accepted: { label: "Accepted", definition: "The receiving agency has agreed to take on the referral." },
  declined: {
    label: "Declined",
    definition: "The receiving agency has refused the referral; no further changes."
  },
  in_progress: {
    label: "In progress",
    definition: "The receiving agency is delivering the requested services."
  },
  completed: {
    label: "Completed",
    definition: "The purpose of the referral has been fulfilled and it is closed."
  },
  withdrawn: {
    label: "Withdrawn",
    definition: "Cancelled by the referring agency or at the person's request; no further changes."
  }
};

// src/codes/risk-level/risk-level.en.ts
var riskLevelEn = {
  low: { label: "Low", definition: "Harm is unlikely, or its impact would be minor." },
  medium: { label: "Medium", definition: "Harm is possible and calls for safeguards." },
  high: { label: "High", definition: "Serious harm is likely without immediate protective action." },
  unknown: { label: "Unknown", definition: "The risk has not been assessed or cannot be determined." }
};

// src/codes/sex/sex.en.ts
var sexEn = {
  female: { label: "Female", definition: "Recorded as female." },
  male: { label: "Male", definition: "Recorded as male." },
  other: { label: "Other", definition: "Recorded as neither female nor male, including intersex." },
  unknown: { label: "Unknown", definition: "Sex was not recorded or is not known." }
};

// src/codes/sexual-exploitation-type/sexual-exploitation-type.en.ts
var sexualExploitationTypeEn = {
  prostitution: {
    label: "Prostitution",
    definition: "Sexual services sold to clients in person, with the proceeds taken by others."
  },
  pornography: {
    label: "Pornography",
    definition: "The victim is made to appear in sexual images or videos that are produced or distributed."
  },
  remote_interactive_services: {
    label: "Remote interactive sexual services",
    definition: "Live sexual performances delivered at a distance, such as webcam shows or sex chat lines."
  },
  private_sexual_services: {
    label: "Private sexual services",
    definition: "Sexual services forced on the victim in a private arrangement, for one person or a closed circle."
  }
};

// src/codes/technology-purpose/technology-purpose.en.ts
var technologyPurposeEn = {
  recruitment: { label: "Recruitment", definition: "Finding, contacting or luring victims." },
  advertising_victims: {
    label: "Advertising victims",
    definition: "Offering victims or their services to buyers or clients."
  },
  communication_with_victim: {
    label: "Communication with the victim",
    definition: "Keeping in touch with, instructing or manipulating the victim."
  },
  control_and_surveillance: {
    label: "Control and surveillance",
    definition: "Tracking, monitoring or threatening the victim, for example through location sharing or images."
  },
  moving_proceeds: {
    label: "Moving proceeds",
    definition: "Receiving, transferring or laundering money from the exploitation, including mobile money and cryptocurrency."
  },
  livestreaming_exploitation: {
    label: "Livestreamed exploitation",
    definition: "Broadcasting abuse or sexual exploitation live to remote viewers."
  },
  exploitation: {
    label: "Exploitation (unspecified)",
    definition: "Used during the exploitation, with no more specific purpose recorded."
  },
  prevention_and_identification: {
    label: "Prevention and identification",
    definition: "Used by authorities or organisations to prevent trafficking, or to identify and reach victims."
  },
  other: { label: "Other", definition: "Another purpose not listed here." }
};

// src/codes/tlp/tlp.en.ts
var tlpEn = {
  RED: {
    label: "TLP:RED",
    definition: "For the named individual recipients only; may not be passed on to anyone else."
  },
  "AMBER+STRICT": {
    label: "TLP:AMBER+STRICT",
    definition: "May be shared only within the recipient's own organisation, on a need-to-know basis."
  },
  AMBER: {
    label: "TLP:AMBER",
    definition: "May be shared within the recipient's organisation and with its clients, on a need-to-know basis."
  },
  GREEN: {
    label: "TLP:GREEN",
    definition: "May be shared within the recipient's community, but not through publicly accessible channels."
  },
  CLEAR: {
    label: "TLP:CLEAR",
    definition: "No limit on disclosure; may be made public, subject to any other legal rules."
  }
};

// src/codes/traffick-duration/traffick-duration.en.ts
var traffickDurationEn = {
  "0-12": { label: "Up to 12 months", definition: "Trafficked for 12 months or less." },
  "13-24": { label: "13 to 24 months", definition: "Trafficked for 13 to 24 months." },
  "25+": { label: "25 months or more", definition: "Trafficked for 25 months or more." }
};

// src/codes/trm-stage/trm-stage.en.ts
var trmStageEn = {
  identification: {
    label: "Identification",
    definition: "Detecting a presumed victim and establishing their status."
  },
  first_assistance_and_protection: {
    label: "First assistance and protection",
    definition: "Immediate safety, shelter, health care, information and a reflection period after identification."
  },
  long_term_assistance_and_social_inclusion: {
    label: "Long-term assistance and social inclusion",
    definition: "Sustained support in the country of destination towards an independent life."
  },
  return_and_social_inclusion: {
    label: "Return and social inclusion",
    definition: "Assisted return to the country of origin after a risk assessment, and reintegration there."
  },
  criminal_and_civil_proceedings: {
    label: "Criminal and civil proceedings",
    definition: "Support for the person's part in prosecuting offenders and in claiming compensation."
  }
};

// src/codes/verdict/verdict.en.ts
var verdictEn = {
  convicted: { label: "Convicted", definition: "Found guilty of the offence." },
  acquitted: { label: "Acquitted", definition: "Found not guilty of the offence." },
  dismissed: {
    label: "Dismissed",
    definition: "Charges dropped or case dismissed without a finding on guilt."
  },
  pending: { label: "Pending", definition: "No final decision has been reached yet." },
  plea_agreement: {
    label: "Plea agreement",
    definition: "Settled by an agreement in which the defendant admits guilt in exchange for a lesser charge or sentence."
  }
};

// src/codes/vulnerability-factor/vulnerability-factor.en.ts
var vulnerabilityFactorEn = {
  addiction: { label: "Addiction", definition: "Dependence on alcohol, drugs or gambling." },
  social_group: {
    label: "Marginalised social group",
    definition: "Belonging to an excluded or stigmatised social group, for example because of caste, sexual orientation or gender identity."
  },
  discrimination: {
    label: "Discrimination",
    definition: "Unequal treatment that limits access to work, services or protection."
  },
  poverty: { label: "Poverty", definition: "Lack of income or resources to meet basic needs." },
  disability_or_physical_health: {
    label: "Disability or physical health",
    definition: "A disability, chronic illness or other physical health condition."
  },
  mental_health: {
    label: "Mental health",
    definition: "A mental health condition or psychosocial disability."
  },
  migration: {
    label: "Migration",
    definition: "Being a migrant, with the dependence and isolation that can bring."
  },
  homelessness: { label: "Homelessness", definition: "Lacking safe, stable housing." },
  social_media_abuse: {
    label: "Abuse through social media",
    definition: "Harassment, exploitation or grooming experienced online."
  },
  physical_abuse: {
    label: "Physical abuse",
    definition: "A history of physical violence, for example at home."
  },
  limited_education: { label: "Limited education", definition: "Little or no schooling, or low literacy." },
  work_environment: {
    label: "Work environment",
    definition: "Working in an informal, isolated or poorly regulated setting."
  },
  environmental_change: {
    label: "Environmental change",
    definition: "Slow-onset change, such as drought, desertification or sea-level rise, that erodes livelihoods."
  },
  natural_disaster_displacement: {
    label: "Displacement by natural disaster",
    definition: "The person had to leave home because of a sudden disaster such as a hurricane, flood or earthquake."
  },
  conflict_displacement: {
    label: "Displacement by conflict",
    definition: "The person had to leave home because of armed conflict, violence or persecution."
  },
  irregular_migration_status: {
    label: "Irregular migration status",
    definition: "Staying or working without authorisation, which breeds fear of the authorities and dependence on others."
  },
  unaccompanied_child: {
    label: "Unaccompanied child",
    definition: "A child separated from both parents and not cared for by an adult responsible for them by law or custom."
  },
  gender_based_violence: {
    label: "Gender-based violence",
    definition: "Violence suffered because of gender, such as domestic or sexual violence."
  },
  unemployment: { label: "Unemployment", definition: "Lack of work or of a stable income." },
  family_dysfunction: {
    label: "Family dysfunction",
    definition: "Neglect, conflict, breakdown or abuse within the family."
  },
  indigenous_or_minority: {
    label: "Indigenous or minority",
    definition: "Belonging to an Indigenous people or to an ethnic, religious or linguistic minority."
  },
  other: { label: "Other", definition: "Another vulnerability factor not listed here." }
};

// src/i18n/fields/fields.en.ts
var fieldsEn = {
  "case.recordType": {
    label: "Record type",
    description: "Kind of record; always \u201Ccase\u201D for a case record."
  },
  "case.id": {
    label: "Case ID",
    description: "Unique identifier of the case record (a UUID), used by other records to refer to it."
  },
  "case.externalIds": {
    label: "Other case numbers",
    description: "Numbers under which the same case is filed in other systems, such as a police or prosecution file number, each with the system that issued it."
  },
  "case.createdAt": {
    label: "Created at",
    description: "Date and time the case record was created, in ISO 8601 format with the UTC offset."
  },
  "case.updatedAt": {
    label: "Last updated at",
    description: "Date and time of the latest change to the case record, in ISO 8601 format with the UTC offset."
  },
  "case.extensions": {
    label: "Extensions",
    description: "Additional data not covered by the standard, grouped under a lower-case namespace, such as national fields or source fields a converter could not map."
  },
  "case.status": {
    label: "Case status",
    description: "Where the agency's work on the case stands: active, in follow-up, closed, or closed after referral to another agency."
  },
  "case.closureReason": {
    label: "Reason for closure",
    description: "Free-text explanation of why the case was closed."
  },
  "case.caseOwner": {
    label: "Case owner",
    description: "Name of the caseworker responsible for the case; this identifies a member of staff."
  },
  "case.openedOn": {
    label: "Date opened",
    description: "Date the case was opened, as an ISO 8601 date (YYYY-MM-DD)."
  },
  "case.closedOn": {
    label: "Date closed",
    description: "Date the case was closed, as an ISO 8601 date (YYYY-MM-DD); it cannot be earlier than the date opened."
  },
  "case.acts": {
    label: "Trafficking acts",
    description: "Acts established in the case under the Palermo Protocol definition (recruitment, transportation, transfer, harbouring or receipt of persons); several may apply."
  },
  "case.means": {
    label: "Means",
    description: "Means used against the victims under the Palermo Protocol definition, such as force, coercion, abduction, fraud, deception or abuse of a position of vulnerability; not needed to establish trafficking of children."
  },
  "case.purposes": {
    label: "Purposes of exploitation",
    description: "Forms of exploitation the victims were trafficked for, such as sexual exploitation, forced labour or removal of organs; several may apply."
  },
  "case.iccsCodes": {
    label: "ICCS codes",
    description: "ICCS classification of the trafficking offence: code 0204 or its subcodes 02041 to 02044, one for each purpose of exploitation recorded."
  },
  "case.relatedOffences": {
    label: "Related offences",
    description: "Other offences linked to the case, as ICCS codes, for example smuggling of migrants (08051), kidnapping (020221) or illegal adoption (020291)."
  },
  "case.events": {
    label: "Trafficking events",
    description: "Steps of the trafficking process recorded for the case (recruitment, transit, exploitation, identification), each with its place and dates."
  },
  "case.transnational": {
    label: "Transnational",
    description: "Whether the trafficking in this case involved more than one country."
  },
  "case.organisedCrime": {
    label: "Organised crime involvement",
    description: "How far organised crime was involved: none, a single offender, an organised criminal group, a transnational network, or unknown."
  },
  "case.technologyUses": {
    label: "Technology used",
    description: "Each way technology was used in the case, for example to recruit, advertise, control victims or move payments, with the platform where known."
  },
  "case.financialInvestigation": {
    label: "Financial investigation",
    description: "Whether a financial investigation into the proceeds of the crime was opened, whether money laundering was charged, and what was done with criminal assets."
  },
  "case.proceedings": {
    label: "Criminal proceedings",
    description: "Where the criminal case stands: stage reached, charges, court case number, verdict and sentence."
  },
  "case.victimIds": {
    label: "Victim records",
    description: "Identifiers (UUIDs) of the victim records linked to this case."
  },
  "case.perpetratorIds": {
    label: "Perpetrator records",
    description: "Identifiers (UUIDs) of the perpetrator records linked to this case."
  },
  "case.reportingAgencyIds": {
    label: "Reporting agencies",
    description: "Identifiers (UUIDs) of the agencies that detected, assisted or recorded the case, the reporting entities in IC-TIP terms."
  },
  "case.leadAgencyId": {
    label: "Lead agency",
    description: "Identifier (UUID) of the agency in charge of the case."
  },
  "case.comments": {
    label: "Case comments",
    description: "Dated notes written on the case by caseworkers; being free text, they may name people."
  },
  "traffickingEvent.role": {
    label: "Step",
    description: "Which step of the trafficking process this event records: recruitment, transit, exploitation or identification."
  },
  "traffickingEvent.place": {
    label: "Place of the event",
    description: "Where the step happened, from the country down to the street and map coordinates."
  },
  "traffickingEvent.date": {
    label: "Event date",
    description: "Date of the step, or the date it began if it lasted some time, as an ISO 8601 partial date (YYYY, YYYY-MM or YYYY-MM-DD)."
  },
  "traffickingEvent.endDate": {
    label: "Event end date",
    description: "Date the step ended, if it lasted some time, as an ISO 8601 partial date (YYYY, YYYY-MM or YYYY-MM-DD)."
  },
  "traffickingEvent.description": {
    label: "Event description",
    description: "Free-text account of what happened at this step."
  },
  "eventPlace.country": {
    label: "Country of the event",
    description: "Country where the step happened, as an ISO 3166-1 alpha-2 code (XX if unknown)."
  },
  "eventPlace.region": {
    label: "Region of the event",
    description: "State, province, department or other first-level region where the step happened."
  },
  "eventPlace.city": {
    label: "City of the event",
    description: "City, town or municipality where the step happened."
  },
  "eventPlace.street": {
    label: "Street of the event",
    description: "Street address where the step happened; it can pinpoint a home or workplace."
  },
  "eventPlace.postalCode": {
    label: "Postal code of the event",
    description: "Postal code of the place where the step happened."
  },
  "eventPlace.latitude": {
    label: "Latitude of the event",
    description: "Latitude of the place where the step happened, in decimal degrees (-90 to 90)."
  },
  "eventPlace.longitude": {
    label: "Longitude of the event",
    description: "Longitude of the place where the step happened, in decimal degrees (-180 to 180)."
  },
  "financialInvestigation.opened": {
    label: "Financial investigation opened",
    description: "Whether a financial investigation into the money and assets linked to the case was opened."
  },
  "financialInvestigation.openedOn": {
    label: "Financial investigation start date",
    description: "Date the financial investigation was opened, as an ISO 8601 date (YYYY-MM-DD)."
  },
  "financialInvestigation.moneyLaunderingCharged": {
    label: "Money laundering charged",
    description: "Whether anyone in the case was charged with laundering the proceeds of the trafficking."
  },
  "financialInvestigation.assetActions": {
    label: "Actions on assets",
    description: "Each measure taken on criminal assets: identification, freezing, seizure, confiscation or return to victims."
  },
  "assetAction.action": {
    label: "Asset action",
    description: "What was done with the assets: identified, frozen, seized, confiscated or returned to a victim."
  },
  "assetAction.value": {
    label: "Asset value",
    description: "Estimated value of the assets concerned, in the currency given with it."
  },
  "assetAction.currency": {
    label: "Asset value currency",
    description: "Currency of the asset value, as an ISO 4217 three-letter code (for example USD or BRL)."
  },
  "assetAction.date": {
    label: "Date of the action",
    description: "Date the measure on the assets was taken, as an ISO 8601 date (YYYY-MM-DD)."
  },
  "proceedings.stage": {
    label: "Criminal justice stage",
    description: "Stage the proceedings have reached, from suspicion, formal contact and investigation to prosecution, trial, conviction, acquittal, dismissal or appeal."
  },
  "proceedings.charges": {
    label: "Charges",
    description: "Offences charged, each as an ICCS code with the national legal provision and the date of the charge."
  },
  "proceedings.courtCaseNumber": {
    label: "Court case number",
    description: "Number under which the court registered the case."
  },
  "proceedings.prosecutionStartedOn": {
    label: "Prosecution start date",
    description: "Date the prosecution formally began, as an ISO 8601 date (YYYY-MM-DD)."
  },
  "proceedings.verdict": {
    label: "Verdict",
    description: "Outcome of the proceedings: convicted, acquitted, dismissed, plea agreement, or still pending."
  },
  "proceedings.verdictDate": {
    label: "Verdict date",
    description: "Date the verdict was delivered, as an ISO 8601 date (YYYY-MM-DD); it cannot be earlier than the prosecution start date."
  },
  "proceedings.penalties": {
    label: "Penalties",
    description: "Sanctions imposed by the sentence, such as imprisonment, a fine or confiscation; recorded only after a conviction or plea agreement."
  },
  "charge.iccs": {
    label: "Offence (ICCS)",
    description: "Offence charged, as an ICCS v1.0 code (for example 02041, trafficking for sexual exploitation)."
  },
  "charge.legalProvision": {
    label: "Legal provision",
    description: "Article of national law under which the charge was brought, as cited in the charging document."
  },
  "charge.chargedOn": {
    label: "Charge date",
    description: "Date the charge was brought, as an ISO 8601 date (YYYY-MM-DD)."
  },
  "penalty.type": {
    label: "Penalty type",
    description: "Kind of sanction: imprisonment, suspended sentence, fine, community service, asset confiscation, deportation or other."
  },
  "penalty.months": {
    label: "Sentence length (months)",
    description: "Length of a prison term or other time-based penalty, in months (0 to 1,200)."
  },
  "penalty.amount": {
    label: "Penalty amount",
    description: "Amount of a fine or other monetary penalty, in the currency given with it."
  },
  "penalty.currency": {
    label: "Penalty currency",
    description: "Currency of the penalty amount, as an ISO 4217 three-letter code (for example USD or MXN)."
  },
  "penalty.suspended": {
    label: "Suspended",
    description: "Whether the penalty was suspended rather than enforced."
  },
  "caseComment.date": {
    label: "Comment date",
    description: "Date the comment was written, as an ISO 8601 date (YYYY-MM-DD)."
  },
  "caseComment.authorAgencyId": {
    label: "Author agency",
    description: "Identifier (UUID) of the agency whose staff wrote the comment."
  },
  "caseComment.text": {
    label: "Comment",
    description: "Text of the comment; as it may name people, it is treated as identifying information."
  },
  "technologyUse.purpose": {
    label: "Purpose of use",
    description: "What the technology was used for, such as recruiting, advertising, controlling victims or moving payments."
  },
  "technologyUse.platform": {
    label: "Platform",
    description: "Website, app or online service used, where known."
  },
  "technologyUse.detail": {
    label: "Technology details",
    description: "Free-text details of how the technology or platform was used."
  },
  "victim.recordType": {
    label: "Record type",
    description: "Kind of record; always \u201Cvictim\u201D for a victim record."
  },
  "victim.id": {
    label: "Victim ID",
    description: "Unique identifier of the victim record (a UUID), used by cases and referrals to refer to the person."
  },
  "victim.externalIds": {
    label: "Other identifiers",
    description: "Numbers under which the same person is registered in other systems, such as a shelter or case-management file number, each with the system that issued it."
  },
  "victim.createdAt": {
    label: "Created at",
    description: "Date and time the victim record was created, in ISO 8601 format with the UTC offset."
  },
  "victim.updatedAt": {
    label: "Last updated at",
    description: "Date and time of the latest change to the victim record, in ISO 8601 format with the UTC offset."
  },
  "victim.extensions": {
    label: "Extensions",
    description: "Additional data not covered by the standard, grouped under a lower-case namespace, such as national fields or source fields a converter could not map."
  },
  "victim.caseIds": {
    label: "Linked cases",
    description: "Identifiers (UUIDs) of the case records this person is a victim in."
  },
  "victim.salutation": {
    label: "Salutation",
    description: "Form of address used for the person, such as Ms, Mr or Dr."
  },
  "victim.givenName": {
    label: "Given name",
    description: "The person's first or given name or names."
  },
  "victim.middleName": {
    label: "Middle name",
    description: "The person's middle name, where one is used."
  },
  "victim.familyName": {
    label: "Family name",
    description: "The person's surname, including both surnames where two are used."
  },
  "victim.title": {
    label: "Job title",
    description: "Position or job title the person holds, if any."
  },
  "victim.birthDate": {
    label: "Date of birth",
    description: "The person's full date of birth, as an ISO 8601 date (YYYY-MM-DD)."
  },
  "victim.birthYear": {
    label: "Year of birth",
    description: "The person's year of birth (four digits), useful when the full date is not known."
  },
  "victim.ageAtIdentification": {
    label: "Age at identification",
    description: "The person's age in completed years when identified as a victim."
  },
  "victim.ageAtExploitation": {
    label: "Age when trafficked",
    description: "The person's age in completed years when first trafficked; someone trafficked as a child remains a child victim even if identified as an adult."
  },
  "victim.ageBand": {
    label: "Age band",
    description: "The person's age group in the bands used by CTDC (0\u20138, 9\u201317, 18\u201320, 21\u201323, 24\u201326, 27\u201329, 30\u201338, 39\u201347, 48+), for when only a range is known or may be shared."
  },
  "victim.majorityStatus": {
    label: "Adult or child",
    description: "Whether the person was an adult or a child (under 18) when registered."
  },
  "victim.majorityStatusAtExploitation": {
    label: "Adult or child when exploited",
    description: "Whether the person was an adult or a child (under 18) at the time of exploitation."
  },
  "victim.majorityStatusAtEntry": {
    label: "Adult or child at entry",
    description: "Whether the person was an adult or a child (under 18) on entering the trafficking situation."
  },
  "victim.sex": {
    label: "Sex",
    description: "The person's sex as recorded for statistics; combined with age it gives the women, men, girls and boys of international reporting."
  },
  "victim.gender": {
    label: "Gender",
    description: "The person's gender identity or expression as recorded in case management, which may differ from sex."
  },
  "victim.deceased": {
    label: "Deceased",
    description: "Whether the person is known to have died."
  },
  "victim.maritalStatus": {
    label: "Marital status",
    description: "The person's marital or civil status."
  },
  "victim.numberOfChildren": {
    label: "Number of children",
    description: "How many children the person has."
  },
  "victim.primaryLanguage": {
    label: "Main language",
    description: "The language the person speaks best, as an ISO 639-1 two-letter code."
  },
  "victim.otherLanguages": {
    label: "Other languages",
    description: "Other languages the person speaks, as ISO 639-1 two-letter codes."
  },
  "victim.educationLevel": {
    label: "Education level",
    description: "Highest level of education the person has completed."
  },
  "victim.citizenships": {
    label: "Citizenships",
    description: "Every country whose nationality the person holds, as ISO 3166-1 alpha-2 codes (XX if unknown); kept apart from the country of identification."
  },
  "victim.stateless": {
    label: "Stateless",
    description: "Whether the person is not recognised as a national by any state."
  },
  "victim.migrationStatus": {
    label: "Migration status",
    description: "The person's migration or residence situation in the country where they are."
  },
  "victim.vulnerabilityFactors": {
    label: "Vulnerability factors",
    description: "Circumstances or characteristics that made the person more vulnerable to trafficking; several may apply."
  },
  "victim.identityNumber": {
    label: "Identity document number",
    description: "Number of the person's national identity card, passport or other identity document."
  },
  "victim.email": {
    label: "E-mail address",
    description: "The person's own e-mail address."
  },
  "victim.homePhone": {
    label: "Home phone",
    description: "The person's home telephone number in international E.164 format (for example +50222345678)."
  },
  "victim.mobilePhone": {
    label: "Mobile phone",
    description: "The person's mobile telephone number in international E.164 format (for example +5215512345678)."
  },
  "victim.address": {
    label: "Mailing address",
    description: "Address where the person receives post; it identifies the person down to the street."
  },
  "victim.identification": {
    label: "Identification",
    description: "How, when, where and by whom the person was identified, and their current status as a victim."
  },
  "victim.exploitation": {
    label: "Exploitation",
    description: "What happened to the person: acts, means and forms of exploitation, recruitment, places, dates and use of technology."
  },
  "victim.assistance": {
    label: "Assistance",
    description: "Services the person has received or is due to receive, each with its provider, objectives and dates."
  },
  "victim.consents": {
    label: "Consents",
    description: "Informed consents the person has given or refused for the use and sharing of their data, with purposes, recipients and validity."
  },
  "victim.yearOfRegistration": {
    label: "Year of registration",
    description: "Year the person was registered as a victim by the recording agency (four digits)."
  },
  "victim.dataSource": {
    label: "Data source",
    description: "Kind of source the record comes from: case management, a hotline, law enforcement, a survey or other."
  },
  "identification.status": {
    label: "Trafficking status",
    description: "Whether the person is a presumed victim, an identified victim, or was found not to be a victim."
  },
  "identification.authority": {
    label: "Identifying authority",
    description: "Kind of body that decided on the person's status, such as the police, an NGO, a court or prosecutor, or a labour inspectorate."
  },
  "identification.agencyId": {
    label: "Identifying agency",
    description: "Identifier (UUID) of the agency that identified the person."
  },
  "identification.date": {
    label: "Date of identification",
    description: "Date the person was identified, as an ISO 8601 date (YYYY-MM-DD)."
  },
  "identification.country": {
    label: "Country of identification",
    description: "Country where the person was identified, as an ISO 3166-1 alpha-2 code (XX if unknown); recorded separately from citizenship."
  },
  "identification.indicatorsObserved": {
    label: "Indicators observed",
    description: "ILO indicators of forced labour and trafficking that were observed when the person was identified."
  },
  "exploitation.forms": {
    label: "Forms of exploitation",
    description: "Forms of exploitation the person was subjected to, such as sexual exploitation, forced labour, forced criminality, begging, forced marriage or removal of organs; several may apply."
  },
  "exploitation.acts": {
    label: "Trafficking acts",
    description: "Acts committed against the person under the Palermo Protocol definition: recruitment, transportation, transfer, harbouring or receipt."
  },
  "exploitation.palermoMeans": {
    label: "Means (Palermo Protocol)",
    description: "Means used against the person under the Palermo Protocol definition, such as force, coercion, abduction, fraud, deception or abuse of vulnerability; at least one is needed for an adult victim."
  },
  "exploitation.meansOfControl": {
    label: "Means of control",
    description: "Practical methods used to keep the person under control, such as debt bondage, threats, violence, confiscated documents or restricted movement."
  },
  "exploitation.labourIndustry": {
    label: "Industry of forced labour",
    description: "Economic activity in which labour exploitation took place, as an ISIC Rev.4 section letter (A to U)."
  },
  "exploitation.labourSectors": {
    label: "Type of labour",
    description: "Kinds of work the person was forced to do, in CTDC categories such as agriculture, construction, domestic work, hospitality or begging."
  },
  "exploitation.sexualExploitationTypes": {
    label: "Type of sexual exploitation",
    description: "Kinds of sexual exploitation the person suffered, such as prostitution, pornography or remote interactive services; used only when sexual exploitation is among the forms."
  },
  "exploitation.countriesOfExploitation": {
    label: "Countries of exploitation",
    description: "Countries where the person was exploited, as ISO 3166-1 alpha-2 codes (XX if unknown)."
  },
  "exploitation.recruitmentDate": {
    label: "Recruitment date",
    description: "When the person was recruited, as an ISO 8601 partial date (YYYY, YYYY-MM or YYYY-MM-DD)."
  },
  "exploitation.startDate": {
    label: "Start of exploitation",
    description: "When the exploitation began, as an ISO 8601 partial date (YYYY, YYYY-MM or YYYY-MM-DD)."
  },
  "exploitation.endDate": {
    label: "End of exploitation",
    description: "When the exploitation ended, as an ISO 8601 partial date (YYYY, YYYY-MM or YYYY-MM-DD); left empty if it is ongoing or unknown."
  },
  "exploitation.duration": {
    label: "Time in trafficking",
    description: "How long the person was held in the trafficking situation, in the CTDC bands of 0\u201312, 13\u201324 or 25+ months."
  },
  "exploitation.recruitmentMethods": {
    label: "Recruitment methods",
    description: "How the person was recruited; several methods may apply."
  },
  "exploitation.recruitmentPlatforms": {
    label: "Recruitment platforms",
    description: "Websites, apps or social networks the perpetrators used to find or recruit the person."
  },
  "exploitation.exploitationPlatforms": {
    label: "Exploitation platforms",
    description: "Websites, apps or social networks used to exploit the person, for example to advertise them."
  },
  "exploitation.technologyUses": {
    label: "Technology used",
    description: "Each way technology was used against the person, with its purpose and the platform where known."
  },
  "exploitation.isAbduction": {
    label: "Abducted",
    description: "Whether the person was taken into trafficking by abduction."
  },
  "exploitation.recruiterRelations": {
    label: "Relationship to recruiter",
    description: "How the person knew whoever recruited them, such as an intimate partner, a friend or a family member."
  },
  "exploitation.recruitmentLocation": {
    label: "Place of recruitment",
    description: "Free-text description of where the person was recruited, such as a town or neighbourhood."
  },
  "exploitation.exploitationLocation": {
    label: "Place of exploitation",
    description: "Free-text description of where the person was exploited, such as a town or type of premises."
  },
  "assistance.service": {
    label: "Service",
    description: "Kind of assistance provided, such as accommodation, medical care, legal aid or support for return."
  },
  "assistance.providerAgencyId": {
    label: "Service provider",
    description: "Identifier (UUID) of the agency providing the service."
  },
  "assistance.objectives": {
    label: "Objectives",
    description: "What the service is meant to achieve for the person."
  },
  "assistance.actionPlan": {
    label: "Action plan",
    description: "Steps agreed to reach the objectives, and who takes them."
  },
  "assistance.startDate": {
    label: "Service start date",
    description: "Date the service began, as an ISO 8601 date (YYYY-MM-DD)."
  },
  "assistance.plannedEndDate": {
    label: "Planned end date",
    description: "Date the service is expected to end, as an ISO 8601 date (YYYY-MM-DD)."
  },
  "assistance.actualEndDate": {
    label: "Actual end date",
    description: "Date the service actually ended, as an ISO 8601 date (YYYY-MM-DD)."
  },
  "consent.id": {
    label: "Consent ID",
    description: "Unique identifier of this consent (a UUID), so that a referral can point to it."
  },
  "consent.given": {
    label: "Consent given",
    description: "Whether the person agreed (yes) or refused (no)."
  },
  "consent.givenOn": {
    label: "Date of consent",
    description: "Date the person gave or refused consent, as an ISO 8601 date (YYYY-MM-DD)."
  },
  "consent.purposes": {
    label: "Purposes",
    description: "Uses of their data the person agreed to, such as assistance, national or transnational referral, return, criminal proceedings or research and statistics."
  },
  "consent.recipientAgencyIds": {
    label: "Authorised agencies",
    description: "Identifiers (UUIDs) of the agencies the person agreed their data may be shared with."
  },
  "consent.recipientCountries": {
    label: "Authorised countries",
    description: "Countries to which the person agreed their data may be sent, as ISO 3166-1 alpha-2 codes."
  },
  "consent.recordedByAgencyId": {
    label: "Recorded by",
    description: "Identifier (UUID) of the agency that took and recorded the consent."
  },
  "consent.expiresOn": {
    label: "Expiry date",
    description: "Date after which the consent no longer applies, as an ISO 8601 date (YYYY-MM-DD)."
  },
  "consent.withdrawnOn": {
    label: "Date withdrawn",
    description: "Date the person withdrew their consent, as an ISO 8601 date (YYYY-MM-DD); from then on it no longer allows any use."
  },
  "consent.informedOfPurpose": {
    label: "Told the purpose",
    description: "Whether the person was told why their information is being collected."
  },
  "consent.informedOfDataUse": {
    label: "Told how data is used",
    description: "Whether the person was told how their data will and may be used."
  },
  "consent.informedOfResearchUse": {
    label: "Told of research use",
    description: "Whether the person was told their data may be used for research or statistics."
  },
  "consent.informedOfRightOfAccess": {
    label: "Told of right of access",
    description: "Whether the person was told they have the right to see their data and have it corrected."
  },
  "consent.informedOfRetention": {
    label: "Told of retention period",
    description: "Whether the person was told how long their data will be kept."
  },
  "consent.informedOfWithdrawal": {
    label: "Told of right to withdraw",
    description: "Whether the person was told they may withdraw their consent at any time."
  },
  "personAddress.country": {
    label: "Mailing country",
    description: "Country of the person's mailing address, as an ISO 3166-1 alpha-2 code (XX if unknown)."
  },
  "personAddress.region": {
    label: "Mailing region",
    description: "State, province, department or other first-level region of the person's mailing address."
  },
  "personAddress.city": {
    label: "Mailing city",
    description: "City, town or municipality of the person's mailing address."
  },
  "personAddress.street": {
    label: "Mailing street",
    description: "Street, number and any unit of the person's mailing address; it identifies the person directly."
  },
  "personAddress.postalCode": {
    label: "Mailing postal code",
    description: "Postal code of the person's mailing address."
  },
  "personAddress.latitude": {
    label: "Mailing address latitude",
    description: "Latitude of the person's mailing address, in decimal degrees (-90 to 90); it identifies the person directly."
  },
  "personAddress.longitude": {
    label: "Mailing address longitude",
    description: "Longitude of the person's mailing address, in decimal degrees (-180 to 180); it identifies the person directly."
  },
  "externalId.system": {
    label: "Issuing system",
    description: "Name of the system or authority that issued the identifier, such as a national case register."
  },
  "externalId.value": {
    label: "Identifier",
    description: "The identifier exactly as written in that system; it can lead back to the person."
  },
  "perpetrator.recordType": {
    label: "Record type",
    description: "Kind of record; always \u201Cperpetrator\u201D for a perpetrator record."
  },
  "perpetrator.id": {
    label: "Perpetrator ID",
    description: "Unique identifier of the perpetrator record (a UUID), used by cases to refer to the person."
  },
  "perpetrator.externalIds": {
    label: "Other identifiers",
    description: "Numbers under which the same perpetrator is registered in other systems, such as a police or court file number, each with the system that issued it."
  },
  "perpetrator.createdAt": {
    label: "Created at",
    description: "Date and time the perpetrator record was created, in ISO 8601 format with the UTC offset."
  },
  "perpetrator.updatedAt": {
    label: "Last updated at",
    description: "Date and time of the latest change to the perpetrator record, in ISO 8601 format with the UTC offset."
  },
  "perpetrator.extensions": {
    label: "Extensions",
    description: "Additional data not covered by the standard, grouped under a lower-case namespace, such as national fields or source fields a converter could not map."
  },
  "perpetrator.caseIds": {
    label: "Linked cases",
    description: "Identifiers (UUIDs) of the case records this perpetrator is involved in."
  },
  "perpetrator.givenName": {
    label: "Given name",
    description: "The perpetrator's first or given name or names."
  },
  "perpetrator.familyName": {
    label: "Family name",
    description: "The perpetrator's surname, including both surnames where two are used."
  },
  "perpetrator.alias": {
    label: "Alias",
    description: "Nickname or other name the perpetrator is known by."
  },
  "perpetrator.sex": {
    label: "Sex",
    description: "The perpetrator's sex as recorded for statistics on persons prosecuted and convicted."
  },
  "perpetrator.gender": {
    label: "Gender",
    description: "The perpetrator's gender identity or expression, where recorded; it may differ from sex."
  },
  "perpetrator.birthYear": {
    label: "Year of birth",
    description: "The perpetrator's year of birth (four digits)."
  },
  "perpetrator.age": {
    label: "Age",
    description: "The perpetrator's age in completed years at the time of recording, when the year of birth is not known."
  },
  "perpetrator.citizenships": {
    label: "Citizenships",
    description: "Every country whose nationality the perpetrator holds, as ISO 3166-1 alpha-2 codes (XX if unknown)."
  },
  "perpetrator.roles": {
    label: "Roles in the process",
    description: "Parts the perpetrator played in the trafficking, such as recruiter, transporter, controller, exploiter or organiser; several may apply."
  },
  "perpetrator.roleDetails": {
    label: "Role details",
    description: "Free-text description of what the perpetrator did."
  },
  "perpetrator.isLegalPerson": {
    label: "Legal person",
    description: "Whether the perpetrator is a company or other legal entity rather than an individual."
  },
  "perpetrator.victimRelations": {
    label: "Relationships to victims",
    description: "How the perpetrator is related to each victim of the case."
  },
  "perpetrator.organisedCrime": {
    label: "Organised crime involvement",
    description: "How far the perpetrator is linked to organised crime: none, acting alone, an organised criminal group, a transnational network, or unknown."
  },
  "perpetrator.proceedings": {
    label: "Criminal proceedings",
    description: "Where criminal justice stands for this perpetrator: stage reached, charges, verdict and sentence."
  },
  "victimRelation.victimId": {
    label: "Victim",
    description: "Identifier (UUID) of the victim record concerned."
  },
  "victimRelation.relation": {
    label: "Relationship",
    description: "How the perpetrator and the victim knew each other, such as intimate partner, friend or family member."
  },
  "agency.recordType": {
    label: "Record type",
    description: "Kind of record; always \u201Cagency\u201D for an agency record."
  },
  "agency.id": {
    label: "Agency ID",
    description: "Unique identifier of the agency record (a UUID), used by other records to refer to the agency."
  },
  "agency.externalIds": {
    label: "Other identifiers",
    description: "Identifiers of the same agency in other systems, such as a company or charity registration number, each with the system that issued it."
  },
  "agency.createdAt": {
    label: "Created at",
    description: "Date and time the agency record was created, in ISO 8601 format with the UTC offset."
  },
  "agency.updatedAt": {
    label: "Last updated at",
    description: "Date and time of the latest change to the agency record, in ISO 8601 format with the UTC offset."
  },
  "agency.extensions": {
    label: "Extensions",
    description: "Additional data not covered by the standard, grouped under a lower-case namespace, such as national fields or source fields a converter could not map."
  },
  "agency.name": {
    label: "Agency name",
    description: "Official name of the agency or organisation."
  },
  "agency.alternateName": {
    label: "Other name",
    description: "Acronym or other name the agency is known by."
  },
  "agency.description": {
    label: "Description",
    description: "What the agency does and for whom."
  },
  "agency.types": {
    label: "Agency types",
    description: "Kinds of body the agency is, such as a ministry, police, prosecution service, shelter, hotline, NGO or international organisation; several may apply."
  },
  "agency.country": {
    label: "Agency country",
    description: "Country where the agency is based, as an ISO 3166-1 alpha-2 code."
  },
  "agency.address": {
    label: "Agency address",
    description: "Postal address of the agency's main office."
  },
  "agency.phone": {
    label: "Agency phone",
    description: "Main telephone number of the agency in international E.164 format (for example +12025550123)."
  },
  "agency.email": {
    label: "Agency e-mail",
    description: "General e-mail address of the agency."
  },
  "agency.website": {
    label: "Website",
    description: "Web address of the agency's site, starting with http:// or https://."
  },
  "agency.services": {
    label: "Services offered",
    description: "Kinds of assistance the agency provides to victims and survivors."
  },
  "agency.languages": {
    label: "Languages",
    description: "Languages in which the agency can serve people, as ISO 639-1 two-letter codes."
  },
  "agency.areasServed": {
    label: "Countries served",
    description: "Countries in which the agency provides its services, as ISO 3166-1 alpha-2 codes."
  },
  "agency.contactPoints": {
    label: "Contact points",
    description: "The agency's focal points, with their name, position, languages and how to reach them."
  },
  "agency.parentAgencyId": {
    label: "Parent agency",
    description: "Identifier (UUID) of the agency this one belongs to, such as the ministry a unit reports to."
  },
  "agency.legalStatus": {
    label: "Legal status",
    description: "Legal form of the agency, such as government body, non-profit association or foundation."
  },
  "agency.hotline": {
    label: "Runs a hotline",
    description: "Whether the agency operates a telephone or online helpline."
  },
  "agencyAddress.country": {
    label: "Address country",
    description: "Country of the agency's address, as an ISO 3166-1 alpha-2 code."
  },
  "agencyAddress.region": {
    label: "Address region",
    description: "State, province, department or other first-level region of the agency's address."
  },
  "agencyAddress.city": {
    label: "Address city",
    description: "City, town or municipality of the agency's address."
  },
  "agencyAddress.street": {
    label: "Street address",
    description: "Street, number and any unit of the agency's address."
  },
  "agencyAddress.postalCode": {
    label: "Address postal code",
    description: "Postal code of the agency's address."
  },
  "agencyAddress.latitude": {
    label: "Address latitude",
    description: "Latitude of the agency's address, in decimal degrees (-90 to 90)."
  },
  "agencyAddress.longitude": {
    label: "Address longitude",
    description: "Longitude of the agency's address, in decimal degrees (-180 to 180)."
  },
  "contactPoint.name": {
    label: "Contact name",
    description: "Full name of the focal point; personal data even in a public directory."
  },
  "contactPoint.role": {
    label: "Position",
    description: "Position or function of the focal point within the agency."
  },
  "contactPoint.email": {
    label: "Contact e-mail",
    description: "E-mail address at which the focal point can be reached."
  },
  "contactPoint.phone": {
    label: "Contact phone",
    description: "Telephone number of the focal point in international E.164 format."
  },
  "contactPoint.languages": {
    label: "Languages spoken",
    description: "Languages the focal point can work in, as ISO 639-1 two-letter codes."
  },
  "contactPoint.available24h": {
    label: "Available 24 hours",
    description: "Whether the focal point can be reached at any hour of any day."
  },
  "referral.recordType": {
    label: "Record type",
    description: "Kind of record; always \u201Creferral\u201D for a referral record."
  },
  "referral.id": {
    label: "Referral ID",
    description: "Unique identifier of the referral record (a UUID)."
  },
  "referral.externalIds": {
    label: "Other referral numbers",
    description: "Numbers under which the same referral is filed in other systems, such as a national referral mechanism register, each with the system that issued it."
  },
  "referral.createdAt": {
    label: "Created at",
    description: "Date and time the referral record was created, in ISO 8601 format with the UTC offset."
  },
  "referral.updatedAt": {
    label: "Last updated at",
    description: "Date and time of the latest change to the referral record, in ISO 8601 format with the UTC offset."
  },
  "referral.extensions": {
    label: "Extensions",
    description: "Additional data not covered by the standard, grouped under a lower-case namespace, such as national fields or source fields a converter could not map."
  },
  "referral.victimId": {
    label: "Referred person",
    description: "Identifier (UUID) of the victim record of the person being referred."
  },
  "referral.caseId": {
    label: "Related case",
    description: "Identifier (UUID) of the case the referral belongs to, if any."
  },
  "referral.from": {
    label: "Referring agency",
    description: "Agency sending the referral, with its country and the caseworker in charge."
  },
  "referral.to": {
    label: "Receiving agency",
    description: "Agency the person is referred to, with its country and the caseworker in charge."
  },
  "referral.crossBorder": {
    label: "Cross-border",
    description: "Whether the referral goes to an agency in another country (transnational referral) rather than staying within one country's national referral mechanism."
  },
  "referral.reasons": {
    label: "Reasons for referral",
    description: "Why the person is referred, such as further services, safe return, continued assistance, legal proceedings or family reunification; several may apply."
  },
  "referral.details": {
    label: "Referral details",
    description: "Free-text information the receiving agency needs, such as practical arrangements for the person's transfer."
  },
  "referral.trmStage": {
    label: "TRM stage",
    description: "Stage of the Transnational Referral Mechanism the referral belongs to, from identification and first assistance to return, social inclusion and proceedings."
  },
  "referral.servicesRequested": {
    label: "Services requested",
    description: "Kinds of assistance the receiving agency is asked to provide."
  },
  "referral.consentId": {
    label: "Consent",
    description: "Identifier (UUID) of the person's consent that allows this referral; it must be in place before the referral is sent."
  },
  "referral.riskAssessment": {
    label: "Risk assessment",
    description: "Assessment of the risks to the person, which for a return is carried out jointly with the country of origin before the person travels."
  },
  "referral.sentOn": {
    label: "Date sent",
    description: "Date the referral was sent, as an ISO 8601 date (YYYY-MM-DD)."
  },
  "referral.receivedOn": {
    label: "Date received",
    description: "Date the receiving agency received the referral, as an ISO 8601 date (YYYY-MM-DD); it cannot be earlier than the date sent."
  },
  "referral.plannedArrivalOn": {
    label: "Planned arrival date",
    description: "Date the person is expected to arrive at the receiving agency, as an ISO 8601 date (YYYY-MM-DD); it cannot be earlier than the risk assessment."
  },
  "referral.reflectionPeriodDays": {
    label: "Reflection period (days)",
    description: "Number of days granted to the person to recover and decide whether to cooperate with the authorities (0 to 3,650)."
  },
  "referral.status": {
    label: "Referral status",
    description: "Where the referral stands: draft, sent, received, accepted, declined, in progress, completed or withdrawn; it matches the last entry of the status history."
  },
  "referral.statusHistory": {
    label: "Status history",
    description: "Every change of status of the referral in time order, with when it happened and which agency made it."
  },
  "referralParty.agencyId": {
    label: "Agency",
    description: "Identifier (UUID) of the agency on this side of the referral."
  },
  "referralParty.country": {
    label: "Agency country",
    description: "Country of the agency on this side of the referral, as an ISO 3166-1 alpha-2 code."
  },
  "referralParty.caseWorker": {
    label: "Caseworker",
    description: "Name of the caseworker responsible for the referral at this agency."
  },
  "riskAssessment.conductedOn": {
    label: "Assessment date",
    description: "Date the risk assessment was carried out, as an ISO 8601 date (YYYY-MM-DD)."
  },
  "riskAssessment.level": {
    label: "Risk level",
    description: "Overall level of risk found: low, medium, high or unknown."
  },
  "riskAssessment.jointWithOrigin": {
    label: "Joint with country of origin",
    description: "Whether the assessment was made together with agencies of the person's country of origin."
  },
  "riskAssessment.assessingAgencyIds": {
    label: "Assessing agencies",
    description: "Identifiers (UUIDs) of the agencies that took part in the assessment."
  },
  "riskAssessment.lifeOrSafetyRisk": {
    label: "Risk to life or safety",
    description: "Whether the person's life or safety is at risk; such a risk is always passed on to the receiving agency."
  },
  "riskAssessment.summary": {
    label: "Assessment summary",
    description: "Free-text summary of the risks found and of the protective measures agreed."
  },
  "statusChange.status": {
    label: "New status",
    description: "Status the referral moved into at this step."
  },
  "statusChange.at": {
    label: "Changed at",
    description: "Date and time of the change, in ISO 8601 format with the UTC offset."
  },
  "statusChange.byAgencyId": {
    label: "Changed by",
    description: "Identifier (UUID) of the agency that made the change."
  },
  "statusChange.note": {
    label: "Note",
    description: "Free-text remark on the change, such as the reason a referral was declined."
  },
  "bundle.recordType": {
    label: "Record type",
    description: "Kind of record; always \u201Cbundle\u201D for an exchange bundle."
  },
  "bundle.id": {
    label: "Bundle ID",
    description: "Unique identifier of the exchange bundle (a UUID), so that its receipt can be confirmed."
  },
  "bundle.externalIds": {
    label: "Other identifiers",
    description: "References under which the same transmission is known in other systems, such as an official letter number, each with the system that issued it."
  },
  "bundle.createdAt": {
    label: "Created at",
    description: "Date and time the bundle was assembled, in ISO 8601 format with the UTC offset."
  },
  "bundle.updatedAt": {
    label: "Last updated at",
    description: "Date and time of the latest change to the bundle, in ISO 8601 format with the UTC offset."
  },
  "bundle.extensions": {
    label: "Extensions",
    description: "Additional data not covered by the standard, grouped under a lower-case namespace, such as fields agreed between the parties."
  },
  "bundle.schemaVersion": {
    label: "Model version",
    description: "Version of this data model that the records follow, as a semantic version MAJOR.MINOR.PATCH (for example 1.0.0)."
  },
  "bundle.sender": {
    label: "Sender",
    description: "Country and, where named, agency sending the bundle."
  },
  "bundle.recipients": {
    label: "Recipients",
    description: "Countries and, where named, agencies the bundle is addressed to; there is at least one."
  },
  "bundle.sentAt": {
    label: "Sent at",
    description: "Date and time the bundle was sent, in ISO 8601 format with the UTC offset."
  },
  "bundle.purpose": {
    label: "Purpose of exchange",
    description: "Why the records are exchanged: a referral, cooperation on a case, statistics, the agency directory, research or audit."
  },
  "bundle.tlp": {
    label: "TLP marking",
    description: "Traffic Light Protocol 2.0 marking that limits how far recipients may pass the data on (RED, AMBER+STRICT, AMBER, GREEN or CLEAR)."
  },
  "bundle.records": {
    label: "Records",
    description: "The records carried by the bundle: cases, victims, perpetrators, agencies and referrals."
  },
  "bundleParty.agencyId": {
    label: "Agency",
    description: "Identifier (UUID) of the sending or receiving agency, where a specific agency is named."
  },
  "bundleParty.country": {
    label: "Country",
    description: "Country of the sending or receiving party, as an ISO 3166-1 alpha-2 code."
  }
};

// src/i18n/fields/objects.en.ts
var objectsEn = {
  case: {
    label: "Case",
    description: "A trafficking case, the \u201CTIP event\u201D of IC-TIP: what was done, by what means and for what purpose, where and when, how the offence is classified, who was involved and where criminal justice stands."
  },
  traffickingEvent: {
    label: "Trafficking event",
    description: "One step of the trafficking process (recruitment, transit, exploitation or identification) with its place and dates; not the case as a whole."
  },
  eventPlace: {
    label: "Place of the event",
    description: "Where a step of the trafficking process happened, from the country down to the street and map coordinates."
  },
  financialInvestigation: {
    label: "Financial investigation",
    description: "The money side of a case: whether the proceeds of the crime were investigated, whether money laundering was charged, and what was done with criminal assets."
  },
  assetAction: {
    label: "Action on assets",
    description: "One measure taken on criminal assets, such as freezing, seizure or confiscation, with its value and date."
  },
  proceedings: {
    label: "Criminal proceedings",
    description: "Where criminal justice stands for a case or a perpetrator: stage reached, charges, court case number, verdict and sentence."
  },
  charge: {
    label: "Charge",
    description: "One offence charged, as an ICCS code with the provision of national law it was brought under."
  },
  penalty: {
    label: "Penalty",
    description: "One part of a sentence, such as a prison term, a fine or a confiscation order."
  },
  caseComment: {
    label: "Case comment",
    description: "A dated note written on a case by a caseworker; as free text it may name people."
  },
  technologyUse: {
    label: "Technology use",
    description: "One way technology was used in trafficking, such as recruiting, advertising, controlling victims or moving payments, and on which platform."
  },
  victim: {
    label: "Victim",
    description: "A person identified or presumed to be a victim of trafficking in persons, with personal details, citizenship, identification, exploitation, assistance and consent; ages are kept both at identification and at the time of exploitation."
  },
  identification: {
    label: "Identification",
    description: "How, when, where and by whom a person was identified as a victim, and the status decided."
  },
  exploitation: {
    label: "Exploitation",
    description: "What happened to one victim, in Palermo Protocol terms (acts, means, purposes) and in operational detail (sectors, means of control, recruitment, places, dates, technology)."
  },
  assistance: {
    label: "Assistance service",
    description: "One service a survivor has received or is due to receive, with its provider, objectives, plan and dates."
  },
  consent: {
    label: "Consent",
    description: "A person's informed consent to the use and sharing of their data: for which purposes, with which recipients, from when and until when."
  },
  personAddress: {
    label: "Mailing address",
    description: "The address where a person receives post; it identifies the person down to the street."
  },
  externalId: {
    label: "External identifier",
    description: "A number or code under which the same record is known in another system, with the system that issued it."
  },
  perpetrator: {
    label: "Perpetrator",
    description: "A person or legal entity suspected, prosecuted or convicted of trafficking in persons, with their role, relationship to victims, citizenship, sex and criminal proceedings."
  },
  victimRelation: {
    label: "Relationship to a victim",
    description: "How a perpetrator is related to one victim of the case."
  },
  agency: {
    label: "Agency",
    description: "A government body, NGO or international organisation that identifies, assists or records victims, or provides services, as listed in the agency directory."
  },
  agencyAddress: {
    label: "Agency address",
    description: "The postal address of an agency; public directory information, not personal data."
  },
  contactPoint: {
    label: "Contact point",
    description: "A focal point of an agency and how to reach them; a staff member's name is personal data even in a directory."
  },
  referral: {
    label: "Referral",
    description: "The referral of a victim from one agency to another, within a country or across a border: why, at which stage, with which services, consent and risk assessment, and where it stands."
  },
  referralParty: {
    label: "Referral party",
    description: "One side of a referral: the agency, its country and the caseworker in charge."
  },
  riskAssessment: {
    label: "Risk assessment",
    description: "An assessment of the risks to a person before a referral or return, made jointly by the countries concerned where possible."
  },
  statusChange: {
    label: "Status change",
    description: "One step in the life of a referral: the status it moved into, when, and which agency moved it."
  },
  bundle: {
    label: "Exchange bundle",
    description: "The envelope of one exchange of records: model version, sender, recipients, date, purpose, Traffic Light Protocol marking, and the records themselves."
  },
  bundleParty: {
    label: "Bundle party",
    description: "The sender or a recipient of an exchange bundle: a country and, where named, an agency."
  }
};

// src/issues/messages/messages.en.ts
var messagesEn = {
  not_an_object: "Expected a record (a JSON object).",
  invalid_record_type: "Unknown or missing record type.",
  required: "{field} is required.",
  unknown_field: "Unknown field \u201C{key}\u201D: only fields of the standard are allowed outside \u201Cextensions\u201D.",
  invalid_type: "{field} has the wrong type (expected {expected}).",
  invalid_code: "{field} is not a code of its list.",
  invalid_format: "{field} is not in the expected format ({format}).",
  too_small: "{field} is too small or too short (minimum {minimum}).",
  too_big: "{field} is too large or too long (maximum {maximum}).",
  invalid_value: "{field} has a value that is not allowed.",
  adult_victim_without_means: "An adult identified as a victim needs at least one means (Palermo Protocol Art. 3): record {field} or the means of control.",
  dates_out_of_order: "{field} is earlier than {earlierField}.",
  age_inconsistent_with_birth_date: "{field} does not agree with the birth date.",
  majority_status_inconsistent: "{field} does not agree with the age.",
  labour_detail_without_forced_labour: "{field} is given but no labour form of exploitation is recorded.",
  sexual_exploitation_type_without_sexual_exploitation: "{field} is given but sexual exploitation is not among the forms of exploitation.",
  implausible_age_for_labour: "{field} is {max} or less for labour exploitation: please check.",
  sentence_without_conviction: "{field} are recorded without a conviction.",
  amount_without_currency: "An amount is given without {field}.",
  iccs_code_missing_for_purpose: "{field} lack ICCS code {code} for this purpose of exploitation.",
  cross_border_referral_same_country: "A cross-border referral has the same sending and receiving country ({field}).",
  domestic_referral_different_countries: "The sending and receiving countries differ but {field} says the referral is not cross-border.",
  referral_status_transition_invalid: "A referral cannot move from \u201C{from}\u201D to \u201C{to}\u201D.",
  referral_status_not_latest: "{field} is not the last status of the status history.",
  return_without_risk_assessment: "A return referral has been sent without {field}.",
  referral_without_consent: "The referral has been sent without {field}.",
  contact_point_unreachable: "A contact point has neither an e-mail address nor a phone number.",
  schema_version_unsupported: "{field} is not supported by this SDK (supported: {supported})."
};

// src/locales/en.ts
var en = {
  locale: "en",
  objects: objectsEn,
  fields: fieldsEn,
  codes: {
    sex: sexEn,
    country: countryEn,
    language: languageEn,
    act: actEn,
    palermo_means: palermoMeansEn,
    means_of_control: meansOfControlEn,
    exploitation_form: exploitationFormEn,
    isic_section: isicSectionEn,
    labour_sector: labourSectorEn,
    sexual_exploitation_type: sexualExploitationTypeEn,
    recruitment_method: recruitmentMethodEn,
    recruiter_relation: recruiterRelationEn,
    platform: platformEn,
    technology_purpose: technologyPurposeEn,
    vulnerability_factor: vulnerabilityFactorEn,
    migration_status: migrationStatusEn,
    ilo_indicator: iloIndicatorEn,
    iccs_code: iccsCodeEn,
    majority_status: majorityStatusEn,
    age_band: ageBandEn,
    traffick_duration: traffickDurationEn,
    gender: genderEn,
    identification_status: identificationStatusEn,
    identification_authority: identificationAuthorityEn,
    agency_type: agencyTypeEn,
    referral_reason: referralReasonEn,
    trm_stage: trmStageEn,
    referral_status: referralStatusEn,
    assistance_service: assistanceServiceEn,
    tlp: tlpEn,
    perpetrator_role: perpetratorRoleEn,
    criminal_justice_stage: criminalJusticeStageEn,
    verdict: verdictEn,
    penalty_type: penaltyTypeEn,
    case_status: caseStatusEn,
    marital_status: maritalStatusEn,
    education_level: educationLevelEn,
    place_role: placeRoleEn,
    consent_purpose: consentPurposeEn,
    exchange_purpose: exchangePurposeEn,
    risk_level: riskLevelEn,
    asset_action: assetActionEn,
    organised_crime_involvement: organisedCrimeInvolvementEn,
    data_source: dataSourceEn
  },
  messages: messagesEn
};

// src/meta/mappings.ts
var MAPPING_SYSTEMS = ["htcds", "ctdc", "ictip", "iccs", "glotip"];

// src/meta/pii.ts
var PII_CLASSES = ["direct", "quasi", "sensitive", "none"];

// src/model/objects.ts
var MODEL_OBJECTS = {
  case: Case,
  traffickingEvent: TraffickingEvent,
  eventPlace: EventPlace,
  financialInvestigation: FinancialInvestigation,
  assetAction: AssetAction,
  proceedings: Proceedings,
  charge: Charge,
  penalty: Penalty,
  caseComment: CaseComment,
  technologyUse: TechnologyUse,
  victim: Victim,
  identification: Identification,
  exploitation: Exploitation,
  assistance: AssistanceRecord,
  consent: ConsentRecord,
  personAddress: PersonAddress,
  externalId: ExternalId,
  perpetrator: Perpetrator,
  victimRelation: VictimRelation,
  agency: Agency,
  agencyAddress: AgencyAddress,
  contactPoint: ContactPoint,
  referral: Referral,
  referralParty: ReferralParty,
  riskAssessment: RiskAssessment,
  statusChange: StatusChange,
  bundle: ExchangeBundle,
  bundleParty: BundleParty
};
var FIELD_IDS = Object.entries(MODEL_OBJECTS).flatMap(
  ([name, object]) => Object.keys(object.shape).map((key) => `${name}.${key}`)
);

// src/json-schema/to-json-schema.ts
import { z as z21 } from "zod";
var schemaFileName = (recordType) => `${recordType}.schema.json`;
function toJsonSchemas(locales, examples = {}) {
  const english = locales.find((bundle) => bundle.locale === "en") ?? locales[0];
  if (!english) throw new Error("toJsonSchemas needs at least one locale");
  const out = {};
  for (const [recordType, schema] of Object.entries(ENTITIES)) {
    const body = z21.toJSONSchema(schema, {
      target: "draft-2020-12",
      io: "output",
      unrepresentable: "throw",
      override: (ctx) => {
        const meta = tipRegistry.get(ctx.zodSchema);
        if (!meta) return;
        const id = meta.field;
        const json = ctx.jsonSchema;
        json.title = english.fields[id]?.label;
        json.description = english.fields[id]?.description;
        json["x-field"] = id;
        json["x-pii"] = meta.pii;
        if (meta.mappings && Object.keys(meta.mappings).length > 0) json["x-mappings"] = meta.mappings;
        if (meta.codeList) json["x-code-list"] = meta.codeList;
        json["x-labels"] = byLocale(locales, (fields) => fields[id]?.label);
        json["x-descriptions"] = byLocale(locales, (fields) => fields[id]?.description);
      }
    });
    const objectName = recordType;
    const example = examples[recordType];
    out[schemaFileName(recordType)] = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: `${SCHEMA_ID_BASE}/${schemaFileName(recordType)}`,
      title: english.objects[objectName].label,
      description: english.objects[objectName].description,
      "x-schema-version": SCHEMA_VERSION,
      "x-labels": Object.fromEntries(locales.map((b) => [b.locale, b.objects[objectName].label])),
      ...withoutDialect(body),
      ...example === void 0 ? {} : { examples: [example] }
    };
  }
  return out;
}
function byLocale(locales, pick) {
  return Object.fromEntries(locales.map((bundle) => [bundle.locale, pick(bundle.fields)]));
}
function withoutDialect(body) {
  const { $schema: _dialect, ...rest } = body;
  return rest;
}

// src/model/example-ids.ts
var EXAMPLE_IDS = {
  case: "6f1c2a9e-3b7d-4c1e-9a2f-1d4e5b6c7a80",
  victim: "2b8e4f10-5c3a-4d7e-8f19-0a1b2c3d4e5f",
  perpetrator: "9a7c5e31-1f2d-4b6a-8c4e-3d2f1a0b9c8d",
  agencyOrigin: "c3d2e1f0-a9b8-4c7d-9e6f-5a4b3c2d1e0f",
  agencyDestination: "0e1d2c3b-4a59-4687-b6a5-9c8d7e6f5a4b",
  referral: "5d4c3b2a-1908-4f7e-8d6c-5b4a39281706",
  consent: "7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a098",
  bundle: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
};

// src/entities/agency/agency.example.ts
var agencyExample = {
  recordType: "agency",
  id: EXAMPLE_IDS.agencyDestination,
  name: "Example Counter-Trafficking Unit",
  types: ["law_enforcement", "tip_task_force"],
  country: "TT",
  address: { country: "TT", city: "Port of Spain" },
  phone: "+18685550100",
  email: "focal.point@example.org",
  website: "https://example.org",
  services: ["shelter", "legal_aid", "interpretation"],
  languages: ["en", "es"],
  areasServed: ["TT"],
  contactPoints: [{ role: "TRM focal point", email: "trm@example.org", languages: ["en", "es"], available24h: true }],
  hotline: true
};
var originAgencyExample = {
  recordType: "agency",
  id: EXAMPLE_IDS.agencyOrigin,
  name: "Example Victim Assistance NGO",
  types: ["ngo", "shelter"],
  country: "VE",
  services: ["reintegration", "psychological_support"],
  languages: ["es"]
};

// src/entities/case/case.example.ts
var caseExample = {
  recordType: "case",
  id: EXAMPLE_IDS.case,
  status: "active",
  openedOn: "2023-08-02",
  acts: ["recruitment", "transportation", "harbouring"],
  means: ["deception", "abuse_of_vulnerability"],
  purposes: ["forced_labour"],
  iccsCodes: ["02042"],
  relatedOffences: ["08051"],
  events: [
    { role: "recruitment", place: { country: "VE" }, date: "2022-09" },
    { role: "transit", place: { country: "VE" }, date: "2022-11" },
    { role: "exploitation", place: { country: "TT", region: "Example region" }, date: "2022-11-20", endDate: "2023-07" }
  ],
  transnational: true,
  organisedCrime: "organised_criminal_group",
  technologyUses: [{ purpose: "recruitment", platform: "facebook" }],
  financialInvestigation: {
    opened: true,
    openedOn: "2023-09-01",
    assetActions: [{ action: "frozen", value: 25e3, currency: "TTD", date: "2023-10-12" }]
  },
  proceedings: {
    stage: "prosecution",
    charges: [{ iccs: "02042", legalProvision: "Trafficking in Persons Act, s. 16" }],
    prosecutionStartedOn: "2024-01-15"
  },
  victimIds: [EXAMPLE_IDS.victim],
  perpetratorIds: [EXAMPLE_IDS.perpetrator],
  reportingAgencyIds: [EXAMPLE_IDS.agencyDestination],
  leadAgencyId: EXAMPLE_IDS.agencyDestination
};

// src/entities/perpetrator/perpetrator.example.ts
var perpetratorExample = {
  recordType: "perpetrator",
  id: EXAMPLE_IDS.perpetrator,
  caseIds: [EXAMPLE_IDS.case],
  sex: "male",
  birthYear: 1985,
  citizenships: ["TT"],
  roles: ["recruiter_or_intermediary", "exploiter"],
  victimRelations: [{ victimId: EXAMPLE_IDS.victim, relation: "acquaintance" }],
  organisedCrime: "organised_criminal_group",
  proceedings: {
    stage: "convicted",
    charges: [{ iccs: "02042" }],
    prosecutionStartedOn: "2024-01-15",
    verdict: "convicted",
    verdictDate: "2025-03-03",
    penalties: [
      { type: "imprisonment", months: 96 },
      { type: "fine", amount: 5e4, currency: "TTD" }
    ]
  }
};

// src/entities/referral/referral.example.ts
var referralExample = {
  recordType: "referral",
  id: EXAMPLE_IDS.referral,
  victimId: EXAMPLE_IDS.victim,
  caseId: EXAMPLE_IDS.case,
  from: { agencyId: EXAMPLE_IDS.agencyDestination, country: "TT" },
  to: { agencyId: EXAMPLE_IDS.agencyOrigin, country: "VE" },
  crossBorder: true,
  reasons: ["safe_return", "continued_assistance"],
  trmStage: "return_and_social_inclusion",
  servicesRequested: ["reintegration", "psychological_support"],
  consentId: EXAMPLE_IDS.consent,
  riskAssessment: { conductedOn: "2023-09-10", level: "medium", jointWithOrigin: true, lifeOrSafetyRisk: false },
  sentOn: "2023-09-12",
  receivedOn: "2023-09-13",
  plannedArrivalOn: "2023-10-01",
  reflectionPeriodDays: 45,
  status: "accepted",
  statusHistory: [
    { status: "draft", at: "2023-09-11T14:00:00-04:00" },
    { status: "sent", at: "2023-09-12T09:30:00-04:00", byAgencyId: EXAMPLE_IDS.agencyDestination },
    { status: "received", at: "2023-09-13T10:00:00-04:00", byAgencyId: EXAMPLE_IDS.agencyOrigin },
    { status: "accepted", at: "2023-09-15T16:45:00-04:00", byAgencyId: EXAMPLE_IDS.agencyOrigin }
  ]
};

// src/entities/victim/victim.example.ts
var victimExample = {
  recordType: "victim",
  id: EXAMPLE_IDS.victim,
  externalIds: [{ system: "tt-ctu-case-management", value: "EXAMPLE-0001" }],
  caseIds: [EXAMPLE_IDS.case],
  givenName: "Example",
  familyName: "Person",
  birthDate: "2001-05-14",
  birthYear: 2001,
  ageAtIdentification: 22,
  ageAtExploitation: 21,
  ageBand: "21-23",
  majorityStatus: "adult",
  majorityStatusAtExploitation: "adult",
  sex: "female",
  gender: "feminine",
  primaryLanguage: "es",
  citizenships: ["VE"],
  migrationStatus: "irregular_migrant",
  vulnerabilityFactors: ["environmental_change", "irregular_migration_status"],
  identification: {
    status: "identified",
    authority: "police",
    agencyId: EXAMPLE_IDS.agencyDestination,
    date: "2023-08-02",
    country: "TT"
  },
  exploitation: {
    forms: ["forced_labour"],
    acts: ["recruitment", "transportation", "harbouring"],
    palermoMeans: ["deception", "abuse_of_vulnerability"],
    meansOfControl: ["debt_bondage", "withholds_documents", "false_promises"],
    labourIndustry: "A",
    labourSectors: ["agriculture"],
    countriesOfExploitation: ["TT"],
    recruitmentDate: "2022-09",
    startDate: "2022-11-20",
    endDate: "2023-07",
    duration: "0-12",
    recruitmentMethods: ["online_social_networks"],
    recruitmentPlatforms: ["facebook"],
    technologyUses: [{ purpose: "recruitment", platform: "facebook" }],
    recruiterRelations: ["acquaintance"]
  },
  assistance: [{ service: "shelter", providerAgencyId: EXAMPLE_IDS.agencyDestination, startDate: "2023-08-03" }],
  consents: [
    {
      id: EXAMPLE_IDS.consent,
      given: true,
      givenOn: "2023-08-05",
      purposes: ["assistance", "referral_transnational"],
      recipientAgencyIds: [EXAMPLE_IDS.agencyOrigin],
      informedOfPurpose: true,
      informedOfDataUse: true,
      informedOfWithdrawal: true
    }
  ],
  yearOfRegistration: 2023,
  dataSource: "case_management"
};

// src/entities/bundle/bundle.example.ts
var bundleExample = {
  recordType: "bundle",
  id: EXAMPLE_IDS.bundle,
  schemaVersion: SCHEMA_VERSION,
  sender: { agencyId: EXAMPLE_IDS.agencyDestination, country: "TT" },
  recipients: [{ agencyId: EXAMPLE_IDS.agencyOrigin, country: "VE" }],
  sentAt: "2023-09-12T09:30:00-04:00",
  purpose: "referral",
  tlp: "AMBER+STRICT",
  records: [caseExample, victimExample, perpetratorExample, agencyExample, originAgencyExample, referralExample]
};

// src/model/examples.ts
var EXAMPLES = {
  case: caseExample,
  victim: victimExample,
  perpetrator: perpetratorExample,
  agency: agencyExample,
  referral: referralExample,
  bundle: bundleExample
};
export {
  ALL_RULES,
  Agency,
  AgencyAddress,
  AssetAction,
  AssistanceRecord,
  BundleParty,
  CODE_LISTS,
  Case,
  CaseComment,
  Charge,
  ConsentRecord,
  ContactPoint,
  ENTITIES,
  EXAMPLES,
  EventPlace,
  ExchangeBundle,
  Exploitation,
  ExternalId,
  FIELD_IDS,
  FinancialInvestigation,
  Identification,
  LOCALES,
  MAPPING_SYSTEMS,
  MODEL_OBJECTS,
  PII_CLASSES,
  Penalty,
  Perpetrator,
  PersonAddress,
  Proceedings,
  RECORD_TYPES,
  REFERRAL_TRANSITIONS,
  RULES_BY_RECORD_TYPE,
  Referral,
  ReferralParty,
  RiskAssessment,
  SCHEMA_ID_BASE,
  SCHEMA_VERSION,
  STRUCTURAL_CODES,
  StatusChange,
  TechnologyUse,
  TipRecord,
  TraffickingEvent,
  Victim,
  VictimRelation,
  ageBandOf,
  ageInYears,
  alpha3Of,
  checkRecord,
  defineCodeList,
  en,
  formatMessage,
  isAllowedTransition,
  isLocale,
  isOasMember,
  isReachableHistory,
  isRecordType,
  m49Of,
  majorityStatusOfAge,
  parseAgeBand,
  runRules,
  tipRegistry,
  toAlpha2,
  toIso6391,
  toJsonSchemas,
  toPointer
};
