import type { ObjectTexts } from "../object-texts.js";

/** English labels and descriptions of every object of the model. */
export const objectsEn = {
  case: {
    label: "Case",
    description:
      "A trafficking case, the “TIP event” of IC-TIP: what was done, by what means and for what purpose, where and when, how the offence is classified, who was involved and where criminal justice stands.",
  },
  traffickingEvent: {
    label: "Trafficking event",
    description:
      "One step of the trafficking process (recruitment, transit, exploitation or identification) with its place and dates; not the case as a whole.",
  },
  eventPlace: {
    label: "Place of the event",
    description:
      "Where a step of the trafficking process happened, from the country down to the street and map coordinates.",
  },
  financialInvestigation: {
    label: "Financial investigation",
    description:
      "The money side of a case: whether the proceeds of the crime were investigated, whether money laundering was charged, and what was done with criminal assets.",
  },
  assetAction: {
    label: "Action on assets",
    description:
      "One measure taken on criminal assets, such as freezing, seizure or confiscation, with its value and date.",
  },
  proceedings: {
    label: "Criminal proceedings",
    description:
      "Where criminal justice stands for a case or a perpetrator: stage reached, charges, court case number, verdict and sentence.",
  },
  charge: {
    label: "Charge",
    description:
      "One offence charged, as an ICCS code with the provision of national law it was brought under.",
  },
  penalty: {
    label: "Penalty",
    description: "One part of a sentence, such as a prison term, a fine or a confiscation order.",
  },
  caseComment: {
    label: "Case comment",
    description: "A dated note written on a case by a caseworker; as free text it may name people.",
  },
  technologyUse: {
    label: "Technology use",
    description:
      "One way technology was used in trafficking, such as recruiting, advertising, controlling victims or moving payments, and on which platform.",
  },
  victim: {
    label: "Victim",
    description:
      "A person identified or presumed to be a victim of trafficking in persons, with personal details, citizenship, identification, exploitation, assistance and consent; ages are kept both at identification and at the time of exploitation.",
  },
  identification: {
    label: "Identification",
    description: "How, when, where and by whom a person was identified as a victim, and the status decided.",
  },
  exploitation: {
    label: "Exploitation",
    description:
      "What happened to one victim, in Palermo Protocol terms (acts, means, purposes) and in operational detail (sectors, means of control, recruitment, places, dates, technology).",
  },
  assistance: {
    label: "Assistance service",
    description:
      "One service a survivor has received or is due to receive, with its provider, objectives, plan and dates.",
  },
  consent: {
    label: "Consent",
    description:
      "A person's informed consent to the use and sharing of their data: for which purposes, with which recipients, from when and until when.",
  },
  personAddress: {
    label: "Mailing address",
    description: "The address where a person receives post; it identifies the person down to the street.",
  },
  externalId: {
    label: "External identifier",
    description:
      "A number or code under which the same record is known in another system, with the system that issued it.",
  },
  perpetrator: {
    label: "Perpetrator",
    description:
      "A person or legal entity suspected, prosecuted or convicted of trafficking in persons, with their role, relationship to victims, citizenship, sex and criminal proceedings.",
  },
  victimRelation: {
    label: "Relationship to a victim",
    description: "How a perpetrator is related to one victim of the case.",
  },
  agency: {
    label: "Agency",
    description:
      "A government body, NGO or international organisation that identifies, assists or records victims, or provides services, as listed in the agency directory.",
  },
  agencyAddress: {
    label: "Agency address",
    description: "The postal address of an agency; public directory information, not personal data.",
  },
  contactPoint: {
    label: "Contact point",
    description:
      "A focal point of an agency and how to reach them; a staff member's name is personal data even in a directory.",
  },
  referral: {
    label: "Referral",
    description:
      "The referral of a victim from one agency to another, within a country or across a border: why, at which stage, with which services, consent and risk assessment, and where it stands.",
  },
  referralParty: {
    label: "Referral party",
    description: "One side of a referral: the agency, its country and the caseworker in charge.",
  },
  riskAssessment: {
    label: "Risk assessment",
    description:
      "An assessment of the risks to a person before a referral or return, made jointly by the countries concerned where possible.",
  },
  statusChange: {
    label: "Status change",
    description:
      "One step in the life of a referral: the status it moved into, when, and which agency moved it.",
  },
  bundle: {
    label: "Exchange bundle",
    description:
      "The envelope of one exchange of records: model version, sender, recipients, date, purpose, Traffic Light Protocol marking, and the records themselves.",
  },
  bundleParty: {
    label: "Bundle party",
    description: "The sender or a recipient of an exchange bundle: a country and, where named, an agency.",
  },
  aggregate: {
    label: "Aggregate figure",
    description:
      "One published figure of a state that holds totals rather than case records, shaped after UNODC's GLOTIP data: an indicator for a country and year, broken down by category, sex and age group, as a value or a withheld marker.",
  },
  suppressedValue: {
    label: "Withheld figure",
    description: "A figure the publisher withheld because it is small, and the bound it is below.",
  },
  sourceLabels: {
    label: "Source texts",
    description: "The source's own texts of a figure, kept so the source can be written back unchanged.",
  },
  helplineContact: {
    label: "Helpline contact",
    description:
      "One contact with an anti-trafficking helpline or hotline: channel, time, language, who made it, indicators raised, outcome and the victim or case it led to.",
  },
  screening: {
    label: "Screening",
    description:
      "An indicator-based screening of a person: tool, indicators found with their strength, conclusion, and the contact and victim record it links.",
  },
  screeningIndicator: {
    label: "Indicator found",
    description: "One indicator found in a screening and its strength.",
  },
  protectionMeasure: {
    label: "Protection measure",
    description:
      "One protection measure for a victim: compensation, restitution, residence permit, reflection period, return and reintegration, or non-punishment.",
  },
  compensationDetail: {
    label: "Compensation detail",
    description: "Source, award, payment, amounts and currency of a compensation or restitution.",
  },
  residenceDetail: {
    label: "Residence detail",
    description: "Type, decision and dates of a residence permit or reflection period.",
  },
  reintegrationDetail: {
    label: "Reintegration detail",
    description: "Country, dates and outcome of a return and its reintegration follow-up.",
  },
  nonPunishmentDetail: {
    label: "Non-punishment detail",
    description:
      "Offence, outcome and date of the prosecution of a victim for an offence committed as a result of being trafficked.",
  },
  sgbvIncident: {
    label: "SGBV incident",
    description:
      "One incident of sexual or gender-based violence suffered by a migrant woman or girl on the route, classified by the GBVIMS core types.",
  },
  operation: {
    label: "Operation",
    description:
      "A law-enforcement operation or joint investigation against trafficking: agencies and countries involved, dates, persons identified, arrests and victims rescued, and the cases, perpetrators and groups it concerns.",
  },
  financialInquiry: {
    label: "Financial inquiry",
    description:
      "A financial-intelligence report or a money-laundering or parallel financial investigation into the proceeds of trafficking, with the actions taken on assets and the outcome.",
  },
  legalAssistanceRequest: {
    label: "Mutual legal assistance request",
    description:
      "A request for mutual legal assistance in a trafficking matter, sent or received: countries and authorities, legal basis, assistance asked for, status and dates.",
  },
  criminalGroup: {
    label: "Organised criminal group",
    description:
      "An organised criminal group: its structure, countries of operation, related offences, estimated size and assets, with its members and cases.",
  },
  preventionActivity: {
    label: "Prevention activity",
    description:
      "An awareness campaign, a training of officials or another prevention activity: audience, reach, channels and online platforms, dates, country and organiser.",
  },
} as const satisfies ObjectTexts;
