import type { ExchangeTexts } from "../i18n/exchange-texts.js";

/** Textos en español de @tip/exchange. */
export const es = {
  locale: "es",
  refusals: {
    too_large: "Rechazado: el sobre supera el tamaño permitido.",
    not_json: "Rechazado: el sobre no es texto JSON en UTF-8.",
    not_an_envelope: "Rechazado: no es un sobre del intercambio (un JWE en serialización JSON general).",
    unsupported_algorithm: "Rechazado: el sobre usa algoritmos que el intercambio no acepta.",
    header_invalid: "Rechazado: falta el encabezado del sobre o no es válido.",
    not_a_recipient: "Rechazado: el sobre no va dirigido a este organismo.",
    undecryptable:
      "Rechazado: el sobre no se puede descifrar; fue alterado o no se cifró para la clave de este organismo.",
    signed_content_invalid: "Rechazado: el contenido del sobre no es un paquete firmado del intercambio.",
    unknown_key: "Rechazado: la clave de firma {kid} no está en el directorio de confianza.",
    sender_key_mismatch:
      "Rechazado: la clave de firma {kid} no pertenece al organismo indicado como remitente.",
    key_revoked: "Rechazado: la clave de firma {kid} fue revocada.",
    key_not_valid:
      "Rechazado: la clave de firma {kid} no era válida en la fecha en que el mensaje dice haberse creado.",
    bad_signature: "Rechazado: la firma no coincide (clave {kid}); el contenido fue alterado o falsificado.",
    header_mismatch: "Rechazado: el encabezado del sobre difiere del que firmó el remitente.",
    not_yet_valid: "Rechazado: el mensaje dice haberse creado en el futuro; revise los relojes.",
    expired: "Rechazado: el sobre ha caducado.",
    replayed: "Rechazado: este mensaje ya se abrió antes (una repetición).",
    replay_check_failed: "Rechazado: no se pudo consultar el registro de mensajes ya abiertos.",
    payload_invalid: "Rechazado: el contenido firmado no es un paquete en JSON canónico.",
    bundle_sender_mismatch: "Rechazado: el paquete indica un remitente distinto del del sobre.",
    not_a_message: "Rechazado: no es un acuse ni un mensaje de estado del intercambio.",
    not_the_expected_reply: "Rechazado: el mensaje no responde al sobre esperado.",
    open_failed: "Rechazado: no se pudo procesar el sobre.",
  },
  sealProblems: {
    option_invalid: "No sellado: la opción {option} no es válida.",
    no_recipients: "No sellado: no se indicó ningún organismo destinatario.",
    recipient_has_no_key: "No sellado: el organismo {agency} no tiene ninguna clave de cifrado válida ahora.",
    sender_key_not_valid: "No sellado: el remitente no tiene ninguna clave de firma válida ahora.",
    not_a_bundle: "No sellado: la entrada no es un paquete de intercambio con registros y una marca TLP.",
    bundle_unreadable: "No sellado: el paquete no se puede leer como datos JSON.",
    forbidden_key:
      "No sellado: el paquete contiene una clave __proto__, constructor o prototype, que ningún paquete puede contener.",
    bundle_sender_mismatch: "No sellado: el paquete indica un remitente distinto del organismo de la clave.",
    recipient_not_named:
      "No sellado: el organismo {agency} no figura entre los destinatarios que indica el paquete.",
    marking_invalid:
      "No sellado: la marca de registro {index} no corresponde a ningún registro del paquete, repite un registro o no tiene un código TLP.",
    export_refused:
      "No sellado: {count, plural, one {# registro no puede} other {# registros no pueden}} enviarse con esta finalidad a estos destinatarios (sin consentimiento no hay sobre).",
  },
  keyProblems: {
    not_json: "El archivo de claves no es texto JSON en UTF-8.",
    too_large: "El archivo de claves supera el tamaño permitido.",
    not_a_key_file: "El archivo de claves no tiene el formato del intercambio ({place}).",
    private_key_in_public_file:
      "El archivo contiene una clave privada ({place}): publique y confíe solo en el archivo público.",
    not_a_private_key:
      "El archivo de claves contiene una clave pública donde se necesita una privada ({place}).",
    alg_mismatch: "El algoritmo de una clave no corresponde a su uso ({place}).",
    empty_period: "El período de validez de una clave termina antes de empezar ({place}).",
    duplicate_kid: "Un identificador de clave se usa dos veces ({place}).",
    agency_twice: "Un organismo figura dos veces ({place}).",
    unusable_key: "Una clave no se puede usar: no es una clave P-256 válida ({place}).",
    no_signing_key: "El archivo de claves no contiene ninguna clave de firma.",
    no_encryption_key: "El archivo de claves no contiene ninguna clave de cifrado.",
  },
  wholeDocument: "el documento entero",
} as const satisfies ExchangeTexts;
