import type { PrivacyCliMessages } from "./privacy-cli-messages.js";

/** Textos em português dos comandos de privacidade. */
export const privacyCliMessagesPt = {
  common: {
    lang: "idioma das mensagens e rótulos: en, es, fr ou pt (padrão: conforme LANG; senão, en)",
    output: "arquivo em que se escreve (padrão: saída padrão)",
    place: "linha {line}",
    placeInDocument: "linha {line}, {pointer}",
    recordAt: "na linha {line}",
    recordAtInDocument: "na linha {line} ({pointer})",
    leftOut: "{count} item(ns) ficaram de fora:",
    leftOutMore: "… e mais {count}.",
    reasons: {
      invalid_json: "não é JSON válido",
      invalid_utf8: "não é texto UTF-8 válido",
      nul_byte: "contém um byte NUL",
      truncated_input: "está cortado",
      record_too_large: "excede o limite de 16 MiB",
      too_deep: "tem mais de 64 níveis de aninhamento",
      not_a_record: "não é um registro do modelo",
      nested_bundle: "um pacote dentro da entrada (entregue cada pacote em seu próprio arquivo)",
      failed: "não pôde ser processado",
      not_anonymizable:
        "não segue o modelo o bastante para ser anonimizado (por exemplo, um identificador que não é um UUID)",
    },
    used: "Registros lidos: {read}; usados: {used}; deixados de fora: {leftOut}.",
  },
  anonymize: {
    description:
      "Remover os identificadores, manter só os quase-identificadores escolhidos, torná-los k-anônimos e substituir os identificadores de registro por pseudônimos com chave. Código de saída 0: concluído; 1: concluído, mas parte da entrada ficou de fora; 2: erro de uso ou entrada ilegível.",
    input: "registros a anonimizar: NDJSON, um pacote JSON ou uma matriz JSON",
    keyFile:
      "arquivo com a chave secreta dos pseudônimos (pelo menos 16 bytes; bytes brutos ou texto hexadecimal). A mesma chave dá os mesmos pseudônimos",
    k: "tamanho mínimo de um grupo de registros com os mesmos quase-identificadores (padrão: {default})",
    quasi: "quase-identificadores mantidos, como ids de campo separados por vírgulas (padrão: {default})",
    records:
      "Registros lidos: {read}; escritos: {written}; removidos por k-anonimato: {suppressed}; deixados de fora: {leftOut}.",
    removed:
      "Removidos: {direct} identificador(es) direto(s), {quasi} quase-identificador(es), {other} texto(s) livre(s) ou outros valores pessoais, {unknown} campo(s) desconhecido(s).",
    kept: "Quase-identificadores mantidos: {fields} (k = {k}).",
    before: "Antes da supressão: {classes} grupo(s) abaixo de k, com {records} registro(s).",
    suppressedValues: "Valores suprimidos: {list} ({share} dos valores de quase-identificadores).",
    nothingSuppressed: "Nenhum valor precisou ser suprimido.",
    suppressedRecords: "Registros suprimidos como último recurso: {count}.",
    pseudonyms:
      "Os identificadores agora são pseudônimos com a sua chave: continuam sendo dados pessoais. Guarde a chave separada da saída.",
  },
  stats: {
    description:
      "Contar vítimas (ou autores) segundo as dimensões dadas, com totais por linha, por coluna e geral; células pequenas, e as que permitiriam deduzi-las, são suprimidas. Código de saída 0: concluído; 1: concluído, mas parte da entrada ficou de fora; 2: erro de uso ou entrada ilegível.",
    input: "registros a contar: NDJSON, um pacote JSON ou uma matriz JSON",
    by: "dimensões, separadas por vírgulas: {choices}",
    minCell:
      "menor contagem publicada; contagens menores diferentes de zero são suprimidas (padrão: {default})",
    preset: "tabela pronta: {choices}",
    population:
      "tabela de população (CSV ou JSON: colunas population e qualquer de sex, age_group, country, year) para taxas por 100 000",
    format:
      "formato de saída: text, csv, json ou glotip (as colunas da exportação GLOTIP do UNODC; acrescente year e country a --by para preencher essas colunas) (padrão: text)",
    glotipCellsLeftOut:
      "Células sem linha GLOTIP (desagregadas por duas categorias ao mesmo tempo, ou autores em todas as fases; os seus números estão nas margens): {count}.",
    unit: "o que se conta: victims ou perpetrators (padrão: victims; perpetrators com --by stage)",
    severalForms:
      "como contar uma vítima com várias formas de exploração: each (em cada forma, uma vez nos totais; por omissão, como as tabelas GLOTIP) ou multiple (uma vez, em «várias formas» ou em «formas mistas ou outras» do GLOTIP)",
  },
  export: {
    description:
      "Manter só os registros que o consentimento da pessoa e a marcação TLP permitem enviar a uma instituição para uma finalidade. Código de saída 0: tudo pode ser enviado; 1: registros foram retidos (cada um é indicado pela linha); 2: erro de uso ou entrada ilegível.",
    input: "registros a exportar: NDJSON, um pacote JSON ou uma matriz JSON",
    to: "id da instituição destinatária",
    purpose: "finalidade da exportação, uma finalidade de consentimento: {choices}",
    on: "dia da exportação, AAAA-MM-DD, para consentimentos que expiram ou são retirados (padrão: hoje)",
    recipientCountry:
      "país da instituição destinatária, para consentimentos dados por país (padrão: conforme a entrada)",
    summary:
      "Registros lidos: {read}; podem ser enviados: {sent}; retidos: {refused}; deixados de fora: {leftOut}.",
  },
  errors: {
    missingOption: "a opção {option} é obrigatória",
    badCount: "{option} requer um número inteiro igual ou maior que {min}, não “{value}”",
    badQuasi:
      "{option}: “{value}” não é um quase-identificador com um valor por registro (use ids de campo como victim.sex)",
    badDimension: "{option}: “{value}” não pode ser contado para {unit}; use {choices}",
    byOrPreset: "indique --by ou --preset, não ambos",
    keyTooShort:
      "a chave em “{file}” tem {bytes} byte(s); são necessários pelo menos {min} (recomendam-se 32 bytes aleatórios)",
    badInput: "“{file}” não contém registros NDJSON nem um pacote ou uma matriz JSON",
    badPopulation: "não é possível usar a tabela de população “{file}”: {reason}",
    badDate: "{option} requer uma data escrita AAAA-MM-DD, não “{value}”",
    populationColumn:
      "a coluna {column} do cabeçalho não é nenhuma de population, sex, age_group, country, year",
    populationKey:
      "linha {row}: a chave n.º {position} não é nenhuma de population, sex, age_group, country, year",
    populationRow: "a linha {row} não tem população maior que zero",
    populationVaries: "a população varia por {key}, mas a tabela não é desagregada por {key}",
    populationJson: "não é uma matriz JSON de linhas",
    brokenInput: "não é possível ler “{file}” além da linha {line}: {reason}",
    causes: {
      utf16: "é texto UTF-16; salve-o como UTF-8",
      not_json: "algo que não é JSON segue o documento",
      truncated: "termina dentro do documento",
    },
    inputChanged:
      "“{file}” mudou enquanto era lido ({first} registros na primeira vez, {second} na segunda); o resultado não é confiável: execute de novo sobre um arquivo que não esteja sendo escrito (nem seja a saída)",
    unwritable: "não é possível escrever “{file}”: {reason}",
  },
} as const satisfies PrivacyCliMessages;
