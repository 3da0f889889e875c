import type { Weighted } from "../random/random.js";
import type { Code } from "./codes.js";

// Shares loosely follow UNODC's Global Report on Trafficking in Persons for the Americas and CTDC's victim data:
// plausible for tests and demos, not statistics.

type Form = Code<"exploitation_form">;

/** Main form of exploitation of a case: sexual exploitation and forced labour about 40% each. */
export const PRIMARY_FORM: readonly Weighted<Form>[] = [
  ["sexual_exploitation", 40],
  ["forced_labour", 40],
  ["forced_criminality", 6],
  ["forced_begging", 4],
  ["forced_marriage", 4],
  ["servitude", 2],
  ["organ_removal", 1],
  ["other", 3],
];

/** A second form found with the main one in some cases (mixed exploitation). */
export const SECOND_FORM: Readonly<Partial<Record<Form, Form>>> = {
  sexual_exploitation: "forced_labour",
  forced_labour: "sexual_exploitation",
  forced_marriage: "sexual_exploitation",
  servitude: "forced_labour",
};

/** Probability that a victim was a child when exploited, by form; about 30% overall. */
export const CHILD_SHARE: Readonly<Record<Form, number>> = {
  sexual_exploitation: 0.33,
  forced_labour: 0.2,
  forced_criminality: 0.45,
  forced_begging: 0.6,
  forced_marriage: 0.5,
  servitude: 0.3,
  organ_removal: 0.05,
  other: 0.3,
  slavery_and_practices: 0.3,
  child_labour: 1,
  forced_military: 0.9,
  illegal_adoption: 1,
  surrogacy: 0,
  benefit_fraud: 0.2,
};

/** Sex of a victim by main form: mostly women and girls in sexual exploitation, men in forced labour. */
export const SEX_BY_FORM: Readonly<Partial<Record<Form, readonly Weighted<Code<"sex">>[]>>> = {
  sexual_exploitation: [
    ["female", 90],
    ["male", 8],
    ["other", 1],
    ["unknown", 1],
  ],
  forced_labour: [
    ["male", 64],
    ["female", 35],
    ["unknown", 1],
  ],
  forced_marriage: [
    ["female", 97],
    ["male", 3],
  ],
};

/** Sex of a victim in the other forms. */
export const SEX_OTHERWISE: readonly Weighted<Code<"sex">>[] = [
  ["female", 52],
  ["male", 46],
  ["unknown", 2],
];

/** Gender most often recorded for each sex; the rest is spread over the other codes. */
export const USUAL_GENDER: Readonly<Record<Code<"sex">, Code<"gender">>> = {
  female: "feminine",
  male: "masculine",
  other: "non_conforming",
  unknown: "not_specified",
};

/** Age at exploitation of a child (5-17, mostly teenagers). */
export const CHILD_AGE: readonly Weighted<readonly [number, number]>[] = [
  [[5, 11], 25],
  [[12, 14], 30],
  [[15, 17], 45],
];

/** Age at exploitation of an adult. */
export const ADULT_AGE: readonly Weighted<readonly [number, number]>[] = [
  [[18, 24], 35],
  [[25, 34], 35],
  [[35, 44], 20],
  [[45, 60], 10],
];

/** Migration status of a victim who is not a national of the reporting country. */
export const FOREIGN_MIGRATION_STATUS: readonly Weighted<Code<"migration_status">>[] = [
  ["irregular_migrant", 50],
  ["regular_migrant", 30],
  ["asylum_seeker", 8],
  ["refugee", 7],
  ["unknown", 5],
];

/** Length of exploitation in days, as CTDC's duration bands are spread. */
export const EXPLOITATION_DAYS: readonly Weighted<readonly [number, number]>[] = [
  [[45, 365], 60],
  [[366, 730], 25],
  [[731, 1500], 15],
];

/** Palermo means recorded for a victim (IC-TIP "means"). */
export const PALERMO_MEANS: readonly Weighted<Code<"palermo_means">>[] = [
  ["deception", 30],
  ["abuse_of_vulnerability", 25],
  ["other_coercion", 12],
  ["threat_of_force", 10],
  ["use_of_force", 8],
  ["fraud", 6],
  ["abuse_of_power", 4],
  ["payments_to_controller", 3],
  ["abduction", 2],
];

/** Means of control (HTCDS / CTDC operational detail). */
export const MEANS_OF_CONTROL: readonly Weighted<Code<"means_of_control">>[] = [
  ["false_promises", 18],
  ["psychological_abuse", 14],
  ["threats", 12],
  ["debt_bondage", 10],
  ["takes_earnings", 10],
  ["restricts_movement", 9],
  ["withholds_documents", 8],
  ["physical_abuse", 7],
  ["excessive_working_hours", 5],
  ["threats_to_family", 3],
  ["psychoactive_substances", 2],
  ["threat_of_law_enforcement", 2],
];

/** Industries of forced labour, as CTDC's labour sectors. */
export const LABOUR_SECTOR: readonly Weighted<Code<"labour_sector">>[] = [
  ["agriculture", 25],
  ["domestic_work", 20],
  ["construction", 15],
  ["hospitality", 10],
  ["manufacturing", 10],
  ["aquafarming", 5],
  ["mining_or_drilling", 5],
  ["peddling", 5],
  ["transportation", 5],
];

/** Types of sexual exploitation. */
export const SEXUAL_EXPLOITATION_TYPE: readonly Weighted<Code<"sexual_exploitation_type">>[] = [
  ["prostitution", 70],
  ["pornography", 10],
  ["remote_interactive_services", 10],
  ["private_sexual_services", 10],
];

/** The recruiter's relation to the victim. */
export const RECRUITER_RELATION: readonly Weighted<Code<"recruiter_relation">>[] = [
  ["acquaintance", 30],
  ["stranger", 25],
  ["intimate_partner", 15],
  ["family", 13],
  ["friend", 12],
  ["unknown", 5],
];

/** Offline recruitment methods (online ones come with a platform). */
export const OFFLINE_RECRUITMENT: readonly Weighted<Code<"recruitment_method">>[] = [
  ["friends_or_social_events", 35],
  ["family_or_family_events", 20],
  ["at_work", 20],
  ["at_place_of_business", 15],
  ["newspaper_advertisement", 5],
  ["at_educational_institution", 5],
];

/** Platforms used to recruit. */
export const RECRUITMENT_PLATFORM: readonly Weighted<Code<"platform">>[] = [
  ["facebook", 35],
  ["whatsapp", 25],
  ["instagram", 15],
  ["tiktok", 10],
  ["job_portal", 10],
  ["dating_app", 5],
];

/** Platforms used to advertise or exploit in sexual exploitation. */
export const EXPLOITATION_PLATFORM: readonly Weighted<Code<"platform">>[] = [
  ["online_classifieds", 35],
  ["whatsapp", 25],
  ["adult_website", 25],
  ["telegram", 15],
];

/** Who identified the victim. */
export const AUTHORITY: readonly Weighted<Code<"identification_authority">>[] = [
  ["police", 45],
  ["ngo", 20],
  ["non_police_government", 12],
  ["labour_inspectorate", 8],
  ["international_organisation", 8],
  ["court_or_prosecution", 5],
  ["other", 2],
];

/** Vulnerabilities commonly recorded (others are added by circumstance). */
export const VULNERABILITY: readonly Weighted<Code<"vulnerability_factor">>[] = [
  ["poverty", 30],
  ["unemployment", 20],
  ["limited_education", 12],
  ["family_dysfunction", 12],
  ["gender_based_violence", 8],
  ["environmental_change", 6],
  ["mental_health", 4],
  ["addiction", 4],
  ["homelessness", 4],
];

/** Criminal-justice stage reached by a case. */
export const CASE_STAGE: readonly Weighted<Code<"criminal_justice_stage">>[] = [
  ["suspected", 10],
  ["investigation", 35],
  ["prosecution", 20],
  ["trial", 10],
  ["convicted", 15],
  ["acquitted", 5],
  ["case_dismissed", 5],
];

/** How organised the perpetrators were. */
export const ORGANISED_CRIME: readonly Weighted<Code<"organised_crime_involvement">>[] = [
  ["individual", 35],
  ["organised_criminal_group", 35],
  ["transnational_network", 15],
  ["unknown", 15],
];

/** Roles of perpetrators in the process. */
export const PERPETRATOR_ROLE: readonly Weighted<Code<"perpetrator_role">>[] = [
  ["recruiter_or_intermediary", 35],
  ["exploiter", 35],
  ["transporter", 12],
  ["organiser", 8],
  ["financier", 4],
  ["money_launderer", 3],
  ["abuser", 3],
];

/** Reasons of a cross-border referral. */
export const CROSS_BORDER_REASON: readonly Weighted<Code<"referral_reason">>[] = [
  ["safe_return", 50],
  ["continued_assistance", 25],
  ["family_reunification", 15],
  ["criminal_proceedings", 10],
];

/** Reasons of a referral within the reporting country. */
export const DOMESTIC_REASON: readonly Weighted<Code<"referral_reason">>[] = [
  ["additional_services_required", 60],
  ["continued_assistance", 30],
  ["migration_or_change_of_location", 10],
];

/** Where a data set's victims were recorded (CTDC `Datasource`). */
export const DATA_SOURCE: readonly Weighted<Code<"data_source">>[] = [
  ["case_management", 70],
  ["law_enforcement", 20],
  ["hotline", 10],
];
