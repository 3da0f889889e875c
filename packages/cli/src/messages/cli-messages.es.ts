import type { CliMessages } from "./cli-messages.js";

/** Spanish texts of the `tip` command. */
export const cliMessagesEs = {
  locale: "es",
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
      'hilos de trabajo para NDJSON: un número (0: un solo hilo), "all-cores", uno por núcleo, o "auto", uno por núcleo menos uno (predeterminado: all-cores)',
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
    validWritten: "registros válidos escritos en el archivo de --valid-only: {count, number}",
    environment:
      "Entorno: LC_ALL, LC_MESSAGES o LANG eligen el idioma predeterminado; NO_COLOR desactiva los colores (solo se usan en una terminal) y FORCE_COLOR los activa (0 o false: desactivados). Para archivos de más de 5 MB se muestra una barra de progreso en stderr si stderr es una terminal.",
  },
  profile: {
    option:
      "perfil nacional: un id incluido (palermo, mx, ar) o un archivo JSON de perfil; se aplican sus reglas, listas de códigos y campos de extensión",
    unreadable: "no se puede leer el perfil “{file}”: {reason}",
    issue: "perfil {profile} en {pointer}: {message}",
    folded:
      "registros escritos con los códigos básicos a los que corresponden sus códigos nacionales ({format} solo conoce los códigos básicos): {count, number}",
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
    records: "registros: {read, number} leídos, {written, number} escritos, {skipped, number} omitidos",
    skippedReason: "{count, number} omitidos: {reason}",
    otherTypesHint: "indique -o <archivo> para escribir cada tipo de registro en su propio archivo",
    migrated:
      "{records, plural, one {# registro actualizado} other {# registros actualizados}} del modelo {from} al {to}",
    migrationChange: "{count, plural, one {# cambio} other {# cambios}}: {kind}",
    otherTypeFiles:
      "{count, plural, one {# tipo de registro más escrito} other {# tipos de registro más escritos}} junto a {option}: {names}",
    notesInReport:
      "{count, plural, one {# nota} other {# notas}} sobre cómo se leyeron o escribieron los valores de los campos: en el archivo de {option}",
    notesHint:
      "{count, plural, one {# nota} other {# notas}} sobre cómo se leyeron o escribieron los valores de los campos: indique {option} <archivo> para {count, plural, one {leerla} other {leerlas}}",
  },
  /** `tip docs`, `tip schema` and `tip synth`. */
  generators: {
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
      written:
        "{count, plural, one {# archivo JSON Schema escrito} other {# archivos JSON Schema escritos}} en {dir}",
      writtenProfile:
        "{count, plural, one {# archivo JSON Schema del perfil {profile} escrito} other {# archivos JSON Schema del perfil {profile} escritos}} en {dir}",
    },
    synth: {
      description:
        "Escribir registros de trata sintéticos y ficticios en NDJSON (un registro por línea) para pruebas y demostraciones.",
      count:
        "número de registros de víctimas; los casos, tratantes, organismos y derivaciones vienen con ellos",
      seed: "semilla del generador: la misma semilla da siempre los mismos registros",
      country: "código ISO 3166-1 alfa-2 del país que informa (predeterminado: TT)",
      errorRate:
        "proporción de registros invalidados a propósito, de 0 a 1 (predeterminado: 0): víctimas, y las cifras y los registros de protección, persecución y prevención escritos con ellas",
      aggregates:
        "escribir también las cifras que el país publicaría a partir de estos registros (registros agregados, con la forma de GLOTIP), después de ellos",
      protection:
        "escribir también, en torno a cada víctima, contactos con la línea de ayuda, evaluaciones, medidas de protección e incidentes de violencia sexual o de género",
      prosecution:
        "escribir también los registros de persecución y prevención: grupos delictivos, operativos, indagaciones financieras, solicitudes de asistencia judicial y actividades de prevención",
      out: "archivo que escribir; - o sin esta opción se escribe en la salida estándar",
      written: "{count, plural, one {# registro escrito} other {# registros escritos}} en {file}",
    },
    errors: {
      badCount: "{option} necesita un número entero igual o mayor que 0, no «{value}»",
      badRate: "{option} necesita un número de 0 a 1, no «{value}»",
      badCountry: "«{value}» no es un código de país ISO 3166-1 alfa-2 (como TT, MX o BR)",
      missingOption: "la opción {option} es obligatoria",
      unwritable: "no se puede escribir «{file}»: {reason}",
    },
  },
  /** `tip keys new`, `tip seal` and `tip open`. */
  exchange: {
    common: {
      lang: "idioma de los mensajes: en, es, fr o pt (predeterminado: según LANG; si no, en)",
      key: "archivo de clave privada de este organismo (de tip keys new)",
      keyFile: "{option} «{file}»: {problem}",
    },
    keys: {
      description: "Gestionar las claves de un organismo para el intercambio seguro.",
      newDescription:
        "Crear las claves de un organismo: un archivo de clave privada (legible solo por usted; guárdelo en secreto) y un conjunto JWK público para entregar a los organismos asociados. Código de salida 0: escritas; 2: error de uso o ya hay claves.",
      agency: "identificador del organismo (un UUID, como en los paquetes que envía)",
      country: "país del organismo, ISO 3166-1 alfa-2 (se publica con las claves)",
      validFrom: "primer momento en que pueden usarse las claves, ISO 8601 (predeterminado: sin inicio)",
      validUntil: "momento desde el que ya no pueden usarse las claves, ISO 8601, para una rotación prevista",
      outputDir: "carpeta en la que se escriben private.jwks.json y public.jwks.json (se crea si falta)",
      written:
        "Claves del organismo {agency} escritas en {dir}: private.jwks.json (privado, legible solo por usted) y public.jwks.json (entréguelo a los organismos asociados). Identificadores de clave: firma {sig}, cifrado {enc}.",
      keepPrivate:
        "Nunca envíe, publique ni copie private.jwks.json en un lugar compartido: quien lo tenga puede firmar en nombre de su organismo y leer lo que se le envía.",
      exists:
        "{dir} ya contiene {file}: las claves nunca se sobrescriben. Use otra carpeta (rotación: publique ambos conjuntos de claves).",
      badAgency: "{option} necesita un identificador de organismo escrito como UUID, no «{value}»",
      badCountry: "{option} necesita un código de país ISO 3166-1 alfa-2 como TT, no «{value}»",
      badTime: "{option} necesita un momento en ISO 8601 con desfase (2024-01-01T00:00:00Z), no «{value}»",
      badPeriod: "--valid-until debe ser posterior a --valid-from",
    },
    seal: {
      description:
        "Firmar un paquete con la clave de este organismo y cifrarlo para los organismos destinatarios, tras comprobar que el consentimiento de cada persona cubre la finalidad y los destinatarios (sin consentimiento no hay sobre). Código de salida 0: sellado; 1: el paquete no puede enviarse tal como está (registros indicados por su posición); 2: error de uso o entrada ilegible.",
      bundle: "el paquete de intercambio que se envía (JSON)",
      to: "el conjunto JWK público de un organismo destinatario, o un directorio de organismos (repita para varios)",
      purpose: "por qué se comparten los datos, una finalidad de consentimiento: {choices}",
      agreement: "referencia del acuerdo de intercambio de datos (letras, cifras y ._:/-)",
      retention:
        "cuánto tiempo puede conservar los datos el destinatario, duración ISO 8601 como P5Y, P6M o P90D",
      expiresIn: "días durante los que puede abrirse el sobre, de 1 a 366 (predeterminado: 7)",
      inReplyTo: "identificador de mensaje del sobre al que responde este",
      mark: "la marca TLP propia de un registro, como <id de registro>=<TLP> (repita para varios)",
      output: "archivo en el que se escribe el sobre (predeterminado: salida estándar)",
      sealed:
        "Mensaje {id} sellado para {count, plural, one {# organismo} other {# organismos}}: {recipients}. Puede abrirse hasta {expiresAt}.",
      refusedMore: "… y {count, number} más.",
      badMark: "{option} necesita <id de registro>=<TLP> con una TLP de {choices}, no «{value}»",
      notJson: "«{file}» no es un documento JSON",
    },
    open: {
      description:
        "Descifrar un sobre enviado a este organismo, verificar quién lo firmó con las claves de confianza, rechazar repeticiones, sobres caducados y claves revocadas, y validar el paquete. Código de salida 0: abierto y válido; 1: abierto, pero el paquete tiene registros no válidos; 2: rechazado (no se escribe nada), error de uso o entrada ilegible.",
      envelope: "el sobre recibido (JSON)",
      trust:
        "el directorio de confianza, o el conjunto JWK público de un organismo remitente (repita para varios)",
      seen: "archivo de los identificadores de mensajes ya abiertos, para rechazar repeticiones entre ejecuciones (se crea si falta)",
      output: "archivo en el que se escribe el paquete (predeterminado: salida estándar)",
      receipt:
        "archivo en el que se escribe un acuse firmado para el remitente: aceptado, o rechazado con los códigos de los problemas",
      opened:
        "Mensaje {id} abierto, del organismo {sender}: finalidad {purpose}, acuerdo {agreement}, conservar durante {retention}, TLP:{tlp}.",
      markings: "{count, plural, one {# registro lleva} other {# registros llevan}} una marca TLP propia.",
      valid: "El paquete es válido: {count, plural, one {# registro} other {# registros}}.",
      invalid:
        "El paquete no es válido: {errors, plural, one {# error} other {# errores}}; {invalid, number} de {count, plural, one {# registro} other {# registros}} no válidos. Responda con un rechazo (vea --receipt).",
      receiptWritten: "Acuse {id} ({outcome}) escrito.",
      badSeen:
        "no se puede usar «{file}» como lista de mensajes abiertos: la línea {line} no es una entrada de ella",
    },
    node: {
      badUrl: "{option} necesita la URL de un nodo que empiece por http:// o https://, no «{value}»",
      unreachable: "no se puede contactar con el nodo en {url}: {reason}",
      refused: "el nodo rechazó la solicitud (HTTP {status}, {code})",
      envelopeRefused: "el nodo rechazó el sobre: {reason}",
      badId: "{option} necesita un identificador de mensaje escrito como UUID, no «{value}»",
      deleted:
        "el nodo ya no guarda este sobre: su contenido se borró el {at} porque {because, select, retention {había vencido el plazo de conservación fijado por el remitente} expired {caducó antes de que esta agencia acusara su recibo} other {había vencido su plazo}}; se conservan su identificador de mensaje y su acuse, y aún se puede acusar su recibo",
    },
    serve: {
      description:
        "Ejecutar el nodo de intercambio de este organismo: una API HTTP por la que los organismos de confianza envían sobres (guardados cifrados, tal como llegan) y actualizaciones de estado con solicitudes firmadas, respondidas con acuses de recibo firmados; este organismo lista, descarga y confirma lo recibido con tip inbox. Datos en PostgreSQL: --database-url o DATABASE_URL; si no, un PostgreSQL integrado en --data-dir. Ctrl-C lo detiene. Código de salida 0: detenido; 2: error de uso, claves ilegibles, o un puerto o una base de datos que no se pueden usar.",
      trust:
        "el directorio de confianza, o los conjuntos JWK públicos, de los organismos que pueden llamar, incluido este (repetir para varios)",
      port: "puerto en el que escuchar (predeterminado: 8080)",
      host: "dirección en la que escuchar (predeterminada: 127.0.0.1; ponga delante un proxy TLS para otras máquinas)",
      dataDir: "carpeta de la base de datos integrada (predeterminada: tip-node-data)",
      databaseUrl:
        "URL de un servidor PostgreSQL (predeterminada: DATABASE_URL; sin ella, la base integrada)",
      maxMb: "sobre más grande aceptado, en MiB (predeterminado: 64)",
      purgeMinutes:
        "la espera más larga entre dos borrados del contenido de los sobres que el nodo ya no puede guardar (plazo de conservación vencido, o caducados sin acuse de recibo); el nodo también borra cuando vence el siguiente. En minutos (predeterminado: 60; 0: nunca)",
      listening:
        "Nodo del organismo {agency} escuchando en {url} (base de datos: {database}). Pulse Ctrl-C para detenerlo.",
      stopped: "Nodo detenido.",
      cannotStart: "el nodo no pudo arrancar: {reason}",
      badPort: "{option} necesita un número de puerto de 0 a 65535, no «{value}»",
      badPurge: "{option} necesita un número de minutos de 0 a {max}, no «{value}»",
    },
    send: {
      description:
        "Enviar un sobre sellado al nodo del organismo destinatario con una solicitud firmada con la clave de este organismo, y comprobar el acuse de recibo firmado con que responde. Código de salida 0: aceptado; 1: rechazado porque el lote tiene registros no válidos (se listan los códigos); 2: rechazado, error de uso, entrada ilegible o nodo inalcanzable.",
      envelope: "el sobre sellado que enviar (de tip seal)",
      to: "la URL del nodo del organismo destinatario",
      trust:
        "el conjunto JWK público del organismo destinatario, o el directorio, para verificar su acuse (repetir para varios)",
      receipt: "archivo donde escribir el acuse de recibo firmado",
      accepted: "Mensaje {id} aceptado por el organismo {agency}.",
      rejected:
        "Mensaje {id} rechazado por el organismo {agency}: el lote tiene registros no válidos ({count, plural, one {# código de problema} other {# códigos de problema}}).",
      issue: "  {code}: {count}",
      verified: "Se verificó la firma del acuse de recibo.",
      receiptInvalid:
        "la respuesta del nodo no es un acuse de recibo válido del organismo destinatario: {reason}",
      replayed: "El nodo ya recibió el mensaje {id} y lo rechaza de nuevo; el primer acuse dice: {outcome}.",
      receiptWritten: "Acuse de recibo escrito en {file}.",
    },
    inbox: {
      description:
        "La bandeja de entrada de este organismo en su propio nodo: listar, descargar y confirmar los sobres recibidos.",
      from: "la URL del nodo de este organismo",
      listDescription:
        "Listar los sobres recibidos, del más antiguo al más reciente, un objeto JSON por línea (identificadores, remitente, finalidad, fechas: ningún contenido). Código de salida 0: listados; 2: error de uso, o el nodo es inalcanzable o rechaza la solicitud.",
      pending: "solo los sobres aún no confirmados",
      after: "listar los posteriores a esta posición (el seq del último visto)",
      listed: "{count, plural, one {# sobre listado} other {# sobres listados}}.",
      fetchDescription:
        "Descargar un sobre tal como llegó (aún cifrado), para abrirlo con tip open. Código de salida 0: escrito; 2: no existe ese sobre o su contenido se borró (plazo de conservación vencido o caducado), error de uso, o el nodo es inalcanzable o rechaza la solicitud.",
      messageId: "el identificador de mensaje del sobre",
      output: "archivo donde escribir el sobre (predeterminado: salida estándar)",
      fetched: "Sobre {id} escrito.",
      ackDescription:
        "Confirmar un sobre una vez incorporado a los sistemas propios de este organismo. Código de salida 0: confirmado; 2: no existe ese sobre, error de uso, o el nodo es inalcanzable o rechaza la solicitud.",
      acknowledged: "Sobre {id} confirmado ({at}).",
    },
    receipt: {
      description: "Acuses de recibo firmados guardados en archivos.",
      verifyDescription:
        "Verificar un acuse de recibo firmado guardado en un archivo (de tip send --receipt o tip open --receipt): su firma con las claves publicadas del organismo receptor, y que responde a un sobre de este organismo. Código de salida 0: verificado, el paquete fue aceptado; 1: verificado, el paquete fue rechazado por registros no válidos (códigos de incidencia listados); 2: no es un acuse válido, error de uso o entrada ilegible.",
      file: "el archivo del acuse de recibo",
      trust: "el conjunto JWK público del organismo receptor, o el directorio (repetir para varios)",
      envelope: "el identificador de mensaje del sobre al que debe responder el acuse",
      accepted: "Acuse verificado: el organismo {agency} aceptó el mensaje {id} ({at}).",
      rejected:
        "Acuse verificado: el organismo {agency} rechazó el mensaje {id} ({at}): el paquete tiene registros no válidos ({count, plural, one {# código de incidencia} other {# códigos de incidencia}}).",
      invalid: "{file} no es un acuse de recibo válido para este organismo: {reason}",
    },
    status: {
      description:
        "Informar al organismo que envió una derivación de su estado actual: una actualización de estado firmada por este organismo, enviada al nodo del remitente. Código de salida 0: guardada por el nodo; 2: error de uso, clave ilegible, o el nodo es inalcanzable o rechaza la solicitud.",
      status:
        "el nuevo estado de la derivación: un código de referral_status salvo draft y sent (accepted, declined, completed…)",
      referral: "el identificador del registro de derivación",
      sender: "el identificador del organismo que envió el sobre",
      to: "la URL del nodo del organismo remitente",
      sent: "Estado {status} de la derivación {referral} (mensaje {id}) guardado por {url}.",
      refused: "el nodo rechazó la actualización de estado: {reason}",
      badUuid: "{option} necesita un UUID, no «{value}»",
    },
  },
  /** `tip anonymize`, `tip stats` and `tip export`. */
  privacy: {
    common: {
      lang: "idioma de los mensajes y etiquetas: en, es, fr o pt (predeterminado: según LANG; si no, en)",
      output: "archivo en el que se escribe (predeterminado: salida estándar)",
      place: "línea {line}",
      placeInDocument: "línea {line}, {pointer}",
      recordAt: "en la línea {line}",
      recordAtInDocument: "en la línea {line} ({pointer})",
      leftOut: "{count, plural, one {# elemento se dejó} other {# elementos se dejaron}} fuera:",
      leftOutMore: "… y {count, number} más.",
      progress: "Leyendo {file}",
      progressAgain: "Leyendo {file} de nuevo",
      standardInput: "la entrada estándar",
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
      used: "Registros leídos: {read, number}; usados: {used, number}; dejados fuera: {leftOut, number}.",
      valuesTooLarge:
        "{count, plural, one {# valor total era demasiado grande para sumarse con exactitud y queda vacío} other {# valores totales eran demasiado grandes para sumarse con exactitud y quedan vacíos}}.",
    },
    anonymize: {
      description:
        "Quitar los identificadores, conservar solo los cuasi identificadores elegidos, hacerlos k-anónimos y reemplazar los identificadores de registro por seudónimos con clave. Código de salida 0: hecho; 1: hecho, pero parte de la entrada quedó fuera; 2: error de uso o entrada ilegible.",
      input:
        "registros que se anonimizarán: NDJSON, un paquete JSON o una matriz JSON; - (o una tubería) lee la entrada estándar",
      keyFile:
        "archivo con la clave secreta de los seudónimos (al menos 16 bytes; bytes o texto hexadecimal). La misma clave da los mismos seudónimos",
      k: "grupo mínimo de registros que comparten los mismos cuasi identificadores (predeterminado: {default})",
      quasi:
        "cuasi identificadores que se conservan, como ids de campo separados por comas (predeterminado: {default})",
      records:
        "Registros leídos: {read, number}; escritos: {written, number}; quitados por k-anonimato: {suppressed, number}; dejados fuera: {leftOut, number}.",
      removed:
        "Se quitaron: {direct, plural, one {# identificador directo} other {# identificadores directos}}, {quasi, plural, one {# cuasi identificador} other {# cuasi identificadores}}, {other, plural, one {# texto libre u otro valor personal} other {# textos libres u otros valores personales}}, {unknown, plural, one {# campo desconocido} other {# campos desconocidos}}.",
      kept: "Cuasi identificadores conservados: {fields} (k = {k}).",
      before:
        "Antes de la supresión: {classes, plural, one {# grupo} other {# grupos}} por debajo de k, con {records, plural, one {# registro} other {# registros}}.",
      suppressedValues: "Valores suprimidos: {list} ({share} de los valores de cuasi identificadores).",
      nothingSuppressed: "No hizo falta suprimir ningún valor.",
      suppressedRecords: "Registros suprimidos como último recurso: {count, number}.",
      pseudonyms:
        "Los identificadores son ahora seudónimos con su clave: siguen siendo datos personales. Guarde la clave separada de la salida.",
    },
    stats: {
      description:
        "Contar víctimas (o autores) según las dimensiones indicadas, con totales por fila, por columna y general; se suprimen las celdas pequeñas y las que permitirían deducirlas. Código de salida 0: hecho; 1: hecho, pero parte de la entrada quedó fuera; 2: error de uso o entrada ilegible.",
      input:
        "registros que se contarán: NDJSON, un paquete JSON o una matriz JSON; - (o una tubería) lee la entrada estándar",
      by: "dimensiones, separadas por comas: {choices}",
      minCell:
        "recuento mínimo publicado; los recuentos menores distintos de cero se suprimen (predeterminado: {default})",
      preset: "cuadro predefinido: {choices}",
      population:
        "tabla de población (CSV o JSON: columnas population y cualquiera de sex, age_group, country, year) para tasas por 100 000",
      format:
        "formato de salida: text, csv, json o glotip (las columnas de la exportación GLOTIP de la UNODC; añada year y country a --by para llenar esas columnas) (predeterminado: text)",
      glotipCellsLeftOut:
        "Celdas sin fila GLOTIP (desglosadas por dos categorías a la vez, o autores en todas las etapas; sus cifras están en los márgenes): {count, number}.",
      unit: "qué se cuenta: victims, perpetrators, contacts (contactos con la línea de ayuda) o compensated (víctimas con una indemnización pagada), de forma predeterminada la primera que tiene todas las dimensiones de --by; u operations (por país y año) o assets (medidas sobre bienes por medida y moneda)",
      severalForms:
        "cómo contar a una víctima con varias formas de explotación: each (en cada forma, una vez en los totales; por defecto, como las tablas GLOTIP) o multiple (una vez, en «varias formas» o en «formas mixtas u otras» de GLOTIP)",
    },
    export: {
      description:
        "Conservar solo los registros que el consentimiento de la persona y la marca TLP permiten enviar a una institución para una finalidad. Código de salida 0: todo puede enviarse; 1: se retuvieron registros (cada uno se nombra por su línea); 2: error de uso o entrada ilegible.",
      input:
        "registros que se exportarán: NDJSON, un paquete JSON o una matriz JSON; - (o una tubería) lee la entrada estándar",
      to: "id de la institución destinataria",
      purpose: "finalidad de la exportación, una finalidad de consentimiento: {choices}",
      on: "día de la exportación, AAAA-MM-DD, para consentimientos que vencen o se retiran (predeterminado: hoy)",
      recipientCountry:
        "país de la institución destinataria, para consentimientos dados por país (predeterminado: según la entrada)",
      summary:
        "Registros leídos: {read, number}; pueden enviarse: {sent, number}; retenidos: {refused, number}; dejados fuera: {leftOut, number}.",
    },
    errors: {
      missingOption: "la opción {option} es obligatoria",
      badCount: "{option} requiere un número entero igual o mayor que {min}, no «{value}»",
      badQuasi:
        "{option}: «{value}» no es un cuasi identificador con un valor por registro (use ids de campo como victim.sex)",
      optionNotForUnit: "{option} no se aplica a --unit {unit}",
      badDimension: "{option}: «{value}» no puede contarse para {unit}; use {choices}",
      byOrPreset: "indique --by o --preset, no ambos",
      keyTooShort:
        "la clave de «{file}» tiene {bytes, plural, one {# byte} other {# bytes}}; se necesitan al menos {min} (se recomiendan 32 bytes aleatorios)",
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
  },
  /** `tip convert`. */
  convert: {
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
      "tip convert {from} -> {to}: {rows, plural, one {# fila} other {# filas}}: {converted, plural, one {# convertida} other {# convertidas}}, {invalid, plural, one {# no válida} other {# no válidas}}, {skipped, plural, one {# omitida} other {# omitidas}}, {unread, plural, one {# valor no leído} other {# valores no leídos}}, {lossy, plural, one {# campo con pérdida} other {# campos con pérdida}}",
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
  },
  /** `tip template`. */
  template: {
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
  },
  demo: {
    unknownLang: "Idioma desconocido «{value}»: use en, es, fr o pt",
    stopped: "la demostración se detuvo: tip {command} terminó con el código {code}",
    steps: {
      synth:
        "1. Una exportación nacional sintética: {victims, plural, one {# víctima} other {# víctimas}} con sus casos, perpetradores, organismos y derivaciones ({share, number, percent} con errores deliberados)",
      validate:
        "2. Validarla antes de enviarla, conservando los registros válidos (código de salida 1: algunos registros no son válidos, como se previó)",
      stats:
        "3. Tabla GLOTIP: víctimas por mujeres / niñas / hombres / niños y forma de explotación; celdas pequeñas suprimidas",
      anonymize:
        "4. Un extracto anonimizado para la investigación: tachado, generalizado, k-anónimo (k = {k}), seudonimizado",
      toHtcds: "5. La hoja de cálculo HTCDS 2.0 de una ONG, escrita en la plantilla oficial de Excel",
      fromHtcds:
        "6. La hoja de cálculo HTCDS de entrada: se rinde cuenta de cada fila, el informe dice qué se trasladó, qué con pérdida y qué no es válido",
      fromCtdc:
        "7. Un archivo CTDC de entrada (forma mundial 2017-2021: -99, 00, NA para Namibia, nombres de columna cortados)",
      toCtdc: "8. Contribuir al CTDC: las víctimas nacionales en la forma de los datos sintéticos de 2024",
    },
    firstVictim: "primera víctima del extracto:",
    wroteTo: "Todo lo que escribió la demostración está en {dir}",
  },
} as const satisfies CliMessages;
