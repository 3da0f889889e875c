import type { GeneratorMessages } from "./generator-messages.js";

/** Spanish texts of `tip docs`, `tip schema` and `tip synth`. */
export const generatorMessagesEs = {
  docs: {
    description:
      "Escribir el sitio de documentación del estándar (diccionario de datos, listas de códigos, correspondencias, reglas) en HTML estático.",
    out: "carpeta donde escribir el sitio",
    lang: "idiomas del sitio: en, es, fr, pt o all (predeterminado: all); varios separados por comas",
    written: "Sitio de documentación escrito ({langs}): {entry}",
  },
  schema: {
    description: "Escribir el JSON Schema (draft 2020-12) de cada tipo de registro.",
    out: "carpeta donde escribir los esquemas (predeterminado: la carpeta actual)",
    written: "{count} archivos JSON Schema escritos en {dir}",
    writtenProfile: "{count} archivos JSON Schema del perfil {profile} escritos en {dir}",
  },
  synth: {
    description:
      "Escribir registros de trata sintéticos y ficticios en NDJSON (un registro por línea) para pruebas y demostraciones.",
    count:
      "número de registros de víctimas; los casos, tratantes, organismos y derivaciones vienen con ellos",
    seed: "semilla del generador: la misma semilla da siempre los mismos registros",
    country: "código ISO 3166-1 alfa-2 del país que informa (predeterminado: TT)",
    errorRate: "proporción de registros de víctimas invalidados a propósito, de 0 a 1 (predeterminado: 0)",
    aggregates:
      "escribir también las cifras que el país publicaría a partir de estos registros (registros agregados, con la forma de GLOTIP), después de ellos",
    out: "archivo que escribir; - o sin esta opción se escribe en la salida estándar",
    written: "{count} registros escritos en {file}",
  },
  errors: {
    badCount: "{option} necesita un número entero igual o mayor que 0, no «{value}»",
    badRate: "{option} necesita un número de 0 a 1, no «{value}»",
    badCountry: "«{value}» no es un código de país ISO 3166-1 alfa-2 (como TT, MX o BR)",
    missingOption: "la opción {option} es obligatoria",
    unwritable: "no se puede escribir «{file}»: {reason}",
  },
} as const satisfies GeneratorMessages;
