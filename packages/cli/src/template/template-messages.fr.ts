import type { TemplateMessages } from "./template-messages-shape.js";

/** French texts of `tip template`. */
export const templateMessagesFr = {
  description:
    "Écrire un modèle de collecte issu du modèle de données : un questionnaire XLSForm pour KoboToolbox et ODK, ou un classeur Excel avec listes déroulantes et validation. Ce qui est collecté (le classeur, ou l'export JSON ou CSV de XLSForm) se relit avec `tip convert --from htcds`.",
  format: "xlsform (questionnaire, libellés dans les quatre langues) ou xlsx (classeur Excel)",
  lang: "langue du classeur et des libellés par défaut du questionnaire : en, es, fr ou pt",
  output: "fichier où écrire le modèle",
  exitCodes:
    "Codes de sortie : 0 écrit ; 2 erreur d'utilisation, profil illisible ou fichier impossible à écrire.",
  written: "Modèle {format} ({lang}) écrit dans {file}",
  writtenProfile: "Modèle {format} ({lang}) du profil {profile} écrit dans {file}",
  badFormat: "--format {value} n'est pas un format de modèle ; utilisez l'un de : {formats}",
  badLang: "--lang {value} n'est pas une langue des modèles ; utilisez l'une de : {langs}",
  missingOption: "{option} est obligatoire",
} satisfies TemplateMessages;
