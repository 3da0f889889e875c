import type { ExchangeCliMessages } from "./exchange-cli-messages.js";

/** Textos en español de los comandos de intercambio. */
export const exchangeCliMessagesEs = {
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
    sealed: "Mensaje {id} sellado para {count} organismo(s): {recipients}. Puede abrirse hasta {expiresAt}.",
    refusedMore: "… y {count} más.",
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
    markings: "{count} registro(s) llevan una marca TLP propia.",
    valid: "El paquete es válido: {count} registro(s).",
    invalid:
      "El paquete no es válido: {errors} error(es); {invalid} de {count} registro(s) no válidos. Responda con un rechazo (vea --receipt).",
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
  },
  serve: {
    description:
      "Ejecutar el nodo de intercambio de este organismo: una API HTTP por la que los organismos de confianza envían sobres (guardados cifrados, tal como llegan) y actualizaciones de estado con solicitudes firmadas, respondidas con acuses de recibo firmados; este organismo lista, descarga y confirma lo recibido con tip inbox. Datos en PostgreSQL: --database-url o DATABASE_URL; si no, un PostgreSQL integrado en --data-dir. Ctrl-C lo detiene. Código de salida 0: detenido; 2: error de uso, claves ilegibles, o un puerto o una base de datos que no se pueden usar.",
    trust:
      "el directorio de confianza, o los conjuntos JWK públicos, de los organismos que pueden llamar, incluido este (repetir para varios)",
    port: "puerto en el que escuchar (predeterminado: 8080)",
    host: "dirección en la que escuchar (predeterminada: 127.0.0.1; ponga delante un proxy TLS para otras máquinas)",
    dataDir: "carpeta de la base de datos integrada (predeterminada: tip-node-data)",
    databaseUrl: "URL de un servidor PostgreSQL (predeterminada: DATABASE_URL; sin ella, la base integrada)",
    maxMb: "sobre más grande aceptado, en MiB (predeterminado: 64)",
    listening:
      "Nodo del organismo {agency} escuchando en {url} (base de datos: {database}). Pulse Ctrl-C para detenerlo.",
    stopped: "Nodo detenido.",
    cannotStart: "el nodo no pudo arrancar: {reason}",
    badPort: "{option} necesita un número de puerto de 0 a 65535, no «{value}»",
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
      "Mensaje {id} rechazado por el organismo {agency}: el lote tiene registros no válidos ({count} código(s) de problema).",
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
    listed: "{count} sobre(s) listado(s).",
    fetchDescription:
      "Descargar un sobre tal como llegó (aún cifrado), para abrirlo con tip open. Código de salida 0: escrito; 2: no existe ese sobre, error de uso, o el nodo es inalcanzable o rechaza la solicitud.",
    messageId: "el identificador de mensaje del sobre",
    output: "archivo donde escribir el sobre (predeterminado: salida estándar)",
    fetched: "Sobre {id} escrito.",
    ackDescription:
      "Confirmar un sobre una vez incorporado a los sistemas propios de este organismo. Código de salida 0: confirmado; 2: no existe ese sobre, error de uso, o el nodo es inalcanzable o rechaza la solicitud.",
    acknowledged: "Sobre {id} confirmado ({at}).",
  },
} as const satisfies ExchangeCliMessages;
