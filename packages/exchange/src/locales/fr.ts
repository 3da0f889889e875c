import type { ExchangeTexts } from "../i18n/exchange-texts.js";

/** Textes français de @tip/exchange. */
export const fr = {
  locale: "fr",
  refusals: {
    too_large: "Refusé : l’enveloppe dépasse la taille permise.",
    not_json: "Refusé : l’enveloppe n’est pas du texte JSON en UTF-8.",
    not_an_envelope:
      "Refusé : ce n’est pas une enveloppe de l’échange (un JWE en sérialisation JSON générale).",
    unsupported_algorithm: "Refusé : l’enveloppe utilise des algorithmes que l’échange n’accepte pas.",
    header_invalid: "Refusé : l’en-tête de l’enveloppe manque ou n’est pas valide.",
    not_a_recipient: "Refusé : l’enveloppe n’est pas adressée à cet organisme.",
    undecryptable:
      "Refusé : l’enveloppe ne peut pas être déchiffrée ; elle a été modifiée ou n’a pas été chiffrée pour la clé de cet organisme.",
    signed_content_invalid: "Refusé : le contenu de l’enveloppe n’est pas un lot signé de l’échange.",
    unknown_key: "Refusé : la clé de signature {kid} n’est pas dans l’annuaire de confiance.",
    sender_key_mismatch:
      "Refusé : la clé de signature {kid} n’appartient pas à l’organisme indiqué comme expéditeur.",
    key_revoked: "Refusé : la clé de signature {kid} a été révoquée.",
    key_not_valid:
      "Refusé : la clé de signature {kid} n’était pas valide à la date où le message dit avoir été créé.",
    bad_signature:
      "Refusé : la signature ne correspond pas (clé {kid}) ; le contenu a été modifié ou falsifié.",
    header_mismatch: "Refusé : l’en-tête de l’enveloppe diffère de celui que l’expéditeur a signé.",
    not_yet_valid: "Refusé : le message dit avoir été créé dans le futur ; vérifiez les horloges.",
    expired: "Refusé : l’enveloppe a expiré.",
    replayed: "Refusé : ce message a déjà été ouvert (un rejeu).",
    replay_check_failed: "Refusé : le registre des messages déjà ouverts n’a pas pu être consulté.",
    payload_invalid: "Refusé : le contenu signé n’est pas un lot en JSON canonique.",
    bundle_sender_mismatch: "Refusé : le lot indique un autre expéditeur que l’enveloppe.",
    not_a_message: "Refusé : ce n’est ni un accusé de réception ni un message de statut de l’échange.",
    not_the_expected_reply: "Refusé : le message ne répond pas à l’enveloppe attendue.",
    open_failed: "Refusé : l’enveloppe n’a pas pu être traitée.",
  },
  sealProblems: {
    option_invalid: "Non scellé : l’option {option} n’est pas valide.",
    no_recipients: "Non scellé : aucun organisme destinataire n’a été indiqué.",
    recipient_has_no_key:
      "Non scellé : l’organisme {agency} n’a aucune clé de chiffrement valide maintenant.",
    sender_key_not_valid: "Non scellé : l’expéditeur n’a aucune clé de signature valide maintenant.",
    not_a_bundle:
      "Non scellé : l’entrée n’est pas un lot d’échange avec des enregistrements et un marquage TLP.",
    bundle_unreadable: "Non scellé : le lot ne peut pas être lu comme des données JSON.",
    forbidden_key:
      "Non scellé : le lot contient une clé __proto__, constructor ou prototype, qu’aucun lot ne peut contenir.",
    bundle_sender_mismatch: "Non scellé : le lot indique un autre expéditeur que l’organisme de la clé.",
    recipient_not_named:
      "Non scellé : l’organisme {agency} ne figure pas parmi les destinataires indiqués par le lot.",
    marking_invalid:
      "Non scellé : le marquage d’enregistrement {index} ne désigne aucun enregistrement du lot, répète un enregistrement ou n’a pas de code TLP.",
    export_refused:
      "Non scellé : {count, plural, one {# enregistrement ne peut pas être envoyé} other {# enregistrements ne peuvent pas être envoyés}} pour cette finalité à ces destinataires (pas de consentement, pas d’enveloppe).",
  },
  keyProblems: {
    not_json: "Le fichier de clés n’est pas du texte JSON en UTF-8.",
    too_large: "Le fichier de clés dépasse la taille permise.",
    not_a_key_file: "Le fichier de clés n’est pas au format de l’échange ({place}).",
    private_key_in_public_file:
      "Le fichier contient une clé privée ({place}) : ne publiez et ne faites confiance qu’au fichier public.",
    not_a_private_key: "Le fichier de clés contient une clé publique là où il faut une clé privée ({place}).",
    alg_mismatch: "L’algorithme d’une clé ne correspond pas à son usage ({place}).",
    empty_period: "La période de validité d’une clé se termine avant de commencer ({place}).",
    duplicate_kid: "Un identifiant de clé est utilisé deux fois ({place}).",
    agency_twice: "Un organisme figure deux fois ({place}).",
    unusable_key: "Une clé est inutilisable : ce n’est pas une clé P-256 valide ({place}).",
    no_signing_key: "Le fichier de clés ne contient aucune clé de signature.",
    no_encryption_key: "Le fichier de clés ne contient aucune clé de chiffrement.",
  },
  wholeDocument: "le document entier",
} as const satisfies ExchangeTexts;
