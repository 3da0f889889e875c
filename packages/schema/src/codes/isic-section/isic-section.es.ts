import type { CodeTexts } from "../define-code-list.js";
import type { isicSection } from "./isic-section.codes.js";

export const isicSectionEs = {
  A: {
    label: "Agricultura, ganadería, silvicultura y pesca",
    definition: "Cultivo, cría de animales, explotación forestal, pesca y acuicultura.",
  },
  B: {
    label: "Explotación de minas y canteras",
    definition:
      "Extracción de minerales, carbón, petróleo y gas, y explotación de canteras de piedra, arena y arcilla.",
  },
  C: {
    label: "Industrias manufactureras",
    definition: "Transformación de materiales en nuevos productos, en fábricas o talleres.",
  },
  D: {
    label: "Suministro de electricidad, gas, vapor y aire acondicionado",
    definition: "Generación y distribución de electricidad, gas, vapor y aire acondicionado.",
  },
  E: {
    label: "Suministro de agua; alcantarillado, gestión de desechos y descontaminación",
    definition:
      "Suministro de agua, tratamiento de aguas residuales y recolección, tratamiento o reciclaje de desechos.",
  },
  F: {
    label: "Construcción",
    definition: "Edificación, obras de ingeniería civil y oficios especializados de la construcción.",
  },
  G: {
    label: "Comercio al por mayor y al por menor; reparación de vehículos automotores y motocicletas",
    definition:
      "Compra y reventa de bienes, incluido el comercio callejero y en mercados, y reparación de vehículos.",
  },
  H: {
    label: "Transporte y almacenamiento",
    definition: "Transporte de pasajeros o carga, almacenamiento y servicios postales y de mensajería.",
  },
  I: {
    label: "Actividades de alojamiento y de servicio de comidas",
    definition:
      "Alojamiento de corta estancia y preparación de comidas y bebidas, como en hoteles, restaurantes y bares.",
  },
  J: {
    label: "Información y comunicaciones",
    definition: "Edición, radiodifusión, telecomunicaciones y servicios de tecnología de la información.",
  },
  K: {
    label: "Actividades financieras y de seguros",
    definition: "Banca, seguros, fondos de pensiones y servicios financieros conexos.",
  },
  L: {
    label: "Actividades inmobiliarias",
    definition: "Compra, venta, alquiler y administración de bienes inmuebles.",
  },
  M: {
    label: "Actividades profesionales, científicas y técnicas",
    definition:
      "Servicios jurídicos, contables, de ingeniería, investigación, publicidad y otros servicios especializados.",
  },
  N: {
    label: "Actividades de servicios administrativos y de apoyo",
    definition: "Alquiler, agencias de empleo y de viajes, seguridad, limpieza y otros servicios de apoyo.",
  },
  O: {
    label: "Administración pública y defensa; seguridad social obligatoria",
    definition: "Administración del Estado, defensa, orden público y seguridad social obligatoria.",
  },
  P: { label: "Enseñanza", definition: "Enseñanza de todos los niveles y otros servicios educativos." },
  Q: {
    label: "Actividades de atención de la salud humana y de asistencia social",
    definition: "Hospitales, práctica médica, cuidados en residencias y asistencia social.",
  },
  R: {
    label: "Actividades artísticas, de entretenimiento y recreativas",
    definition: "Artes escénicas, museos, juegos de azar, deportes y otras actividades recreativas.",
  },
  S: {
    label: "Otras actividades de servicios",
    definition: "Asociaciones, reparación de bienes personales y otros servicios personales.",
  },
  T: {
    label: "Actividades de los hogares como empleadores",
    definition: "Hogares que emplean personal doméstico o producen bienes y servicios para uso propio.",
  },
  U: {
    label: "Actividades de organizaciones y órganos extraterritoriales",
    definition: "Organizaciones internacionales y otros órganos fuera de la jurisdicción nacional.",
  },
} as const satisfies CodeTexts<typeof isicSection>;
