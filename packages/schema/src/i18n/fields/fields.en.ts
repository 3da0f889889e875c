import type { FieldTexts } from "../field-texts.js";

/** English labels and descriptions of every field. */
export const fieldsEn = {
  "case.recordType": {
    label: "Record type",
    description: "Kind of record; always “case” for a case record.",
  },
  "case.id": {
    label: "Case ID",
    description: "Unique identifier of the case record (a UUID), used by other records to refer to it.",
  },
  "case.externalIds": {
    label: "Other case numbers",
    description:
      "Numbers under which the same case is filed in other systems, such as a police or prosecution file number, each with the system that issued it.",
  },
  "case.createdAt": {
    label: "Created at",
    description: "Date and time the case record was created, in ISO 8601 format with the UTC offset.",
  },
  "case.updatedAt": {
    label: "Last updated at",
    description:
      "Date and time of the latest change to the case record, in ISO 8601 format with the UTC offset.",
  },
  "case.extensions": {
    label: "Extensions",
    description:
      "Additional data not covered by the standard, grouped under a lower-case namespace, such as national fields or source fields a converter could not map.",
  },
  "case.status": {
    label: "Case status",
    description:
      "Where the agency's work on the case stands: active, in follow-up, closed, or closed after referral to another agency.",
  },
  "case.closureReason": {
    label: "Reason for closure",
    description: "Free-text explanation of why the case was closed.",
  },
  "case.caseOwner": {
    label: "Case owner",
    description: "Name of the caseworker responsible for the case; this identifies a member of staff.",
  },
  "case.openedOn": {
    label: "Date opened",
    description: "Date the case was opened, as an ISO 8601 date (YYYY-MM-DD).",
  },
  "case.closedOn": {
    label: "Date closed",
    description:
      "Date the case was closed, as an ISO 8601 date (YYYY-MM-DD); it cannot be earlier than the date opened.",
  },
  "case.acts": {
    label: "Trafficking acts",
    description:
      "Acts established in the case under the Palermo Protocol definition (recruitment, transportation, transfer, harbouring or receipt of persons); several may apply.",
  },
  "case.means": {
    label: "Means",
    description:
      "Means used against the victims under the Palermo Protocol definition, such as force, coercion, abduction, fraud, deception or abuse of a position of vulnerability; not needed to establish trafficking of children.",
  },
  "case.purposes": {
    label: "Purposes of exploitation",
    description:
      "Forms of exploitation the victims were trafficked for, such as sexual exploitation, forced labour or removal of organs; several may apply.",
  },
  "case.iccsCodes": {
    label: "ICCS codes",
    description:
      "ICCS classification of the trafficking offence: code 0204 or its subcodes 02041 to 02044, one for each purpose of exploitation recorded.",
  },
  "case.relatedOffences": {
    label: "Related offences",
    description:
      "Other offences linked to the case, as ICCS codes, for example smuggling of migrants (08051), kidnapping (020221) or illegal adoption (020291).",
  },
  "case.events": {
    label: "Trafficking events",
    description:
      "Steps of the trafficking process recorded for the case (recruitment, transit, exploitation, identification), each with its place and dates.",
  },
  "case.transnational": {
    label: "Transnational",
    description: "Whether the trafficking in this case involved more than one country.",
  },
  "case.organisedCrime": {
    label: "Organised crime involvement",
    description:
      "How far organised crime was involved: none, a single offender, an organised criminal group, a transnational network, or unknown.",
  },
  "case.technologyUses": {
    label: "Technology used",
    description:
      "Each way technology was used in the case, for example to recruit, advertise, control victims or move payments, with the platform where known.",
  },
  "case.financialInvestigation": {
    label: "Financial investigation",
    description:
      "Whether a financial investigation into the proceeds of the crime was opened, whether money laundering was charged, and what was done with criminal assets.",
  },
  "case.proceedings": {
    label: "Criminal proceedings",
    description:
      "Where the criminal case stands: stage reached, charges, court case number, verdict and sentence.",
  },
  "case.victimIds": {
    label: "Victim records",
    description: "Identifiers (UUIDs) of the victim records linked to this case.",
  },
  "case.perpetratorIds": {
    label: "Perpetrator records",
    description: "Identifiers (UUIDs) of the perpetrator records linked to this case.",
  },
  "case.reportingAgencyIds": {
    label: "Reporting agencies",
    description:
      "Identifiers (UUIDs) of the agencies that detected, assisted or recorded the case, the reporting entities in IC-TIP terms.",
  },
  "case.leadAgencyId": {
    label: "Lead agency",
    description: "Identifier (UUID) of the agency in charge of the case.",
  },
  "case.comments": {
    label: "Case comments",
    description: "Dated notes written on the case by caseworkers; being free text, they may name people.",
  },
  "traffickingEvent.victimId": {
    label: "Victim",
    description:
      "The victim this step concerns (the id of a victim record). Victims of one case have their own timelines; a victim trafficked again after identification has a second series of steps.",
  },
  "traffickingEvent.role": {
    label: "Step",
    description:
      "Which step of the trafficking process this event records: recruitment, transit, exploitation or identification.",
  },
  "traffickingEvent.place": {
    label: "Place of the event",
    description: "Where the step happened, from the country down to the street and map coordinates.",
  },
  "traffickingEvent.date": {
    label: "Event date",
    description:
      "Date of the step, or the date it began if it lasted some time, as an ISO 8601 partial date (YYYY, YYYY-MM or YYYY-MM-DD).",
  },
  "traffickingEvent.endDate": {
    label: "Event end date",
    description:
      "Date the step ended, if it lasted some time, as an ISO 8601 partial date (YYYY, YYYY-MM or YYYY-MM-DD).",
  },
  "traffickingEvent.description": {
    label: "Event description",
    description: "Free-text account of what happened at this step.",
  },
  "eventPlace.country": {
    label: "Country of the event",
    description: "Country where the step happened, as an ISO 3166-1 alpha-2 code (XX if unknown).",
  },
  "eventPlace.region": {
    label: "Region of the event",
    description: "State, province, department or other first-level region where the step happened.",
  },
  "eventPlace.city": {
    label: "City of the event",
    description: "City, town or municipality where the step happened.",
  },
  "eventPlace.street": {
    label: "Street of the event",
    description: "Street address where the step happened; it can pinpoint a home or workplace.",
  },
  "eventPlace.postalCode": {
    label: "Postal code of the event",
    description: "Postal code of the place where the step happened.",
  },
  "eventPlace.latitude": {
    label: "Latitude of the event",
    description: "Latitude of the place where the step happened, in decimal degrees (-90 to 90).",
  },
  "eventPlace.longitude": {
    label: "Longitude of the event",
    description: "Longitude of the place where the step happened, in decimal degrees (-180 to 180).",
  },
  "financialInvestigation.opened": {
    label: "Financial investigation opened",
    description: "Whether a financial investigation into the money and assets linked to the case was opened.",
  },
  "financialInvestigation.openedOn": {
    label: "Financial investigation start date",
    description: "Date the financial investigation was opened, as an ISO 8601 date (YYYY-MM-DD).",
  },
  "financialInvestigation.moneyLaunderingCharged": {
    label: "Money laundering charged",
    description: "Whether anyone in the case was charged with laundering the proceeds of the trafficking.",
  },
  "financialInvestigation.assetActions": {
    label: "Actions on assets",
    description:
      "Each measure taken on criminal assets: identification, freezing, seizure, confiscation or return to victims.",
  },
  "assetAction.action": {
    label: "Asset action",
    description:
      "What was done with the assets: identified, frozen, seized, confiscated or returned to a victim.",
  },
  "assetAction.value": {
    label: "Asset value",
    description: "Estimated value of the assets concerned, in the currency given with it.",
  },
  "assetAction.currency": {
    label: "Asset value currency",
    description: "Currency of the asset value, as an ISO 4217 three-letter code (for example USD or BRL).",
  },
  "assetAction.date": {
    label: "Date of the action",
    description: "Date the measure on the assets was taken, as an ISO 8601 date (YYYY-MM-DD).",
  },
  "proceedings.stage": {
    label: "Criminal justice stage",
    description:
      "Stage the proceedings have reached, from suspicion, formal contact and investigation to prosecution, trial, conviction, acquittal, dismissal or appeal.",
  },
  "proceedings.charges": {
    label: "Charges",
    description:
      "Offences charged, each as an ICCS code with the national legal provision and the date of the charge.",
  },
  "proceedings.courtCaseNumber": {
    label: "Court case number",
    description: "Number under which the court registered the case.",
  },
  "proceedings.prosecutionStartedOn": {
    label: "Prosecution start date",
    description: "Date the prosecution formally began, as an ISO 8601 date (YYYY-MM-DD).",
  },
  "proceedings.verdict": {
    label: "Verdict",
    description:
      "Outcome of the proceedings: convicted, acquitted, dismissed, plea agreement, or still pending.",
  },
  "proceedings.verdictDate": {
    label: "Verdict date",
    description:
      "Date the verdict was delivered, as an ISO 8601 date (YYYY-MM-DD); it cannot be earlier than the prosecution start date.",
  },
  "proceedings.penalties": {
    label: "Penalties",
    description:
      "Sanctions imposed by the sentence, such as imprisonment, a fine or confiscation; recorded only after a conviction or plea agreement.",
  },
  "charge.iccs": {
    label: "Offence (ICCS)",
    description:
      "Offence charged, as an ICCS v1.0 code (for example 02041, trafficking for sexual exploitation).",
  },
  "charge.legalProvision": {
    label: "Legal provision",
    description:
      "Article of national law under which the charge was brought, as cited in the charging document.",
  },
  "charge.chargedOn": {
    label: "Charge date",
    description: "Date the charge was brought, as an ISO 8601 date (YYYY-MM-DD).",
  },
  "penalty.type": {
    label: "Penalty type",
    description:
      "Kind of sanction: imprisonment, suspended sentence, fine, community service, asset confiscation, deportation or other.",
  },
  "penalty.months": {
    label: "Sentence length (months)",
    description: "Length of a prison term or other time-based penalty, in months (0 to 1,200).",
  },
  "penalty.amount": {
    label: "Penalty amount",
    description: "Amount of a fine or other monetary penalty, in the currency given with it.",
  },
  "penalty.currency": {
    label: "Penalty currency",
    description: "Currency of the penalty amount, as an ISO 4217 three-letter code (for example USD or MXN).",
  },
  "penalty.suspended": {
    label: "Suspended",
    description: "Whether the penalty was suspended rather than enforced.",
  },
  "caseComment.date": {
    label: "Comment date",
    description: "Date the comment was written, as an ISO 8601 date (YYYY-MM-DD).",
  },
  "caseComment.authorAgencyId": {
    label: "Author agency",
    description: "Identifier (UUID) of the agency whose staff wrote the comment.",
  },
  "caseComment.text": {
    label: "Comment",
    description: "Text of the comment; as it may name people, it is treated as identifying information.",
  },
  "technologyUse.purpose": {
    label: "Purpose of use",
    description:
      "What the technology was used for, such as recruiting, advertising, controlling victims or moving payments.",
  },
  "technologyUse.platform": {
    label: "Platform",
    description: "Website, app or online service used, where known.",
  },
  "technologyUse.detail": {
    label: "Technology details",
    description: "Free-text details of how the technology or platform was used.",
  },
  "victim.recordType": {
    label: "Record type",
    description: "Kind of record; always “victim” for a victim record.",
  },
  "victim.id": {
    label: "Victim ID",
    description:
      "Unique identifier of the victim record (a UUID), used by cases and referrals to refer to the person.",
  },
  "victim.externalIds": {
    label: "Other identifiers",
    description:
      "Numbers under which the same person is registered in other systems, such as a shelter or case-management file number, each with the system that issued it.",
  },
  "victim.createdAt": {
    label: "Created at",
    description: "Date and time the victim record was created, in ISO 8601 format with the UTC offset.",
  },
  "victim.updatedAt": {
    label: "Last updated at",
    description:
      "Date and time of the latest change to the victim record, in ISO 8601 format with the UTC offset.",
  },
  "victim.extensions": {
    label: "Extensions",
    description:
      "Additional data not covered by the standard, grouped under a lower-case namespace, such as national fields or source fields a converter could not map.",
  },
  "victim.caseIds": {
    label: "Linked cases",
    description: "Identifiers (UUIDs) of the case records this person is a victim in.",
  },
  "victim.salutation": {
    label: "Salutation",
    description: "Form of address used for the person, such as Ms, Mr or Dr.",
  },
  "victim.givenName": {
    label: "Given name",
    description: "The person's first or given name or names.",
  },
  "victim.middleName": {
    label: "Middle name",
    description: "The person's middle name, where one is used.",
  },
  "victim.familyName": {
    label: "Family name",
    description: "The person's surname, including both surnames where two are used.",
  },
  "victim.title": {
    label: "Job title",
    description: "Position or job title the person holds, if any.",
  },
  "victim.birthDate": {
    label: "Date of birth",
    description: "The person's full date of birth, as an ISO 8601 date (YYYY-MM-DD).",
  },
  "victim.birthYear": {
    label: "Year of birth",
    description: "The person's year of birth (four digits), useful when the full date is not known.",
  },
  "victim.ageAtIdentification": {
    label: "Age at identification",
    description: "The person's age in completed years when identified as a victim.",
  },
  "victim.ageAtRecruitment": {
    label: "Age when trafficked",
    description:
      "The person's age in completed years at the first act of trafficking (recruitment, transport, transfer, harbouring or receipt). It decides child status (Palermo Protocol Art. 3(c)/(d)): someone recruited at 17 is a child victim even if exploited or identified as an adult. Derived from the birth date and the recruitment date when both are known.",
  },
  "victim.ageAtExploitation": {
    label: "Age at exploitation",
    description: "The person's age in completed years when the exploitation started.",
  },
  "victim.ageBand": {
    label: "Age band",
    description:
      "The person's age group in the bands used by CTDC (0–8, 9–17, 18–20, 21–23, 24–26, 27–29, 30–38, 39–47, 48+), for when only a range is known or may be shared.",
  },
  "victim.majorityStatus": {
    label: "Adult or child",
    description: "Whether the person was an adult or a child (under 18) when registered.",
  },
  "victim.majorityStatusAtExploitation": {
    label: "Adult or child when exploited",
    description: "Whether the person was an adult or a child (under 18) at the time of exploitation.",
  },
  "victim.majorityStatusAtEntry": {
    label: "Adult or child at entry",
    description:
      "Whether the person was an adult or a child (under 18) on entering the trafficking situation.",
  },
  "victim.sex": {
    label: "Sex",
    description:
      "The person's sex as recorded for statistics; combined with age it gives the women, men, girls and boys of international reporting.",
  },
  "victim.gender": {
    label: "Gender",
    description:
      "The person's gender identity or expression as recorded in case management, which may differ from sex.",
  },
  "victim.deceased": {
    label: "Deceased",
    description: "Whether the person is known to have died.",
  },
  "victim.maritalStatus": {
    label: "Marital status",
    description: "The person's marital or civil status.",
  },
  "victim.numberOfChildren": {
    label: "Number of children",
    description: "How many children the person has.",
  },
  "victim.primaryLanguage": {
    label: "Main language",
    description: "The language the person speaks best, as an ISO 639-1 two-letter code.",
  },
  "victim.otherLanguages": {
    label: "Other languages",
    description: "Other languages the person speaks, as ISO 639-1 two-letter codes.",
  },
  "victim.educationLevel": {
    label: "Education level",
    description: "Highest level of education the person has completed.",
  },
  "victim.citizenships": {
    label: "Citizenships",
    description:
      "Every country whose nationality the person holds, as ISO 3166-1 alpha-2 codes (XX if unknown); kept apart from the country of identification.",
  },
  "victim.stateless": {
    label: "Stateless",
    description: "Whether the person is not recognised as a national by any state.",
  },
  "victim.migrationStatus": {
    label: "Migration status",
    description: "The person's migration or residence situation in the country where they are.",
  },
  "victim.vulnerabilityFactors": {
    label: "Vulnerability factors",
    description:
      "Circumstances or characteristics that made the person more vulnerable to trafficking; several may apply.",
  },
  "victim.identityNumber": {
    label: "Identity document number",
    description: "Number of the person's national identity card, passport or other identity document.",
  },
  "victim.email": {
    label: "E-mail address",
    description: "The person's own e-mail address.",
  },
  "victim.homePhone": {
    label: "Home phone",
    description:
      "The person's home telephone number in international E.164 format (for example +50222345678).",
  },
  "victim.mobilePhone": {
    label: "Mobile phone",
    description:
      "The person's mobile telephone number in international E.164 format (for example +5215512345678).",
  },
  "victim.address": {
    label: "Mailing address",
    description: "Address where the person receives post; it identifies the person down to the street.",
  },
  "victim.identification": {
    label: "Identification",
    description:
      "How, when, where and by whom the person was identified, and their current status as a victim.",
  },
  "victim.exploitation": {
    label: "Exploitation",
    description:
      "What happened to the person: acts, means and forms of exploitation, recruitment, places, dates and use of technology.",
  },
  "victim.assistance": {
    label: "Assistance",
    description:
      "Services the person has received or is due to receive, each with its provider, objectives and dates.",
  },
  "victim.consents": {
    label: "Consents",
    description:
      "Informed consents the person has given or refused for the use and sharing of their data, with purposes, recipients and validity.",
  },
  "victim.yearOfRegistration": {
    label: "Year of registration",
    description: "Year the person was registered as a victim by the recording agency (four digits).",
  },
  "victim.dataSource": {
    label: "Data source",
    description:
      "Kind of source the record comes from: case management, a hotline, law enforcement, a survey or other.",
  },
  "identification.status": {
    label: "Trafficking status",
    description:
      "Whether the person is a presumed victim, an identified victim, or was found not to be a victim.",
  },
  "identification.authority": {
    label: "Identifying authority",
    description:
      "Kind of body that decided on the person's status, such as the police, an NGO, a court or prosecutor, or a labour inspectorate.",
  },
  "identification.agencyId": {
    label: "Identifying agency",
    description: "Identifier (UUID) of the agency that identified the person.",
  },
  "identification.date": {
    label: "Date of identification",
    description: "Date the person was identified, as an ISO 8601 date (YYYY-MM-DD).",
  },
  "identification.country": {
    label: "Country of identification",
    description:
      "Country where the person was identified, as an ISO 3166-1 alpha-2 code (XX if unknown); recorded separately from citizenship.",
  },
  "identification.indicatorsObserved": {
    label: "Indicators observed",
    description:
      "ILO indicators of forced labour and trafficking that were observed when the person was identified.",
  },
  "exploitation.forms": {
    label: "Forms of exploitation",
    description:
      "Forms of exploitation the person was subjected to, such as sexual exploitation, forced labour, forced criminality, begging, forced marriage or removal of organs; several may apply.",
  },
  "exploitation.acts": {
    label: "Trafficking acts",
    description:
      "Acts committed against the person under the Palermo Protocol definition: recruitment, transportation, transfer, harbouring or receipt.",
  },
  "exploitation.palermoMeans": {
    label: "Means (Palermo Protocol)",
    description:
      "Means used against the person under the Palermo Protocol definition, such as force, coercion, abduction, fraud, deception or abuse of vulnerability; at least one is needed for an adult victim.",
  },
  "exploitation.meansOfControl": {
    label: "Means of control",
    description:
      "Practical methods used to keep the person under control, such as debt bondage, threats, violence, confiscated documents or restricted movement.",
  },
  "exploitation.labourIndustry": {
    label: "Industry of forced labour",
    description:
      "Economic activity in which labour exploitation took place, as an ISIC Rev.4 section letter (A to U).",
  },
  "exploitation.labourSectors": {
    label: "Type of labour",
    description:
      "Kinds of work the person was forced to do, in CTDC categories such as agriculture, construction, domestic work, hospitality or begging.",
  },
  "exploitation.sexualExploitationTypes": {
    label: "Type of sexual exploitation",
    description:
      "Kinds of sexual exploitation the person suffered, such as prostitution, pornography or remote interactive services; used only when sexual exploitation is among the forms.",
  },
  "exploitation.countriesOfExploitation": {
    label: "Countries of exploitation",
    description: "Countries where the person was exploited, as ISO 3166-1 alpha-2 codes (XX if unknown).",
  },
  "exploitation.recruitmentDate": {
    label: "Recruitment date",
    description: "When the person was recruited, as an ISO 8601 partial date (YYYY, YYYY-MM or YYYY-MM-DD).",
  },
  "exploitation.startDate": {
    label: "Start of exploitation",
    description: "When the exploitation began, as an ISO 8601 partial date (YYYY, YYYY-MM or YYYY-MM-DD).",
  },
  "exploitation.endDate": {
    label: "End of exploitation",
    description:
      "When the exploitation ended, as an ISO 8601 partial date (YYYY, YYYY-MM or YYYY-MM-DD); left empty if it is ongoing or unknown.",
  },
  "exploitation.duration": {
    label: "Time in trafficking",
    description:
      "How long the person was held in the trafficking situation, in the CTDC bands of 0–12, 13–24 or 25+ months.",
  },
  "exploitation.recruitmentMethods": {
    label: "Recruitment methods",
    description: "How the person was recruited; several methods may apply.",
  },
  "exploitation.recruitmentPlatforms": {
    label: "Recruitment platforms",
    description: "Websites, apps or social networks the perpetrators used to find or recruit the person.",
  },
  "exploitation.exploitationPlatforms": {
    label: "Exploitation platforms",
    description:
      "Websites, apps or social networks used to exploit the person, for example to advertise them.",
  },
  "exploitation.technologyUses": {
    label: "Technology used",
    description:
      "Each way technology was used against the person, with its purpose and the platform where known.",
  },
  "exploitation.isAbduction": {
    label: "Abducted",
    description: "Whether the person was taken into trafficking by abduction.",
  },
  "exploitation.recruiterRelations": {
    label: "Relationship to recruiter",
    description:
      "How the person knew whoever recruited them, such as an intimate partner, a friend or a family member.",
  },
  "exploitation.recruitmentLocation": {
    label: "Place of recruitment",
    description: "Free-text description of where the person was recruited, such as a town or neighbourhood.",
  },
  "exploitation.exploitationLocation": {
    label: "Place of exploitation",
    description:
      "Free-text description of where the person was exploited, such as a town or type of premises.",
  },
  "assistance.service": {
    label: "Service",
    description:
      "Kind of assistance provided, such as accommodation, medical care, legal aid or support for return.",
  },
  "assistance.providerAgencyId": {
    label: "Service provider",
    description: "Identifier (UUID) of the agency providing the service.",
  },
  "assistance.objectives": {
    label: "Objectives",
    description: "What the service is meant to achieve for the person.",
  },
  "assistance.actionPlan": {
    label: "Action plan",
    description: "Steps agreed to reach the objectives, and who takes them.",
  },
  "assistance.startDate": {
    label: "Service start date",
    description: "Date the service began, as an ISO 8601 date (YYYY-MM-DD).",
  },
  "assistance.plannedEndDate": {
    label: "Planned end date",
    description: "Date the service is expected to end, as an ISO 8601 date (YYYY-MM-DD).",
  },
  "assistance.actualEndDate": {
    label: "Actual end date",
    description: "Date the service actually ended, as an ISO 8601 date (YYYY-MM-DD).",
  },
  "consent.id": {
    label: "Consent ID",
    description: "Unique identifier of this consent (a UUID), so that a referral can point to it.",
  },
  "consent.given": {
    label: "Consent given",
    description: "Whether the person agreed (yes) or refused (no).",
  },
  "consent.givenOn": {
    label: "Date of consent",
    description: "Date the person gave or refused consent, as an ISO 8601 date (YYYY-MM-DD).",
  },
  "consent.purposes": {
    label: "Purposes",
    description:
      "Uses of their data the person agreed to, such as assistance, national or transnational referral, return, criminal proceedings or research and statistics.",
  },
  "consent.recipientAgencyIds": {
    label: "Authorised agencies",
    description: "Identifiers (UUIDs) of the agencies the person agreed their data may be shared with.",
  },
  "consent.recipientCountries": {
    label: "Authorised countries",
    description: "Countries to which the person agreed their data may be sent, as ISO 3166-1 alpha-2 codes.",
  },
  "consent.recordedByAgencyId": {
    label: "Recorded by",
    description: "Identifier (UUID) of the agency that took and recorded the consent.",
  },
  "consent.expiresOn": {
    label: "Expiry date",
    description: "Date after which the consent no longer applies, as an ISO 8601 date (YYYY-MM-DD).",
  },
  "consent.withdrawnOn": {
    label: "Date withdrawn",
    description:
      "Date the person withdrew their consent, as an ISO 8601 date (YYYY-MM-DD); from then on it no longer allows any use.",
  },
  "consent.informedOfPurpose": {
    label: "Told the purpose",
    description: "Whether the person was told why their information is being collected.",
  },
  "consent.informedOfDataUse": {
    label: "Told how data is used",
    description: "Whether the person was told how their data will and may be used.",
  },
  "consent.informedOfResearchUse": {
    label: "Told of research use",
    description: "Whether the person was told their data may be used for research or statistics.",
  },
  "consent.informedOfRightOfAccess": {
    label: "Told of right of access",
    description: "Whether the person was told they have the right to see their data and have it corrected.",
  },
  "consent.informedOfRetention": {
    label: "Told of retention period",
    description: "Whether the person was told how long their data will be kept.",
  },
  "consent.informedOfWithdrawal": {
    label: "Told of right to withdraw",
    description: "Whether the person was told they may withdraw their consent at any time.",
  },
  "personAddress.country": {
    label: "Mailing country",
    description: "Country of the person's mailing address, as an ISO 3166-1 alpha-2 code (XX if unknown).",
  },
  "personAddress.region": {
    label: "Mailing region",
    description: "State, province, department or other first-level region of the person's mailing address.",
  },
  "personAddress.city": {
    label: "Mailing city",
    description: "City, town or municipality of the person's mailing address.",
  },
  "personAddress.street": {
    label: "Mailing street",
    description:
      "Street, number and any unit of the person's mailing address; it identifies the person directly.",
  },
  "personAddress.postalCode": {
    label: "Mailing postal code",
    description: "Postal code of the person's mailing address.",
  },
  "personAddress.latitude": {
    label: "Mailing address latitude",
    description:
      "Latitude of the person's mailing address, in decimal degrees (-90 to 90); it identifies the person directly.",
  },
  "personAddress.longitude": {
    label: "Mailing address longitude",
    description:
      "Longitude of the person's mailing address, in decimal degrees (-180 to 180); it identifies the person directly.",
  },
  "externalId.system": {
    label: "Issuing system",
    description:
      "Name of the system or authority that issued the identifier, such as a national case register.",
  },
  "externalId.value": {
    label: "Identifier",
    description: "The identifier exactly as written in that system; it can lead back to the person.",
  },
  "perpetrator.recordType": {
    label: "Record type",
    description: "Kind of record; always “perpetrator” for a perpetrator record.",
  },
  "perpetrator.id": {
    label: "Perpetrator ID",
    description:
      "Unique identifier of the perpetrator record (a UUID), used by cases to refer to the person.",
  },
  "perpetrator.externalIds": {
    label: "Other identifiers",
    description:
      "Numbers under which the same perpetrator is registered in other systems, such as a police or court file number, each with the system that issued it.",
  },
  "perpetrator.createdAt": {
    label: "Created at",
    description: "Date and time the perpetrator record was created, in ISO 8601 format with the UTC offset.",
  },
  "perpetrator.updatedAt": {
    label: "Last updated at",
    description:
      "Date and time of the latest change to the perpetrator record, in ISO 8601 format with the UTC offset.",
  },
  "perpetrator.extensions": {
    label: "Extensions",
    description:
      "Additional data not covered by the standard, grouped under a lower-case namespace, such as national fields or source fields a converter could not map.",
  },
  "perpetrator.caseIds": {
    label: "Linked cases",
    description: "Identifiers (UUIDs) of the case records this perpetrator is involved in.",
  },
  "perpetrator.givenName": {
    label: "Given name",
    description: "The perpetrator's first or given name or names.",
  },
  "perpetrator.familyName": {
    label: "Family name",
    description: "The perpetrator's surname, including both surnames where two are used.",
  },
  "perpetrator.alias": {
    label: "Alias",
    description: "Nickname or other name the perpetrator is known by.",
  },
  "perpetrator.sex": {
    label: "Sex",
    description: "The perpetrator's sex as recorded for statistics on persons prosecuted and convicted.",
  },
  "perpetrator.gender": {
    label: "Gender",
    description: "The perpetrator's gender identity or expression, where recorded; it may differ from sex.",
  },
  "perpetrator.birthYear": {
    label: "Year of birth",
    description: "The perpetrator's year of birth (four digits).",
  },
  "perpetrator.age": {
    label: "Age",
    description:
      "The perpetrator's age in completed years at the time of recording, when the year of birth is not known.",
  },
  "perpetrator.citizenships": {
    label: "Citizenships",
    description:
      "Every country whose nationality the perpetrator holds, as ISO 3166-1 alpha-2 codes (XX if unknown).",
  },
  "perpetrator.roles": {
    label: "Roles in the process",
    description:
      "Parts the perpetrator played in the trafficking, such as recruiter, transporter, controller, exploiter or organiser; several may apply.",
  },
  "perpetrator.roleDetails": {
    label: "Role details",
    description: "Free-text description of what the perpetrator did.",
  },
  "perpetrator.isLegalPerson": {
    label: "Legal person",
    description: "Whether the perpetrator is a company or other legal entity rather than an individual.",
  },
  "perpetrator.victimRelations": {
    label: "Relationships to victims",
    description: "How the perpetrator is related to each victim of the case.",
  },
  "perpetrator.organisedCrime": {
    label: "Organised crime involvement",
    description:
      "How far the perpetrator is linked to organised crime: none, acting alone, an organised criminal group, a transnational network, or unknown.",
  },
  "perpetrator.proceedings": {
    label: "Criminal proceedings",
    description:
      "Where criminal justice stands for this perpetrator: stage reached, charges, verdict and sentence.",
  },
  "victimRelation.victimId": {
    label: "Victim",
    description: "Identifier (UUID) of the victim record concerned.",
  },
  "victimRelation.relation": {
    label: "Relationship",
    description:
      "How the perpetrator and the victim knew each other, such as intimate partner, friend or family member.",
  },
  "agency.recordType": {
    label: "Record type",
    description: "Kind of record; always “agency” for an agency record.",
  },
  "agency.id": {
    label: "Agency ID",
    description:
      "Unique identifier of the agency record (a UUID), used by other records to refer to the agency.",
  },
  "agency.externalIds": {
    label: "Other identifiers",
    description:
      "Identifiers of the same agency in other systems, such as a company or charity registration number, each with the system that issued it.",
  },
  "agency.createdAt": {
    label: "Created at",
    description: "Date and time the agency record was created, in ISO 8601 format with the UTC offset.",
  },
  "agency.updatedAt": {
    label: "Last updated at",
    description:
      "Date and time of the latest change to the agency record, in ISO 8601 format with the UTC offset.",
  },
  "agency.extensions": {
    label: "Extensions",
    description:
      "Additional data not covered by the standard, grouped under a lower-case namespace, such as national fields or source fields a converter could not map.",
  },
  "agency.name": {
    label: "Agency name",
    description: "Official name of the agency or organisation.",
  },
  "agency.alternateName": {
    label: "Other name",
    description: "Acronym or other name the agency is known by.",
  },
  "agency.description": {
    label: "Description",
    description: "What the agency does and for whom.",
  },
  "agency.types": {
    label: "Agency types",
    description:
      "Kinds of body the agency is, such as a ministry, police, prosecution service, shelter, hotline, NGO or international organisation; several may apply.",
  },
  "agency.country": {
    label: "Agency country",
    description: "Country where the agency is based, as an ISO 3166-1 alpha-2 code.",
  },
  "agency.address": {
    label: "Agency address",
    description: "Postal address of the agency's main office.",
  },
  "agency.phone": {
    label: "Agency phone",
    description:
      "Main telephone number of the agency in international E.164 format (for example +12025550123).",
  },
  "agency.email": {
    label: "Agency e-mail",
    description: "General e-mail address of the agency.",
  },
  "agency.website": {
    label: "Website",
    description: "Web address of the agency's site, starting with http:// or https://.",
  },
  "agency.services": {
    label: "Services offered",
    description: "Kinds of assistance the agency provides to victims and survivors.",
  },
  "agency.languages": {
    label: "Languages",
    description: "Languages in which the agency can serve people, as ISO 639-1 two-letter codes.",
  },
  "agency.areasServed": {
    label: "Countries served",
    description: "Countries in which the agency provides its services, as ISO 3166-1 alpha-2 codes.",
  },
  "agency.contactPoints": {
    label: "Contact points",
    description: "The agency's focal points, with their name, position, languages and how to reach them.",
  },
  "agency.parentAgencyId": {
    label: "Parent agency",
    description:
      "Identifier (UUID) of the agency this one belongs to, such as the ministry a unit reports to.",
  },
  "agency.legalStatus": {
    label: "Legal status",
    description: "Legal form of the agency, such as government body, non-profit association or foundation.",
  },
  "agency.hotline": {
    label: "Runs a hotline",
    description: "Whether the agency operates a telephone or online helpline.",
  },
  "agencyAddress.country": {
    label: "Address country",
    description: "Country of the agency's address, as an ISO 3166-1 alpha-2 code.",
  },
  "agencyAddress.region": {
    label: "Address region",
    description: "State, province, department or other first-level region of the agency's address.",
  },
  "agencyAddress.city": {
    label: "Address city",
    description: "City, town or municipality of the agency's address.",
  },
  "agencyAddress.street": {
    label: "Street address",
    description: "Street, number and any unit of the agency's address.",
  },
  "agencyAddress.postalCode": {
    label: "Address postal code",
    description: "Postal code of the agency's address.",
  },
  "agencyAddress.latitude": {
    label: "Address latitude",
    description: "Latitude of the agency's address, in decimal degrees (-90 to 90).",
  },
  "agencyAddress.longitude": {
    label: "Address longitude",
    description: "Longitude of the agency's address, in decimal degrees (-180 to 180).",
  },
  "contactPoint.name": {
    label: "Contact name",
    description: "Full name of the focal point; personal data even in a public directory.",
  },
  "contactPoint.role": {
    label: "Position",
    description: "Position or function of the focal point within the agency.",
  },
  "contactPoint.email": {
    label: "Contact e-mail",
    description: "E-mail address at which the focal point can be reached.",
  },
  "contactPoint.phone": {
    label: "Contact phone",
    description: "Telephone number of the focal point in international E.164 format.",
  },
  "contactPoint.languages": {
    label: "Languages spoken",
    description: "Languages the focal point can work in, as ISO 639-1 two-letter codes.",
  },
  "contactPoint.available24h": {
    label: "Available 24 hours",
    description: "Whether the focal point can be reached at any hour of any day.",
  },
  "referral.recordType": {
    label: "Record type",
    description: "Kind of record; always “referral” for a referral record.",
  },
  "referral.id": {
    label: "Referral ID",
    description: "Unique identifier of the referral record (a UUID).",
  },
  "referral.externalIds": {
    label: "Other referral numbers",
    description:
      "Numbers under which the same referral is filed in other systems, such as a national referral mechanism register, each with the system that issued it.",
  },
  "referral.createdAt": {
    label: "Created at",
    description: "Date and time the referral record was created, in ISO 8601 format with the UTC offset.",
  },
  "referral.updatedAt": {
    label: "Last updated at",
    description:
      "Date and time of the latest change to the referral record, in ISO 8601 format with the UTC offset.",
  },
  "referral.extensions": {
    label: "Extensions",
    description:
      "Additional data not covered by the standard, grouped under a lower-case namespace, such as national fields or source fields a converter could not map.",
  },
  "referral.victimId": {
    label: "Referred person",
    description: "Identifier (UUID) of the victim record of the person being referred.",
  },
  "referral.caseId": {
    label: "Related case",
    description: "Identifier (UUID) of the case the referral belongs to, if any.",
  },
  "referral.from": {
    label: "Referring agency",
    description: "Agency sending the referral, with its country and the caseworker in charge.",
  },
  "referral.to": {
    label: "Receiving agency",
    description: "Agency the person is referred to, with its country and the caseworker in charge.",
  },
  "referral.crossBorder": {
    label: "Cross-border",
    description:
      "Whether the referral goes to an agency in another country (transnational referral) rather than staying within one country's national referral mechanism.",
  },
  "referral.reasons": {
    label: "Reasons for referral",
    description:
      "Why the person is referred, such as further services, safe return, continued assistance, legal proceedings or family reunification; several may apply.",
  },
  "referral.details": {
    label: "Referral details",
    description:
      "Free-text information the receiving agency needs, such as practical arrangements for the person's transfer.",
  },
  "referral.trmStage": {
    label: "TRM stage",
    description:
      "Stage of the Transnational Referral Mechanism the referral belongs to, from identification and first assistance to return, social inclusion and proceedings.",
  },
  "referral.servicesRequested": {
    label: "Services requested",
    description: "Kinds of assistance the receiving agency is asked to provide.",
  },
  "referral.consentId": {
    label: "Consent",
    description:
      "Identifier (UUID) of the person's consent that allows this referral; it must be in place before the referral is sent.",
  },
  "referral.riskAssessment": {
    label: "Risk assessment",
    description:
      "Assessment of the risks to the person, which for a return is carried out jointly with the country of origin before the person travels.",
  },
  "referral.sentOn": {
    label: "Date sent",
    description: "Date the referral was sent, as an ISO 8601 date (YYYY-MM-DD).",
  },
  "referral.receivedOn": {
    label: "Date received",
    description:
      "Date the receiving agency received the referral, as an ISO 8601 date (YYYY-MM-DD); it cannot be earlier than the date sent.",
  },
  "referral.plannedArrivalOn": {
    label: "Planned arrival date",
    description:
      "Date the person is expected to arrive at the receiving agency, as an ISO 8601 date (YYYY-MM-DD); it cannot be earlier than the risk assessment.",
  },
  "referral.reflectionPeriodDays": {
    label: "Reflection period (days)",
    description:
      "Number of days granted to the person to recover and decide whether to cooperate with the authorities (0 to 3,650).",
  },
  "referral.status": {
    label: "Referral status",
    description:
      "Where the referral stands: draft, sent, received, accepted, declined, in progress, completed or withdrawn; it matches the last entry of the status history.",
  },
  "referral.statusHistory": {
    label: "Status history",
    description:
      "Every change of status of the referral in time order, with when it happened and which agency made it.",
  },
  "referralParty.agencyId": {
    label: "Agency",
    description: "Identifier (UUID) of the agency on this side of the referral.",
  },
  "referralParty.country": {
    label: "Agency country",
    description: "Country of the agency on this side of the referral, as an ISO 3166-1 alpha-2 code.",
  },
  "referralParty.caseWorker": {
    label: "Caseworker",
    description: "Name of the caseworker responsible for the referral at this agency.",
  },
  "riskAssessment.conductedOn": {
    label: "Assessment date",
    description: "Date the risk assessment was carried out, as an ISO 8601 date (YYYY-MM-DD).",
  },
  "riskAssessment.level": {
    label: "Risk level",
    description: "Overall level of risk found: low, medium, high or unknown.",
  },
  "riskAssessment.jointWithOrigin": {
    label: "Joint with country of origin",
    description: "Whether the assessment was made together with agencies of the person's country of origin.",
  },
  "riskAssessment.assessingAgencyIds": {
    label: "Assessing agencies",
    description: "Identifiers (UUIDs) of the agencies that took part in the assessment.",
  },
  "riskAssessment.lifeOrSafetyRisk": {
    label: "Risk to life or safety",
    description:
      "Whether the person's life or safety is at risk; such a risk is always passed on to the receiving agency.",
  },
  "riskAssessment.summary": {
    label: "Assessment summary",
    description: "Free-text summary of the risks found and of the protective measures agreed.",
  },
  "statusChange.status": {
    label: "New status",
    description: "Status the referral moved into at this step.",
  },
  "statusChange.at": {
    label: "Changed at",
    description: "Date and time of the change, in ISO 8601 format with the UTC offset.",
  },
  "statusChange.byAgencyId": {
    label: "Changed by",
    description: "Identifier (UUID) of the agency that made the change.",
  },
  "statusChange.note": {
    label: "Note",
    description: "Free-text remark on the change, such as the reason a referral was declined.",
  },
  "bundle.recordType": {
    label: "Record type",
    description: "Kind of record; always “bundle” for an exchange bundle.",
  },
  "bundle.id": {
    label: "Bundle ID",
    description: "Unique identifier of the exchange bundle (a UUID), so that its receipt can be confirmed.",
  },
  "bundle.externalIds": {
    label: "Other identifiers",
    description:
      "References under which the same transmission is known in other systems, such as an official letter number, each with the system that issued it.",
  },
  "bundle.createdAt": {
    label: "Created at",
    description: "Date and time the bundle was assembled, in ISO 8601 format with the UTC offset.",
  },
  "bundle.updatedAt": {
    label: "Last updated at",
    description: "Date and time of the latest change to the bundle, in ISO 8601 format with the UTC offset.",
  },
  "bundle.extensions": {
    label: "Extensions",
    description:
      "Additional data not covered by the standard, grouped under a lower-case namespace, such as fields agreed between the parties.",
  },
  "bundle.schemaVersion": {
    label: "Model version",
    description:
      "Version of this data model that the records follow, as a semantic version MAJOR.MINOR.PATCH (for example 1.0.0).",
  },
  "bundle.sender": {
    label: "Sender",
    description: "Country and, where named, agency sending the bundle.",
  },
  "bundle.recipients": {
    label: "Recipients",
    description: "Countries and, where named, agencies the bundle is addressed to; there is at least one.",
  },
  "bundle.sentAt": {
    label: "Sent at",
    description: "Date and time the bundle was sent, in ISO 8601 format with the UTC offset.",
  },
  "bundle.purpose": {
    label: "Purpose of exchange",
    description:
      "Why the records are exchanged: a referral, cooperation on a case, statistics, the agency directory, research or audit.",
  },
  "bundle.tlp": {
    label: "TLP marking",
    description:
      "Traffic Light Protocol 2.0 marking that limits how far recipients may pass the data on (RED, AMBER+STRICT, AMBER, GREEN or CLEAR).",
  },
  "bundle.records": {
    label: "Records",
    description: "The records carried by the bundle: cases, victims, perpetrators, agencies and referrals.",
  },
  "bundleParty.agencyId": {
    label: "Agency",
    description: "Identifier (UUID) of the sending or receiving agency, where a specific agency is named.",
  },
  "bundleParty.country": {
    label: "Country",
    description: "Country of the sending or receiving party, as an ISO 3166-1 alpha-2 code.",
  },
  "aggregate.recordType": {
    label: "Record type",
    description: "Kind of record; always “aggregate” for a published figure.",
  },
  "aggregate.id": {
    label: "Figure ID",
    description: "Unique identifier of the figure (a UUID).",
  },
  "aggregate.externalIds": {
    label: "Other identifiers",
    description: "Identifiers of the same figure in other systems, each with the system that issued it.",
  },
  "aggregate.createdAt": {
    label: "Created at",
    description: "Date and time the record was created, in ISO 8601 format with the UTC offset.",
  },
  "aggregate.updatedAt": {
    label: "Updated at",
    description: "Date and time the record was last changed, in ISO 8601 format with the UTC offset.",
  },
  "aggregate.extensions": {
    label: "Extensions",
    description:
      "Values outside the standard, grouped by namespace (a national profile, a source format's columns).",
  },
  "aggregate.indicator": {
    label: "Indicator",
    description:
      "What the figure counts: detected victims, persons in formal contact, prosecuted or convicted, or offences.",
  },
  "aggregate.country": {
    label: "Country",
    description: "Country the figure is about, as an ISO 3166-1 alpha-2 code.",
  },
  "aggregate.year": {
    label: "Year",
    description: "Calendar year the figure covers.",
  },
  "aggregate.breakdown": {
    label: "Breakdown",
    description:
      "The category the figure is broken down by (form of exploitation, citizenship, country of repatriation), or total.",
  },
  "aggregate.exploitationForm": {
    label: "Form of exploitation",
    description: "The form of exploitation counted, when the figure is broken down by form.",
  },
  "aggregate.categoryCountry": {
    label: "Category country",
    description:
      "The citizenship or country of repatriation counted, as an ISO 3166-1 alpha-2 code, when the figure is broken down by one.",
  },
  "aggregate.sex": {
    label: "Sex",
    description: "Sex of the persons counted; absent when the figure covers every sex.",
  },
  "aggregate.ageGroup": {
    label: "Age group",
    description: "Child (0 to 17 years) or adult (18 or over); absent when the figure covers every age.",
  },
  "aggregate.unit": {
    label: "Unit",
    description: "Unit of the figure: a count or a rate per 100,000 population.",
  },
  "aggregate.value": {
    label: "Value",
    description: "The figure; absent when it was withheld.",
  },
  "aggregate.suppressed": {
    label: "Withheld",
    description:
      "Marks a figure the publisher withheld because it is small (GLOTIP writes <5), with the bound it is below.",
  },
  "aggregate.source": {
    label: "Source",
    description: "Who published the figure or the collection it comes from (GLOTIP).",
  },
  "aggregate.sourceLabels": {
    label: "Source texts",
    description:
      "The source's own texts where the codes would not write them back the same, so the source can be written back unchanged.",
  },
  "suppressedValue.below": {
    label: "Below",
    description:
      "The withheld figure is below this number (<5 means 0 to 4); absent when the publisher did not say.",
  },
  "sourceLabels.countryCode": {
    label: "Country code",
    description: "The source's text of the country code (Iso3_code), as written.",
  },
  "sourceLabels.area": {
    label: "Country name",
    description: "The source's text of the country or area name, as written.",
  },
  "sourceLabels.region": {
    label: "Region",
    description: "The source's text of the region, as written.",
  },
  "sourceLabels.subregion": {
    label: "Subregion",
    description: "The source's text of the subregion, as written.",
  },
  "sourceLabels.indicator": {
    label: "Indicator",
    description: "The source's text of the indicator, as written.",
  },
  "sourceLabels.breakdown": {
    label: "Breakdown",
    description: "The source's text of the breakdown (Dimension), as written.",
  },
  "sourceLabels.category": {
    label: "Category",
    description: "The source's text of the category, where no code says it, as written.",
  },
  "sourceLabels.sex": {
    label: "Sex",
    description: "The source's text of the sex, as written.",
  },
  "sourceLabels.age": {
    label: "Age",
    description: "The source's text of the age group, as written.",
  },
  "sourceLabels.year": {
    label: "Year",
    description: "The source's text of the year, as written.",
  },
  "sourceLabels.unit": {
    label: "Unit",
    description: "The source's text of the unit of measurement, as written.",
  },
  "sourceLabels.value": {
    label: "Value",
    description: "The source's text of the value (such as 1,757 or <5), as written.",
  },
  "helplineContact.recordType": {
    label: "Record type",
    description: "Kind of record; always “helplineContact” for a helpline contact record.",
  },
  "helplineContact.id": {
    label: "Record ID",
    description:
      "Unique identifier of the helpline contact record (a UUID), used by other records to refer to it.",
  },
  "helplineContact.externalIds": {
    label: "Other record numbers",
    description:
      "Numbers under which the same helpline contact is filed in other systems, each with the system that issued it.",
  },
  "helplineContact.createdAt": {
    label: "Created at",
    description:
      "Date and time the helpline contact record was created, in ISO 8601 format with the UTC offset.",
  },
  "helplineContact.updatedAt": {
    label: "Last updated at",
    description:
      "Date and time of the latest change to the helpline contact record, in ISO 8601 format with the UTC offset.",
  },
  "helplineContact.extensions": {
    label: "Extensions",
    description:
      "Additional data about the helpline contact not covered by the standard, grouped under a lower-case namespace.",
  },
  "helplineContact.agencyId": {
    label: "Helpline",
    description: "ID (UUID) of the agency record of the helpline that was contacted.",
  },
  "helplineContact.contactedAt": {
    label: "Contacted at",
    description: "Date and time of the contact, in ISO 8601 format with the UTC offset.",
  },
  "helplineContact.channel": {
    label: "Channel",
    description: "How the helpline was contacted: phone, chat, social media, e-mail, walk-in or other.",
  },
  "helplineContact.language": {
    label: "Language",
    description: "Language the contact was held in.",
  },
  "helplineContact.contactor": {
    label: "Who made contact",
    description:
      "Who contacted the helpline: the victim, a family member or friend, a member of the public, a professional, or an anonymous person.",
  },
  "helplineContact.callerName": {
    label: "Name of the person who made contact",
    description: "Name the person who contacted the helpline gave; never recorded for an anonymous contact.",
  },
  "helplineContact.callerPhone": {
    label: "Phone number of the person who made contact",
    description:
      "Phone number of the person who contacted the helpline, in E.164 form; never recorded for an anonymous contact.",
  },
  "helplineContact.indicatorsRaised": {
    label: "Indicators raised",
    description: "ILO forced-labour indicators that the contact raised.",
  },
  "helplineContact.outcome": {
    label: "Outcome",
    description: "What came of the contact: referred, information given, no action or other.",
  },
  "helplineContact.victimId": {
    label: "Victim",
    description: "ID (UUID) of the victim record the contact led to.",
  },
  "helplineContact.caseId": {
    label: "Case",
    description: "ID (UUID) of the case record the contact led to.",
  },
  "helplineContact.summary": {
    label: "Summary",
    description: "Free-text summary of the contact.",
  },
  "screening.recordType": {
    label: "Record type",
    description: "Kind of record; always “screening” for a screening record.",
  },
  "screening.id": {
    label: "Record ID",
    description: "Unique identifier of the screening record (a UUID), used by other records to refer to it.",
  },
  "screening.externalIds": {
    label: "Other record numbers",
    description:
      "Numbers under which the same screening is filed in other systems, each with the system that issued it.",
  },
  "screening.createdAt": {
    label: "Created at",
    description: "Date and time the screening record was created, in ISO 8601 format with the UTC offset.",
  },
  "screening.updatedAt": {
    label: "Last updated at",
    description:
      "Date and time of the latest change to the screening record, in ISO 8601 format with the UTC offset.",
  },
  "screening.extensions": {
    label: "Extensions",
    description:
      "Additional data about the screening not covered by the standard, grouped under a lower-case namespace.",
  },
  "screening.agencyId": {
    label: "Screening agency",
    description: "ID (UUID) of the agency record of the agency that carried out the screening.",
  },
  "screening.screenedOn": {
    label: "Screening date",
    description: "Date of the screening.",
  },
  "screening.tool": {
    label: "Screening tool",
    description:
      "The tool used: ILO forced-labour indicators, ILO–EC operational indicators, IOM screening form, a national tool or other.",
  },
  "screening.toolName": {
    label: "Tool name",
    description: "Name and version of the tool, above all when it is a national or other tool.",
  },
  "screening.indicators": {
    label: "Indicators found",
    description: "Indicators found in the screening, each with its strength.",
  },
  "screening.outcome": {
    label: "Outcome",
    description: "Conclusion of the screening: presumed victim, not a victim, or follow-up needed.",
  },
  "screening.helplineContactId": {
    label: "Helpline contact",
    description: "ID (UUID) of the helpline contact record that led to the screening.",
  },
  "screening.victimId": {
    label: "Victim",
    description: "ID (UUID) of the victim record the screening led to.",
  },
  "screening.notes": {
    label: "Notes",
    description: "Free-text notes on the screening.",
  },
  "screeningIndicator.indicator": {
    label: "Indicator",
    description: "One of the ILO forced-labour indicators.",
  },
  "screeningIndicator.strength": {
    label: "Strength",
    description: "How strongly the indicator points at trafficking: strong, medium or weak.",
  },
  "protectionMeasure.recordType": {
    label: "Record type",
    description: "Kind of record; always “protectionMeasure” for a protection measure record.",
  },
  "protectionMeasure.id": {
    label: "Record ID",
    description:
      "Unique identifier of the protection measure record (a UUID), used by other records to refer to it.",
  },
  "protectionMeasure.externalIds": {
    label: "Other record numbers",
    description:
      "Numbers under which the same protection measure is filed in other systems, each with the system that issued it.",
  },
  "protectionMeasure.createdAt": {
    label: "Created at",
    description:
      "Date and time the protection measure record was created, in ISO 8601 format with the UTC offset.",
  },
  "protectionMeasure.updatedAt": {
    label: "Last updated at",
    description:
      "Date and time of the latest change to the protection measure record, in ISO 8601 format with the UTC offset.",
  },
  "protectionMeasure.extensions": {
    label: "Extensions",
    description:
      "Additional data about the protection measure not covered by the standard, grouped under a lower-case namespace.",
  },
  "protectionMeasure.kind": {
    label: "Kind of measure",
    description:
      "Compensation, restitution, residence permit, reflection period, return and reintegration, or non-punishment.",
  },
  "protectionMeasure.victimId": {
    label: "Victim",
    description: "ID (UUID) of the victim record the measure is for.",
  },
  "protectionMeasure.caseId": {
    label: "Case",
    description: "ID (UUID) of the case record the measure belongs to.",
  },
  "protectionMeasure.agencyId": {
    label: "Responsible agency",
    description: "ID (UUID) of the agency record of the authority that decided or delivered the measure.",
  },
  "protectionMeasure.compensation": {
    label: "Compensation or restitution",
    description: "Detail of a compensation or restitution: source, award, payment, amounts and currency.",
  },
  "protectionMeasure.residence": {
    label: "Residence permit or reflection period",
    description: "Detail of a residence permit or reflection period: type, decision and dates.",
  },
  "protectionMeasure.reintegration": {
    label: "Return and reintegration",
    description: "Detail of a return and its reintegration follow-up: country, dates and outcome.",
  },
  "protectionMeasure.nonPunishment": {
    label: "Non-punishment",
    description:
      "Detail of the prosecution of the victim for an offence committed as a result of being trafficked, and its outcome.",
  },
  "protectionMeasure.notes": {
    label: "Notes",
    description: "Free-text notes on the measure.",
  },
  "compensationDetail.source": {
    label: "Source",
    description: "Where the money comes from: court order, state fund, settlement or other.",
  },
  "compensationDetail.awarded": {
    label: "Awarded",
    description: "Whether compensation or restitution was awarded.",
  },
  "compensationDetail.awardedOn": {
    label: "Award date",
    description: "Date of the award.",
  },
  "compensationDetail.amountAwarded": {
    label: "Amount awarded",
    description: "Amount awarded, in the currency given.",
  },
  "compensationDetail.paid": {
    label: "Paid",
    description: "Whether the victim received the money.",
  },
  "compensationDetail.paidOn": {
    label: "Payment date",
    description: "Date the money was paid.",
  },
  "compensationDetail.amountPaid": {
    label: "Amount paid",
    description: "Amount actually paid, in the currency given.",
  },
  "compensationDetail.currency": {
    label: "Currency",
    description: "Currency of the amounts, as an ISO 4217 code.",
  },
  "residenceDetail.permitType": {
    label: "Permit type",
    description: "Kind of permit: temporary, permanent, humanitarian, international protection or other.",
  },
  "residenceDetail.decision": {
    label: "Decision",
    description: "Whether the permit or period was granted, refused or is pending.",
  },
  "residenceDetail.decidedOn": {
    label: "Decision date",
    description: "Date of the decision.",
  },
  "residenceDetail.startDate": {
    label: "Start date",
    description: "First day the permit or period covers.",
  },
  "residenceDetail.endDate": {
    label: "End date",
    description: "Last day the permit or period covers.",
  },
  "reintegrationDetail.country": {
    label: "Country of return",
    description: "Country the person returned to.",
  },
  "reintegrationDetail.returnedOn": {
    label: "Return date",
    description: "Date of the return.",
  },
  "reintegrationDetail.lastFollowUpOn": {
    label: "Latest follow-up",
    description: "Date of the latest follow-up of the reintegration.",
  },
  "reintegrationDetail.outcome": {
    label: "Reintegration outcome",
    description: "How the reintegration stood at the latest follow-up.",
  },
  "nonPunishmentDetail.offence": {
    label: "Offence",
    description: "Offence the victim was prosecuted for, as an ICCS code.",
  },
  "nonPunishmentDetail.offenceDescription": {
    label: "Offence as described",
    description: "The offence as the source describes it, where no ICCS code of the list fits.",
  },
  "nonPunishmentDetail.outcome": {
    label: "Outcome",
    description: "Not prosecuted, charges dropped, acquitted, convicted or pending.",
  },
  "nonPunishmentDetail.decidedOn": {
    label: "Decision date",
    description: "Date of the decision that settled the outcome.",
  },
  "sgbvIncident.recordType": {
    label: "Record type",
    description: "Kind of record; always “sgbvIncident” for a SGBV incident record.",
  },
  "sgbvIncident.id": {
    label: "Record ID",
    description:
      "Unique identifier of the SGBV incident record (a UUID), used by other records to refer to it.",
  },
  "sgbvIncident.externalIds": {
    label: "Other record numbers",
    description:
      "Numbers under which the same SGBV incident is filed in other systems, each with the system that issued it.",
  },
  "sgbvIncident.createdAt": {
    label: "Created at",
    description:
      "Date and time the SGBV incident record was created, in ISO 8601 format with the UTC offset.",
  },
  "sgbvIncident.updatedAt": {
    label: "Last updated at",
    description:
      "Date and time of the latest change to the SGBV incident record, in ISO 8601 format with the UTC offset.",
  },
  "sgbvIncident.extensions": {
    label: "Extensions",
    description:
      "Additional data about the SGBV incident not covered by the standard, grouped under a lower-case namespace.",
  },
  "sgbvIncident.victimId": {
    label: "Victim",
    description: "ID (UUID) of the victim record who suffered the incident.",
  },
  "sgbvIncident.caseId": {
    label: "Case",
    description: "ID (UUID) of the case record the incident belongs to.",
  },
  "sgbvIncident.type": {
    label: "Incident type",
    description: "One of the six core types of gender-based violence of the GBVIMS classification.",
  },
  "sgbvIncident.date": {
    label: "Date",
    description: "Date of the incident, to the year, month or day.",
  },
  "sgbvIncident.dateApproximate": {
    label: "Approximate date",
    description: "Whether the date is an estimate.",
  },
  "sgbvIncident.country": {
    label: "Country",
    description: "Country where the incident happened.",
  },
  "sgbvIncident.place": {
    label: "Place",
    description: "Place on the route where the incident happened, such as a town or a border crossing.",
  },
  "sgbvIncident.routeStage": {
    label: "Stage of the route",
    description:
      "Whether the incident happened at recruitment, in transit, during exploitation or at identification.",
  },
  "sgbvIncident.perpetratorKinds": {
    label: "Perpetrators",
    description:
      "Who committed the incident: smuggler, trafficker, official, armed group, other migrant, partner, family, other or unknown.",
  },
  "sgbvIncident.reported": {
    label: "Reported",
    description: "Whether the incident was reported to the police or another authority.",
  },
  "sgbvIncident.servicesReceived": {
    label: "Services received",
    description: "Services the person received after the incident.",
  },
  "sgbvIncident.notes": {
    label: "Notes",
    description: "Free-text notes on the incident.",
  },
  "operation.recordType": {
    label: "Record type",
    description: "Kind of record; always “operation” for an operation record.",
  },
  "operation.id": {
    label: "Operation ID",
    description: "Unique identifier of the operation record (a UUID), used by other records to refer to it.",
  },
  "operation.externalIds": {
    label: "Other operation numbers",
    description:
      "Numbers under which the same operation is filed in other systems, each with the system that issued it.",
  },
  "operation.createdAt": {
    label: "Created at",
    description: "Date and time the operation record was created, in ISO 8601 format with the UTC offset.",
  },
  "operation.updatedAt": {
    label: "Last updated at",
    description:
      "Date and time of the latest change to the operation record, in ISO 8601 format with the UTC offset.",
  },
  "operation.extensions": {
    label: "Extensions",
    description:
      "Additional data not covered by the standard, grouped under a lower-case namespace, such as national fields or source fields a converter could not map.",
  },
  "operation.kind": {
    label: "Kind of operation",
    description:
      "Whether this was an operation of one State's authorities or a joint investigation of two or more States.",
  },
  "operation.name": {
    label: "Operation name",
    description: "Name or code name of the operation; kept confidential, as it can reveal an investigation.",
  },
  "operation.leadAgencyId": {
    label: "Lead agency",
    description: "The agency that led the operation (its agency record).",
  },
  "operation.agencyIds": {
    label: "Agencies involved",
    description: "Every agency that took part in the operation (their agency records).",
  },
  "operation.countries": {
    label: "Countries involved",
    description: "Countries whose authorities took part in the operation.",
  },
  "operation.startedOn": { label: "Start date", description: "Day the operation started." },
  "operation.endedOn": { label: "End date", description: "Day the operation ended; empty while it goes on." },
  "operation.personsIdentified": {
    label: "Persons identified",
    description: "Number of persons identified as suspected of taking part in the offences.",
  },
  "operation.arrests": { label: "Arrests", description: "Number of persons arrested in the operation." },
  "operation.victimsRescued": {
    label: "Victims rescued",
    description: "Number of presumed victims rescued or removed from exploitation in the operation.",
  },
  "operation.caseIds": {
    label: "Linked cases",
    description: "The cases the operation concerns (their case records).",
  },
  "operation.perpetratorIds": {
    label: "Linked perpetrators",
    description: "The suspected perpetrators identified in the operation (their perpetrator records).",
  },
  "operation.criminalGroupIds": {
    label: "Linked criminal groups",
    description: "The organised criminal groups the operation targeted (their criminal group records).",
  },
  "operation.summary": { label: "Summary", description: "Free-text account of the operation; confidential." },
  "financialInquiry.recordType": {
    label: "Record type",
    description: "Kind of record; always “financialInquiry” for a financial inquiry record.",
  },
  "financialInquiry.id": {
    label: "Financial inquiry ID",
    description:
      "Unique identifier of the financial inquiry record (a UUID), used by other records to refer to it.",
  },
  "financialInquiry.externalIds": {
    label: "Other financial inquiry numbers",
    description:
      "Numbers under which the same financial inquiry is filed in other systems, each with the system that issued it.",
  },
  "financialInquiry.createdAt": {
    label: "Created at",
    description:
      "Date and time the financial inquiry record was created, in ISO 8601 format with the UTC offset.",
  },
  "financialInquiry.updatedAt": {
    label: "Last updated at",
    description:
      "Date and time of the latest change to the financial inquiry record, in ISO 8601 format with the UTC offset.",
  },
  "financialInquiry.extensions": {
    label: "Extensions",
    description:
      "Additional data not covered by the standard, grouped under a lower-case namespace, such as national fields or source fields a converter could not map.",
  },
  "financialInquiry.kind": {
    label: "Kind of inquiry",
    description:
      "Whether this is a suspicious transaction report, a financial intelligence report, a money-laundering investigation or a parallel financial investigation.",
  },
  "financialInquiry.openedOn": {
    label: "Opened on",
    description: "Day the report was made or the investigation opened.",
  },
  "financialInquiry.closedOn": {
    label: "Closed on",
    description: "Day the inquiry was closed; empty while it is open.",
  },
  "financialInquiry.country": { label: "Country", description: "Country where the inquiry is conducted." },
  "financialInquiry.agencyId": {
    label: "Reporting or investigating agency",
    description:
      "The financial intelligence unit, police or prosecution service that made the report or runs the investigation (its agency record).",
  },
  "financialInquiry.caseIds": {
    label: "Linked cases",
    description: "The cases the inquiry concerns (their case records).",
  },
  "financialInquiry.perpetratorIds": {
    label: "Linked perpetrators",
    description: "The persons whose finances are inquired into (their perpetrator records).",
  },
  "financialInquiry.criminalGroupIds": {
    label: "Linked criminal groups",
    description:
      "The organised criminal groups whose finances are inquired into (their criminal group records).",
  },
  "financialInquiry.assetActions": {
    label: "Actions on assets",
    description:
      "Assets identified, frozen, seized, confiscated or returned to victims, each with its value and currency.",
  },
  "financialInquiry.outcome": { label: "Outcome", description: "Where the inquiry stands or how it ended." },
  "financialInquiry.summary": {
    label: "Summary",
    description: "Free-text account of the inquiry; confidential.",
  },
  "legalAssistanceRequest.recordType": {
    label: "Record type",
    description:
      "Kind of record; always “legalAssistanceRequest” for a mutual legal assistance request record.",
  },
  "legalAssistanceRequest.id": {
    label: "Legal assistance request ID",
    description:
      "Unique identifier of the legal assistance request record (a UUID), used by other records to refer to it.",
  },
  "legalAssistanceRequest.externalIds": {
    label: "Other legal assistance request numbers",
    description:
      "Numbers under which the same legal assistance request is filed in other systems, each with the system that issued it.",
  },
  "legalAssistanceRequest.createdAt": {
    label: "Created at",
    description:
      "Date and time the legal assistance request record was created, in ISO 8601 format with the UTC offset.",
  },
  "legalAssistanceRequest.updatedAt": {
    label: "Last updated at",
    description:
      "Date and time of the latest change to the legal assistance request record, in ISO 8601 format with the UTC offset.",
  },
  "legalAssistanceRequest.extensions": {
    label: "Extensions",
    description:
      "Additional data not covered by the standard, grouped under a lower-case namespace, such as national fields or source fields a converter could not map.",
  },
  "legalAssistanceRequest.direction": {
    label: "Direction",
    description: "Whether the recording State sent the request or received it.",
  },
  "legalAssistanceRequest.requestingCountry": {
    label: "Requesting country",
    description: "The State that asks for assistance.",
  },
  "legalAssistanceRequest.requestedCountry": {
    label: "Requested country",
    description: "The State asked to give assistance.",
  },
  "legalAssistanceRequest.requestingAgencyId": {
    label: "Requesting authority",
    description: "The authority that issued the request (its agency record).",
  },
  "legalAssistanceRequest.requestedAgencyId": {
    label: "Requested authority",
    description: "The central or competent authority that received the request (its agency record).",
  },
  "legalAssistanceRequest.legalBasis": {
    label: "Legal basis",
    description: "The treaty or law the request relies on.",
  },
  "legalAssistanceRequest.assistanceTypes": {
    label: "Assistance asked for",
    description: "The kinds of assistance the request asks for.",
  },
  "legalAssistanceRequest.sentOn": {
    label: "Sent on",
    description: "Day the requesting State sent the request.",
  },
  "legalAssistanceRequest.receivedOn": {
    label: "Received on",
    description: "Day the requested State received the request.",
  },
  "legalAssistanceRequest.status": {
    label: "Status",
    description: "Where the request stands: pending, executed, partly executed, refused or withdrawn.",
  },
  "legalAssistanceRequest.closedOn": {
    label: "Closed on",
    description: "Day the request was executed, refused or withdrawn.",
  },
  "legalAssistanceRequest.caseId": {
    label: "Linked case",
    description: "The case the request serves (its case record).",
  },
  "legalAssistanceRequest.details": {
    label: "Details",
    description: "Free-text account of what was asked and answered; confidential.",
  },
  "criminalGroup.recordType": {
    label: "Record type",
    description: "Kind of record; always “criminalGroup” for an organised criminal group record.",
  },
  "criminalGroup.id": {
    label: "Criminal group ID",
    description:
      "Unique identifier of the criminal group record (a UUID), used by other records to refer to it.",
  },
  "criminalGroup.externalIds": {
    label: "Other criminal group numbers",
    description:
      "Numbers under which the same criminal group is filed in other systems, each with the system that issued it.",
  },
  "criminalGroup.createdAt": {
    label: "Created at",
    description:
      "Date and time the criminal group record was created, in ISO 8601 format with the UTC offset.",
  },
  "criminalGroup.updatedAt": {
    label: "Last updated at",
    description:
      "Date and time of the latest change to the criminal group record, in ISO 8601 format with the UTC offset.",
  },
  "criminalGroup.extensions": {
    label: "Extensions",
    description:
      "Additional data not covered by the standard, grouped under a lower-case namespace, such as national fields or source fields a converter could not map.",
  },
  "criminalGroup.name": {
    label: "Group name",
    description: "Name by which the group is known; confidential, as it can reveal an investigation.",
  },
  "criminalGroup.structure": {
    label: "Structure",
    description: "How the group is organised, after UNODC's five types of organised criminal group.",
  },
  "criminalGroup.transnational": {
    label: "Transnational",
    description: "Whether the group operates across borders (UNTOC Art. 3(2)).",
  },
  "criminalGroup.countries": {
    label: "Countries of operation",
    description: "Countries where the group operates.",
  },
  "criminalGroup.offences": {
    label: "Related offences",
    description:
      "Offences the group is linked to, as ICCS codes (such as trafficking in persons, money laundering, participation in an organized criminal group).",
  },
  "criminalGroup.estimatedMembers": {
    label: "Estimated size",
    description: "Estimated number of members of the group.",
  },
  "criminalGroup.assetActions": {
    label: "Actions on assets",
    description:
      "The group's assets identified, frozen, seized, confiscated or returned to victims, each with its value and currency.",
  },
  "criminalGroup.perpetratorIds": {
    label: "Members",
    description: "The perpetrators known to belong to the group (their perpetrator records).",
  },
  "criminalGroup.caseIds": {
    label: "Linked cases",
    description: "The cases in which the group is involved (their case records).",
  },
  "criminalGroup.summary": { label: "Summary", description: "Free-text account of the group; confidential." },
  "preventionActivity.recordType": {
    label: "Record type",
    description: "Kind of record; always “preventionActivity” for a prevention activity record.",
  },
  "preventionActivity.id": {
    label: "Prevention activity ID",
    description:
      "Unique identifier of the prevention activity record (a UUID), used by other records to refer to it.",
  },
  "preventionActivity.externalIds": {
    label: "Other prevention activity numbers",
    description:
      "Numbers under which the same prevention activity is filed in other systems, each with the system that issued it.",
  },
  "preventionActivity.createdAt": {
    label: "Created at",
    description:
      "Date and time the prevention activity record was created, in ISO 8601 format with the UTC offset.",
  },
  "preventionActivity.updatedAt": {
    label: "Last updated at",
    description:
      "Date and time of the latest change to the prevention activity record, in ISO 8601 format with the UTC offset.",
  },
  "preventionActivity.extensions": {
    label: "Extensions",
    description:
      "Additional data not covered by the standard, grouped under a lower-case namespace, such as national fields or source fields a converter could not map.",
  },
  "preventionActivity.kind": {
    label: "Kind of activity",
    description: "Whether this was an awareness campaign, a training or another prevention activity.",
  },
  "preventionActivity.title": { label: "Title", description: "Public title of the campaign or training." },
  "preventionActivity.audiences": {
    label: "Audience",
    description:
      "Whom the activity was aimed at: the public, groups of officials, groups at risk or the private sector.",
  },
  "preventionActivity.peopleReached": {
    label: "People reached",
    description: "Estimated number of people the activity reached.",
  },
  "preventionActivity.trainees": {
    label: "People trained",
    description: "Number of people who took part in the training.",
  },
  "preventionActivity.channels": {
    label: "Channels",
    description:
      "Through which channels the activity reached people: radio, television, print, in person, online.",
  },
  "preventionActivity.platforms": {
    label: "Online platforms",
    description: "The websites, apps and social media used online.",
  },
  "preventionActivity.startedOn": { label: "Start date", description: "Day the activity started." },
  "preventionActivity.endedOn": { label: "End date", description: "Day the activity ended." },
  "preventionActivity.country": { label: "Country", description: "Country where the activity took place." },
  "preventionActivity.organiserAgencyId": {
    label: "Organising agency",
    description: "The agency that organised the activity (its agency record).",
  },
  "preventionActivity.description": {
    label: "Description",
    description: "Free-text description of the activity.",
  },
} as const satisfies FieldTexts;
