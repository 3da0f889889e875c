import type { PrivacyTexts } from "../i18n/privacy-texts.js";

/** Textes français de @tip/privacy. */
export const fr = {
  locale: "fr",
  refusals: {
    consent_missing:
      "Enregistrement {id} ({type}) retenu : aucun consentement de la personne n'est enregistré.",
    consent_not_given: "Enregistrement {id} ({type}) retenu : la personne n'a pas donné son consentement.",
    consent_withdrawn: "Enregistrement {id} ({type}) retenu : la personne a retiré son consentement.",
    consent_expired: "Enregistrement {id} ({type}) retenu : le consentement de la personne a expiré.",
    consent_purpose_not_covered:
      "Enregistrement {id} ({type}) retenu : le consentement de la personne ne couvre pas la finalité « {purpose} ».",
    consent_recipient_not_covered:
      "Enregistrement {id} ({type}) retenu : le consentement de la personne ne couvre pas la transmission à l'organisme {recipient}.",
    victim_not_in_export:
      "Enregistrement {id} ({type}) retenu : il concerne une victime dont l'enregistrement et le consentement ne figurent pas dans l'entrée.",
    linked_victim_refused:
      "Enregistrement {id} ({type}) retenu : il concerne une victime dont le consentement ne permet pas cet export.",
    tlp_red_not_addressed:
      "Enregistrement {id} ({type}) retenu : les données sont marquées TLP:RED et l'organisme {recipient} ne fait pas partie des destinataires nommés.",
    not_a_record: "Élément {id} retenu : ce n'est pas un enregistrement du modèle.",
    unreadable_record:
      "Élément {id} retenu : il ne peut pas être lu comme des données (une valeur qui échoue à la lecture, trop grande ou trop profondément imbriquée).",
    envelope_unreadable:
      "Élément {id} retenu : l'enveloppe du lot (son marquage TLP et ses destinataires) ne peut pas être lue comme des données.",
  },
  recordTypes: {
    case: "affaire",
    victim: "victime",
    perpetrator: "auteur",
    agency: "organisme",
    referral: "orientation",
    bundle: "lot",
    helplineContact: "contact avec la ligne d'assistance",
    screening: "dépistage",
    protectionMeasure: "mesure de protection",
    sgbvIncident: "incident de VSBG",
    operation: "opération",
    financialInquiry: "enquête financière",
    legalAssistanceRequest: "demande d'entraide judiciaire",
    criminalGroup: "groupe criminel",
    preventionActivity: "activité de prévention",
  },
  dimensions: {
    sex: "Sexe",
    age_group: "Groupe d'âge",
    glotip_group: "Groupe",
    exploitation: "Forme d'exploitation",
    glotip_form: "Forme d'exploitation (GLOTIP)",
    citizenship: "Nationalité",
    country: "Pays d'identification",
    year: "Année",
    stage: "Étape de la procédure pénale",
    channel: "Canal",
    outcome: "Suite donnée",
    compensation_source: "Source de l'indemnisation",
  },
  values: {
    total: "Total",
    unknown: "Inconnu",
    stateless: "Apatride",
    noStage: "Aucune mesure officielle",
    multipleForms: "Plusieurs formes",
    glotipGroups: { women: "Femmes", girls: "Filles", men: "Hommes", boys: "Garçons" },
    glotipForms: {
      sexual_exploitation: "Exploitation sexuelle",
      forced_labour: "Travail forcé",
      forced_criminal_activity: "Activité criminelle forcée",
      begging: "Mendicité",
      forced_marriage: "Mariage forcé",
      organ_removal: "Prélèvement d'organes",
      child_soldiers: "Enfants soldats",
      illegal_adoption: "Adoption illégale",
      benefit_fraud: "Fraude aux prestations",
      mixed_other: "Formes mixtes ou autres",
    },
    stages: { formal_contact: "En contact officiel", prosecuted: "Poursuivis", convicted: "Condamnés" },
  },
  table: {
    suppressedMark: "x",
    suppressedLegend:
      "x : non publié, pour protéger les personnes comptées (moins de {minCell, number}, ou case qui en révélerait une autre).",
    multiCountNote:
      "Une personne ayant plusieurs formes d'exploitation ou étapes est comptée dans chacune, et une seule fois dans les totaux.",
    count: "{count, number}",
    rateNote: "{count, number} ({rate, number})",
    rateLegend: "(…) : pour 100 000 habitants.",
    units: {
      victims: "Victimes",
      perpetrators: "Personnes (auteurs)",
      contacts: "Contacts avec la ligne d'assistance",
      compensated: "Victimes indemnisées (versement effectué)",
    },
    multipleFormsNote:
      "Une victime de plusieurs formes d’exploitation est comptée une fois, sous « Plusieurs formes » (formes GLOTIP : sous « Formes mixtes ou autres »).",
  },
  classification: {
    unclassifiedHeading: "Non classés (comptés sous Inconnu) :",
    derivedHeading: "Valeurs déduites :",
    outsideHeading: "Hors du tableau :",
    line: "  {dimension} : {items}",
    item: "{count} {what}",
    outside: "sans aucune des valeurs présentées",
    reasons: {
      not_recorded: "non renseigné",
      recorded_unknown: "renseigné comme inconnu",
      not_a_code: "pas un code de la liste",
      birth_date_without_reference_date:
        "date ou année de naissance sans date d’identification pour calculer l’âge",
      no_form_recorded: "aucune forme d’exploitation renseignée",
      sex_unknown: "sexe inconnu",
      sex_other: "sexe autre que féminin ou masculin",
      age_unknown: "groupe d’âge inconnu",
      sex_and_age_unknown: "sexe et groupe d’âge inconnus",
    },
    derivations: {
      from_gender: "sexe déduit du genre",
      from_age_at_identification: "de l’âge à l’identification",
      from_birth_date: "de la date de naissance à l’identification",
      from_birth_year: "de l’année de naissance",
      from_age_band: "de la tranche d’âge",
      from_majority_status: "de la majorité renseignée",
      from_case_proceedings: "étape tirée de la procédure de l’affaire",
    },
  },
  prosecution: {
    operationsTitle: "Opérations par pays et par année",
    assetsTitle: "Mesures sur les avoirs par source, mesure et monnaie",
    columns: {
      country: "Pays",
      year: "Année",
      operations: "Opérations",
      arrests: "Arrestations",
      victimsRescued: "Victimes secourues",
      source: "Enregistrée dans",
      action: "Mesure",
      currency: "Monnaie",
      actions: "Mesures",
      totalValue: "Valeur totale",
    },
    sources: {
      case: "Affaire (enquête financière)",
      financialInquiry: "Enquête financière",
      criminalGroup: "Groupe criminel",
    },
    total: "Total",
    unknown: "Inconnu",
  },
} as const satisfies PrivacyTexts;
