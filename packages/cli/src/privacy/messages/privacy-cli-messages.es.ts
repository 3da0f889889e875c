import type { PrivacyCliMessages } from "./privacy-cli-messages.js";

/** Textos en español de los comandos de privacidad. */
export const privacyCliMessagesEs = {
  common: {
    lang: "idioma de los mensajes y etiquetas: en, es, fr o pt (predeterminado: según LANG; si no, en)",
    output: "archivo en el que se escribe (predeterminado: salida estándar)",
    place: "línea {line}",
    placeInDocument: "línea {line}, {pointer}",
    recordAt: "en la línea {line}",
    recordAtInDocument: "en la línea {line} ({pointer})",
    leftOut: "{count} elemento(s) se dejaron fuera:",
    leftOutMore: "… y {count} más.",
    reasons: {
      invalid_json: "no es JSON válido",
      invalid_utf8: "no es texto UTF-8 válido",
      nul_byte: "contiene un byte NUL",
      truncated_input: "está cortado",
      record_too_large: "supera el límite de 16 MiB",
      too_deep: "tiene más de 64 niveles de anidamiento",
      not_a_record: "no es un registro del modelo",
      nested_bundle: "un paquete dentro de la entrada (entregue cada paquete en su propio archivo)",
      failed: "no se pudo procesar",
      not_anonymizable:
        "no se ajusta al modelo lo bastante para anonimizarlo (por ejemplo, un identificador que no es un UUID)",
    },
    used: "Registros leídos: {read}; usados: {used}; dejados fuera: {leftOut}.",
  },
  anonymize: {
    description:
      "Quitar los identificadores, conservar solo los cuasi identificadores elegidos, hacerlos k-anónimos y reemplazar los identificadores de registro por seudónimos con clave. Código de salida 0: hecho; 1: hecho, pero parte de la entrada quedó fuera; 2: error de uso o entrada ilegible.",
    input: "registros que se anonimizarán: NDJSON, un paquete JSON o una matriz JSON",
    keyFile:
      "archivo con la clave secreta de los seudónimos (al menos 16 bytes; bytes o texto hexadecimal). La misma clave da los mismos seudónimos",
    k: "grupo mínimo de registros que comparten los mismos cuasi identificadores (predeterminado: {default})",
    quasi:
      "cuasi identificadores que se conservan, como ids de campo separados por comas (predeterminado: {default})",
    records:
      "Registros leídos: {read}; escritos: {written}; quitados por k-anonimato: {suppressed}; dejados fuera: {leftOut}.",
    removed:
      "Se quitaron: {direct} identificador(es) directo(s), {quasi} cuasi identificador(es), {other} texto(s) libre(s) u otros valores personales, {unknown} campo(s) desconocido(s).",
    kept: "Cuasi identificadores conservados: {fields} (k = {k}).",
    before: "Antes de la supresión: {classes} grupo(s) por debajo de k, con {records} registro(s).",
    suppressedValues: "Valores suprimidos: {list} ({share} de los valores de cuasi identificadores).",
    nothingSuppressed: "No hizo falta suprimir ningún valor.",
    suppressedRecords: "Registros suprimidos como último recurso: {count}.",
    pseudonyms:
      "Los identificadores son ahora seudónimos con su clave: siguen siendo datos personales. Guarde la clave separada de la salida.",
  },
  stats: {
    description:
      "Contar víctimas (o autores) según las dimensiones indicadas, con totales por fila, por columna y general; se suprimen las celdas pequeñas y las que permitirían deducirlas. Código de salida 0: hecho; 1: hecho, pero parte de la entrada quedó fuera; 2: error de uso o entrada ilegible.",
    input: "registros que se contarán: NDJSON, un paquete JSON o una matriz JSON",
    by: "dimensiones, separadas por comas: {choices}",
    minCell:
      "recuento mínimo publicado; los recuentos menores distintos de cero se suprimen (predeterminado: {default})",
    preset: "cuadro predefinido: {choices}",
    population:
      "tabla de población (CSV o JSON: columnas population y cualquiera de sex, age_group, country, year) para tasas por 100 000",
    format:
      "formato de salida: text, csv, json o glotip (las columnas de la exportación GLOTIP de la UNODC; añada year y country a --by para llenar esas columnas) (predeterminado: text)",
    glotipCellsLeftOut:
      "Celdas sin fila GLOTIP (desglosadas por dos categorías a la vez, o autores en todas las etapas; sus cifras están en los márgenes): {count}.",
    unit: "qué se cuenta: victims o perpetrators (predeterminado: victims; perpetrators con --by stage)",
    severalForms:
      "cómo contar a una víctima con varias formas de explotación: each (en cada forma, una vez en los totales; por defecto, como las tablas GLOTIP) o multiple (una vez, en «varias formas» o en «formas mixtas u otras» de GLOTIP)",
  },
  export: {
    description:
      "Conservar solo los registros que el consentimiento de la persona y la marca TLP permiten enviar a una institución para una finalidad. Código de salida 0: todo puede enviarse; 1: se retuvieron registros (cada uno se nombra por su línea); 2: error de uso o entrada ilegible.",
    input: "registros que se exportarán: NDJSON, un paquete JSON o una matriz JSON",
    to: "id de la institución destinataria",
    purpose: "finalidad de la exportación, una finalidad de consentimiento: {choices}",
    on: "día de la exportación, AAAA-MM-DD, para consentimientos que vencen o se retiran (predeterminado: hoy)",
    recipientCountry:
      "país de la institución destinataria, para consentimientos dados por país (predeterminado: según la entrada)",
    summary:
      "Registros leídos: {read}; pueden enviarse: {sent}; retenidos: {refused}; dejados fuera: {leftOut}.",
  },
  errors: {
    missingOption: "la opción {option} es obligatoria",
    badCount: "{option} requiere un número entero igual o mayor que {min}, no «{value}»",
    badQuasi:
      "{option}: «{value}» no es un cuasi identificador con un valor por registro (use ids de campo como victim.sex)",
    badDimension: "{option}: «{value}» no puede contarse para {unit}; use {choices}",
    byOrPreset: "indique --by o --preset, no ambos",
    keyTooShort:
      "la clave de «{file}» tiene {bytes} byte(s); se necesitan al menos {min} (se recomiendan 32 bytes aleatorios)",
    badInput: "«{file}» no contiene registros NDJSON ni un paquete o una matriz JSON",
    badPopulation: "no se puede usar la tabla de población «{file}»: {reason}",
    badDate: "{option} requiere una fecha escrita AAAA-MM-DD, no «{value}»",
    populationColumn:
      "la columna {column} del encabezado no es ninguna de population, sex, age_group, country, year",
    populationKey:
      "fila {row}: la clave n.º {position} no es ninguna de population, sex, age_group, country, year",
    populationRow: "la fila {row} no tiene una población mayor que cero",
    populationVaries: "la población varía según {key}, pero el cuadro no se desglosa por {key}",
    populationJson: "no es una matriz JSON de filas",
    brokenInput: "no se puede leer “{file}” más allá de la línea {line}: {reason}",
    causes: {
      utf16: "es texto UTF-16; guárdelo como UTF-8",
      not_json: "al documento le sigue algo que no es JSON",
      truncated: "termina dentro del documento",
    },
    inputChanged:
      "“{file}” cambió mientras se leía ({first} registros la primera vez, {second} la segunda); no se puede confiar en el resultado: vuelva a ejecutar sobre un archivo que no se esté escribiendo (ni sea la salida)",
    unwritable: "no se puede escribir «{file}»: {reason}",
  },
} as const satisfies PrivacyCliMessages;
