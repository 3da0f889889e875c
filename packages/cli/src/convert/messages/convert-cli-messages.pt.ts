import type { ConvertCliMessages } from "./convert-cli-messages.js";

/** Textos em português de `tip convert`. */
export const convertCliMessagesPt = {
  help: {
    description: "Converte HTCDS, CTDC, CSV simples, GLOTIP ou NDJSON canônico por meio do modelo canônico",
    input:
      "arquivo a converter; - (ou um pipe) lê a entrada padrão, com o formato detectado, a menos que --from seja dado",
    from: "formato de entrada: {formats} (padrão: detectado)",
    to: "formato de saída: {formats}",
    entity: "tipo de registro das linhas de CSV simples: {entities} (padrão: detectado, senão victim)",
    output:
      "arquivo de saída, .xlsx para o modelo HTCDS ou uma pasta de trabalho GLOTIP (padrão ou -: saída padrão). Com --to csv, os registros de tipos diferentes de --entity vão para arquivos ao lado, nomeados pelo tipo: out.csv -> out.case.csv",
    report: "grava o relatório de conversão (JSON, sem valores pessoais) neste arquivo",
    lang: "idioma do resumo e dos erros: en, es, fr ou pt (padrão: conforme LANG, senão en)",
    after:
      "Cada registro lido é gravado ou contado como ignorado com o seu motivo (saída 1): CTDC contém apenas vítimas; HTCDS contém vítimas com o seu caso, órgão, autor e encaminhamentos; o CSV simples na saída padrão contém um só tipo de registro.",
  },
  headline:
    "tip convert {from} -> {to}: {rows} linhas: {converted} convertidas, {invalid} inválidas, {skipped} ignoradas, {unread} valores não lidos, {lossy} campos com perda",
  formats: {
    htcds: "HTCDS",
    ctdc: "CTDC",
    csv: "CSV simples",
    tip: "NDJSON canônico",
    glotip: "GLOTIP",
  },
  standardInput: "entrada padrão",
  toRequired: "a opção --to <formato> é obrigatória ({formats})",
  unknownFormat: "não é possível saber o formato de “{file}”: indique --from",
  line: "linha {n}",
  inputErrors: {
    empty_input: "“{file}” não contém nenhuma linha{place}; nada foi convertido",
    missing_header_row:
      "“{file}” não tem linha de cabeçalho: nenhuma linha nomeia as colunas de {format}{place}; nada foi convertido",
    duplicate_column: "o cabeçalho de “{file}” nomeia uma coluna duas vezes{place}; nada foi convertido",
    csv_malformed: "o cabeçalho de “{file}” não pode ser lido como CSV{place}; nada foi convertido",
    invalid_json:
      "“{file}” não é uma exportação XLSForm em JSON (uma lista de envios){place}; nada foi convertido",
    other: "“{file}” não pode ser convertido ({code}){place}; nada foi convertido",
  },
} as const satisfies ConvertCliMessages;
