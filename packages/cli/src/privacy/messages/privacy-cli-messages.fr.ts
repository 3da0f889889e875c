import type { PrivacyCliMessages } from "./privacy-cli-messages.js";

/** Textes français des commandes de confidentialité. */
export const privacyCliMessagesFr = {
  common: {
    lang: "langue des messages et libellés : en, es, fr ou pt (par défaut : selon LANG, sinon en)",
    output: "fichier où écrire (par défaut : sortie standard)",
    place: "ligne {line}",
    placeInDocument: "ligne {line}, {pointer}",
    recordAt: "à la ligne {line}",
    recordAtInDocument: "à la ligne {line} ({pointer})",
    leftOut: "{count} élément(s) ont été écartés :",
    leftOutMore: "… et {count} de plus.",
    reasons: {
      invalid_json: "JSON non valide",
      invalid_utf8: "texte UTF-8 non valide",
      nul_byte: "contient un octet NUL",
      truncated_input: "tronqué",
      record_too_large: "dépasse la limite de 16 Mio",
      too_deep: "imbriqué sur plus de 64 niveaux",
      not_a_record: "n'est pas un enregistrement du modèle",
      nested_bundle: "un lot à l'intérieur de l'entrée (fournissez chaque lot dans son propre fichier)",
      failed: "n'a pas pu être traité",
      not_anonymizable:
        "ne suit pas assez le modèle pour être anonymisé (par exemple un identifiant qui n'est pas un UUID)",
    },
    used: "Enregistrements lus : {read} ; utilisés : {used} ; écartés : {leftOut}.",
  },
  anonymize: {
    description:
      "Retirer les identifiants, ne garder que les quasi-identifiants choisis, les rendre k-anonymes et remplacer les identifiants d'enregistrement par des pseudonymes à clé. Code de sortie 0 : terminé ; 1 : terminé, mais une partie de l'entrée a été écartée ; 2 : erreur d'utilisation ou entrée illisible.",
    input: "enregistrements à anonymiser : NDJSON, un lot JSON ou un tableau JSON",
    keyFile:
      "fichier contenant la clé secrète des pseudonymes (au moins 16 octets ; octets bruts ou texte hexadécimal). La même clé donne les mêmes pseudonymes",
    k: "taille minimale d'un groupe d'enregistrements partageant les mêmes quasi-identifiants (par défaut : {default})",
    quasi:
      "quasi-identifiants à garder, en identifiants de champ séparés par des virgules (par défaut : {default})",
    records:
      "Enregistrements lus : {read} ; écrits : {written} ; retirés pour la k-anonymat : {suppressed} ; écartés : {leftOut}.",
    removed:
      "Retirés : {direct} identifiant(s) direct(s), {quasi} quasi-identifiant(s), {other} texte(s) libre(s) ou autres valeurs personnelles, {unknown} champ(s) inconnu(s).",
    kept: "Quasi-identifiants gardés : {fields} (k = {k}).",
    before: "Avant suppression : {classes} groupe(s) sous k, comptant {records} enregistrement(s).",
    suppressedValues: "Valeurs supprimées : {list} ({share} des valeurs de quasi-identifiants).",
    nothingSuppressed: "Aucune valeur n'a dû être supprimée.",
    suppressedRecords: "Enregistrements supprimés en dernier recours : {count}.",
    pseudonyms:
      "Les identifiants sont désormais des pseudonymes sous votre clé : ce sont encore des données personnelles. Conservez la clé à part.",
  },
  stats: {
    description:
      "Compter les victimes (ou les auteurs) selon les dimensions données, avec totaux de ligne, de colonne et général ; les petites cases, et celles qui permettraient de les retrouver, sont supprimées. Code de sortie 0 : terminé ; 1 : terminé, mais une partie de l'entrée a été écartée ; 2 : erreur d'utilisation ou entrée illisible.",
    input: "enregistrements à compter : NDJSON, un lot JSON ou un tableau JSON",
    by: "dimensions, séparées par des virgules : {choices}",
    minCell:
      "plus petit effectif publié ; les effectifs non nuls inférieurs sont supprimés (par défaut : {default})",
    preset: "tableau prédéfini : {choices}",
    population:
      "table de population (CSV ou JSON : colonnes population et l'une de sex, age_group, country, year) pour les taux pour 100 000",
    format:
      "format de sortie : text, csv, json ou glotip (les colonnes de l'export GLOTIP de l'ONUDC ; ajoutez year et country à --by pour remplir ces colonnes) (par défaut : text)",
    glotipCellsLeftOut:
      "Cellules sans ligne GLOTIP (ventilées par deux catégories à la fois, ou auteurs à toutes les étapes ; leurs chiffres sont dans les marges) : {count}.",
    unit: "ce qui est compté : victims ou perpetrators (par défaut : victims ; perpetrators avec --by stage)",
    severalForms:
      "comment compter une victime de plusieurs formes d’exploitation : each (sous chaque forme, une fois dans les totaux ; par défaut, comme les tableaux GLOTIP) ou multiple (une fois, sous « plusieurs formes » ou « formes mixtes ou autres » de GLOTIP)",
  },
  export: {
    description:
      "Ne garder que les enregistrements que le consentement de la personne et le marquage TLP permettent d'envoyer à un organisme pour une finalité. Code de sortie 0 : tout peut être envoyé ; 1 : des enregistrements ont été retenus (chacun est désigné par sa ligne) ; 2 : erreur d'utilisation ou entrée illisible.",
    input: "enregistrements à exporter : NDJSON, un lot JSON ou un tableau JSON",
    to: "identifiant de l'organisme destinataire",
    purpose: "finalité de l'export, une finalité de consentement : {choices}",
    on: "jour de l'export, AAAA-MM-JJ, pour les consentements qui expirent ou sont retirés (par défaut : aujourd'hui)",
    recipientCountry:
      "pays de l'organisme destinataire, pour les consentements donnés par pays (par défaut : d'après l'entrée)",
    summary:
      "Enregistrements lus : {read} ; pouvant être envoyés : {sent} ; retenus : {refused} ; écartés : {leftOut}.",
  },
  errors: {
    missingOption: "l'option {option} est obligatoire",
    badCount: "{option} demande un nombre entier supérieur ou égal à {min}, pas « {value} »",
    badQuasi:
      "{option} : « {value} » n'est pas un quasi-identifiant à une valeur par enregistrement (utilisez des identifiants de champ comme victim.sex)",
    badDimension: "{option} : « {value} » ne peut pas être compté pour {unit} ; utilisez {choices}",
    byOrPreset: "indiquez --by ou --preset, pas les deux",
    keyTooShort:
      "la clé de « {file} » fait {bytes} octet(s) ; il en faut au moins {min} (32 octets aléatoires sont recommandés)",
    badInput: "« {file} » ne contient ni des enregistrements NDJSON, ni un lot ou un tableau JSON",
    badPopulation: "impossible d'utiliser la table de population « {file} » : {reason}",
    badDate: "{option} demande une date écrite AAAA-MM-JJ, pas « {value} »",
    populationColumn:
      "la colonne {column} de l'en-tête n'est aucune de population, sex, age_group, country, year",
    populationKey:
      "ligne {row} : la clé n° {position} n'est aucune de population, sex, age_group, country, year",
    populationRow: "la ligne {row} n'a pas de population supérieure à zéro",
    populationVaries: "la population varie selon {key}, mais le tableau n'est pas ventilé par {key}",
    populationJson: "ce n'est pas un tableau JSON de lignes",
    brokenInput: "impossible de lire « {file} » au-delà de la ligne {line} : {reason}",
    causes: {
      utf16: "c'est du texte UTF-16 ; enregistrez-le en UTF-8",
      not_json: "autre chose que du JSON suit le document",
      truncated: "il se termine à l'intérieur du document",
    },
    inputChanged:
      "« {file} » a changé pendant sa lecture ({first} enregistrements la première fois, {second} la seconde) ; le résultat n'est pas fiable : relancez sur un fichier qui n'est pas en cours d'écriture (ni la sortie)",
    unwritable: "impossible d'écrire « {file} » : {reason}",
  },
} as const satisfies PrivacyCliMessages;
