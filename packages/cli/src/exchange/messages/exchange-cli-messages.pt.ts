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
  node: {
    badUrl: "{option} precisa da URL de um nó que comece por http:// ou https://, não “{value}”",
    unreachable: "não é possível contactar o nó em {url}: {reason}",
    refused: "o nó recusou o pedido (HTTP {status}, {code})",
    envelopeRefused: "o nó recusou o envelope: {reason}",
    badId: "{option} precisa de um identificador de mensagem escrito como UUID, não “{value}”",
  },
  serve: {
    description:
      "Executar o nó de intercâmbio deste organismo: uma API HTTP pela qual organismos de confiança enviam envelopes (guardados cifrados, tal como recebidos) e atualizações de estado com pedidos assinados, respondidos com recibos assinados; este organismo lista, obtém e confirma o que chegou com tip inbox. Dados em PostgreSQL: --database-url ou DATABASE_URL; senão, um PostgreSQL integrado em --data-dir. Ctrl-C para-o. Código de saída 0: parado; 2: erro de utilização, chaves ilegíveis, ou uma porta ou base de dados que não pode ser usada.",
    trust:
      "o diretório de confiança, ou os conjuntos JWK públicos, dos organismos que podem chamar, incluindo este (repetir para vários)",
    port: "porta onde escutar (predefinição: 8080)",
    host: "endereço onde escutar (predefinição: 127.0.0.1; coloque um proxy TLS à frente para servir outras máquinas)",
    dataDir: "pasta da base de dados integrada (predefinição: tip-node-data)",
    databaseUrl: "URL de um servidor PostgreSQL (predefinição: DATABASE_URL; sem ela, a base integrada)",
    maxMb: "maior envelope aceite, em MiB (predefinição: 64)",
    listening:
      "Nó do organismo {agency} a escutar em {url} (base de dados: {database}). Prima Ctrl-C para o parar.",
    stopped: "Nó parado.",
    cannotStart: "o nó não conseguiu arrancar: {reason}",
    badPort: "{option} precisa de um número de porta de 0 a 65535, não “{value}”",
  },
  send: {
    description:
      "Enviar um envelope selado ao nó do organismo destinatário com um pedido assinado com a chave deste organismo, e verificar o recibo assinado com que responde. Código de saída 0: aceite; 1: rejeitado porque o lote tem registos inválidos (códigos listados); 2: recusado, erro de utilização, entrada ilegível ou nó inacessível.",
    envelope: "o envelope selado a enviar (de tip seal)",
    to: "a URL do nó do organismo destinatário",
    trust:
      "o conjunto JWK público do organismo destinatário, ou o diretório, para verificar o seu recibo (repetir para vários)",
    receipt: "ficheiro onde escrever o recibo assinado",
    accepted: "Mensagem {id} aceite pelo organismo {agency}.",
    rejected:
      "Mensagem {id} rejeitada pelo organismo {agency}: o lote tem registos inválidos ({count} código(s) de problema).",
    issue: "  {code}: {count}",
    verified: "A assinatura do recibo foi verificada.",
    receiptInvalid: "a resposta do nó não é um recibo válido do organismo destinatário: {reason}",
    replayed: "O nó já recebeu a mensagem {id} e recusa-a de novo; o primeiro recibo diz: {outcome}.",
    receiptWritten: "Recibo escrito em {file}.",
  },
  inbox: {
    description:
      "A caixa de entrada deste organismo no seu próprio nó: listar, obter e confirmar os envelopes recebidos.",
    from: "a URL do nó deste organismo",
    listDescription:
      "Listar os envelopes recebidos, do mais antigo ao mais recente, um objeto JSON por linha (identificadores, remetente, finalidade, datas: nenhum conteúdo). Código de saída 0: listados; 2: erro de utilização, ou o nó está inacessível ou recusa.",
    pending: "apenas os envelopes ainda não confirmados",
    after: "listar os posteriores a esta posição (o seq do último visto)",
    listed: "{count} envelope(s) listado(s).",
    fetchDescription:
      "Obter um envelope tal como recebido (ainda cifrado), para o abrir com tip open. Código de saída 0: escrito; 2: envelope inexistente, erro de utilização, ou o nó está inacessível ou recusa.",
    messageId: "o identificador de mensagem do envelope",
    output: "ficheiro onde escrever o envelope (predefinição: saída padrão)",
    fetched: "Envelope {id} escrito.",
    ackDescription:
      "Confirmar um envelope depois de integrado nos sistemas próprios deste organismo. Código de saída 0: confirmado; 2: envelope inexistente, erro de utilização, ou o nó está inacessível ou recusa.",
    acknowledged: "Envelope {id} confirmado ({at}).",
  },
} as const satisfies ExchangeCliMessages;
