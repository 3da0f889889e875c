import type { CodeTexts } from "../define-code-list.js";
import type { iccsCode } from "./iccs-code.codes.js";

export const iccsCodePt = {
  "0204": {
    label: "Tráfico de pessoas",
    definition:
      "Recrutar, transportar, alojar ou acolher pessoas por meios ilícitos com a finalidade de exploração.",
  },
  "02041": {
    label: "Tráfico de pessoas para fins de exploração sexual",
    definition: "Tráfico cuja finalidade é a exploração sexual.",
  },
  "02042": {
    label: "Tráfico de pessoas para fins de trabalho ou serviços forçados",
    definition: "Tráfico cuja finalidade é o trabalho ou os serviços forçados.",
  },
  "02043": {
    label: "Tráfico de pessoas para fins de remoção de órgãos",
    definition: "Tráfico cuja finalidade é a remoção de órgãos.",
  },
  "02044": {
    label: "Tráfico de pessoas para outros fins",
    definition:
      "Tráfico com finalidade distinta da exploração sexual, do trabalho ou serviços forçados ou da remoção de órgãos.",
  },
  "0203": {
    label: "Escravidão e exploração",
    definition:
      "Submeter uma pessoa a escravidão, servidão ou trabalho forçado, ou a outra exploração, como crime distinto do tráfico.",
  },
  "020321": {
    label: "Trabalho forçado em serviços domésticos",
    definition: "Obrigar uma pessoa a realizar trabalho doméstico em uma residência.",
  },
  "0302": {
    label: "Exploração sexual",
    definition:
      "Usar uma pessoa para fins sexuais visando obter vantagem, abusando de sua vulnerabilidade ou de uma posição de poder ou confiança.",
  },
  "03022": {
    label: "Exploração sexual de crianças e adolescentes",
    definition: "Exploração sexual em que a pessoa explorada é criança ou adolescente.",
  },
  "030221": {
    label: "Pornografia infantil",
    definition: "Produzir, distribuir ou possuir material sexual que retrata crianças ou adolescentes.",
  },
  "030222": {
    label: "Prostituição infantil",
    definition:
      "Utilizar criança ou adolescente em atividades sexuais em troca de pagamento ou outra recompensa.",
  },
  "08051": {
    label: "Contrabando de migrantes",
    definition:
      "Promover a entrada ilegal de uma pessoa em um país para obter vantagem financeira ou material; distinto do tráfico de pessoas.",
  },
  "020221": {
    label: "Sequestro",
    definition:
      "Capturar e manter ilegalmente uma pessoa contra a sua vontade, por exemplo para exigir resgate.",
  },
  "020291": {
    label: "Adoção ilegal",
    definition:
      "Providenciar uma adoção de forma ilícita, por exemplo mediante pagamento indevido, coação ou consentimento falsificado.",
  },
  "020292": {
    label: "Casamento forçado",
    definition:
      "Obrigar uma pessoa a casar sem o seu consentimento livre e pleno, ou mantê-la nesse casamento.",
  },
  "07041": {
    label: "Lavagem de dinheiro",
    definition:
      "Converter, transferir ou ocultar bens que se sabe serem produto de crime, para esconder sua origem ilícita.",
  },
  "09051": {
    label: "Participação em grupo criminoso organizado",
    definition:
      "Tomar parte num grupo estruturado de três ou mais pessoas que atua em conjunto para cometer crimes graves em troca de benefício material.",
  },
} as const satisfies CodeTexts<typeof iccsCode>;
