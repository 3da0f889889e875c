import type { CliMessages } from "./cli-messages.js";

/** Spanish texts of the `tip` command. */
export const cliMessagesEs = {
  programDescription: "Verificar e intercambiar datos sobre trata de personas en el modelo TIP.",
  helpOption: "mostrar la ayuda del comando",
  helpCommand: "mostrar la ayuda del comando",
  versionOption: "mostrar el número de versión",
  modelVersion: "modelo de datos {version}",
  exitCodes:
    "Códigos de salida: 0 hecho, nada omitido; 1 datos no válidos, o registros omitidos o no escritos; 2 error de uso, entrada ilegible o salida que no se puede escribir.",
  defaultValue: "(predeterminado: {value})",
  titles: {
    "Usage:": "Uso:",
    "Arguments:": "Argumentos:",
    "Options:": "Opciones:",
    "Commands:": "Comandos:",
    "Global Options:": "Opciones globales:",
  },
  validate: {
    description:
      "Verificar archivos de datos (NDJSON, paquete JSON o CSV) con el modelo TIP. Código de salida 0: todos los registros son válidos; 1: hay registros no válidos; 2: error de uso o entrada ilegible.",
    files:
      "archivos o patrones glob que se verificarán (.ndjson/.jsonl, .json, .csv); - o una tubería lee la entrada estándar, cuyo formato se deduce",
    format: "formato del informe: text o json (predeterminado: text)",
    lang: "idioma del informe: en, es, fr o pt (predeterminado: según LANG; si no, en)",
    maxIssues: "máximo de problemas que se listan; el recuento continúa (predeterminado: {default})",
    workers:
      'hilos de trabajo para NDJSON: un número (0: un solo hilo) o "auto", uno por núcleo menos uno (predeterminado: auto)',
    inputFormat:
      "formato de entrada: ndjson, json o csv (predeterminado: según la extensión del archivo; para la entrada estándar, según sus primeros bytes)",
    recordType: "tipo de registro de las filas CSV: {choices}",
    progress: "Verificando {file}",
    filesChecked: "Archivos verificados: {count}",
    output: "archivo donde se escribe el informe (predeterminado: la salida estándar)",
    severity:
      "listar solo los problemas de esta gravedad o peor: error, warning o info (predeterminado: info); los recuentos y el código de salida no cambian",
    validOnly:
      "escribir además los registros válidos, un JSON por línea, en este archivo (solo archivos NDJSON o JSON); los demás se cuentan en el informe",
    validWritten: "registros válidos escritos en el archivo de --valid-only: {count}",
    environment:
      "Entorno: LC_ALL, LC_MESSAGES o LANG eligen el idioma predeterminado; NO_COLOR desactiva los colores (solo se usan en una terminal) y FORCE_COLOR los activa (0 o false: desactivados). Para archivos de más de 5 MB se muestra una barra de progreso en stderr si stderr es una terminal.",
  },
  profile: {
    option:
      "perfil nacional: un id incluido (palermo, mx, ar) o un archivo JSON de perfil; se aplican sus reglas, listas de códigos y campos de extensión",
    unreadable: "no se puede leer el perfil “{file}”: {reason}",
    issue: "perfil {profile} en {pointer}: {message}",
    folded:
      "registros escritos con los códigos básicos a los que corresponden sus códigos nacionales ({format} solo conoce los códigos básicos): {count}",
  },
  textInput: {
    encoding:
      "codificación del texto de entrada: auto, utf-8, utf-16le, utf-16be, windows-1252 (también latin1) o iso-8859-15 (predeterminado: auto: UTF-16 según su marca de orden de bytes; si no, UTF-8; los demás bytes se rechazan, nunca se sustituyen)",
    delimiter:
      "delimitador de celdas CSV: , ; o tab (predeterminado: el de la línea de encabezado; con ; los números llevan coma decimal, como los escribe Excel en español, francés o portugués)",
  },
  errors: {
    prefix: "error",
    helpHint: "Ejecute «{command} --help» para ver el uso.",
    unknownOption: "opción desconocida «{token}»",
    unknownCommand: "comando desconocido «{token}»",
    missingArgument: "falta el argumento obligatorio «{token}»",
    optionMissingArgument: "la opción «{token}» requiere un valor",
    excessArguments: "demasiados argumentos",
    didYouMean: "¿quiso decir {token}?",
    badChoice: "«{value}» no es un valor válido de {option}: use uno de {choices}",
    badMaxIssues: "{option} requiere un número entero igual o mayor que 0, no «{value}»",
    unknownExtension:
      "no se puede deducir el formato de «{file}» a partir de su nombre: indique --input-format ndjson, json o csv",
    stdinNeedsFormat: "para leer la entrada estándar (-) se requiere --input-format ndjson, json o csv",
    stdinTwice: "la entrada estándar (-) solo se puede leer una vez",
    noMatch: "ningún archivo coincide con el patrón “{pattern}”",
    validOnlyNeedsFiles:
      "--valid-only lee cada entrada dos veces: “{file}” debe ser un archivo NDJSON o JSON, no CSV ni la entrada estándar",
    unreadable: "no se puede leer «{file}»: {reason}",
    internal:
      "fallo inesperado al verificar «{file}» ({name}); no se muestra el contenido de ningún registro",
    unexpected: "fallo inesperado ({name}); no se muestra el contenido de ningún registro",
    invalidEncoding:
      "“{file}” no es texto {encoding} en la línea {line} (byte {byte}); si lo guardó un programa de Windows, indique --encoding windows-1252",
    unknownModelVersion:
      "“{file}” línea {line} está en la versión {found} del modelo, que no se puede actualizar a {current} (desconocida o más reciente que este tip)",
    nulByte:
      "“{file}” tiene un byte NUL en la línea {line}: es binario o está en otra codificación (vea --encoding)",
  },
  workbook: {
    overLimit: "el libro supera el límite del lector {limit} = {max}{place}; no se convirtió nada",
    unreadable: "la entrada no es un libro .xlsx legible: {fault}{place}",
    sheet: "hoja {n}",
    row: "fila {n}",
    column: "columna {n}",
    notText:
      "la entrada es un libro .xlsx, pero --from {format} lee texto: los libros se leen con --from htcds o --from ctdc",
    faults: {
      not_a_zip: "no es un archivo zip",
      damaged_zip: "su archivo zip está dañado o truncado",
      encrypted: "está cifrado o comprimido de un modo que el lector no conoce",
      no_workbook: "no tiene parte de libro",
      no_sheet: "no tiene hoja en esa posición",
      missing_part: "falta una parte que necesita",
      malformed_xml: "una parte no es XML bien formado",
      bad_reference: "una referencia de celda o de fila no es válida",
    },
  },
  reasons: {
    ENOENT: "el archivo no existe",
    EACCES: "permiso denegado",
    EISDIR: "es un directorio",
    notAFile: "no es un archivo normal",
    other: "error del sistema {code}",
  },
  output: {
    input: "la entrada",
    sameFile: "{first} y {second} son el mismo archivo: indique otro archivo en {second}",
    unwritable: "no se puede escribir el archivo de {option}: {reason}; no se escribió nada",
    stdoutFailed: "no se puede escribir en la salida estándar: {reason}",
    binaryToStdout: "esta salida es binaria: indique {option} <archivo>",
    notAFolder: "{option} designa un archivo, no una carpeta: indique una carpeta; no se escribió nada",
    holdsInput:
      "{option} es o contiene los archivos que lee este comando: indique otra carpeta; no se escribió nada",
    notOwnFolder:
      "{option} ya contiene archivos o carpetas que este comando reemplazaría pero que no escribió: indique una carpeta vacía o nueva; no se escribió nada",
    reasons: {
      ENOENT: "su carpeta no existe",
      EACCES: "permiso denegado",
      EISDIR: "es un directorio",
      ENOSPC: "no queda espacio en el dispositivo",
      EROFS: "el sistema de archivos es de solo lectura",
      other: "error del sistema {code}",
    },
    workersCapped: "--workers {asked} supera los {cores} núcleos disponibles: se usan {cores}",
    records: "registros: {read} leídos, {written} escritos, {skipped} omitidos",
    skippedReason: "{count} omitidos: {reason}",
    otherTypesHint: "indique -o <archivo> para escribir cada tipo de registro en su propio archivo",
    migrated: "{records} registro(s) actualizado(s) del modelo {from} al {to}",
    migrationChange: "{count} cambio(s): {kind}",
    otherTypeFiles: "{count} tipo(s) de registro más escritos junto a {option}: {names}",
    notesInReport:
      "{count} nota(s) sobre cómo se leyeron o escribieron los valores de los campos: en el archivo de {option}",
    notesHint:
      "{count} nota(s) sobre cómo se leyeron o escribieron los valores de los campos: indique {option} <archivo> para leerlas",
  },
} as const satisfies CliMessages;
