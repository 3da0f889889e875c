import type { ChromeTexts } from "./chrome-texts.js";
import { profilesEs } from "./profiles.es.js";

/** Spanish texts of the site's pages. */
export const chromeEs = {
  languageName: "Español",
  siteTitle: "Estándar de datos sobre trata",
  skipToContent: "Ir al contenido",
  nav: {
    label: "Principal",
    home: "Inicio",
    model: "Modelo de datos",
    codeLists: "Listas de códigos",
    htcds: "Correspondencia HTCDS",
    ctdc: "Correspondencia CTDC",
    rules: "Reglas y problemas",
    profiles: "Perfiles nacionales",
    api: "Referencia de la API",
  },
  languageSwitcher: "Idioma",
  search: {
    label: "Buscar campos y códigos",
    placeholder: "p. ej. fecha de nacimiento, mujer, prs_Gender",
    oneResult: "1 resultado",
    results: "{count} resultados",
    noResults: "Sin resultados",
    kinds: { field: "Campo", code: "Código", object: "Objeto", codeList: "Lista de códigos" },
  },
  footer: "Generado a partir de @tip/schema, versión del modelo {version}.",
  root: {
    title: "Estándar de intercambio de datos sobre trata de personas",
    lead: "Elija su idioma.",
    api: "Referencia de la API (en inglés)",
  },
  home: {
    title: "El estándar de intercambio de datos sobre trata de personas",
    lead: "Un modelo común para intercambiar datos sobre trata de personas entre países: casos, víctimas, tratantes, organismos y derivaciones, documentado en español, inglés, francés y portugués.",
    about: {
      heading: "Qué es el estándar",
      paragraphs: [
        "El estándar registra los datos sobre trata de personas de la misma manera en todos los países, para que las autoridades nacionales, las ONG y los organismos internacionales puedan intercambiar casos y derivaciones y producir estadísticas comparables (Informe Mundial de la UNODC, indicador 16.2.2 de los ODS, informes de la OEA).",
        "Sigue las unidades de registro de la IC-TIP, la clasificación internacional de la OIM y la UNODC, y se corresponde con el Estándar de Datos de Casos de Trata de Personas (HTCDS) que se usa en la gestión de casos y con los conjuntos de datos del CTDC. Cada campo tiene una clase de datos personales, para que las herramientas puedan anonimizar y agregar con seguridad.",
        "Este diccionario se genera a partir de los esquemas del SDK: los campos, listas de códigos, correspondencias y reglas que aquí se muestran son los que aplican los validadores.",
      ],
    },
    units: {
      heading: "Los registros",
      paragraphs: [
        "La IC-TIP cuenta cuatro unidades: el hecho de trata (el caso), la víctima, el tratante y la entidad que informa (el organismo). El estándar añade la derivación de una víctima entre organismos o países, y el paquete que lleva los registros de una parte a otra.",
      ],
    },
    start: {
      heading: "Cómo empezar",
      intro: "El SDK es un conjunto de paquetes npm para Node.js 20 o posterior y para navegadores.",
      install: "Instale el modelo y la herramienta de línea de comandos:",
      validate: "Verifique una exportación, con mensajes en su idioma:",
      code: "Verifique un registro desde su propio código:",
      schemas:
        "¿Trabaja en otro lenguaje de programación? La página de cada registro enlaza su JSON Schema (draft 2020-12).",
      synth: "Pruebe las herramientas con datos sintéticos, nunca con casos reales:",
      next: "Luego lea la página de cada registro y las reglas que se le aplican.",
    },
  },
  model: {
    title: "Modelo de datos",
    intro:
      "El estándar consta de seis tipos de registro. Un registro es un objeto JSON con un recordType, un identificador UUID y los campos que se indican en su página; las partes son objetos anidados en los registros.",
    entity: "Registro",
    parts: "Partes",
  },
  object: {
    recordKind: "Tipo de registro",
    partKind: "Parte de un registro",
    fields: "Campos",
    fieldsCaption: "Campos de {object}",
    parts: "Partes",
    usedIn: "Se usa en",
    onThisPage: "En esta página",
    rules: "Reglas",
    noRules: "Ninguna regla entre campos lee estos campos.",
    example: "Ejemplo",
    exampleIntro: "Un registro ficticio y válido.",
    schema: "JSON Schema",
    schemaLink: "Descargar {file}",
    schemaIntro:
      "JSON Schema draft 2020-12, con etiquetas, descripciones, clases de datos personales y correspondencias como palabras clave x-. Las reglas entre campos no pueden expresarse en él: las verifican los validadores del SDK.",
  },
  fieldTable: {
    name: "Campo",
    label: "Etiqueta",
    type: "Tipo",
    required: "Obligatorio",
    description: "Descripción",
    pii: "Datos personales",
    mappings: "Correspondencias",
    codeList: "Lista de códigos",
    rules: "Reglas",
    yes: "Sí",
    no: "No",
  },
  types: {
    text: "texto",
    textLength: "texto de {min} a {max} caracteres",
    integer: "entero",
    number: "número",
    atLeast: "{type}, como mínimo {min}",
    between: "{type} de {min} a {max}",
    boolean: "verdadero o falso",
    date: "fecha (AAAA-MM-DD)",
    dateTime: "fecha y hora con desfase UTC",
    uuid: "UUID",
    email: "correo electrónico",
    url: "dirección web",
    pattern: "texto conforme a {pattern}",
    code: "código de la lista {list}",
    oneOf: "uno de {values}",
    constant: "siempre {value}",
    listOf: "lista de: {item}",
    extensions: "datos de extensión por espacio de nombres",
    object: "{object} (objeto)",
  },
  pii: {
    direct: {
      label: "Identificador directo",
      description: "Identifica a una persona por sí solo (nombre, teléfono, número de documento).",
    },
    quasi: {
      label: "Cuasi identificador",
      description:
        "Identifica a una persona combinado con otros campos (fecha de nacimiento, nacionalidad, lugares).",
    },
    sensitive: {
      label: "Sensible",
      description: "Revela hechos íntimos de una persona (formas de explotación, salud, consentimiento).",
    },
    none: {
      label: "No personal",
      description: "No dice nada de una persona (identificadores de registros, códigos de organismos).",
    },
  },
  piiHeading: "Clases de datos personales",
  severity: { error: "Error", warning: "Advertencia", info: "Información" },
  codes: {
    title: "Listas de códigos",
    intro:
      "Cada campo codificado toma sus valores de una de estas listas. Los códigos son estables e iguales en todos los idiomas; las etiquetas y definiciones están traducidas.",
    list: "Lista",
    count: "Códigos",
    usedBy: "Usada por",
    notUsed: "Ningún campo usa todavía esta lista.",
    listTitle: "Lista de códigos {list}",
    codeCount: "{count, plural, one {# código} other {# códigos}}",
    code: "Código",
    label: "Etiqueta",
    definition: "Definición",
    mappings: "Correspondencias",
  },
  mappings: {
    title: "{standard} y el modelo",
    htcdsIntro:
      "Cómo se corresponden los campos y los valores de las listas del Estándar de Datos de Casos de Trata de Personas 2.0 con los campos y códigos del modelo. Los convertidores del SDK leen y escriben HTCDS mediante estas correspondencias.",
    ctdcIntro:
      "Cómo se corresponden las columnas y los valores de los conjuntos de datos del CTDC (el conjunto mundial y el sintético de 2024) con los campos y códigos del modelo.",
    fieldsToModel: "De {standard} al modelo",
    modelToFields: "Del modelo a {standard}",
    codes: "Valores y códigos",
    codesIntro: "Valores escritos en los archivos {standard} y los códigos del modelo que representan.",
    standardName: "Nombre en {standard}",
    modelField: "Campo del modelo",
    label: "Etiqueta",
    codeList: "Lista de códigos",
    code: "Código",
    htcdsCredit:
      "Los nombres de campos y valores de listas de HTCDS provienen del {standard} de la Organización Internacional para las Migraciones (OIM), bajo licencia {license}.",
    ctdcCredit:
      "Los nombres de columnas y valores del CTDC son los de los conjuntos de datos del {standard}, gestionado por la Organización Internacional para las Migraciones (OIM).",
    notEndorsed: "La OIM no respalda este proyecto.",
    lookupLabel: "Vengo de {standard}: buscar un nombre de columna o un campo del modelo",
    lookupHint:
      "Escriba parte de un nombre de {standard} (prs_Gender), de un identificador de campo (victim.gender) o de una etiqueta: las tablas de abajo solo muestran las filas que coinciden.",
  },
  rules: {
    title: "Reglas y códigos de problemas",
    intro:
      "Todo problema que detecta un validador es un problema con un código estable, un JSON Pointer que indica dónde está, una gravedad y un mensaje en el idioma del lector. Los mensajes nunca contienen un valor del registro.",
    catalogue: "Reglas entre campos",
    catalogueIntro:
      "Restricciones que JSON Schema no puede expresar, verificadas cuando la estructura del registro es válida, cada una con la cláusula o práctica que aplica.",
    code: "Código",
    record: "Registro",
    severity: "Gravedad",
    clause: "Cláusula o práctica aplicada",
    fields: "Campos leídos",
    message: "Mensaje",
    messages: "Códigos de problemas y mensajes",
    ruleCodes: "Códigos de las reglas entre campos",
    structural: "Códigos estructurales",
    structuralIntro:
      "Lo que JSON Schema también puede decir: un campo ausente o desconocido, un tipo incorrecto, un código fuera de su lista, una fecha mal escrita.",
    input: "Códigos de entrada",
    inputIntro:
      "Problemas de un archivo en su conjunto o entre sus registros: texto ilegible, encabezados CSV, identificadores duplicados, referencias a registros ausentes.",
    placeholders:
      "Las palabras entre llaves, como {field}, se sustituyen por la etiqueta del campo en cuestión, un código o un límite.",
  },
  profiles: profilesEs,
} as const satisfies ChromeTexts;
