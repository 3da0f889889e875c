import type { CliMessages } from "./cli-messages.js";

/** French texts of the `tip` command. */
export const cliMessagesFr = {
  programDescription: "Vérifier et échanger des données sur la traite des personnes dans le modèle TIP.",
  helpOption: "afficher l’aide de la commande",
  helpCommand: "afficher l’aide de la commande",
  versionOption: "afficher le numéro de version",
  modelVersion: "modèle de données {version}",
  exitCodes:
    "Codes de sortie : 0 terminé, rien d’omis ; 1 données invalides, ou enregistrements omis ou non écrits ; 2 erreur d’utilisation, entrée illisible ou sortie impossible à écrire.",
  defaultValue: "(par défaut : {value})",
  titles: {
    "Usage:": "Utilisation :",
    "Arguments:": "Arguments :",
    "Options:": "Options :",
    "Commands:": "Commandes :",
    "Global Options:": "Options globales :",
  },
  validate: {
    description:
      "Vérifier des fichiers de données (NDJSON, lot JSON ou CSV) par rapport au modèle TIP. Code de sortie 0 : tous les enregistrements sont valides ; 1 : des enregistrements non valides ont été trouvés ; 2 : erreur d’utilisation ou entrée illisible.",
    files:
      "fichiers ou motifs glob à vérifier (.ndjson/.jsonl, .json, .csv) ; - ou un tube lit l’entrée standard, dont le format est deviné",
    format: "format du rapport : text ou json (par défaut : text)",
    lang: "langue du rapport : en, es, fr ou pt (par défaut : selon LANG, sinon en)",
    maxIssues: "nombre maximal de problèmes listés ; le décompte continue (par défaut : {default})",
    workers:
      "fils de travail pour le NDJSON : un nombre (0 : un seul fil) ou « auto », un par cœur moins un (par défaut : auto)",
    inputFormat:
      "format d’entrée : ndjson, json ou csv (par défaut : selon l’extension du fichier ; pour l’entrée standard, selon ses premiers octets)",
    recordType: "type d’enregistrement des lignes CSV : {choices}",
    progress: "Vérification de {file}",
    filesChecked: "Fichiers vérifiés : {count}",
    output: "fichier où écrire le rapport (par défaut : la sortie standard)",
    severity:
      "ne lister que les problèmes de cette gravité ou pire : error, warning ou info (par défaut : info) ; les décomptes et le code de sortie ne changent pas",
    validOnly:
      "écrire aussi les enregistrements valides, un JSON par ligne, dans ce fichier (fichiers NDJSON ou JSON seulement) ; les autres sont comptés dans le rapport",
    validWritten: "enregistrements valides écrits dans le fichier de --valid-only : {count}",
    environment:
      "Environnement : LC_ALL, LC_MESSAGES ou LANG choisissent la langue par défaut ; NO_COLOR désactive les couleurs (utilisées seulement dans un terminal) et FORCE_COLOR les active (0 ou false : désactivées). Une barre de progression s’affiche sur stderr pour les fichiers de plus de 5 Mo quand stderr est un terminal.",
  },
  profile: {
    option:
      "profil national : un id fourni (palermo, mx, ar) ou un fichier JSON de profil ; ses règles, listes de codes et champs d’extension s’appliquent",
    unreadable: "impossible de lire le profil « {file} » : {reason}",
    issue: "profil {profile} en {pointer} : {message}",
    folded:
      "enregistrements écrits avec les codes de base auxquels correspondent leurs codes nationaux ({format} ne connaît que les codes de base) : {count}",
  },
  textInput: {
    encoding:
      "encodage du texte d’entrée : auto, utf-8, utf-16le, utf-16be, windows-1252 (aussi latin1) ou iso-8859-15 (par défaut : auto : UTF-16 d’après sa marque d’ordre des octets, sinon UTF-8 ; les autres octets sont refusés, jamais remplacés)",
    delimiter:
      "délimiteur de cellules CSV : , ; ou tab (par défaut : celui de la ligne d'en-tête ; avec ; les nombres ont une virgule décimale, comme Excel les écrit en espagnol, français ou portugais)",
  },
  errors: {
    prefix: "erreur",
    helpHint: "Lancez « {command} --help » pour l’utilisation.",
    unknownOption: "option inconnue « {token} »",
    unknownCommand: "commande inconnue « {token} »",
    missingArgument: "argument obligatoire manquant « {token} »",
    optionMissingArgument: "l’option « {token} » demande une valeur",
    excessArguments: "trop d’arguments",
    didYouMean: "vouliez-vous dire {token} ?",
    badChoice: "« {value} » n’est pas une valeur valide de {option} : utilisez {choices}",
    badMaxIssues: "{option} demande un nombre entier supérieur ou égal à 0, pas « {value} »",
    unknownExtension:
      "impossible de déduire le format de « {file} » à partir de son nom : indiquez --input-format ndjson, json ou csv",
    stdinNeedsFormat: "la lecture de l’entrée standard (-) demande --input-format ndjson, json ou csv",
    stdinTwice: "l’entrée standard (-) ne peut être lue qu’une fois",
    noMatch: "aucun fichier ne correspond au motif « {pattern} »",
    validOnlyNeedsFiles:
      "--valid-only lit chaque entrée deux fois : « {file} » doit être un fichier NDJSON ou JSON, pas un CSV ni l’entrée standard",
    unreadable: "impossible de lire « {file} » : {reason}",
    internal:
      "échec inattendu lors de la vérification de « {file} » ({name}) ; aucun contenu d’enregistrement n’est affiché",
    unexpected: "échec inattendu ({name}) ; aucun contenu d’enregistrement n’est affiché",
    invalidEncoding:
      "« {file} » n’est pas du texte {encoding} à la ligne {line} (octet {byte}) ; si un programme Windows l’a enregistré, donnez --encoding windows-1252",
    unknownModelVersion:
      "« {file} » ligne {line} est dans la version {found} du modèle, qui ne peut pas être mise à jour vers {current} (inconnue ou plus récente que ce tip)",
    nulByte:
      "« {file} » contient un octet NUL à la ligne {line} : il est binaire ou dans un autre encodage (voir --encoding)",
  },
  workbook: {
    overLimit: "le classeur dépasse la limite du lecteur {limit} = {max}{place} ; rien n'a été converti",
    unreadable: "l'entrée n'est pas un classeur .xlsx lisible : {fault}{place}",
    sheet: "feuille {n}",
    row: "ligne {n}",
    column: "colonne {n}",
    notText:
      "l'entrée est un classeur .xlsx, mais --from {format} lit du texte : les classeurs se lisent avec --from htcds ou --from ctdc",
    faults: {
      not_a_zip: "ce n'est pas une archive zip",
      damaged_zip: "son archive zip est endommagée ou tronquée",
      encrypted: "il est chiffré ou compressé d'une façon que le lecteur ne connaît pas",
      no_workbook: "il n'a pas de partie classeur",
      no_sheet: "il n'a pas de feuille à cette position",
      missing_part: "une partie dont il a besoin manque",
      malformed_xml: "une partie n'est pas du XML bien formé",
      bad_reference: "une référence de cellule ou de ligne n'est pas valide",
    },
  },
  reasons: {
    ENOENT: "fichier introuvable",
    EACCES: "permission refusée",
    EISDIR: "c’est un répertoire",
    notAFile: "ce n’est pas un fichier ordinaire",
    other: "erreur système {code}",
  },
  output: {
    input: "l’entrée",
    sameFile: "{first} et {second} sont le même fichier : donnez un autre fichier à {second}",
    unwritable: "impossible d’écrire le fichier de {option} : {reason} ; rien n’a été écrit",
    stdoutFailed: "impossible d’écrire sur la sortie standard : {reason}",
    binaryToStdout: "cette sortie est binaire : donnez {option} <fichier>",
    notAFolder: "{option} désigne un fichier, pas un dossier : donnez un dossier ; rien n'a été écrit",
    holdsInput:
      "{option} est ou contient les fichiers que lit cette commande : donnez un autre dossier ; rien n'a été écrit",
    notOwnFolder:
      "{option} contient déjà des fichiers ou dossiers que cette commande remplacerait mais qu'elle n'a pas écrits : donnez un dossier vide ou nouveau ; rien n'a été écrit",
    reasons: {
      ENOENT: "son dossier n’existe pas",
      EACCES: "permission refusée",
      EISDIR: "c’est un répertoire",
      ENOSPC: "plus d’espace sur le périphérique",
      EROFS: "le système de fichiers est en lecture seule",
      other: "erreur système {code}",
    },
    workersCapped: "--workers {asked} dépasse les {cores} cœurs disponibles : {cores} utilisés",
    records: "enregistrements : {read} lus, {written} écrits, {skipped} ignorés",
    skippedReason: "{count} ignorés : {reason}",
    otherTypesHint: "donnez -o <fichier> pour écrire chaque type d’enregistrement dans son propre fichier",
    migrated: "{records} enregistrement(s) mis à jour du modèle {from} vers {to}",
    migrationChange: "{count} modification(s) : {kind}",
    otherTypeFiles: "{count} autre(s) type(s) d’enregistrement écrit(s) à côté de {option} : {names}",
    notesInReport:
      "{count} note(s) sur la lecture ou l’écriture des valeurs des champs : dans le fichier de {option}",
    notesHint:
      "{count} note(s) sur la lecture ou l’écriture des valeurs des champs : indiquez {option} <fichier> pour les lire",
  },
} as const satisfies CliMessages;
