import type { CodeTexts } from "../define-code-list.js";
import type { migrationStatus } from "./migration-status.codes.js";

export const migrationStatusPt = {
  national: { label: "Nacional", definition: "Cidadão ou cidadã do país que faz o registro." },
  regular_migrant: {
    label: "Migrante regular",
    definition: "Pessoa estrangeira com autorização de permanência válida.",
  },
  irregular_migrant: {
    label: "Migrante em situação irregular",
    definition: "Pessoa estrangeira sem autorização para entrar, permanecer ou trabalhar.",
  },
  asylum_seeker: {
    label: "Solicitante de refúgio",
    definition: "Pessoa cujo pedido de proteção internacional ainda não foi decidido.",
  },
  refugee: {
    label: "Refugiado",
    definition: "Pessoa reconhecida como refugiada ou com proteção internacional concedida.",
  },
  stateless: { label: "Apátrida", definition: "Pessoa que nenhum Estado considera como seu nacional." },
  internally_displaced: {
    label: "Deslocado interno",
    definition: "Pessoa forçada a fugir de casa que não cruzou uma fronteira internacional.",
  },
  returnee: { label: "Retornado", definition: "Nacional que voltou ao país depois de viver no exterior." },
  unknown: {
    label: "Desconhecida",
    definition: "A situação migratória não é conhecida ou não foi registrada.",
  },
} as const satisfies CodeTexts<typeof migrationStatus>;
