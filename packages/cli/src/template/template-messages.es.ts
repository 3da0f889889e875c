import type { TemplateMessages } from "./template-messages-shape.js";

/** Spanish texts of `tip template`. */
export const templateMessagesEs = {
  description:
    "Escribir una plantilla de recolección hecha a partir del modelo: un cuestionario XLSForm para KoboToolbox y ODK, o un libro de Excel con listas desplegables y validación. Lo recolectado (el libro, o la exportación JSON o CSV de XLSForm) se vuelve a leer con `tip convert --from htcds`.",
  format: "xlsform (cuestionario, etiquetas en los cuatro idiomas) o xlsx (libro de Excel)",
  lang: "idioma del libro y de las etiquetas predeterminadas del cuestionario: en, es, fr o pt",
  output: "archivo donde escribir la plantilla",
  exitCodes: "Códigos de salida: 0 escrita; 2 error de uso, perfil ilegible o archivo no escribible.",
  written: "Plantilla {format} ({lang}) escrita en {file}",
  writtenProfile: "Plantilla {format} ({lang}) del perfil {profile} escrita en {file}",
  badFormat: "--format {value} no es un formato de plantilla; use uno de: {formats}",
  badLang: "--lang {value} no es un idioma de las plantillas; use uno de: {langs}",
  missingOption: "{option} es obligatorio",
} satisfies TemplateMessages;
