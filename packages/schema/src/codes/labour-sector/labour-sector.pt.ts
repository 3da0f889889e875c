import type { CodeTexts } from "../define-code-list.js";
import type { labourSector } from "./labour-sector.codes.js";

export const labourSectorPt = {
  agriculture: {
    label: "Agricultura",
    definition: "Trabalho agrícola, pecuário, em plantações e outras atividades rurais semelhantes.",
  },
  aquafarming: {
    label: "Aquicultura",
    definition:
      "Criação de peixes, frutos do mar ou plantas aquáticas e trabalhos relacionados na água ou perto dela.",
  },
  begging: {
    label: "Mendicância",
    definition: "Mendicância em locais públicos, que o CTDC registra como tipo de trabalho.",
  },
  construction: {
    label: "Construção",
    definition: "Construção, demolição, obras viárias e trabalhos de obra relacionados.",
  },
  domestic_work: {
    label: "Trabalho doméstico",
    definition: "Limpeza, cozinha, cuidado de pessoas e outras tarefas em uma residência particular.",
  },
  hospitality: {
    label: "Hotelaria e restaurantes",
    definition: "Trabalho em hotéis, restaurantes, bares e serviços semelhantes.",
  },
  illicit_activities: {
    label: "Atividades ilícitas",
    definition: "Trabalho em atividades que são ilegais em si, como a produção de drogas ou o contrabando.",
  },
  manufacturing: {
    label: "Indústria de transformação",
    definition: "Produção de bens em fábricas, oficinas ou em domicílio.",
  },
  mining_or_drilling: {
    label: "Mineração ou perfuração",
    definition: "Trabalho em minas, pedreiras ou perfuração de petróleo e gás.",
  },
  peddling: {
    label: "Venda ambulante",
    definition: "Venda de mercadorias na rua, de porta em porta ou no transporte público.",
  },
  transportation: {
    label: "Transporte",
    definition: "Condução, navegação, carga e descarga e outros trabalhos de transporte.",
  },
  other: { label: "Outro", definition: "Outro setor não incluído nesta lista." },
} as const satisfies CodeTexts<typeof labourSector>;
