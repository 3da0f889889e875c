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
} as const satisfies ExchangeCliMessages;
