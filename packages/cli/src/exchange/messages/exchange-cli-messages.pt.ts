import type { ExchangeCliMessages } from "./exchange-cli-messages.js";

/** Textos em português dos comandos de intercâmbio. */
export const exchangeCliMessagesPt = {
  common: {
    lang: "idioma das mensagens: en, es, fr ou pt (padrão: conforme LANG; senão, en)",
    key: "arquivo de chave privada deste órgão (de tip keys new)",
    keyFile: "{option} “{file}”: {problem}",
  },
  keys: {
    description: "Gerir as chaves de um órgão para o intercâmbio seguro.",
    newDescription:
      "Criar as chaves de um órgão: um arquivo de chave privada (legível só por você; guarde-o em segredo) e um conjunto JWK público para entregar aos órgãos parceiros. Código de saída 0: gravadas; 2: erro de uso ou chaves já existentes.",
    agency: "identificador do órgão (um UUID, como nos pacotes que envia)",
    country: "país do órgão, ISO 3166-1 alfa-2 (publicado com as chaves)",
    validFrom: "primeiro momento em que as chaves podem ser usadas, ISO 8601 (padrão: sem início)",
    validUntil:
      "momento a partir do qual as chaves não podem mais ser usadas, ISO 8601, para uma rotação prevista",
    outputDir: "pasta onde gravar private.jwks.json e public.jwks.json (criada se faltar)",
    written:
      "Chaves do órgão {agency} gravadas em {dir}: private.jwks.json (privado, legível só por você) e public.jwks.json (entregue-o aos órgãos parceiros). Identificadores de chave: assinatura {sig}, cifragem {enc}.",
    keepPrivate:
      "Nunca envie, publique nem copie private.jwks.json para um lugar compartilhado: quem o tiver pode assinar em nome do seu órgão e ler o que lhe é enviado.",
    exists:
      "{dir} já contém {file}: as chaves nunca são sobrescritas. Use outra pasta (rotação: publique os dois conjuntos de chaves).",
    badAgency: "{option} precisa de um identificador de órgão escrito como UUID, não “{value}”",
    badCountry: "{option} precisa de um código de país ISO 3166-1 alfa-2 como TT, não “{value}”",
    badTime: "{option} precisa de um momento em ISO 8601 com fuso (2024-01-01T00:00:00Z), não “{value}”",
    badPeriod: "--valid-until deve vir depois de --valid-from",
  },
  seal: {
    description:
      "Assinar um pacote com a chave deste órgão e cifrá-lo para os órgãos destinatários, depois de verificar que o consentimento de cada pessoa cobre a finalidade e os destinatários (sem consentimento, sem envelope). Código de saída 0: selado; 1: o pacote não pode ser enviado como está (registros indicados pela posição); 2: erro de uso ou entrada ilegível.",
    bundle: "o pacote de intercâmbio a enviar (JSON)",
    to: "o conjunto JWK público de um órgão destinatário, ou um diretório de órgãos (repita para vários)",
    purpose: "por que os dados são compartilhados, uma finalidade de consentimento: {choices}",
    agreement: "referência do acordo de compartilhamento de dados (letras, algarismos e ._:/-)",
    retention:
      "por quanto tempo o destinatário pode guardar os dados, duração ISO 8601 como P5Y, P6M ou P90D",
    expiresIn: "dias durante os quais o envelope pode ser aberto, de 1 a 366 (padrão: 7)",
    inReplyTo: "identificador de mensagem do envelope a que este responde",
    mark: "a marcação TLP própria de um registro, como <id do registro>=<TLP> (repita para vários)",
    output: "arquivo onde gravar o envelope (padrão: saída padrão)",
    sealed: "Mensagem {id} selada para {count} órgão(s): {recipients}. Pode ser aberta até {expiresAt}.",
    refusedMore: "… e mais {count}.",
    badMark: "{option} precisa de <id do registro>=<TLP> com uma TLP entre {choices}, não “{value}”",
    notJson: "“{file}” não é um documento JSON",
  },
  open: {
    description:
      "Decifrar um envelope enviado a este órgão, verificar quem o assinou com as chaves de confiança, recusar repetições, envelopes expirados e chaves revogadas, e validar o pacote. Código de saída 0: aberto e válido; 1: aberto, mas o pacote tem registros inválidos; 2: recusado (nada é gravado), erro de uso ou entrada ilegível.",
    envelope: "o envelope recebido (JSON)",
    trust: "o diretório de confiança, ou o conjunto JWK público de um órgão remetente (repita para vários)",
    seen: "arquivo dos identificadores de mensagens já abertas, para recusar repetições entre execuções (criado se faltar)",
    output: "arquivo onde gravar o pacote (padrão: saída padrão)",
    receipt:
      "arquivo onde gravar um recibo assinado para o remetente: aceito, ou rejeitado com os códigos dos problemas",
    opened:
      "Mensagem {id} aberta, do órgão {sender}: finalidade {purpose}, acordo {agreement}, guardar por {retention}, TLP:{tlp}.",
    markings: "{count} registro(s) têm uma marcação TLP própria.",
    valid: "O pacote é válido: {count} registro(s).",
    invalid:
      "O pacote não é válido: {errors} erro(s); {invalid} de {count} registro(s) inválidos. Responda com uma rejeição (veja --receipt).",
    receiptWritten: "Recibo {id} ({outcome}) gravado.",
    badSeen:
      "não é possível usar “{file}” como lista de mensagens abertas: a linha {line} não é uma entrada dela",
  },
} as const satisfies ExchangeCliMessages;
