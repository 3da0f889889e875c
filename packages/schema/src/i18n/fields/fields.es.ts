import type { FieldTexts } from "../field-texts.js";

/** Spanish labels and descriptions of every field. */
export const fieldsEs = {
  "case.recordType": {
    label: "Tipo de registro",
    description: "Valor fijo “case”, que identifica el registro como un caso.",
  },
  "case.id": {
    label: "Identificador del caso",
    description: "Identificador único del caso, en formato UUID (RFC 9562).",
  },
  "case.externalIds": {
    label: "Identificadores externos del caso",
    description:
      "Números con que otros sistemas registran el mismo caso, como el número de expediente nacional.",
  },
  "case.createdAt": {
    label: "Creación del registro",
    description: "Fecha y hora en que se creó el registro del caso, en formato ISO 8601 con desfase horario.",
  },
  "case.updatedAt": {
    label: "Última actualización",
    description:
      "Fecha y hora de la última modificación del registro del caso, en formato ISO 8601 con desfase horario.",
  },
  "case.extensions": {
    label: "Extensiones",
    description:
      "Datos adicionales del caso que no forman parte del estándar, agrupados por espacio de nombres (por ejemplo, un perfil nacional).",
  },
  "case.status": {
    label: "Estado del caso",
    description:
      "Situación actual del caso en la gestión de la institución: activo, en seguimiento o cerrado.",
  },
  "case.closureReason": {
    label: "Motivo de cierre",
    description: "Explicación en texto libre de por qué se dio por cerrado el caso.",
  },
  "case.caseOwner": {
    label: "Responsable del caso",
    description: "Nombre de la persona funcionaria o profesional que abrió el caso o lo tiene a su cargo.",
  },
  "case.openedOn": { label: "Fecha de apertura", description: "Día en que se abrió el caso (AAAA-MM-DD)." },
  "case.closedOn": { label: "Fecha de cierre", description: "Día en que se cerró el caso (AAAA-MM-DD)." },
  "case.acts": {
    label: "Acciones",
    description:
      "Conductas del artículo 3 del Protocolo de Palermo presentes en el caso: captación, transporte, traslado, acogida o recepción de personas.",
  },
  "case.means": {
    label: "Medios",
    description:
      "Medios del artículo 3 del Protocolo de Palermo empleados en el caso, como la amenaza, el engaño o el abuso de una situación de vulnerabilidad.",
  },
  "case.purposes": {
    label: "Fines de explotación",
    description:
      "Formas de explotación que se perseguían en el caso, como la explotación sexual, el trabajo forzoso o la extracción de órganos.",
  },
  "case.iccsCodes": {
    label: "Clasificación ICCS del caso",
    description:
      "Códigos de la Clasificación Internacional de Delitos con Fines Estadísticos (ICCS) que corresponden al caso, en especial los subcódigos de 0204, trata de personas.",
  },
  "case.relatedOffences": {
    label: "Delitos conexos",
    description:
      "Otros delitos vinculados al caso, con su código ICCS, como el tráfico ilícito de migrantes o el secuestro.",
  },
  "case.events": {
    label: "Etapas de la trata",
    description:
      "Etapas del proceso de trata en este caso (captación, tránsito, explotación, identificación), cada una con su lugar y su fecha.",
  },
  "case.transnational": {
    label: "Caso transnacional",
    description: "Indica si el caso involucra a más de un país.",
  },
  "case.organisedCrime": {
    label: "Delincuencia organizada",
    description:
      "Grado de participación de la delincuencia organizada en el caso, desde un autor individual hasta una red transnacional.",
  },
  "case.technologyUses": {
    label: "Uso de tecnología",
    description:
      "Plataformas y tecnologías usadas en el caso y con qué fin: captar, publicitar, controlar a las víctimas, hacer pagos, entre otros.",
  },
  "case.financialInvestigation": {
    label: "Investigación financiera",
    description:
      "Investigación patrimonial o de lavado de activos vinculada al caso y medidas adoptadas sobre los bienes.",
  },
  "case.proceedings": {
    label: "Proceso penal",
    description: "Situación del proceso penal del caso: etapa procesal, cargos, fallo y penas.",
  },
  "case.victimIds": {
    label: "Víctimas del caso",
    description: "Identificadores (UUID) de los registros de víctimas vinculados a este caso.",
  },
  "case.perpetratorIds": {
    label: "Autores del caso",
    description: "Identificadores (UUID) de los registros de autores vinculados a este caso.",
  },
  "case.reportingAgencyIds": {
    label: "Instituciones informantes",
    description:
      "Identificadores (UUID) de las instituciones que detectaron, asistieron o registraron el caso.",
  },
  "case.leadAgencyId": {
    label: "Institución a cargo",
    description: "Identificador (UUID) de la institución que dirige la gestión o la investigación del caso.",
  },
  "case.comments": {
    label: "Comentarios del caso",
    description: "Notas fechadas que las instituciones intervinientes escriben sobre el caso.",
  },
  "traffickingEvent.victimId": {
    label: "Víctima",
    description:
      "La víctima a la que se refiere esta etapa (id de un registro de víctima). Cada víctima de un caso tiene su propia cronología; una víctima tratada de nuevo tras su identificación tiene una segunda serie de etapas.",
  },
  "traffickingEvent.role": {
    label: "Tipo de etapa",
    description:
      "Etapa del proceso de trata que describe este registro: captación, tránsito, explotación o identificación.",
  },
  "traffickingEvent.place": {
    label: "Lugar de la etapa",
    description: "Lugar donde ocurrió esta etapa del proceso de trata.",
  },
  "traffickingEvent.date": {
    label: "Fecha de la etapa",
    description:
      "Fecha en que ocurrió o comenzó la etapa, como fecha ISO 8601 parcial (AAAA, AAAA-MM o AAAA-MM-DD).",
  },
  "traffickingEvent.endDate": {
    label: "Fin de la etapa",
    description:
      "Fecha en que terminó la etapa, si se prolongó en el tiempo, como fecha ISO 8601 parcial (AAAA, AAAA-MM o AAAA-MM-DD).",
  },
  "traffickingEvent.description": {
    label: "Descripción de la etapa",
    description: "Relato en texto libre de lo que sucedió en esta etapa.",
  },
  "eventPlace.country": {
    label: "País de la etapa",
    description: "País donde ocurrió la etapa, como código ISO 3166-1 alfa-2.",
  },
  "eventPlace.region": {
    label: "Región de la etapa",
    description: "Estado, provincia, departamento o región donde ocurrió la etapa.",
  },
  "eventPlace.city": {
    label: "Ciudad de la etapa",
    description: "Ciudad o localidad donde ocurrió la etapa.",
  },
  "eventPlace.street": {
    label: "Calle de la etapa",
    description: "Calle y número del lugar donde ocurrió la etapa.",
  },
  "eventPlace.postalCode": {
    label: "Código postal de la etapa",
    description: "Código postal del lugar donde ocurrió la etapa.",
  },
  "eventPlace.latitude": {
    label: "Latitud de la etapa",
    description: "Latitud del lugar donde ocurrió la etapa, en grados decimales (de -90 a 90).",
  },
  "eventPlace.longitude": {
    label: "Longitud de la etapa",
    description: "Longitud del lugar donde ocurrió la etapa, en grados decimales (de -180 a 180).",
  },
  "financialInvestigation.opened": {
    label: "Investigación financiera abierta",
    description: "Indica si se abrió una investigación financiera o patrimonial en paralelo al caso.",
  },
  "financialInvestigation.openedOn": {
    label: "Inicio de la investigación financiera",
    description: "Día en que se abrió la investigación financiera (AAAA-MM-DD).",
  },
  "financialInvestigation.moneyLaunderingCharged": {
    label: "Cargos por lavado de activos",
    description: "Indica si se formularon cargos por lavado de activos en relación con el caso.",
  },
  "financialInvestigation.assetActions": {
    label: "Medidas sobre bienes",
    description:
      "Acciones realizadas sobre los bienes de origen delictivo: identificación, congelamiento, incautación, decomiso o restitución a las víctimas.",
  },
  "assetAction.action": {
    label: "Tipo de medida",
    description:
      "Medida adoptada sobre los bienes: identificación, congelamiento, incautación, decomiso o restitución.",
  },
  "assetAction.value": {
    label: "Valor de los bienes",
    description: "Valor monetario de los bienes alcanzados por la medida, expresado en la moneda indicada.",
  },
  "assetAction.currency": {
    label: "Moneda del valor",
    description:
      "Moneda en que se expresa el valor de los bienes, como código ISO 4217 de tres letras (por ejemplo, USD).",
  },
  "assetAction.date": {
    label: "Fecha de la medida",
    description: "Día en que se adoptó la medida (AAAA-MM-DD).",
  },
  "proceedings.stage": {
    label: "Etapa procesal",
    description:
      "Punto del proceso penal en que se encuentra la causa, desde la sospecha hasta la condena, la absolución o la apelación.",
  },
  "proceedings.charges": {
    label: "Cargos",
    description: "Delitos imputados, cada uno con su código ICCS y la disposición legal nacional aplicada.",
  },
  "proceedings.courtCaseNumber": {
    label: "Número de causa judicial",
    description: "Número con que el tribunal o la fiscalía identifica la causa.",
  },
  "proceedings.prosecutionStartedOn": {
    label: "Inicio de la acción penal",
    description:
      "Día en que la fiscalía inició el ejercicio de la acción penal o formalizó la acusación (AAAA-MM-DD).",
  },
  "proceedings.verdict": {
    label: "Fallo",
    description:
      "Resultado del juicio: condena, absolución, sobreseimiento, acuerdo de culpabilidad o pendiente de resolución.",
  },
  "proceedings.verdictDate": {
    label: "Fecha del fallo",
    description: "Día en que se dictó el fallo (AAAA-MM-DD).",
  },
  "proceedings.penalties": {
    label: "Penas impuestas",
    description: "Penas fijadas en la sentencia condenatoria, como prisión, multa o decomiso.",
  },
  "charge.iccs": {
    label: "Delito imputado (ICCS)",
    description: "Código ICCS del delito por el que se formula el cargo.",
  },
  "charge.legalProvision": {
    label: "Disposición legal",
    description: "Artículo de la ley o del código penal nacional en que se funda el cargo.",
  },
  "charge.chargedOn": {
    label: "Fecha de imputación",
    description: "Día en que se formuló el cargo (AAAA-MM-DD).",
  },
  "penalty.type": {
    label: "Tipo de pena",
    description:
      "Clase de pena: prisión, pena suspendida, multa, trabajo comunitario, decomiso de bienes, expulsión u otra.",
  },
  "penalty.months": {
    label: "Duración en meses",
    description: "Duración de la pena de prisión u otra pena temporal, en meses (de 0 a 1200).",
  },
  "penalty.amount": {
    label: "Monto de la pena",
    description: "Importe de una pena pecuniaria, como una multa, expresado en la moneda indicada.",
  },
  "penalty.currency": {
    label: "Moneda de la pena",
    description: "Moneda del monto de la pena, como código ISO 4217 de tres letras (por ejemplo, MXN).",
  },
  "penalty.suspended": {
    label: "Pena en suspenso",
    description: "Indica si se suspendió condicionalmente la ejecución de la pena.",
  },
  "caseComment.date": {
    label: "Fecha del comentario",
    description: "Día en que se escribió el comentario (AAAA-MM-DD).",
  },
  "caseComment.authorAgencyId": {
    label: "Institución autora",
    description: "Identificador (UUID) de la institución que escribió el comentario.",
  },
  "caseComment.text": {
    label: "Texto del comentario",
    description: "Contenido de la nota; como puede nombrar a personas, se trata como dato identificativo.",
  },
  "technologyUse.purpose": {
    label: "Finalidad del uso",
    description:
      "Para qué se usó la tecnología: captar, publicitar, controlar a la víctima, hacer pagos o prevenir la trata, entre otros fines.",
  },
  "technologyUse.platform": {
    label: "Plataforma",
    description: "Plataforma, red social, aplicación o servicio en línea que se utilizó.",
  },
  "technologyUse.detail": {
    label: "Detalle del uso",
    description: "Descripción breve de cómo se usó la tecnología.",
  },
  "victim.recordType": {
    label: "Tipo de registro",
    description: "Valor fijo “victim”, que identifica el registro como una víctima.",
  },
  "victim.id": {
    label: "Identificador de la víctima",
    description: "Identificador único del registro de la víctima, en formato UUID (RFC 9562).",
  },
  "victim.externalIds": {
    label: "Identificadores externos de la víctima",
    description: "Identificadores de la misma persona en otros sistemas, como un número de caso nacional.",
  },
  "victim.createdAt": {
    label: "Creación del registro",
    description:
      "Fecha y hora en que se creó el registro de la víctima, en formato ISO 8601 con desfase horario.",
  },
  "victim.updatedAt": {
    label: "Última actualización",
    description:
      "Fecha y hora de la última modificación del registro de la víctima, en formato ISO 8601 con desfase horario.",
  },
  "victim.extensions": {
    label: "Extensiones",
    description:
      "Datos adicionales sobre la víctima que no forman parte del estándar, agrupados por espacio de nombres.",
  },
  "victim.caseIds": {
    label: "Casos vinculados",
    description: "Identificadores (UUID) de los casos en que figura esta persona.",
  },
  "victim.salutation": {
    label: "Tratamiento",
    description: "Fórmula de cortesía con que se dirige a la persona, como Sr. o Sra.",
  },
  "victim.givenName": { label: "Nombre", description: "Nombre o nombres de pila de la persona." },
  "victim.middleName": {
    label: "Segundo nombre",
    description: "Segundo nombre de pila de la persona, si lo tiene.",
  },
  "victim.familyName": { label: "Apellidos", description: "Apellido o apellidos de la persona." },
  "victim.title": { label: "Cargo", description: "Puesto que la persona ocupa dentro de una organización." },
  "victim.birthDate": {
    label: "Fecha de nacimiento",
    description: "Día de nacimiento de la persona (AAAA-MM-DD).",
  },
  "victim.birthYear": {
    label: "Año de nacimiento",
    description:
      "Año de nacimiento de la persona, con cuatro cifras, útil cuando no se conoce la fecha completa.",
  },
  "victim.ageAtIdentification": {
    label: "Edad en la identificación",
    description: "Edad de la persona, en años cumplidos, en el momento de su identificación.",
  },
  "victim.ageAtRecruitment": {
    label: "Edad al ser captada",
    description:
      "Edad, en años cumplidos, en el primer acto de la trata (captación, transporte, traslado, acogida o recepción). Decide si la víctima es menor de edad (Protocolo de Palermo, art. 3 c) y d)): quien fue captado a los 17 años es víctima menor de edad aunque la explotación o la identificación ocurran en la adultez. Se deriva de la fecha de nacimiento y la de captación cuando se conocen ambas.",
  },
  "victim.ageAtExploitation": {
    label: "Edad en la explotación",
    description: "Edad, en años cumplidos, al comenzar la explotación.",
  },
  "victim.ageBand": {
    label: "Grupo de edad",
    description:
      "Tramo de edad de la persona según los rangos que usa CTDC (de 0 a 8 años, de 9 a 17, … 48 o más).",
  },
  "victim.majorityStatus": {
    label: "Mayoría de edad",
    description: "Indica si la persona era adulta (18 años o más) o menor de edad al ser identificada.",
  },
  "victim.majorityStatusAtExploitation": {
    label: "Mayoría de edad (explotación)",
    description: "Indica si la persona era adulta o menor de edad mientras fue explotada.",
  },
  "victim.majorityStatusAtEntry": {
    label: "Mayoría de edad (ingreso)",
    description: "Indica si la persona era adulta o menor de edad cuando entró en la situación de trata.",
  },
  "victim.sex": {
    label: "Sexo",
    description:
      "Sexo registrado de la persona (mujer, hombre, otro o desconocido), que sirve para desagregar las estadísticas de víctimas.",
  },
  "victim.gender": {
    label: "Género",
    description: "Identidad de género de la persona, según ella la declara o la presenta.",
  },
  "victim.deceased": { label: "Persona fallecida", description: "Indica si la persona ha fallecido." },
  "victim.maritalStatus": {
    label: "Estado civil",
    description: "Estado civil o situación de pareja de la persona.",
  },
  "victim.numberOfChildren": {
    label: "Número de hijos e hijas",
    description: "Cantidad de hijas e hijos que tiene la persona.",
  },
  "victim.primaryLanguage": {
    label: "Idioma principal",
    description: "Idioma que la persona domina mejor, como código ISO 639-1 de dos letras.",
  },
  "victim.otherLanguages": {
    label: "Otros idiomas",
    description: "Otros idiomas que la persona habla o entiende, como códigos ISO 639-1 de dos letras.",
  },
  "victim.educationLevel": {
    label: "Nivel educativo",
    description: "Nivel de estudios más alto que la persona completó o alcanzó.",
  },
  "victim.citizenships": {
    label: "Nacionalidades",
    description:
      "Países de los que la persona es nacional, como códigos ISO 3166-1 alfa-2; se registran siempre, también cuando coinciden con el país que identifica.",
  },
  "victim.stateless": {
    label: "Apátrida",
    description: "Indica si ningún Estado reconoce a la persona como su nacional.",
  },
  "victim.migrationStatus": {
    label: "Situación migratoria",
    description:
      "Condición migratoria de la persona en el país donde se encuentra, como regular, irregular o solicitante de asilo.",
  },
  "victim.vulnerabilityFactors": {
    label: "Factores de vulnerabilidad",
    description:
      "Circunstancias personales o sociales que expusieron a la persona a la trata, como la pobreza, una discapacidad o los efectos del cambio ambiental.",
  },
  "victim.identityNumber": {
    label: "Número de identidad",
    description: "Número del documento nacional de identidad u otro documento oficial de la persona.",
  },
  "victim.email": {
    label: "Correo electrónico",
    description: "Dirección de correo electrónico de la persona.",
  },
  "victim.homePhone": {
    label: "Teléfono fijo",
    description:
      "Teléfono del domicilio de la persona, en formato E.164 (con + y código de país, sin espacios).",
  },
  "victim.mobilePhone": {
    label: "Teléfono celular",
    description: "Teléfono celular de la persona, en formato E.164 (con + y código de país, sin espacios).",
  },
  "victim.address": {
    label: "Domicilio",
    description: "Dirección postal donde se puede contactar a la persona.",
  },
  "victim.identification": {
    label: "Identificación",
    description:
      "Cómo, cuándo, dónde y por quién se identificó a la persona como víctima o presunta víctima.",
  },
  "victim.exploitation": {
    label: "Explotación",
    description:
      "Detalle de la explotación sufrida por la persona: formas, medios, captación, sectores y uso de tecnología.",
  },
  "victim.assistance": {
    label: "Asistencia",
    description: "Servicios que la persona recibió o tiene previsto recibir.",
  },
  "victim.consents": {
    label: "Consentimientos",
    description: "Consentimientos informados que dio la persona para el uso y la transmisión de sus datos.",
  },
  "victim.yearOfRegistration": {
    label: "Año de registro",
    description: "Año en que la fuente de datos registró a la persona (cuatro cifras).",
  },
  "victim.dataSource": {
    label: "Fuente de datos",
    description:
      "Tipo de fuente de la que proviene el registro: gestión de casos, línea de ayuda, policía y justicia, encuesta u otra.",
  },
  "identification.status": {
    label: "Condición de víctima",
    description: "Resultado de la identificación: presunta víctima, víctima identificada o no víctima.",
  },
  "identification.authority": {
    label: "Tipo de entidad identificadora",
    description:
      "Tipo de organismo que decidió sobre la condición de víctima, como la policía, una ONG, la fiscalía o un tribunal.",
  },
  "identification.agencyId": {
    label: "Institución identificadora",
    description: "Identificador (UUID) de la institución que realizó la identificación.",
  },
  "identification.date": {
    label: "Fecha de identificación",
    description: "Día en que se identificó a la persona (AAAA-MM-DD).",
  },
  "identification.country": {
    label: "País de identificación",
    description: "País donde se identificó a la persona, como código ISO 3166-1 alfa-2.",
  },
  "identification.indicatorsObserved": {
    label: "Indicadores observados",
    description: "Indicadores de trabajo forzoso de la OIT que se detectaron al identificar a la persona.",
  },
  "exploitation.forms": {
    label: "Formas de explotación",
    description:
      "Tipos de explotación a los que se sometió a la persona, como explotación sexual, trabajo forzoso, mendicidad o matrimonio forzado.",
  },
  "exploitation.acts": {
    label: "Acciones",
    description:
      "Conductas del artículo 3 del Protocolo de Palermo cometidas contra esta persona: captación, transporte, traslado, acogida o recepción.",
  },
  "exploitation.palermoMeans": {
    label: "Medios (Protocolo de Palermo)",
    description:
      "Medios del artículo 3 del Protocolo de Palermo usados contra esta persona; no hacen falta para acreditar la trata de una persona menor de edad.",
  },
  "exploitation.meansOfControl": {
    label: "Medios de control",
    description:
      "Métodos concretos con que se sometió a la persona, como la servidumbre por deudas, las amenazas o la retención de documentos.",
  },
  "exploitation.labourIndustry": {
    label: "Actividad económica",
    description:
      "Sección de la CIIU Rev. 4 (de la A a la U) de la actividad en que se explotó laboralmente a la persona.",
  },
  "exploitation.labourSectors": {
    label: "Sectores de trabajo",
    description:
      "Sectores en que tuvo lugar la explotación laboral, como agricultura, construcción, trabajo doméstico o mendicidad.",
  },
  "exploitation.sexualExploitationTypes": {
    label: "Tipos de explotación sexual",
    description:
      "Modalidades de la explotación sexual sufrida, como prostitución ajena, pornografía o servicios sexuales a distancia.",
  },
  "exploitation.countriesOfExploitation": {
    label: "Países de explotación",
    description: "Países donde se explotó a la persona, como códigos ISO 3166-1 alfa-2.",
  },
  "exploitation.recruitmentDate": {
    label: "Fecha de captación",
    description:
      "Fecha en que se captó a la persona, como fecha ISO 8601 parcial (AAAA, AAAA-MM o AAAA-MM-DD).",
  },
  "exploitation.startDate": {
    label: "Inicio de la explotación",
    description:
      "Fecha en que comenzó la explotación, como fecha ISO 8601 parcial (AAAA, AAAA-MM o AAAA-MM-DD).",
  },
  "exploitation.endDate": {
    label: "Fin de la explotación",
    description:
      "Fecha en que terminó la explotación, como fecha ISO 8601 parcial (AAAA, AAAA-MM o AAAA-MM-DD).",
  },
  "exploitation.duration": {
    label: "Duración de la explotación",
    description:
      "Tiempo que duró la situación de trata, por tramos de meses (de 0 a 12, de 13 a 24, 25 o más).",
  },
  "exploitation.recruitmentMethods": {
    label: "Métodos de captación",
    description:
      "Formas en que se captó a la persona, como una oferta de empleo falsa o una relación sentimental.",
  },
  "exploitation.recruitmentPlatforms": {
    label: "Plataformas de captación",
    description: "Sitios web, redes sociales y aplicaciones usados para captar a la persona.",
  },
  "exploitation.exploitationPlatforms": {
    label: "Plataformas de explotación",
    description: "Sitios web, redes sociales y aplicaciones usados para explotar a la persona.",
  },
  "exploitation.technologyUses": {
    label: "Uso de tecnología",
    description:
      "Usos de tecnología en la explotación de esta persona, cada uno con su finalidad y su plataforma.",
  },
  "exploitation.isAbduction": {
    label: "Hubo secuestro",
    description: "Indica si la persona fue secuestrada como parte del proceso de trata.",
  },
  "exploitation.recruiterRelations": {
    label: "Relación con quien captó",
    description: "Vínculo previo de la persona con quien la captó, como pareja, familiar o amistad.",
  },
  "exploitation.recruitmentLocation": {
    label: "Lugar de captación",
    description: "Descripción breve del lugar o establecimiento donde se captó a la persona.",
  },
  "exploitation.exploitationLocation": {
    label: "Lugar de explotación",
    description: "Descripción breve del lugar o establecimiento donde se explotó a la persona.",
  },
  "assistance.service": {
    label: "Servicio",
    description:
      "Tipo de servicio prestado o previsto, como alojamiento, atención de salud o asistencia jurídica.",
  },
  "assistance.providerAgencyId": {
    label: "Institución prestadora",
    description: "Identificador (UUID) de la institución que presta el servicio.",
  },
  "assistance.objectives": {
    label: "Objetivos",
    description: "Lo que se busca lograr con este servicio para la persona.",
  },
  "assistance.actionPlan": {
    label: "Plan de acción",
    description: "Pasos que se prevén para alcanzar los objetivos del servicio.",
  },
  "assistance.startDate": {
    label: "Fecha de inicio",
    description: "Día en que comenzó o está previsto que comience el servicio (AAAA-MM-DD).",
  },
  "assistance.plannedEndDate": {
    label: "Fecha prevista de finalización",
    description: "Día en que está previsto que termine el servicio (AAAA-MM-DD).",
  },
  "assistance.actualEndDate": {
    label: "Fecha real de finalización",
    description: "Día en que efectivamente terminó el servicio (AAAA-MM-DD).",
  },
  "consent.id": {
    label: "Identificador del consentimiento",
    description: "Identificador único del consentimiento, en formato UUID; las derivaciones lo citan.",
  },
  "consent.given": {
    label: "Consentimiento otorgado",
    description: "Indica si la persona dio su consentimiento (sí) o lo negó (no).",
  },
  "consent.givenOn": {
    label: "Fecha del consentimiento",
    description: "Día en que la persona dio o negó su consentimiento (AAAA-MM-DD).",
  },
  "consent.purposes": {
    label: "Finalidades autorizadas",
    description:
      "Usos de los datos que la persona autorizó, como asistencia, derivación, proceso penal o estadística.",
  },
  "consent.recipientAgencyIds": {
    label: "Instituciones destinatarias autorizadas",
    description:
      "Identificadores (UUID) de las instituciones a las que la persona permite transmitir sus datos.",
  },
  "consent.recipientCountries": {
    label: "Países destinatarios autorizados",
    description: "Países a los que la persona permite transmitir sus datos, como códigos ISO 3166-1 alfa-2.",
  },
  "consent.recordedByAgencyId": {
    label: "Institución que lo registró",
    description: "Identificador (UUID) de la institución que recabó y registró el consentimiento.",
  },
  "consent.expiresOn": {
    label: "Fecha de vencimiento",
    description: "Día a partir del cual el consentimiento deja de valer (AAAA-MM-DD).",
  },
  "consent.withdrawnOn": {
    label: "Fecha de revocación",
    description: "Día en que la persona retiró su consentimiento (AAAA-MM-DD).",
  },
  "consent.informedOfPurpose": {
    label: "Informada de la finalidad",
    description: "Indica si se explicó a la persona para qué se recopilan sus datos.",
  },
  "consent.informedOfDataUse": {
    label: "Informada del uso de datos",
    description: "Indica si se explicó a la persona cómo se usarán sus datos y con quién se compartirán.",
  },
  "consent.informedOfResearchUse": {
    label: "Informada del uso en investigación",
    description:
      "Indica si se explicó a la persona que sus datos, anonimizados, pueden servir para investigaciones o estadísticas.",
  },
  "consent.informedOfRightOfAccess": {
    label: "Informada del derecho de acceso",
    description: "Indica si se explicó a la persona que puede consultar sus datos y pedir que se corrijan.",
  },
  "consent.informedOfRetention": {
    label: "Informada de la conservación",
    description: "Indica si se explicó a la persona durante cuánto tiempo se conservarán sus datos.",
  },
  "consent.informedOfWithdrawal": {
    label: "Informada de la revocación",
    description:
      "Indica si se explicó a la persona que puede retirar su consentimiento en cualquier momento.",
  },
  "personAddress.country": {
    label: "País del domicilio",
    description: "País de la dirección postal de la persona, como código ISO 3166-1 alfa-2.",
  },
  "personAddress.region": {
    label: "Región del domicilio",
    description: "Estado, provincia, departamento o región de la dirección postal de la persona.",
  },
  "personAddress.city": {
    label: "Ciudad del domicilio",
    description: "Ciudad o localidad de la dirección postal de la persona.",
  },
  "personAddress.street": {
    label: "Calle del domicilio",
    description: "Calle, número y, si corresponde, piso o departamento de la dirección postal de la persona.",
  },
  "personAddress.postalCode": {
    label: "Código postal del domicilio",
    description: "Código postal de la dirección de la persona.",
  },
  "personAddress.latitude": {
    label: "Latitud del domicilio",
    description: "Latitud del domicilio de la persona, en grados decimales (de -90 a 90).",
  },
  "personAddress.longitude": {
    label: "Longitud del domicilio",
    description: "Longitud del domicilio de la persona, en grados decimales (de -180 a 180).",
  },
  "externalId.system": {
    label: "Sistema de origen",
    description: "Nombre del sistema, registro o institución que asignó el identificador.",
  },
  "externalId.value": {
    label: "Identificador externo",
    description: "Valor del identificador en ese sistema, como un número de expediente.",
  },
  "perpetrator.recordType": {
    label: "Tipo de registro",
    description: "Valor fijo “perpetrator”, que identifica el registro como un autor.",
  },
  "perpetrator.id": {
    label: "Identificador del autor",
    description: "Identificador único del registro del autor, en formato UUID (RFC 9562).",
  },
  "perpetrator.externalIds": {
    label: "Identificadores externos del autor",
    description:
      "Identificadores de la misma persona en otros sistemas, como un número de causa o de antecedentes.",
  },
  "perpetrator.createdAt": {
    label: "Creación del registro",
    description:
      "Fecha y hora en que se creó el registro del autor, en formato ISO 8601 con desfase horario.",
  },
  "perpetrator.updatedAt": {
    label: "Última actualización",
    description:
      "Fecha y hora de la última modificación del registro del autor, en formato ISO 8601 con desfase horario.",
  },
  "perpetrator.extensions": {
    label: "Extensiones",
    description:
      "Datos adicionales sobre el autor que no forman parte del estándar, agrupados por espacio de nombres.",
  },
  "perpetrator.caseIds": {
    label: "Casos vinculados",
    description: "Identificadores (UUID) de los casos en que figura este autor.",
  },
  "perpetrator.givenName": { label: "Nombre del autor", description: "Nombre o nombres de pila del autor." },
  "perpetrator.familyName": { label: "Apellidos del autor", description: "Apellido o apellidos del autor." },
  "perpetrator.alias": { label: "Alias", description: "Apodo o nombre falso que usa el autor." },
  "perpetrator.sex": {
    label: "Sexo",
    description:
      "Sexo registrado del autor (mujer, hombre, otro o desconocido), que sirve para desagregar las estadísticas.",
  },
  "perpetrator.gender": { label: "Género", description: "Identidad de género del autor, según se conozca." },
  "perpetrator.birthYear": {
    label: "Año de nacimiento",
    description: "Año de nacimiento del autor, con cuatro cifras.",
  },
  "perpetrator.age": { label: "Edad", description: "Edad conocida del autor, en años cumplidos." },
  "perpetrator.citizenships": {
    label: "Nacionalidades",
    description: "Países de los que el autor es nacional, como códigos ISO 3166-1 alfa-2.",
  },
  "perpetrator.roles": {
    label: "Funciones en la trata",
    description:
      "Papeles que desempeñó en el proceso de trata, como captador, transportista, explotador o financista.",
  },
  "perpetrator.roleDetails": {
    label: "Detalle de las funciones",
    description: "Descripción en texto libre de lo que hizo el autor en el proceso de trata.",
  },
  "perpetrator.isLegalPerson": {
    label: "Persona jurídica",
    description: "Indica si el autor es una persona jurídica, como una empresa, y no una persona física.",
  },
  "perpetrator.victimRelations": {
    label: "Relación con las víctimas",
    description: "Vínculo del autor con cada víctima del caso.",
  },
  "perpetrator.organisedCrime": {
    label: "Delincuencia organizada",
    description:
      "Grado de vinculación del autor con la delincuencia organizada, desde actuar solo hasta integrar una red transnacional.",
  },
  "perpetrator.proceedings": {
    label: "Proceso penal",
    description: "Situación del proceso penal contra esta persona: etapa procesal, cargos, fallo y penas.",
  },
  "victimRelation.victimId": {
    label: "Víctima",
    description: "Identificador (UUID) del registro de la víctima con la que se relaciona el autor.",
  },
  "victimRelation.relation": {
    label: "Tipo de relación",
    description: "Vínculo entre el autor y esa víctima, como pareja, familiar o amistad.",
  },
  "agency.recordType": {
    label: "Tipo de registro",
    description: "Valor fijo “agency”, que identifica el registro como una institución.",
  },
  "agency.id": {
    label: "Identificador de la institución",
    description: "Identificador único de la institución, en formato UUID (RFC 9562).",
  },
  "agency.externalIds": {
    label: "Identificadores externos de la institución",
    description:
      "Identificadores de la institución en otros sistemas o registros, como un número de registro oficial.",
  },
  "agency.createdAt": {
    label: "Creación del registro",
    description:
      "Fecha y hora en que se creó el registro de la institución, en formato ISO 8601 con desfase horario.",
  },
  "agency.updatedAt": {
    label: "Última actualización",
    description:
      "Fecha y hora de la última modificación del registro de la institución, en formato ISO 8601 con desfase horario.",
  },
  "agency.extensions": {
    label: "Extensiones",
    description:
      "Datos adicionales sobre la institución que no forman parte del estándar, agrupados por espacio de nombres.",
  },
  "agency.name": { label: "Nombre de la institución", description: "Nombre oficial de la institución." },
  "agency.alternateName": {
    label: "Otro nombre",
    description: "Sigla u otro nombre con que se conoce a la institución.",
  },
  "agency.description": {
    label: "Descripción",
    description: "Presentación breve de la institución y de su labor.",
  },
  "agency.types": {
    label: "Tipo de institución",
    description:
      "Categorías a las que pertenece la institución, como ONG, fiscalía, albergue o línea de ayuda.",
  },
  "agency.country": {
    label: "País de la institución",
    description: "País en que está establecida la institución, como código ISO 3166-1 alfa-2.",
  },
  "agency.address": {
    label: "Dirección",
    description: "Dirección física o postal de la sede de la institución.",
  },
  "agency.phone": {
    label: "Teléfono",
    description:
      "Teléfono principal de la institución, en formato E.164 (con + y código de país, sin espacios).",
  },
  "agency.email": {
    label: "Correo electrónico",
    description: "Dirección de correo electrónico general de la institución.",
  },
  "agency.website": { label: "Sitio web", description: "Dirección web de la institución (http o https)." },
  "agency.services": {
    label: "Servicios ofrecidos",
    description:
      "Servicios que la institución presta a las víctimas, como alojamiento, salud o asistencia jurídica.",
  },
  "agency.languages": {
    label: "Idiomas de atención",
    description: "Idiomas en que la institución atiende, como códigos ISO 639-1 de dos letras.",
  },
  "agency.areasServed": {
    label: "Países de cobertura",
    description: "Países en que la institución presta servicios, como códigos ISO 3166-1 alfa-2.",
  },
  "agency.contactPoints": {
    label: "Puntos focales",
    description: "Personas de contacto designadas por la institución, con sus datos de contacto.",
  },
  "agency.parentAgencyId": {
    label: "Institución de la que depende",
    description: "Identificador (UUID) de la institución superior de la que depende esta.",
  },
  "agency.legalStatus": {
    label: "Naturaleza jurídica",
    description: "Forma jurídica de la institución, como organismo público, asociación civil o fundación.",
  },
  "agency.hotline": {
    label: "Línea de ayuda",
    description: "Indica si la institución opera una línea telefónica de ayuda o de denuncia.",
  },
  "agencyAddress.country": {
    label: "País de la sede",
    description: "País de la dirección de la institución, como código ISO 3166-1 alfa-2.",
  },
  "agencyAddress.region": {
    label: "Región de la sede",
    description: "Estado, provincia, departamento o región de la dirección de la institución.",
  },
  "agencyAddress.city": {
    label: "Ciudad de la sede",
    description: "Ciudad o localidad de la dirección de la institución.",
  },
  "agencyAddress.street": {
    label: "Calle de la sede",
    description: "Calle y número de la dirección de la institución.",
  },
  "agencyAddress.postalCode": {
    label: "Código postal de la sede",
    description: "Código postal de la dirección de la institución.",
  },
  "agencyAddress.latitude": {
    label: "Latitud de la sede",
    description: "Latitud de la sede de la institución, en grados decimales (de -90 a 90).",
  },
  "agencyAddress.longitude": {
    label: "Longitud de la sede",
    description: "Longitud de la sede de la institución, en grados decimales (de -180 a 180).",
  },
  "contactPoint.name": {
    label: "Nombre del punto focal",
    description: "Nombre y apellido de la persona designada como punto focal.",
  },
  "contactPoint.role": {
    label: "Cargo del punto focal",
    description: "Cargo o función del punto focal dentro de la institución.",
  },
  "contactPoint.email": {
    label: "Correo del punto focal",
    description: "Dirección de correo electrónico del punto focal.",
  },
  "contactPoint.phone": {
    label: "Teléfono del punto focal",
    description: "Teléfono del punto focal, en formato E.164 (con + y código de país, sin espacios).",
  },
  "contactPoint.languages": {
    label: "Idiomas del punto focal",
    description:
      "Idiomas en que se puede comunicar con el punto focal, como códigos ISO 639-1 de dos letras.",
  },
  "contactPoint.available24h": {
    label: "Disponible las 24 horas",
    description: "Indica si se puede contactar al punto focal a cualquier hora, todos los días.",
  },
  "referral.recordType": {
    label: "Tipo de registro",
    description: "Valor fijo “referral”, que identifica el registro como una derivación.",
  },
  "referral.id": {
    label: "Identificador de la derivación",
    description: "Identificador único de la derivación, en formato UUID (RFC 9562).",
  },
  "referral.externalIds": {
    label: "Identificadores externos de la derivación",
    description: "Números con que otros sistemas registran la misma derivación.",
  },
  "referral.createdAt": {
    label: "Creación del registro",
    description:
      "Fecha y hora en que se creó el registro de la derivación, en formato ISO 8601 con desfase horario.",
  },
  "referral.updatedAt": {
    label: "Última actualización",
    description:
      "Fecha y hora de la última modificación del registro de la derivación, en formato ISO 8601 con desfase horario.",
  },
  "referral.extensions": {
    label: "Extensiones",
    description:
      "Datos adicionales sobre la derivación que no forman parte del estándar, agrupados por espacio de nombres.",
  },
  "referral.victimId": {
    label: "Persona derivada",
    description: "Identificador (UUID) del registro de la víctima a la que se deriva.",
  },
  "referral.caseId": {
    label: "Caso vinculado",
    description: "Identificador (UUID) del caso al que corresponde la derivación.",
  },
  "referral.from": {
    label: "Institución remitente",
    description: "Institución que deriva a la persona, con su país y la o el profesional a cargo.",
  },
  "referral.to": {
    label: "Institución receptora",
    description: "Institución a la que se deriva a la persona, con su país y la o el profesional a cargo.",
  },
  "referral.crossBorder": {
    label: "Derivación transnacional",
    description:
      "Indica si la derivación se hace entre instituciones de dos países (mecanismo transnacional) y no dentro de un mismo país.",
  },
  "referral.reasons": {
    label: "Motivos de la derivación",
    description:
      "Razones por las que se deriva a la persona, como asistencia, retorno seguro o proceso penal.",
  },
  "referral.details": {
    label: "Detalles de la derivación",
    description:
      "Información en texto libre que la institución receptora necesita para atender la derivación.",
  },
  "referral.trmStage": {
    label: "Etapa de derivación transnacional",
    description:
      "Etapa del mecanismo de derivación transnacional a la que corresponde la derivación, desde la identificación hasta los procesos penales y civiles.",
  },
  "referral.servicesRequested": {
    label: "Servicios solicitados",
    description: "Servicios que se piden a la institución receptora para la persona.",
  },
  "referral.consentId": {
    label: "Consentimiento",
    description:
      "Identificador (UUID) del consentimiento informado de la persona que autoriza esta derivación.",
  },
  "referral.riskAssessment": {
    label: "Evaluación de riesgos",
    description: "Evaluación de los riesgos para la persona realizada antes de un retorno.",
  },
  "referral.sentOn": {
    label: "Fecha de envío",
    description: "Día en que se envió la derivación (AAAA-MM-DD).",
  },
  "referral.receivedOn": {
    label: "Fecha de recepción",
    description: "Día en que la institución receptora recibió la derivación (AAAA-MM-DD).",
  },
  "referral.plannedArrivalOn": {
    label: "Fecha prevista de llegada",
    description: "Día en que se prevé que la persona llegue al país o al servicio receptor (AAAA-MM-DD).",
  },
  "referral.reflectionPeriodDays": {
    label: "Período de reflexión (días)",
    description: "Duración en días del período de reflexión y recuperación concedido a la persona.",
  },
  "referral.status": {
    label: "Estado de la derivación",
    description: "Situación actual de la derivación, desde borrador hasta completada, rechazada o retirada.",
  },
  "referral.statusHistory": {
    label: "Historial de estados",
    description: "Sucesión cronológica de los estados por los que pasó la derivación.",
  },
  "referralParty.agencyId": {
    label: "Institución",
    description: "Identificador (UUID) de la institución remitente o receptora.",
  },
  "referralParty.country": {
    label: "País de la institución",
    description: "País de la institución remitente o receptora, como código ISO 3166-1 alfa-2.",
  },
  "referralParty.caseWorker": {
    label: "Profesional a cargo",
    description: "Nombre de la persona de la institución que lleva la derivación.",
  },
  "riskAssessment.conductedOn": {
    label: "Fecha de la evaluación",
    description: "Día en que se realizó la evaluación de riesgos (AAAA-MM-DD).",
  },
  "riskAssessment.level": {
    label: "Nivel de riesgo",
    description: "Nivel de riesgo estimado para la persona: bajo, medio, alto o desconocido.",
  },
  "riskAssessment.jointWithOrigin": {
    label: "Evaluación conjunta con el origen",
    description: "Indica si la evaluación se hizo junto con las autoridades del país de origen.",
  },
  "riskAssessment.assessingAgencyIds": {
    label: "Instituciones evaluadoras",
    description: "Identificadores (UUID) de las instituciones que participaron en la evaluación.",
  },
  "riskAssessment.lifeOrSafetyRisk": {
    label: "Riesgo vital o de seguridad",
    description:
      "Indica si se detectó un riesgo para la vida o la seguridad de la persona, dato que siempre debe comunicarse.",
  },
  "riskAssessment.summary": {
    label: "Resumen de la evaluación",
    description:
      "Síntesis en texto libre de los riesgos detectados y de las medidas de protección previstas.",
  },
  "statusChange.status": {
    label: "Nuevo estado",
    description: "Estado al que pasó la derivación en este paso.",
  },
  "statusChange.at": {
    label: "Fecha y hora del cambio",
    description: "Momento del cambio de estado, en formato ISO 8601 con desfase horario.",
  },
  "statusChange.byAgencyId": {
    label: "Institución que hizo el cambio",
    description: "Identificador (UUID) de la institución que cambió el estado.",
  },
  "statusChange.note": {
    label: "Nota del cambio",
    description: "Comentario en texto libre sobre el cambio de estado.",
  },
  "bundle.recordType": {
    label: "Tipo de registro",
    description: "Valor fijo “bundle”, que identifica el registro como un paquete de intercambio.",
  },
  "bundle.id": {
    label: "Identificador del paquete",
    description: "Identificador único del paquete de intercambio, en formato UUID (RFC 9562).",
  },
  "bundle.externalIds": {
    label: "Identificadores externos del paquete",
    description:
      "Identificadores del mismo envío en otros sistemas, como un número de oficio o de expediente.",
  },
  "bundle.createdAt": {
    label: "Creación del paquete",
    description: "Fecha y hora en que se armó el paquete, en formato ISO 8601 con desfase horario.",
  },
  "bundle.updatedAt": {
    label: "Última actualización",
    description:
      "Fecha y hora de la última modificación del paquete, en formato ISO 8601 con desfase horario.",
  },
  "bundle.extensions": {
    label: "Extensiones",
    description:
      "Datos adicionales del envío que no forman parte del estándar, agrupados por espacio de nombres.",
  },
  "bundle.schemaVersion": {
    label: "Versión del modelo",
    description:
      "Versión semántica del modelo de datos con que se armó el paquete (MAYOR.MENOR.PARCHE, por ejemplo 1.0.0).",
  },
  "bundle.sender": {
    label: "Remitente",
    description: "Institución y país que envían el paquete.",
  },
  "bundle.recipients": {
    label: "Destinatarios",
    description: "Instituciones y países que reciben el paquete; debe haber al menos uno.",
  },
  "bundle.sentAt": {
    label: "Fecha y hora de envío",
    description: "Momento en que se envió el paquete, en formato ISO 8601 con desfase horario.",
  },
  "bundle.purpose": {
    label: "Finalidad del intercambio",
    description:
      "Para qué se comparten los datos, como una derivación, la cooperación en un caso o la estadística.",
  },
  "bundle.tlp": {
    label: "Clasificación TLP",
    description:
      "Marca del protocolo de semáforo TLP 2.0 (RED, AMBER+STRICT, AMBER, GREEN o CLEAR) que fija con quién puede compartirse el contenido.",
  },
  "bundle.records": {
    label: "Registros",
    description:
      "Registros que se envían en el paquete: casos, víctimas, autores, instituciones o derivaciones.",
  },
  "bundleParty.agencyId": {
    label: "Institución",
    description: "Identificador (UUID) de la institución remitente o destinataria, si se conoce.",
  },
  "bundleParty.country": {
    label: "País del remitente o destinatario",
    description: "País de la parte que envía o recibe el paquete, como código ISO 3166-1 alfa-2.",
  },
  "aggregate.recordType": {
    label: "Tipo de registro",
    description: "Clase de registro; siempre «aggregate» para una cifra publicada.",
  },
  "aggregate.id": {
    label: "ID de la cifra",
    description: "Identificador único de la cifra (un UUID).",
  },
  "aggregate.externalIds": {
    label: "Otros identificadores",
    description:
      "Identificadores de la misma cifra en otros sistemas, cada uno con el sistema que lo emitió.",
  },
  "aggregate.createdAt": {
    label: "Creado el",
    description: "Fecha y hora de creación del registro, en formato ISO 8601 con el desfase respecto a UTC.",
  },
  "aggregate.updatedAt": {
    label: "Actualizado el",
    description:
      "Fecha y hora de la última modificación del registro, en formato ISO 8601 con el desfase respecto a UTC.",
  },
  "aggregate.extensions": {
    label: "Extensiones",
    description:
      "Valores fuera del estándar, agrupados por espacio de nombres (un perfil nacional, columnas de un formato de origen).",
  },
  "aggregate.indicator": {
    label: "Indicador",
    description:
      "Lo que cuenta la cifra: víctimas detectadas, personas en contacto formal, procesadas o condenadas, o delitos.",
  },
  "aggregate.country": {
    label: "País",
    description: "País al que se refiere la cifra, como código ISO 3166-1 alfa-2.",
  },
  "aggregate.year": {
    label: "Año",
    description: "Año civil que abarca la cifra.",
  },
  "aggregate.breakdown": {
    label: "Desglose",
    description:
      "La categoría por la que se desglosa la cifra (forma de explotación, nacionalidad, país de repatriación), o total.",
  },
  "aggregate.exploitationForm": {
    label: "Forma de explotación",
    description: "La forma de explotación contada, cuando la cifra se desglosa por forma.",
  },
  "aggregate.categoryCountry": {
    label: "País de la categoría",
    description:
      "La nacionalidad o el país de repatriación contado, como código ISO 3166-1 alfa-2, cuando la cifra se desglosa por uno de ellos.",
  },
  "aggregate.sex": {
    label: "Sexo",
    description: "Sexo de las personas contadas; ausente cuando la cifra abarca todos los sexos.",
  },
  "aggregate.ageGroup": {
    label: "Grupo de edad",
    description: "Menor (0 a 17 años) o adulto (18 o más); ausente cuando la cifra abarca todas las edades.",
  },
  "aggregate.unit": {
    label: "Unidad",
    description: "Unidad de la cifra: un número o una tasa por 100 000 habitantes.",
  },
  "aggregate.value": {
    label: "Valor",
    description: "La cifra; ausente cuando se ha ocultado.",
  },
  "aggregate.suppressed": {
    label: "Ocultada",
    description:
      "Marca una cifra que el editor ocultó por ser pequeña (GLOTIP escribe <5), con el límite por debajo del cual está.",
  },
  "aggregate.source": {
    label: "Fuente",
    description: "Quién publicó la cifra o la recopilación de la que procede (GLOTIP).",
  },
  "aggregate.sourceLabels": {
    label: "Textos de la fuente",
    description:
      "Los textos propios de la fuente cuando los códigos no los reproducirían igual, para poder reescribir la fuente sin cambios.",
  },
  "suppressedValue.below": {
    label: "Inferior a",
    description:
      "La cifra ocultada es inferior a este número (<5 significa de 0 a 4); ausente si el editor no lo indicó.",
  },
  "sourceLabels.countryCode": {
    label: "Código de país",
    description: "Texto de la fuente para el campo código de país (Iso3_code), tal como se escribió.",
  },
  "sourceLabels.area": {
    label: "Nombre del país",
    description: "Texto de la fuente para el campo nombre del país o zona, tal como se escribió.",
  },
  "sourceLabels.region": {
    label: "Región",
    description: "Texto de la fuente para el campo región, tal como se escribió.",
  },
  "sourceLabels.subregion": {
    label: "Subregión",
    description: "Texto de la fuente para el campo subregión, tal como se escribió.",
  },
  "sourceLabels.indicator": {
    label: "Indicador",
    description: "Texto de la fuente para el campo indicador, tal como se escribió.",
  },
  "sourceLabels.breakdown": {
    label: "Desglose",
    description: "Texto de la fuente para el campo desglose (Dimension), tal como se escribió.",
  },
  "sourceLabels.category": {
    label: "Categoría",
    description:
      "Texto de la fuente para el campo categoría, cuando ningún código la expresa, tal como se escribió.",
  },
  "sourceLabels.sex": {
    label: "Sexo",
    description: "Texto de la fuente para el campo sexo, tal como se escribió.",
  },
  "sourceLabels.age": {
    label: "Edad",
    description: "Texto de la fuente para el campo grupo de edad, tal como se escribió.",
  },
  "sourceLabels.year": {
    label: "Año",
    description: "Texto de la fuente para el campo año, tal como se escribió.",
  },
  "sourceLabels.unit": {
    label: "Unidad",
    description: "Texto de la fuente para el campo unidad de medida, tal como se escribió.",
  },
  "sourceLabels.value": {
    label: "Valor",
    description: "Texto de la fuente para el campo valor (como 1,757 o <5), tal como se escribió.",
  },
  "helplineContact.recordType": {
    label: "Tipo de registro",
    description:
      "Valor fijo “helplineContact”, que identifica el registro como contacto con la línea de ayuda.",
  },
  "helplineContact.id": {
    label: "Identificador del registro",
    description:
      "Identificador único del registro (contacto con la línea de ayuda), en formato UUID (RFC 9562).",
  },
  "helplineContact.externalIds": {
    label: "Identificadores externos",
    description:
      "Números con que otros sistemas registran el mismo registro (contacto con la línea de ayuda).",
  },
  "helplineContact.createdAt": {
    label: "Creación del registro",
    description:
      "Fecha y hora en que se creó el registro (contacto con la línea de ayuda), en formato ISO 8601 con desfase horario.",
  },
  "helplineContact.updatedAt": {
    label: "Última actualización",
    description:
      "Fecha y hora de la última modificación del registro (contacto con la línea de ayuda), en formato ISO 8601 con desfase horario.",
  },
  "helplineContact.extensions": {
    label: "Extensiones",
    description:
      "Datos adicionales (contacto con la línea de ayuda) que no forman parte del estándar, agrupados por espacio de nombres.",
  },
  "helplineContact.agencyId": {
    label: "Línea de ayuda",
    description: "Identificador (UUID) del registro del organismo de la línea contactada.",
  },
  "helplineContact.contactedAt": {
    label: "Fecha y hora del contacto",
    description: "Fecha y hora del contacto, en formato ISO 8601 con desfase horario.",
  },
  "helplineContact.channel": {
    label: "Canal",
    description:
      "Cómo se contactó la línea: teléfono, chat, redes sociales, correo electrónico, en persona u otro.",
  },
  "helplineContact.language": {
    label: "Idioma",
    description: "Idioma en que se mantuvo el contacto.",
  },
  "helplineContact.contactor": {
    label: "Quién contactó",
    description:
      "Quién contactó la línea: la víctima, un familiar o amistad, un tercero, un profesional o una persona anónima.",
  },
  "helplineContact.callerName": {
    label: "Nombre de quien contactó",
    description: "Nombre que dio la persona que contactó la línea; nunca se registra en un contacto anónimo.",
  },
  "helplineContact.callerPhone": {
    label: "Teléfono de quien contactó",
    description:
      "Número de teléfono de la persona que contactó la línea, en formato E.164; nunca se registra en un contacto anónimo.",
  },
  "helplineContact.indicatorsRaised": {
    label: "Indicadores señalados",
    description: "Indicadores de trabajo forzoso de la OIT que surgieron en el contacto.",
  },
  "helplineContact.outcome": {
    label: "Resultado",
    description: "Qué resultó del contacto: derivación, información brindada, sin acción u otro.",
  },
  "helplineContact.victimId": {
    label: "Víctima",
    description: "Identificador (UUID) del registro de la víctima a la que condujo el contacto.",
  },
  "helplineContact.caseId": {
    label: "Caso",
    description: "Identificador (UUID) del registro del caso al que condujo el contacto.",
  },
  "helplineContact.summary": {
    label: "Resumen",
    description: "Resumen en texto libre del contacto.",
  },
  "screening.recordType": {
    label: "Tipo de registro",
    description: "Valor fijo “screening”, que identifica el registro como evaluación.",
  },
  "screening.id": {
    label: "Identificador del registro",
    description: "Identificador único del registro (evaluación), en formato UUID (RFC 9562).",
  },
  "screening.externalIds": {
    label: "Identificadores externos",
    description: "Números con que otros sistemas registran el mismo registro (evaluación).",
  },
  "screening.createdAt": {
    label: "Creación del registro",
    description:
      "Fecha y hora en que se creó el registro (evaluación), en formato ISO 8601 con desfase horario.",
  },
  "screening.updatedAt": {
    label: "Última actualización",
    description:
      "Fecha y hora de la última modificación del registro (evaluación), en formato ISO 8601 con desfase horario.",
  },
  "screening.extensions": {
    label: "Extensiones",
    description:
      "Datos adicionales (evaluación) que no forman parte del estándar, agrupados por espacio de nombres.",
  },
  "screening.agencyId": {
    label: "Organismo evaluador",
    description: "Identificador (UUID) del registro del organismo que realizó la evaluación.",
  },
  "screening.screenedOn": {
    label: "Fecha de la evaluación",
    description: "Fecha de la evaluación.",
  },
  "screening.tool": {
    label: "Herramienta de evaluación",
    description:
      "La herramienta usada: indicadores de la OIT, indicadores operativos OIT–CE, formulario de la OIM, una herramienta nacional u otra.",
  },
  "screening.toolName": {
    label: "Nombre de la herramienta",
    description: "Nombre y versión de la herramienta, sobre todo si es nacional u otra.",
  },
  "screening.indicators": {
    label: "Indicadores hallados",
    description: "Indicadores hallados en la evaluación, cada uno con su peso.",
  },
  "screening.outcome": {
    label: "Resultado",
    description: "Conclusión de la evaluación: presunta víctima, no es víctima o requiere seguimiento.",
  },
  "screening.helplineContactId": {
    label: "Contacto con la línea",
    description: "Identificador (UUID) del registro del contacto con la línea que condujo a la evaluación.",
  },
  "screening.victimId": {
    label: "Víctima",
    description: "Identificador (UUID) del registro de la víctima a la que condujo la evaluación.",
  },
  "screening.notes": {
    label: "Notas",
    description: "Notas en texto libre sobre la evaluación.",
  },
  "screeningIndicator.indicator": {
    label: "Indicador",
    description: "Uno de los indicadores de trabajo forzoso de la OIT.",
  },
  "screeningIndicator.strength": {
    label: "Peso",
    description: "Con qué fuerza el indicador apunta a la trata: fuerte, medio o débil.",
  },
  "protectionMeasure.recordType": {
    label: "Tipo de registro",
    description: "Valor fijo “protectionMeasure”, que identifica el registro como medida de protección.",
  },
  "protectionMeasure.id": {
    label: "Identificador del registro",
    description: "Identificador único del registro (medida de protección), en formato UUID (RFC 9562).",
  },
  "protectionMeasure.externalIds": {
    label: "Identificadores externos",
    description: "Números con que otros sistemas registran el mismo registro (medida de protección).",
  },
  "protectionMeasure.createdAt": {
    label: "Creación del registro",
    description:
      "Fecha y hora en que se creó el registro (medida de protección), en formato ISO 8601 con desfase horario.",
  },
  "protectionMeasure.updatedAt": {
    label: "Última actualización",
    description:
      "Fecha y hora de la última modificación del registro (medida de protección), en formato ISO 8601 con desfase horario.",
  },
  "protectionMeasure.extensions": {
    label: "Extensiones",
    description:
      "Datos adicionales (medida de protección) que no forman parte del estándar, agrupados por espacio de nombres.",
  },
  "protectionMeasure.kind": {
    label: "Tipo de medida",
    description:
      "Indemnización, restitución, permiso de residencia, período de reflexión, retorno y reintegración, o no punibilidad.",
  },
  "protectionMeasure.victimId": {
    label: "Víctima",
    description: "Identificador (UUID) del registro de la víctima a la que corresponde la medida.",
  },
  "protectionMeasure.caseId": {
    label: "Caso",
    description: "Identificador (UUID) del registro del caso al que corresponde la medida.",
  },
  "protectionMeasure.agencyId": {
    label: "Organismo responsable",
    description: "Identificador (UUID) del registro del organismo que decidió o aplicó la medida.",
  },
  "protectionMeasure.compensation": {
    label: "Indemnización o restitución",
    description: "Detalle de una indemnización o restitución: fuente, concesión, pago, montos y moneda.",
  },
  "protectionMeasure.residence": {
    label: "Permiso de residencia o período de reflexión",
    description: "Detalle de un permiso de residencia o período de reflexión: tipo, decisión y fechas.",
  },
  "protectionMeasure.reintegration": {
    label: "Retorno y reintegración",
    description: "Detalle de un retorno y su seguimiento: país, fechas y resultado.",
  },
  "protectionMeasure.nonPunishment": {
    label: "No punibilidad",
    description:
      "Detalle del procesamiento de la víctima por un delito cometido como consecuencia de la trata, y su resultado.",
  },
  "protectionMeasure.notes": {
    label: "Notas",
    description: "Notas en texto libre sobre la medida.",
  },
  "compensationDetail.source": {
    label: "Fuente",
    description: "De dónde proviene el dinero: orden judicial, fondo estatal, acuerdo u otra.",
  },
  "compensationDetail.awarded": {
    label: "Concedida",
    description: "Si se concedió la indemnización o restitución.",
  },
  "compensationDetail.awardedOn": {
    label: "Fecha de concesión",
    description: "Fecha de la concesión.",
  },
  "compensationDetail.amountAwarded": {
    label: "Monto concedido",
    description: "Monto concedido, en la moneda indicada.",
  },
  "compensationDetail.paid": {
    label: "Pagada",
    description: "Si la víctima recibió el dinero.",
  },
  "compensationDetail.paidOn": {
    label: "Fecha de pago",
    description: "Fecha en que se pagó el dinero.",
  },
  "compensationDetail.amountPaid": {
    label: "Monto pagado",
    description: "Monto efectivamente pagado, en la moneda indicada.",
  },
  "compensationDetail.currency": {
    label: "Moneda",
    description: "Moneda de los montos, como código ISO 4217.",
  },
  "residenceDetail.permitType": {
    label: "Tipo de permiso",
    description: "Tipo de permiso: temporal, permanente, humanitario, protección internacional u otro.",
  },
  "residenceDetail.decision": {
    label: "Decisión",
    description: "Si el permiso o período se concedió, se denegó o está pendiente.",
  },
  "residenceDetail.decidedOn": {
    label: "Fecha de la decisión",
    description: "Fecha de la decisión.",
  },
  "residenceDetail.startDate": {
    label: "Fecha de inicio",
    description: "Primer día que cubre el permiso o período.",
  },
  "residenceDetail.endDate": {
    label: "Fecha de fin",
    description: "Último día que cubre el permiso o período.",
  },
  "reintegrationDetail.country": {
    label: "País de retorno",
    description: "País al que regresó la persona.",
  },
  "reintegrationDetail.returnedOn": {
    label: "Fecha de retorno",
    description: "Fecha del retorno.",
  },
  "reintegrationDetail.lastFollowUpOn": {
    label: "Último seguimiento",
    description: "Fecha del último seguimiento de la reintegración.",
  },
  "reintegrationDetail.outcome": {
    label: "Resultado de la reintegración",
    description: "Cómo estaba la reintegración en el último seguimiento.",
  },
  "nonPunishmentDetail.offence": {
    label: "Delito",
    description: "Delito por el que se procesó a la víctima, como código ICCS.",
  },
  "nonPunishmentDetail.offenceDescription": {
    label: "Delito según la fuente",
    description: "El delito como lo describe la fuente, si ningún código ICCS de la lista corresponde.",
  },
  "nonPunishmentDetail.outcome": {
    label: "Resultado",
    description: "No procesada, cargos retirados, absuelta, condenada o pendiente.",
  },
  "nonPunishmentDetail.decidedOn": {
    label: "Fecha de la decisión",
    description: "Fecha de la decisión que fijó el resultado.",
  },
  "sgbvIncident.recordType": {
    label: "Tipo de registro",
    description: "Valor fijo “sgbvIncident”, que identifica el registro como incidente de VSG.",
  },
  "sgbvIncident.id": {
    label: "Identificador del registro",
    description: "Identificador único del registro (incidente de VSG), en formato UUID (RFC 9562).",
  },
  "sgbvIncident.externalIds": {
    label: "Identificadores externos",
    description: "Números con que otros sistemas registran el mismo registro (incidente de VSG).",
  },
  "sgbvIncident.createdAt": {
    label: "Creación del registro",
    description:
      "Fecha y hora en que se creó el registro (incidente de VSG), en formato ISO 8601 con desfase horario.",
  },
  "sgbvIncident.updatedAt": {
    label: "Última actualización",
    description:
      "Fecha y hora de la última modificación del registro (incidente de VSG), en formato ISO 8601 con desfase horario.",
  },
  "sgbvIncident.extensions": {
    label: "Extensiones",
    description:
      "Datos adicionales (incidente de VSG) que no forman parte del estándar, agrupados por espacio de nombres.",
  },
  "sgbvIncident.victimId": {
    label: "Víctima",
    description: "Identificador (UUID) del registro de la víctima que sufrió el incidente.",
  },
  "sgbvIncident.caseId": {
    label: "Caso",
    description: "Identificador (UUID) del registro del caso al que corresponde el incidente.",
  },
  "sgbvIncident.type": {
    label: "Tipo de incidente",
    description: "Uno de los seis tipos principales de violencia de género de la clasificación del GBVIMS.",
  },
  "sgbvIncident.date": {
    label: "Fecha",
    description: "Fecha del incidente, al año, mes o día.",
  },
  "sgbvIncident.dateApproximate": {
    label: "Fecha aproximada",
    description: "Si la fecha es una estimación.",
  },
  "sgbvIncident.country": {
    label: "País",
    description: "País donde ocurrió el incidente.",
  },
  "sgbvIncident.place": {
    label: "Lugar",
    description: "Lugar de la ruta donde ocurrió el incidente, como una localidad o un paso fronterizo.",
  },
  "sgbvIncident.routeStage": {
    label: "Etapa de la ruta",
    description:
      "Si el incidente ocurrió en la captación, en tránsito, durante la explotación o en la identificación.",
  },
  "sgbvIncident.perpetratorKinds": {
    label: "Agresores",
    description:
      "Quién cometió el incidente: traficante de migrantes, tratante, funcionario, grupo armado, otra persona migrante, pareja, familiar, otro o desconocido.",
  },
  "sgbvIncident.reported": {
    label: "Denunciado",
    description: "Si el incidente se denunció a la policía u otra autoridad.",
  },
  "sgbvIncident.servicesReceived": {
    label: "Servicios recibidos",
    description: "Servicios que la persona recibió tras el incidente.",
  },
  "sgbvIncident.notes": {
    label: "Notas",
    description: "Notas en texto libre sobre el incidente.",
  },
  "operation.recordType": {
    label: "Tipo de registro",
    description: "Valor fijo “operation”, que identifica el registro como un operativo.",
  },
  "operation.id": {
    label: "Identificador del operativo",
    description: "Identificador único del operativo, en formato UUID (RFC 9562).",
  },
  "operation.externalIds": {
    label: "Identificadores externos del operativo",
    description: "Números con que otros sistemas registran el mismo operativo.",
  },
  "operation.createdAt": {
    label: "Creación del registro",
    description:
      "Fecha y hora en que se creó el registro del operativo, en formato ISO 8601 con desfase horario.",
  },
  "operation.updatedAt": {
    label: "Última actualización",
    description:
      "Fecha y hora de la última modificación del registro del operativo, en formato ISO 8601 con desfase horario.",
  },
  "operation.extensions": {
    label: "Extensiones",
    description:
      "Datos adicionales sobre el operativo que no forman parte del estándar, agrupados por espacio de nombres.",
  },
  "operation.kind": {
    label: "Tipo de operativo",
    description:
      "Si fue un operativo de las autoridades de un Estado o una investigación conjunta de dos o más Estados.",
  },
  "operation.name": {
    label: "Nombre del operativo",
    description: "Nombre o nombre clave del operativo; confidencial, porque puede revelar una investigación.",
  },
  "operation.leadAgencyId": {
    label: "Institución a cargo",
    description: "La institución que dirigió el operativo (su registro de institución).",
  },
  "operation.agencyIds": {
    label: "Instituciones participantes",
    description: "Todas las instituciones que participaron en el operativo (sus registros de institución).",
  },
  "operation.countries": {
    label: "Países participantes",
    description: "Países cuyas autoridades participaron en el operativo.",
  },
  "operation.startedOn": { label: "Fecha de inicio", description: "Día en que comenzó el operativo." },
  "operation.endedOn": {
    label: "Fecha de fin",
    description: "Día en que terminó el operativo; vacío mientras continúa.",
  },
  "operation.personsIdentified": {
    label: "Personas identificadas",
    description: "Número de personas identificadas como sospechosas de participar en los delitos.",
  },
  "operation.arrests": { label: "Detenciones", description: "Número de personas detenidas en el operativo." },
  "operation.victimsRescued": {
    label: "Víctimas rescatadas",
    description: "Número de presuntas víctimas rescatadas o apartadas de la explotación en el operativo.",
  },
  "operation.caseIds": {
    label: "Casos vinculados",
    description: "Los casos a los que se refiere el operativo (sus registros de caso).",
  },
  "operation.perpetratorIds": {
    label: "Autores vinculados",
    description: "Los presuntos autores identificados en el operativo (sus registros de autor).",
  },
  "operation.criminalGroupIds": {
    label: "Grupos delictivos vinculados",
    description:
      "Los grupos delictivos organizados contra los que se dirigió el operativo (sus registros de grupo).",
  },
  "operation.summary": { label: "Resumen", description: "Relato libre del operativo; confidencial." },
  "financialInquiry.recordType": {
    label: "Tipo de registro",
    description: "Valor fijo “financialInquiry”, que identifica el registro como una indagación financiera.",
  },
  "financialInquiry.id": {
    label: "Identificador de la indagación financiera",
    description: "Identificador único de la indagación financiera, en formato UUID (RFC 9562).",
  },
  "financialInquiry.externalIds": {
    label: "Identificadores externos de la indagación financiera",
    description: "Números con que otros sistemas registran la misma indagación.",
  },
  "financialInquiry.createdAt": {
    label: "Creación del registro",
    description:
      "Fecha y hora en que se creó el registro de la indagación financiera, en formato ISO 8601 con desfase horario.",
  },
  "financialInquiry.updatedAt": {
    label: "Última actualización",
    description:
      "Fecha y hora de la última modificación del registro de la indagación financiera, en formato ISO 8601 con desfase horario.",
  },
  "financialInquiry.extensions": {
    label: "Extensiones",
    description:
      "Datos adicionales sobre la indagación financiera que no forman parte del estándar, agrupados por espacio de nombres.",
  },
  "financialInquiry.kind": {
    label: "Tipo de indagación",
    description:
      "Si es un reporte de operación sospechosa, un informe de inteligencia financiera, una investigación de lavado de activos o una investigación financiera paralela.",
  },
  "financialInquiry.openedOn": {
    label: "Fecha de apertura",
    description: "Día en que se hizo el reporte o se abrió la investigación.",
  },
  "financialInquiry.closedOn": {
    label: "Fecha de cierre",
    description: "Día en que se cerró la indagación; vacío mientras sigue abierta.",
  },
  "financialInquiry.country": { label: "País", description: "País donde se lleva a cabo la indagación." },
  "financialInquiry.agencyId": {
    label: "Institución informante o investigadora",
    description:
      "La unidad de inteligencia financiera, la policía o la fiscalía que hizo el reporte o lleva la investigación (su registro de institución).",
  },
  "financialInquiry.caseIds": {
    label: "Casos vinculados",
    description: "Los casos a los que se refiere la indagación (sus registros de caso).",
  },
  "financialInquiry.perpetratorIds": {
    label: "Autores vinculados",
    description: "Las personas cuyas finanzas se indagan (sus registros de autor).",
  },
  "financialInquiry.criminalGroupIds": {
    label: "Grupos delictivos vinculados",
    description: "Los grupos delictivos organizados cuyas finanzas se indagan (sus registros de grupo).",
  },
  "financialInquiry.assetActions": {
    label: "Medidas sobre bienes",
    description:
      "Bienes identificados, congelados, incautados, decomisados o restituidos a víctimas, cada uno con su valor y moneda.",
  },
  "financialInquiry.outcome": {
    label: "Resultado",
    description: "En qué punto está la indagación o cómo terminó.",
  },
  "financialInquiry.summary": {
    label: "Resumen",
    description: "Relato libre de la indagación; confidencial.",
  },
  "legalAssistanceRequest.recordType": {
    label: "Tipo de registro",
    description:
      "Valor fijo “legalAssistanceRequest”, que identifica el registro como una solicitud de asistencia judicial recíproca.",
  },
  "legalAssistanceRequest.id": {
    label: "Identificador de la solicitud de asistencia judicial",
    description: "Identificador único de la solicitud de asistencia judicial, en formato UUID (RFC 9562).",
  },
  "legalAssistanceRequest.externalIds": {
    label: "Identificadores externos de la solicitud de asistencia judicial",
    description: "Números con que otros sistemas registran la misma solicitud.",
  },
  "legalAssistanceRequest.createdAt": {
    label: "Creación del registro",
    description:
      "Fecha y hora en que se creó el registro de la solicitud de asistencia judicial, en formato ISO 8601 con desfase horario.",
  },
  "legalAssistanceRequest.updatedAt": {
    label: "Última actualización",
    description:
      "Fecha y hora de la última modificación del registro de la solicitud de asistencia judicial, en formato ISO 8601 con desfase horario.",
  },
  "legalAssistanceRequest.extensions": {
    label: "Extensiones",
    description:
      "Datos adicionales sobre la solicitud que no forman parte del estándar, agrupados por espacio de nombres.",
  },
  "legalAssistanceRequest.direction": {
    label: "Sentido",
    description: "Si el Estado que registra envió la solicitud o la recibió.",
  },
  "legalAssistanceRequest.requestingCountry": {
    label: "País requirente",
    description: "El Estado que pide la asistencia.",
  },
  "legalAssistanceRequest.requestedCountry": {
    label: "País requerido",
    description: "El Estado al que se pide la asistencia.",
  },
  "legalAssistanceRequest.requestingAgencyId": {
    label: "Autoridad requirente",
    description: "La autoridad que emitió la solicitud (su registro de institución).",
  },
  "legalAssistanceRequest.requestedAgencyId": {
    label: "Autoridad requerida",
    description: "La autoridad central o competente que recibió la solicitud (su registro de institución).",
  },
  "legalAssistanceRequest.legalBasis": {
    label: "Base jurídica",
    description: "El tratado o la ley en que se funda la solicitud.",
  },
  "legalAssistanceRequest.assistanceTypes": {
    label: "Asistencia solicitada",
    description: "Los tipos de asistencia que pide la solicitud.",
  },
  "legalAssistanceRequest.sentOn": {
    label: "Fecha de envío",
    description: "Día en que el Estado requirente envió la solicitud.",
  },
  "legalAssistanceRequest.receivedOn": {
    label: "Fecha de recepción",
    description: "Día en que el Estado requerido recibió la solicitud.",
  },
  "legalAssistanceRequest.status": {
    label: "Estado",
    description:
      "En qué punto está la solicitud: pendiente, ejecutada, ejecutada parcialmente, denegada o retirada.",
  },
  "legalAssistanceRequest.closedOn": {
    label: "Fecha de cierre",
    description: "Día en que la solicitud se ejecutó, se denegó o se retiró.",
  },
  "legalAssistanceRequest.caseId": {
    label: "Caso vinculado",
    description: "El caso al que sirve la solicitud (su registro de caso).",
  },
  "legalAssistanceRequest.details": {
    label: "Detalles",
    description: "Relato libre de lo solicitado y respondido; confidencial.",
  },
  "criminalGroup.recordType": {
    label: "Tipo de registro",
    description: "Valor fijo “criminalGroup”, que identifica el registro como un grupo delictivo organizado.",
  },
  "criminalGroup.id": {
    label: "Identificador del grupo delictivo",
    description: "Identificador único del grupo delictivo, en formato UUID (RFC 9562).",
  },
  "criminalGroup.externalIds": {
    label: "Identificadores externos del grupo delictivo",
    description: "Números con que otros sistemas registran el mismo grupo.",
  },
  "criminalGroup.createdAt": {
    label: "Creación del registro",
    description:
      "Fecha y hora en que se creó el registro del grupo delictivo, en formato ISO 8601 con desfase horario.",
  },
  "criminalGroup.updatedAt": {
    label: "Última actualización",
    description:
      "Fecha y hora de la última modificación del registro del grupo delictivo, en formato ISO 8601 con desfase horario.",
  },
  "criminalGroup.extensions": {
    label: "Extensiones",
    description:
      "Datos adicionales sobre el grupo delictivo que no forman parte del estándar, agrupados por espacio de nombres.",
  },
  "criminalGroup.name": {
    label: "Nombre del grupo",
    description: "Nombre con que se conoce al grupo; confidencial, porque puede revelar una investigación.",
  },
  "criminalGroup.structure": {
    label: "Estructura",
    description:
      "Cómo se organiza el grupo, según los cinco tipos de grupo delictivo organizado de la UNODC.",
  },
  "criminalGroup.transnational": {
    label: "Transnacional",
    description: "Si el grupo actúa más allá de las fronteras (art. 3.2 de la UNTOC).",
  },
  "criminalGroup.countries": { label: "Países de actuación", description: "Países donde actúa el grupo." },
  "criminalGroup.offences": {
    label: "Delitos relacionados",
    description:
      "Delitos a los que está vinculado el grupo, como códigos ICCS (trata de personas, lavado de activos, participación en un grupo delictivo organizado, etc.).",
  },
  "criminalGroup.estimatedMembers": {
    label: "Tamaño estimado",
    description: "Número estimado de integrantes del grupo.",
  },
  "criminalGroup.assetActions": {
    label: "Medidas sobre bienes",
    description:
      "Bienes del grupo identificados, congelados, incautados, decomisados o restituidos a víctimas, cada uno con su valor y moneda.",
  },
  "criminalGroup.perpetratorIds": {
    label: "Integrantes",
    description: "Los autores que se sabe pertenecen al grupo (sus registros de autor).",
  },
  "criminalGroup.caseIds": {
    label: "Casos vinculados",
    description: "Los casos en que está implicado el grupo (sus registros de caso).",
  },
  "criminalGroup.summary": { label: "Resumen", description: "Relato libre sobre el grupo; confidencial." },
  "preventionActivity.recordType": {
    label: "Tipo de registro",
    description:
      "Valor fijo “preventionActivity”, que identifica el registro como una actividad de prevención.",
  },
  "preventionActivity.id": {
    label: "Identificador de la actividad de prevención",
    description: "Identificador único de la actividad de prevención, en formato UUID (RFC 9562).",
  },
  "preventionActivity.externalIds": {
    label: "Identificadores externos de la actividad de prevención",
    description: "Números con que otros sistemas registran la misma actividad.",
  },
  "preventionActivity.createdAt": {
    label: "Creación del registro",
    description:
      "Fecha y hora en que se creó el registro de la actividad de prevención, en formato ISO 8601 con desfase horario.",
  },
  "preventionActivity.updatedAt": {
    label: "Última actualización",
    description:
      "Fecha y hora de la última modificación del registro de la actividad de prevención, en formato ISO 8601 con desfase horario.",
  },
  "preventionActivity.extensions": {
    label: "Extensiones",
    description:
      "Datos adicionales sobre la actividad que no forman parte del estándar, agrupados por espacio de nombres.",
  },
  "preventionActivity.kind": {
    label: "Tipo de actividad",
    description: "Si fue una campaña de sensibilización, una capacitación u otra actividad de prevención.",
  },
  "preventionActivity.title": {
    label: "Título",
    description: "Título público de la campaña o capacitación.",
  },
  "preventionActivity.audiences": {
    label: "Público destinatario",
    description:
      "A quién se dirigió la actividad: el público, grupos de funcionarios, grupos en riesgo o el sector privado.",
  },
  "preventionActivity.peopleReached": {
    label: "Personas alcanzadas",
    description: "Número estimado de personas a las que llegó la actividad.",
  },
  "preventionActivity.trainees": {
    label: "Personas capacitadas",
    description: "Número de personas que participaron en la capacitación.",
  },
  "preventionActivity.channels": {
    label: "Canales",
    description:
      "Por qué canales llegó la actividad a las personas: radio, televisión, impresos, presencial, en línea.",
  },
  "preventionActivity.platforms": {
    label: "Plataformas en línea",
    description: "Los sitios web, aplicaciones y redes sociales usados en línea.",
  },
  "preventionActivity.startedOn": {
    label: "Fecha de inicio",
    description: "Día en que comenzó la actividad.",
  },
  "preventionActivity.endedOn": { label: "Fecha de fin", description: "Día en que terminó la actividad." },
  "preventionActivity.country": { label: "País", description: "País donde se realizó la actividad." },
  "preventionActivity.organiserAgencyId": {
    label: "Institución organizadora",
    description: "La institución que organizó la actividad (su registro de institución).",
  },
  "preventionActivity.description": {
    label: "Descripción",
    description: "Descripción libre de la actividad.",
  },
} as const satisfies FieldTexts;
