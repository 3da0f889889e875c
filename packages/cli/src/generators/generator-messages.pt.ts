import type { GeneratorMessages } from "./generator-messages.js";

/** Portuguese texts of `tip docs`, `tip schema` and `tip synth`. */
export const generatorMessagesPt = {
  docs: {
    description:
      "Escrever o site de documentação do padrão (dicionário de dados, listas de códigos, correspondências, regras) em HTML estático.",
    out: "pasta onde escrever o site",
    lang: "idiomas do site: en, es, fr, pt ou all (padrão: all); vários separados por vírgulas",
    written: "Site de documentação escrito ({langs}): {entry}",
  },
  schema: {
    description: "Escrever o JSON Schema (draft 2020-12) de cada tipo de registro.",
    out: "pasta onde escrever os esquemas (padrão: a pasta atual)",
    written: "{count} arquivos JSON Schema escritos em {dir}",
    writtenProfile: "{count} arquivos JSON Schema do perfil {profile} escritos em {dir}",
  },
  synth: {
    description:
      "Escrever registros de tráfico sintéticos e fictícios em NDJSON (um registro por linha) para testes e demonstrações.",
    count: "número de registros de vítimas; casos, autores, organismos e encaminhamentos vêm com eles",
    seed: "semente do gerador: a mesma semente sempre dá os mesmos registros",
    country: "código ISO 3166-1 alfa-2 do país informante (padrão: TT)",
    errorRate: "proporção de registros de vítimas invalidados de propósito, de 0 a 1 (padrão: 0)",
    aggregates:
      "gravar também os números que o país publicaria a partir desses registros (registros agregados, no formato do GLOTIP), depois deles",
    out: "arquivo a escrever; - ou sem esta opção escreve na saída padrão",
    written: "{count} registros escritos em {file}",
  },
  errors: {
    badCount: "{option} precisa de um número inteiro maior ou igual a 0, não “{value}”",
    badRate: "{option} precisa de um número de 0 a 1, não “{value}”",
    badCountry: "“{value}” não é um código de país ISO 3166-1 alfa-2 (como TT, MX ou BR)",
    missingOption: "a opção {option} é obrigatória",
    unwritable: "não é possível escrever “{file}”: {reason}",
  },
} as const satisfies GeneratorMessages;
