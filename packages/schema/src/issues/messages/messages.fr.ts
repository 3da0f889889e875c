import type { IssueMessages } from "./issue-messages.js";

/**
 * French issue messages. `{field}` is replaced by the field's label; no message ever shows a field's value.
 * Messages put the label before a colon or between quotes so that they read well whatever its gender and number.
 */
export const messagesFr = {
  not_an_object: "Un enregistrement (objet JSON) est attendu.",
  invalid_record_type: "Type d'enregistrement inconnu ou absent.",
  required: "{field} : champ obligatoire.",
  unknown_field:
    "Champ inconnu « {key} » : seuls les champs de la norme sont admis en dehors de « extensions ».",
  invalid_type: "{field} : type incorrect (type attendu : {expected}).",
  invalid_code: "{field} : ce code ne figure pas dans la liste prévue.",
  invalid_format: "{field} : format non conforme (format attendu : {format}).",
  too_small: "{field} : en dessous du minimum autorisé ({minimum}).",
  too_big: "{field} : au-delà du maximum autorisé ({maximum}).",
  invalid_value: "{field} : valeur non autorisée.",
  adult_victim_without_means:
    "Une victime adulte suppose au moins un moyen (article 3 du Protocole de Palerme) : renseignez « {field} » ou les moyens de contrôle.",
  dates_out_of_order: "{field} : date antérieure à « {earlierField} ».",
  age_inconsistent_with_birth_date: "{field} : ne concorde pas avec la date de naissance.",
  majority_status_inconsistent: "{field} : ne concorde pas avec l'âge.",
  labour_detail_without_forced_labour:
    "{field} : ce champ est renseigné alors qu'aucune forme d'exploitation par le travail n'est enregistrée.",
  sexual_exploitation_type_without_sexual_exploitation:
    "{field} : ce champ est renseigné alors que l'exploitation sexuelle ne figure pas parmi les formes d'exploitation.",
  implausible_age_for_labour:
    "{field} : {max} ans ou moins pour une exploitation par le travail ; veuillez vérifier.",
  sentence_without_conviction: "{field} : ce champ est renseigné sans qu'une condamnation soit enregistrée.",
  amount_without_currency: "Un montant est indiqué sans « {field} ».",
  iccs_code_missing_for_purpose: "{field} : le code ICCS {code} manque pour cette fin d'exploitation.",
  cross_border_referral_same_country:
    "Une orientation transfrontalière indique le même pays d'envoi et de destination ({field}).",
  domestic_referral_different_countries:
    "Les pays d'envoi et de destination diffèrent, mais « {field} » indique que l'orientation n'est pas transfrontalière.",
  referral_status_transition_invalid:
    "Une orientation ne peut pas passer du statut « {from} » au statut « {to} ».",
  referral_status_not_latest: "{field} : ne correspond pas au dernier statut de l'historique.",
  return_without_risk_assessment: "Une orientation en vue d'un retour a été envoyée sans « {field} ».",
  referral_without_consent: "L'orientation a été envoyée sans « {field} ».",
  contact_point_unreachable: "Un point de contact n'a ni adresse électronique ni numéro de téléphone.",
  schema_version_unsupported:
    "{field} : version non prise en charge par ce SDK (versions prises en charge : {supported}).",
} as const satisfies IssueMessages;
