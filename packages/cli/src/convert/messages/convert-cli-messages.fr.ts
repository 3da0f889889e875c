import type { ConvertCliMessages } from "./convert-cli-messages.js";

/** Textes français de `tip convert`. */
export const convertCliMessagesFr = {
  help: {
    description:
      "Convertit HTCDS, CTDC, CSV plat, GLOTIP ou NDJSON canonique en passant par le modèle canonique",
    input:
      "fichier à convertir ; - (ou un tube) lit l’entrée standard, dont le format est détecté sauf si --from est donné",
    from: "format d’entrée : {formats} (par défaut : détecté)",
    to: "format de sortie : {formats}",
    entity: "type d’enregistrement des lignes de CSV plat : {entities} (par défaut : détecté, sinon victim)",
    output:
      "fichier de sortie, .xlsx pour le modèle HTCDS ou un classeur GLOTIP (par défaut ou - : sortie standard). Avec --to csv, les enregistrements d’autres types que --entity vont dans des fichiers à côté, nommés par type : out.csv -> out.case.csv",
    report: "écrit le rapport de conversion (JSON, sans valeur personnelle) dans ce fichier",
    lang: "langue du résumé et des erreurs : en, es, fr ou pt (par défaut : selon LANG, sinon en)",
    after:
      "Chaque enregistrement lu est écrit ou compté comme ignoré avec sa raison (sortie 1) : CTDC ne contient que des victimes ; HTCDS contient des victimes avec leur affaire, organisme, auteur et orientations ; le CSV plat sur la sortie standard contient un seul type d’enregistrement.",
  },
  headline:
    "tip convert {from} -> {to} : {rows} lignes : {converted} converties, {invalid} non valides, {skipped} ignorées, {unread} valeurs non lues, {lossy} champs avec perte",
  formats: {
    htcds: "HTCDS",
    ctdc: "CTDC",
    csv: "CSV plat",
    tip: "NDJSON canonique",
    glotip: "GLOTIP",
  },
  standardInput: "entrée standard",
  toRequired: "l’option --to <format> est obligatoire ({formats})",
  unknownFormat: "impossible de savoir le format de « {file} » : donnez --from",
  line: "ligne {n}",
  inputErrors: {
    empty_input: "« {file} » ne contient aucune ligne{place} ; rien n’a été converti",
    missing_header_row:
      "« {file} » n’a pas de ligne d’en-tête : aucune ligne ne nomme les colonnes de {format}{place} ; rien n’a été converti",
    duplicate_column: "l’en-tête de « {file} » nomme une colonne deux fois{place} ; rien n’a été converti",
    csv_malformed: "l’en-tête de « {file} » ne peut pas être lu comme du CSV{place} ; rien n’a été converti",
    invalid_json:
      "« {file} » n’est pas un export XLSForm en JSON (une liste de soumissions){place} ; rien n’a été converti",
    other: "« {file} » ne peut pas être converti ({code}){place} ; rien n’a été converti",
  },
} as const satisfies ConvertCliMessages;
