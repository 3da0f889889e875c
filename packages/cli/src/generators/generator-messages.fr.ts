import type { GeneratorMessages } from "./generator-messages.js";

/** French texts of `tip docs`, `tip schema` and `tip synth`. */
export const generatorMessagesFr = {
  docs: {
    description:
      "Écrire le site de documentation de la norme (dictionnaire de données, listes de codes, correspondances, règles) en HTML statique.",
    out: "dossier où écrire le site",
    lang: "langues du site : en, es, fr, pt ou all (par défaut : all) ; plusieurs séparées par des virgules",
    written: "Site de documentation écrit ({langs}) : {entry}",
  },
  schema: {
    description: "Écrire le JSON Schema (draft 2020-12) de chaque type d'enregistrement.",
    out: "dossier où écrire les schémas (par défaut : le dossier courant)",
    written: "{count} fichiers JSON Schema écrits dans {dir}",
    writtenProfile: "{count} fichiers JSON Schema du profil {profile} écrits dans {dir}",
  },
  synth: {
    description:
      "Écrire des enregistrements de traite synthétiques et fictifs en NDJSON (un enregistrement par ligne) pour les tests et les démonstrations.",
    count:
      "nombre d'enregistrements de victimes ; les affaires, auteurs, organismes et orientations les accompagnent",
    seed: "graine du générateur : la même graine donne toujours les mêmes enregistrements",
    country: "code ISO 3166-1 alpha-2 du pays déclarant (par défaut : TT)",
    errorRate: "part des enregistrements de victimes rendus invalides exprès, de 0 à 1 (par défaut : 0)",
    aggregates:
      "écrire aussi les chiffres que le pays publierait à partir de ces enregistrements (enregistrements agrégés, au format de GLOTIP), après eux",
    out: "fichier à écrire ; - ou sans cette option, écrit sur la sortie standard",
    written: "{count} enregistrements écrits dans {file}",
  },
  errors: {
    badCount: "{option} attend un nombre entier supérieur ou égal à 0, pas « {value} »",
    badRate: "{option} attend un nombre de 0 à 1, pas « {value} »",
    badCountry: "« {value} » n'est pas un code de pays ISO 3166-1 alpha-2 (comme TT, MX ou BR)",
    missingOption: "l'option {option} est obligatoire",
    unwritable: "impossible d'écrire « {file} » : {reason}",
  },
} as const satisfies GeneratorMessages;
