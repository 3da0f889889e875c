import type { ConvertCliMessages } from "./convert-cli-messages.js";

/** Textos en español de `tip convert`. */
export const convertCliMessagesEs = {
  help: {
    description: "Convierte HTCDS, CTDC, CSV plano, GLOTIP o NDJSON canónico a través del modelo canónico",
    input:
      "archivo a convertir; - (o una tubería) lee la entrada estándar, con su formato detectado salvo que se indique --from",
    from: "formato de entrada: {formats} (por defecto: detectado)",
    to: "formato de salida: {formats}",
    entity: "tipo de registro de las filas de CSV plano: {entities} (por defecto: detectado, si no victim)",
    output:
      "archivo de salida, .xlsx para la plantilla HTCDS o un libro GLOTIP (por defecto o -: salida estándar). Con --to csv, los registros de tipos distintos de --entity van a archivos junto a él, con el tipo en el nombre: out.csv -> out.case.csv",
    report: "escribe el informe de conversión (JSON, sin valores personales) en este archivo",
    lang: "idioma del resumen y de los errores: en, es, fr o pt (por defecto: según LANG, si no en)",
    after:
      "Cada registro leído se escribe o se cuenta como omitido con su motivo (salida 1): CTDC solo contiene víctimas; HTCDS contiene víctimas con su caso, organismo, autor y derivaciones; el CSV plano en la salida estándar contiene un solo tipo de registro.",
  },
  headline:
    "tip convert {from} -> {to}: {rows} filas: {converted} convertidas, {invalid} no válidas, {skipped} omitidas, {unread} valores no leídos, {lossy} campos con pérdida",
  formats: {
    htcds: "HTCDS",
    ctdc: "CTDC",
    csv: "CSV plano",
    tip: "NDJSON canónico",
    glotip: "GLOTIP",
  },
  standardInput: "entrada estándar",
  toRequired: "la opción --to <formato> es obligatoria ({formats})",
  unknownFormat: "no se puede saber el formato de “{file}”: indique --from",
  line: "línea {n}",
  inputErrors: {
    empty_input: "“{file}” no contiene ninguna fila{place}; no se convirtió nada",
    missing_header_row:
      "“{file}” no tiene fila de encabezado: ninguna fila nombra las columnas de {format}{place}; no se convirtió nada",
    duplicate_column: "el encabezado de “{file}” nombra una columna dos veces{place}; no se convirtió nada",
    csv_malformed: "el encabezado de “{file}” no se puede leer como CSV{place}; no se convirtió nada",
    invalid_json:
      "“{file}” no es una exportación XLSForm en JSON (una lista de envíos){place}; no se convirtió nada",
    other: "“{file}” no se puede convertir ({code}){place}; no se convirtió nada",
  },
} as const satisfies ConvertCliMessages;
