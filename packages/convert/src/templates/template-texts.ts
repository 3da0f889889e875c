import type { Locale } from "@tip/schema";

/** The few texts of a collection template that the model's labels do not give, in the four languages. */
export interface TemplateTexts {
  /** Name of the language as XLSForm columns show it: `label::English (en)`. */
  readonly language: string;
  readonly formTitle: string;
  readonly incoming: string;
  readonly outgoing: string;
  readonly caseWorker: string;
  readonly yes: string;
  readonly no: string;
  /** Input message of a drop-down column: pick one value. */
  readonly pickOne: string;
  /** Input message of a column that takes several values, joined by `;`. */
  readonly pickMany: string;
  readonly dateHint: string;
  readonly partialDateHint: string;
  readonly wholeNumber: string;
  readonly number: string;
  /** Error shown by Excel when a value is refused. */
  readonly refused: string;
  /** Title of the sheet that explains the workbook. */
  readonly readMe: string;
  readonly readMeText: string;
}

/** The template texts in each supported language. */
export const TEMPLATE_TEXTS: Readonly<Record<Locale, TemplateTexts>> = {
  en: {
    language: "English",
    formTitle: "Trafficking in persons case record",
    incoming: "Incoming referral",
    outgoing: "Outgoing referral",
    caseWorker: "case worker",
    yes: "Yes",
    no: "No",
    pickOne: "Pick one value from the list.",
    pickMany: "Pick one value from the list; for several, type them separated by ;",
    dateHint: "A date: YYYY-MM-DD.",
    partialDateHint: "A date, or only a year (YYYY) or a month (YYYY-MM).",
    wholeNumber: "A whole number.",
    number: "A number.",
    refused: "This value does not fit the field.",
    readMe: "Read me",
    readMeText:
      "One row per person in one case, from the third row of the data sheet. Row 2 holds the field names that a reader needs; leave it as it is. Drop-down lists and messages come from the TIP data model.",
  },
  es: {
    language: "Español",
    formTitle: "Registro de caso de trata de personas",
    incoming: "Remisión recibida",
    outgoing: "Remisión enviada",
    caseWorker: "persona a cargo del caso",
    yes: "Sí",
    no: "No",
    pickOne: "Elija un valor de la lista.",
    pickMany: "Elija un valor de la lista; para varios, escríbalos separados por ;",
    dateHint: "Una fecha: AAAA-MM-DD.",
    partialDateHint: "Una fecha, o solo un año (AAAA) o un mes (AAAA-MM).",
    wholeNumber: "Un número entero.",
    number: "Un número.",
    refused: "Este valor no corresponde al campo.",
    readMe: "Léame",
    readMeText:
      "Una fila por persona en un caso, desde la tercera fila de la hoja de datos. La fila 2 contiene los nombres de campo que necesita un lector; no la modifique. Las listas desplegables y los mensajes vienen del modelo de datos TIP.",
  },
  fr: {
    language: "Français",
    formTitle: "Dossier de cas de traite des personnes",
    incoming: "Orientation reçue",
    outgoing: "Orientation envoyée",
    caseWorker: "personne chargée du dossier",
    yes: "Oui",
    no: "Non",
    pickOne: "Choisissez une valeur dans la liste.",
    pickMany: "Choisissez une valeur dans la liste ; pour plusieurs, séparez-les par ;",
    dateHint: "Une date : AAAA-MM-JJ.",
    partialDateHint: "Une date, ou seulement une année (AAAA) ou un mois (AAAA-MM).",
    wholeNumber: "Un nombre entier.",
    number: "Un nombre.",
    refused: "Cette valeur ne convient pas au champ.",
    readMe: "Lisez-moi",
    readMeText:
      "Une ligne par personne dans un cas, à partir de la troisième ligne de la feuille de données. La ligne 2 contient les noms de champ dont un lecteur a besoin ; ne la modifiez pas. Les listes déroulantes et les messages viennent du modèle de données TIP.",
  },
  pt: {
    language: "Português",
    formTitle: "Registro de caso de tráfico de pessoas",
    incoming: "Encaminhamento recebido",
    outgoing: "Encaminhamento enviado",
    caseWorker: "responsável pelo caso",
    yes: "Sim",
    no: "Não",
    pickOne: "Escolha um valor da lista.",
    pickMany: "Escolha um valor da lista; para vários, separe-os por ;",
    dateHint: "Uma data: AAAA-MM-DD.",
    partialDateHint: "Uma data, ou apenas um ano (AAAA) ou um mês (AAAA-MM).",
    wholeNumber: "Um número inteiro.",
    number: "Um número.",
    refused: "Este valor não corresponde ao campo.",
    readMe: "Leia-me",
    readMeText:
      "Uma linha por pessoa em um caso, a partir da terceira linha da planilha de dados. A linha 2 contém os nomes de campo de que um leitor precisa; não a altere. As listas suspensas e as mensagens vêm do modelo de dados TIP.",
  },
};
