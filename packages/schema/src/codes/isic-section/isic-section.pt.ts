import type { CodeTexts } from "../define-code-list.js";
import type { isicSection } from "./isic-section.codes.js";

export const isicSectionPt = {
  A: {
    label: "Agricultura, pecuária, produção florestal, pesca e aquicultura",
    definition: "Cultivo, criação de animais, exploração florestal, pesca e aquicultura.",
  },
  B: {
    label: "Indústrias extrativas",
    definition:
      "Extração de minerais, carvão, petróleo e gás, e exploração de pedreiras de pedra, areia e argila.",
  },
  C: {
    label: "Indústrias de transformação",
    definition: "Transformação de materiais em novos produtos, em fábricas ou oficinas.",
  },
  D: {
    label: "Eletricidade, gás, vapor e ar condicionado",
    definition: "Geração e distribuição de eletricidade, gás, vapor e ar condicionado.",
  },
  E: {
    label: "Água, esgoto, gestão de resíduos e descontaminação",
    definition: "Abastecimento de água, tratamento de esgoto e coleta, tratamento ou reciclagem de resíduos.",
  },
  F: {
    label: "Construção",
    definition: "Construção de edifícios, obras de infraestrutura e serviços especializados de construção.",
  },
  G: {
    label: "Comércio; reparação de veículos automotores e motocicletas",
    definition:
      "Compra e revenda de mercadorias, incluindo o comércio de rua e em feiras, e reparação de veículos.",
  },
  H: {
    label: "Transporte e armazenagem",
    definition: "Transporte de passageiros ou de carga, armazenagem e serviços postais e de entrega.",
  },
  I: {
    label: "Alojamento e alimentação",
    definition:
      "Hospedagem de curta duração e preparo de refeições e bebidas, como em hotéis, restaurantes e bares.",
  },
  J: {
    label: "Informação e comunicação",
    definition: "Edição, radiodifusão, telecomunicações e serviços de tecnologia da informação.",
  },
  K: {
    label: "Atividades financeiras e de seguros",
    definition: "Bancos, seguros, previdência complementar e serviços financeiros relacionados.",
  },
  L: { label: "Atividades imobiliárias", definition: "Compra, venda, aluguel e administração de imóveis." },
  M: {
    label: "Atividades profissionais, científicas e técnicas",
    definition:
      "Serviços jurídicos, contábeis, de engenharia, pesquisa, publicidade e outros serviços especializados.",
  },
  N: {
    label: "Atividades administrativas e serviços complementares",
    definition: "Aluguel, agências de emprego e de viagens, segurança, limpeza e outros serviços de apoio.",
  },
  O: {
    label: "Administração pública, defesa e seguridade social",
    definition: "Administração do Estado, defesa, ordem pública e seguridade social obrigatória.",
  },
  P: { label: "Educação", definition: "Ensino em todos os níveis e outros serviços educacionais." },
  Q: {
    label: "Saúde humana e serviços sociais",
    definition: "Hospitais, atividades médicas, cuidados residenciais e assistência social.",
  },
  R: {
    label: "Artes, cultura, esporte e recreação",
    definition: "Artes cênicas, museus, jogos de azar, esportes e outras atividades de lazer.",
  },
  S: {
    label: "Outras atividades de serviços",
    definition: "Organizações associativas, reparação de objetos pessoais e outros serviços pessoais.",
  },
  T: {
    label: "Serviços domésticos",
    definition:
      "Domicílios que empregam trabalhadores domésticos ou produzem bens e serviços para uso próprio.",
  },
  U: {
    label: "Organismos internacionais e outras instituições extraterritoriais",
    definition: "Organismos internacionais e outras instituições fora da jurisdição nacional.",
  },
} as const satisfies CodeTexts<typeof isicSection>;
