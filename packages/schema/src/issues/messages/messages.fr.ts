import type { IssueMessages, ProfileMessages } from "./issue-messages.js";

/**
 * French issue messages. `{field}` is replaced by the field's label; no message ever shows a field's value.
 * Messages put the label before a colon or between quotes so that they read well whatever its gender and number.
 */
export const messagesFr = {
  not_an_object: "Un enregistrement (objet JSON) est attendu.",
  invalid_record_type: "Type d'enregistrement inconnu ou absent.",
  required: "{field} : champ obligatoire.",
  unknown_field:
    "La clé n° {position} de cet objet n'est pas un champ de la norme : seuls les champs de la norme sont admis en dehors de « extensions ».",
  invalid_type: "{field} : type incorrect (type attendu : {expected}).",
  invalid_code: "{field} : ce code ne figure pas dans la liste prévue.",
  invalid_format: "{field} : format non conforme (format attendu : {format}).",
  too_small: "{field} : en dessous du minimum autorisé ({minimum}).",
  too_big: "{field} : au-delà du maximum autorisé ({maximum}).",
  invalid_value: "{field} : valeur non autorisée.",
  former_country_code:
    "{field} : pays disparu dont le code a été retiré sans successeur unique ; il est conservé tel quel.",
  adult_victim_without_means:
    "Aucun moyen n’est renseigné pour une victime adulte : le Protocole de Palerme (article 3 a)) en exige un pour les adultes, certaines lois nationales non. Renseignez « {field} » ou les moyens de contrôle s’il y en a eu.",
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
  empty_input: "L'entrée ne contient aucun enregistrement.",
  invalid_json: "Ce texte n'est pas du JSON valide.",
  invalid_utf8:
    "Ce texte n'est pas en UTF-8 valide : enregistrez le fichier en UTF-8 ou indiquez son encodage (par exemple windows-1252).",
  invalid_encoding: "Ce texte n'est pas en {encoding} valide ; le reste de l'entrée n'a pas été vérifié.",
  nul_byte: "Ce texte contient un octet NUL : le fichier est peut-être binaire ou en UTF-16.",
  line_too_long:
    "Cette ligne dépasse la limite de {maxBytes, plural, one {# octet} other {# octets}} ; elle a été ignorée.",
  record_too_large:
    "Cet enregistrement dépasse la limite de {maxBytes, plural, one {# octet} other {# octets}} ; il a été ignoré.",
  truncated_input: "L'entrée s'arrête au milieu d'un enregistrement : le fichier est peut-être tronqué.",
  nesting_too_deep:
    "Des objets ou des listes sont imbriqués sur plus de {maxDepth, plural, one {# niveau} other {# niveaux}} ; l'enregistrement n'a pas été vérifié.",
  unreadable_value:
    "Cette valeur ne peut pas être lue comme des données (une propriété ou un proxy qui échoue à la lecture, une fonction) ; l'enregistrement n'a pas été vérifié.",
  value_too_large:
    "Cette valeur contient plus de {maxValues, plural, one {# valeur} other {# valeurs}} au total ; l'enregistrement n'a pas été vérifié.",
  duplicate_key:
    "La clé n° {position} de cet objet répète une clé précédente de l'objet, ou une clé est répétée à l'intérieur de celle-ci.",
  not_declared_format: "L'entrée n'est pas au format déclaré ({declared}) ; elle n'a pas été vérifiée.",
  csv_missing_column: "{field} : champ obligatoire, mais le CSV n'a pas de colonne « {column} ».",
  csv_extra_column:
    "La colonne {column} ne correspond à aucun champ de ce type d'enregistrement ; ses valeurs ont été ignorées.",
  csv_duplicate_column: "La colonne {column} reprend le nom d'une colonne précédente de l'en-tête.",
  csv_row_length:
    "Cette ligne compte {count, plural, one {# cellule} other {# cellules}}, alors que l'en-tête compte {expected, plural, one {# colonne} other {# colonnes}}.",
  csv_malformed: "Cette ligne du CSV est illisible ({reason}).",
  duplicate_id: "Un autre enregistrement de l'entrée porte déjà cet identifiant.",
  dangling_reference: "{field} : renvoie à un enregistrement absent de l'entrée.",
  referral_chain_cycle:
    "{field} : renvoie la personne vers un organisme qui l'avait déjà orientée ; les orientations tournent en rond.",
  bundle_header_mismatch: "{field} (en-tête du lot) : ne correspond pas au pays de l'organisme indiqué.",
  aggregate_value_missing: "Un chiffre n'a ni valeur ni marque de chiffre masqué.",
  aggregate_value_and_suppressed: "Un chiffre masqué a aussi une valeur.",
  aggregate_category_mismatch: "{field} ne correspond pas à la ventilation du chiffre.",
  anonymous_contact_with_identity: "Un contact anonyme enregistre {field}.",
  helpline_referral_without_link:
    "Un contact orienté ne renvoie à aucun enregistrement de victime ni d'affaire.",
  presumed_victim_without_indicators: "Une victime présumée est conclue sans aucun indicateur relevé.",
  screening_indicator_repeated: "Cet indicateur figure déjà dans le dépistage.",
  screening_tool_name_missing: "Un outil marqué autre n'a pas de {field}.",
  protection_detail_missing: "Le type de la mesure exige {field}.",
  protection_detail_of_other_kind: "{field} ne correspond pas au type de la mesure.",
  compensation_paid_not_awarded: "L'indemnisation est marquée versée mais non accordée.",
  compensation_paid_exceeds_award: "{field} dépasse le montant accordé.",
  perpetrator_unknown_with_others: "{field} indique inconnu avec des auteurs connus.",
  joint_investigation_one_country:
    "{field} indique moins de deux pays, alors qu'une enquête commune réunit deux États ou plus.",
  legal_assistance_same_country:
    "{field} est le même que le pays requérant : l'entraide judiciaire se fait entre deux États.",
  criminal_group_too_small:
    "{field} est inférieur à trois : un groupe criminel organisé compte trois personnes ou plus (art. 2 a) de la CTO).",
  platforms_without_online_channel:
    "Des plateformes en ligne sont indiquées mais {field} ne comprend pas le canal en ligne.",
} as const satisfies IssueMessages;

/** French messages of the problems of a profile document (`loadProfile`). */
export const profileMessagesFr = {
  profile_invalid_json: "Le profil n'est pas un JSON valide (près du caractère {position, number}).",
  profile_forbidden_key: "Cette clé n'est pas permise dans un profil.",
  profile_too_deep: "Le profil est imbriqué plus profondément qu'un profil ne peut l'être.",
  profile_invalid: "Cette partie ne suit pas le format des profils ({problem}).",
  profile_unknown_base:
    "Aucun profil connu n'a cet id ; indiquez le fichier du profil sur lequel il se fonde.",
  profile_base_cycle: "Le profil se fonde sur lui-même par basedOn.",
  profile_unknown_rule: "Aucune règle du modèle n'a ce code.",
  profile_relaxes_error:
    "Cette règle est une erreur dans le modèle de base (core) : un profil peut durcir les règles, jamais assouplir une erreur.",
  profile_unknown_field: "Aucun champ du modèle n'a ce chemin.",
  profile_unknown_code_list: "Aucune liste de codes n'a cet id.",
  profile_unknown_code: "Ce code n'est pas dans la liste de codes de base.",
  profile_code_exists: "Ce code est déjà dans la liste de codes.",
  profile_code_list_exists: "Une liste de codes a déjà cet id.",
  profile_field_exists: "Le profil de base déclare déjà ce champ d'extension.",
  profile_missing_code_list:
    "Les champs de type code ou codes ont besoin d'une liste de codes, et eux seuls peuvent en avoir une.",
} as const satisfies ProfileMessages;

/** Said after a message whose key cannot be shown: which key of the object, by its place from 1. */
export const positionNoteFr = "Voir la clé n° {position} de cet objet.";

/** Said after a message about an unknown key when a field of the object is close to it: the field's name. */
export const suggestionNoteFr = "Vouliez-vous dire `{suggestion}` ?";
