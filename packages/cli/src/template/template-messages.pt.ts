import type { TemplateMessages } from "./template-messages-shape.js";

/** Portuguese texts of `tip template`. */
export const templateMessagesPt = {
  description:
    "Escrever um modelo de coleta feito a partir do modelo de dados: um questionário XLSForm para KoboToolbox e ODK, ou uma pasta de trabalho do Excel com listas suspensas e validação. O que for coletado (a pasta de trabalho, ou a exportação JSON ou CSV do XLSForm) é lido de volta com `tip convert --from htcds`.",
  format: "xlsform (questionário, rótulos nos quatro idiomas) ou xlsx (pasta de trabalho do Excel)",
  lang: "idioma da pasta de trabalho e dos rótulos padrão do questionário: en, es, fr ou pt",
  output: "arquivo onde escrever o modelo",
  exitCodes: "Códigos de saída: 0 escrito; 2 erro de uso, perfil ilegível ou arquivo não gravável.",
  written: "Modelo {format} ({lang}) escrito em {file}",
  writtenProfile: "Modelo {format} ({lang}) do perfil {profile} escrito em {file}",
  badFormat: "--format {value} não é um formato de modelo; use um de: {formats}",
  badLang: "--lang {value} não é um idioma dos modelos; use um de: {langs}",
  missingOption: "{option} é obrigatório",
} satisfies TemplateMessages;
