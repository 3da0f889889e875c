import type { CliMessages } from "./cli-messages.js";

/** Portuguese texts of the `tip` command. */
export const cliMessagesPt = {
  locale: "pt",
  programDescription: "Verificar e trocar dados sobre tráfico de pessoas no modelo TIP.",
  helpOption: "exibir a ajuda do comando",
  helpCommand: "exibir a ajuda do comando",
  versionOption: "exibir o número da versão",
  modelVersion: "modelo de dados {version}",
  exitCodes:
    "Códigos de saída: 0 concluído, nada omitido; 1 dados inválidos, ou registros omitidos ou não gravados; 2 erro de uso, entrada ilegível ou saída que não pode ser gravada.",
  defaultValue: "(padrão: {value})",
  titles: {
    "Usage:": "Uso:",
    "Arguments:": "Argumentos:",
    "Options:": "Opções:",
    "Commands:": "Comandos:",
    "Global Options:": "Opções globais:",
  },
  validate: {
    description:
      "Verificar arquivos de dados (NDJSON, pacote JSON ou CSV) com o modelo TIP. Código de saída 0: todos os registros são válidos; 1: há registros inválidos; 2: erro de uso ou entrada ilegível.",
    files:
      "arquivos ou padrões glob a verificar (.ndjson/.jsonl, .json, .csv); - ou um pipe lê a entrada padrão, cujo formato é deduzido",
    format: "formato do relatório: text ou json (padrão: text)",
    lang: "idioma do relatório: en, es, fr ou pt (padrão: conforme LANG; senão, en)",
    maxIssues: "máximo de problemas listados; a contagem continua (padrão: {default})",
    workers:
      'threads de trabalho para NDJSON: um número (0: uma só thread), "all-cores", uma por núcleo, ou "auto", uma por núcleo menos uma (padrão: all-cores)',
    inputFormat:
      "formato de entrada: ndjson, json ou csv (padrão: pela extensão do arquivo; para a entrada padrão, pelos primeiros bytes)",
    recordType: "tipo de registro das linhas CSV: {choices}",
    progress: "Verificando {file}",
    filesChecked: "Arquivos verificados: {count}",
    output: "arquivo onde escrever o relatório (padrão: a saída padrão)",
    severity:
      "listar só os problemas desta gravidade ou pior: error, warning ou info (padrão: info); as contagens e o código de saída não mudam",
    validOnly:
      "escrever também os registros válidos, um JSON por linha, neste arquivo (só arquivos NDJSON ou JSON); os outros são contados no relatório",
    validWritten: "registros válidos escritos no arquivo de --valid-only: {count, number}",
    environment:
      "Ambiente: LC_ALL, LC_MESSAGES ou LANG escolhem o idioma padrão; NO_COLOR desativa as cores (usadas só em um terminal) e FORCE_COLOR as ativa (0 ou false: desativadas). Uma barra de progresso aparece em stderr para arquivos com mais de 5 MB quando stderr é um terminal.",
  },
  profile: {
    option:
      "perfil nacional: um id incluído (palermo, mx, ar) ou um arquivo JSON de perfil; aplicam-se as suas regras, listas de códigos e campos de extensão",
    unreadable: "não é possível ler o perfil “{file}”: {reason}",
    issue: "perfil {profile} em {pointer}: {message}",
    folded:
      "registros escritos com os códigos básicos a que correspondem os seus códigos nacionais ({format} só conhece os códigos básicos): {count, number}",
  },
  textInput: {
    encoding:
      "codificação do texto de entrada: auto, utf-8, utf-16le, utf-16be, windows-1252 (também latin1) ou iso-8859-15 (padrão: auto: UTF-16 pela marca de ordem de bytes, senão UTF-8; outros bytes são recusados, nunca substituídos)",
    delimiter:
      "delimitador de células CSV: , ; ou tab (padrão: o da linha de cabeçalho; com ; os números usam vírgula decimal, como o Excel os escreve em espanhol, francês ou português)",
  },
  errors: {
    prefix: "erro",
    helpHint: "Execute “{command} --help” para ver o uso.",
    unknownOption: "opção desconhecida “{token}”",
    unknownCommand: "comando desconhecido “{token}”",
    missingArgument: "falta o argumento obrigatório “{token}”",
    optionMissingArgument: "a opção “{token}” requer um valor",
    excessArguments: "argumentos demais",
    didYouMean: "você quis dizer {token}?",
    badChoice: "“{value}” não é um valor válido de {option}: use um de {choices}",
    badMaxIssues: "{option} requer um número inteiro maior ou igual a 0, não “{value}”",
    unknownExtension:
      "não é possível deduzir o formato de “{file}” pelo nome: informe --input-format ndjson, json ou csv",
    stdinNeedsFormat: "para ler a entrada padrão (-) é preciso --input-format ndjson, json ou csv",
    stdinTwice: "a entrada padrão (-) só pode ser lida uma vez",
    noMatch: "nenhum arquivo corresponde ao padrão “{pattern}”",
    validOnlyNeedsFiles:
      "--valid-only lê cada entrada duas vezes: “{file}” deve ser um arquivo NDJSON ou JSON, não CSV nem a entrada padrão",
    unreadable: "não é possível ler “{file}”: {reason}",
    internal: "falha inesperada ao verificar “{file}” ({name}); nenhum conteúdo de registro é exibido",
    unexpected: "falha inesperada ({name}); nenhum conteúdo de registro é exibido",
    invalidEncoding:
      "“{file}” não é texto {encoding} na linha {line} (byte {byte}); se um programa do Windows o salvou, informe --encoding windows-1252",
    unknownModelVersion:
      "“{file}” linha {line} está na versão {found} do modelo, que não pode ser atualizada para {current} (desconhecida ou mais recente que este tip)",
    nulByte:
      "“{file}” tem um byte NUL na linha {line}: é binário ou está em outra codificação (veja --encoding)",
  },
  workbook: {
    overLimit: "a pasta de trabalho excede o limite do leitor {limit} = {max}{place}; nada foi convertido",
    unreadable: "a entrada não é uma pasta de trabalho .xlsx legível: {fault}{place}",
    sheet: "planilha {n}",
    row: "linha {n}",
    column: "coluna {n}",
    notText:
      "a entrada é uma pasta de trabalho .xlsx, mas --from {format} lê texto: pastas de trabalho são lidas com --from htcds ou --from ctdc",
    faults: {
      not_a_zip: "não é um arquivo zip",
      damaged_zip: "seu arquivo zip está danificado ou truncado",
      encrypted: "está criptografada ou compactada de um modo que o leitor não conhece",
      no_workbook: "não tem parte de pasta de trabalho",
      no_sheet: "não tem planilha nessa posição",
      missing_part: "falta uma parte de que precisa",
      malformed_xml: "uma parte não é XML bem formado",
      bad_reference: "uma referência de célula ou de linha não é válida",
    },
  },
  reasons: {
    ENOENT: "arquivo inexistente",
    EACCES: "permissão negada",
    EISDIR: "é um diretório",
    notAFile: "não é um arquivo comum",
    other: "erro do sistema {code}",
  },
  output: {
    input: "a entrada",
    sameFile: "{first} e {second} são o mesmo arquivo: indique outro arquivo em {second}",
    unwritable: "não é possível gravar o arquivo de {option}: {reason}; nada foi gravado",
    stdoutFailed: "não é possível gravar na saída padrão: {reason}",
    binaryToStdout: "esta saída é binária: indique {option} <arquivo>",
    notAFolder: "{option} indica um arquivo, não uma pasta: indique uma pasta; nada foi escrito",
    holdsInput: "{option} é ou contém os arquivos que este comando lê: indique outra pasta; nada foi escrito",
    notOwnFolder:
      "{option} já contém arquivos ou pastas que este comando substituiria, mas que não escreveu: indique uma pasta vazia ou nova; nada foi escrito",
    reasons: {
      ENOENT: "a pasta não existe",
      EACCES: "permissão negada",
      EISDIR: "é um diretório",
      ENOSPC: "não há espaço no dispositivo",
      EROFS: "o sistema de arquivos é somente leitura",
      other: "erro do sistema {code}",
    },
    workersCapped: "--workers {asked} é mais do que os {cores} núcleos disponíveis: usando {cores}",
    records: "registros: {read, number} lidos, {written, number} gravados, {skipped, number} ignorados",
    skippedReason: "{count, number} ignorados: {reason}",
    otherTypesHint: "indique -o <arquivo> para gravar cada tipo de registro em seu próprio arquivo",
    migrated:
      "{records, plural, one {# registro atualizado} other {# registros atualizados}} do modelo {from} para {to}",
    migrationChange: "{count, plural, one {# alteração} other {# alterações}}: {kind}",
    otherTypeFiles:
      "{count, plural, one {# outro tipo de registro gravado} other {# outros tipos de registro gravados}} ao lado de {option}: {names}",
    notesInReport:
      "{count, plural, one {# nota} other {# notas}} sobre como os valores dos campos foram lidos ou gravados: no arquivo de {option}",
    notesHint:
      "{count, plural, one {# nota} other {# notas}} sobre como os valores dos campos foram lidos ou gravados: informe {option} <arquivo> para {count, plural, one {lê-la} other {lê-las}}",
  },
  /** `tip docs`, `tip schema` and `tip synth`. */
  generators: {
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
      written:
        "{count, plural, one {# arquivo JSON Schema escrito} other {# arquivos JSON Schema escritos}} em {dir}",
      writtenProfile:
        "{count, plural, one {# arquivo JSON Schema do perfil {profile} escrito} other {# arquivos JSON Schema do perfil {profile} escritos}} em {dir}",
    },
    synth: {
      description:
        "Escrever registros de tráfico sintéticos e fictícios em NDJSON (um registro por linha) para testes e demonstrações.",
      count: "número de registros de vítimas; casos, autores, organismos e encaminhamentos vêm com eles",
      seed: "semente do gerador: a mesma semente sempre dá os mesmos registros",
      country: "código ISO 3166-1 alfa-2 do país informante (padrão: TT)",
      errorRate:
        "proporção de registros invalidados de propósito, de 0 a 1 (padrão: 0): vítimas, e os números e registros de proteção, persecução e prevenção gravados com elas",
      aggregates:
        "gravar também os números que o país publicaria a partir desses registros (registros agregados, no formato do GLOTIP), depois deles",
      protection:
        "gravar também, em torno de cada vítima, contatos com a linha de ajuda, triagens, medidas de proteção e incidentes de violência sexual ou baseada em gênero",
      prosecution:
        "gravar também os registros de persecução e prevenção: grupos criminosos, operações, apurações financeiras, pedidos de assistência jurídica e atividades de prevenção",
      out: "arquivo a escrever; - ou sem esta opção escreve na saída padrão",
      written: "{count, plural, one {# registro escrito} other {# registros escritos}} em {file}",
    },
    errors: {
      badCount: "{option} precisa de um número inteiro maior ou igual a 0, não “{value}”",
      badRate: "{option} precisa de um número de 0 a 1, não “{value}”",
      badCountry: "“{value}” não é um código de país ISO 3166-1 alfa-2 (como TT, MX ou BR)",
      missingOption: "a opção {option} é obrigatória",
      unwritable: "não é possível escrever “{file}”: {reason}",
    },
  },
  /** `tip keys new`, `tip seal` and `tip open`. */
  exchange: {
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
      sealed:
        "Mensagem {id} selada para {count, plural, one {# órgão} other {# órgãos}}: {recipients}. Pode ser aberta até {expiresAt}.",
      refusedMore: "… e mais {count, number}.",
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
      markings: "{count, plural, one {# registro tem} other {# registros têm}} uma marcação TLP própria.",
      valid: "O pacote é válido: {count, plural, one {# registro} other {# registros}}.",
      invalid:
        "O pacote não é válido: {errors, plural, one {# erro} other {# erros}}; {invalid, number} de {count, plural, one {# registro} other {# registros}} inválidos. Responda com uma rejeição (veja --receipt).",
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
      deleted:
        "o nó já não guarda este envelope: o seu conteúdo foi apagado em {at} porque {because, select, retention {o prazo de conservação fixado pelo remetente tinha terminado} expired {expirou antes de esta agência acusar a sua receção} other {o seu prazo tinha terminado}}; o identificador de mensagem e o recibo são mantidos, e ainda se pode acusar a receção",
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
      purgeMinutes:
        "a espera mais longa entre duas eliminações do conteúdo dos envelopes que o nó já não pode guardar (prazo de conservação terminado, ou expirados sem aviso de receção); o nó também apaga quando o seguinte chega ao fim do prazo. Em minutos (predefinição: 60; 0: nunca)",
      listening:
        "Nó do organismo {agency} a escutar em {url} (base de dados: {database}). Prima Ctrl-C para o parar.",
      stopped: "Nó parado.",
      cannotStart: "o nó não conseguiu arrancar: {reason}",
      badPort: "{option} precisa de um número de porta de 0 a 65535, não “{value}”",
      badPurge: "{option} precisa de um número de minutos de 0 a {max}, não “{value}”",
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
        "Mensagem {id} rejeitada pelo organismo {agency}: o lote tem registos inválidos ({count, plural, one {# código de problema} other {# códigos de problema}}).",
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
      listed: "{count, plural, one {# envelope listado} other {# envelopes listados}}.",
      fetchDescription:
        "Obter um envelope tal como recebido (ainda cifrado), para o abrir com tip open. Código de saída 0: escrito; 2: envelope inexistente ou conteúdo apagado (prazo de conservação terminado ou expirado), erro de utilização, ou o nó está inacessível ou recusa.",
      messageId: "o identificador de mensagem do envelope",
      output: "ficheiro onde escrever o envelope (predefinição: saída padrão)",
      fetched: "Envelope {id} escrito.",
      ackDescription:
        "Confirmar um envelope depois de integrado nos sistemas próprios deste organismo. Código de saída 0: confirmado; 2: envelope inexistente, erro de utilização, ou o nó está inacessível ou recusa.",
      acknowledged: "Envelope {id} confirmado ({at}).",
    },
    receipt: {
      description: "Recibos assinados guardados em ficheiros.",
      verifyDescription:
        "Verificar um recibo assinado guardado num ficheiro (de tip send --receipt ou tip open --receipt): a sua assinatura com as chaves publicadas do organismo recetor, e que responde a um envelope deste organismo. Código de saída 0: verificado, o pacote foi aceite; 1: verificado, o pacote foi rejeitado por registos inválidos (códigos de problema listados); 2: recibo inválido, erro de utilização ou entrada ilegível.",
      file: "o ficheiro do recibo",
      trust: "o conjunto JWK público do organismo recetor, ou o diretório (repetir para vários)",
      envelope: "o identificador de mensagem do envelope a que o recibo deve responder",
      accepted: "Recibo verificado: o organismo {agency} aceitou a mensagem {id} ({at}).",
      rejected:
        "Recibo verificado: o organismo {agency} rejeitou a mensagem {id} ({at}): o pacote tem registos inválidos ({count, plural, one {# código de problema} other {# códigos de problema}}).",
      invalid: "{file} não é um recibo válido para este organismo: {reason}",
    },
    status: {
      description:
        "Informar o organismo que enviou um encaminhamento do seu estado atual: uma atualização de estado assinada por este organismo, enviada ao nó do remetente. Código de saída 0: guardada pelo nó; 2: erro de utilização, chave ilegível, ou o nó está inacessível ou recusa.",
      status:
        "o novo estado do encaminhamento: um código de referral_status exceto draft e sent (accepted, declined, completed…)",
      referral: "o identificador do registo de encaminhamento",
      sender: "o identificador do organismo que enviou o envelope",
      to: "a URL do nó do organismo remetente",
      sent: "Estado {status} do encaminhamento {referral} (mensagem {id}) guardado por {url}.",
      refused: "o nó recusou a atualização de estado: {reason}",
      badUuid: "{option} precisa de um UUID, não «{value}»",
    },
  },
  /** `tip anonymize`, `tip stats` and `tip export`. */
  privacy: {
    common: {
      lang: "idioma das mensagens e rótulos: en, es, fr ou pt (padrão: conforme LANG; senão, en)",
      output: "arquivo em que se escreve (padrão: saída padrão)",
      place: "linha {line}",
      placeInDocument: "linha {line}, {pointer}",
      recordAt: "na linha {line}",
      recordAtInDocument: "na linha {line} ({pointer})",
      leftOut: "{count, plural, one {# item ficou} other {# itens ficaram}} de fora:",
      leftOutMore: "… e mais {count, number}.",
      progress: "Lendo {file}",
      progressAgain: "Lendo {file} de novo",
      standardInput: "a entrada padrão",
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
      used: "Registros lidos: {read, number}; usados: {used, number}; deixados de fora: {leftOut, number}.",
      valuesTooLarge:
        "{count, plural, one {# valor total era grande demais para ser somado com exatidão e fica vazio} other {# valores totais eram grandes demais para serem somados com exatidão e ficam vazios}}.",
    },
    anonymize: {
      description:
        "Remover os identificadores, manter só os quase-identificadores escolhidos, torná-los k-anônimos e substituir os identificadores de registro por pseudônimos com chave. Código de saída 0: concluído; 1: concluído, mas parte da entrada ficou de fora; 2: erro de uso ou entrada ilegível.",
      input:
        "registros a anonimizar: NDJSON, um pacote JSON ou uma matriz JSON; - (ou um pipe) lê a entrada padrão",
      keyFile:
        "arquivo com a chave secreta dos pseudônimos (pelo menos 16 bytes; bytes brutos ou texto hexadecimal). A mesma chave dá os mesmos pseudônimos",
      k: "tamanho mínimo de um grupo de registros com os mesmos quase-identificadores (padrão: {default})",
      quasi: "quase-identificadores mantidos, como ids de campo separados por vírgulas (padrão: {default})",
      records:
        "Registros lidos: {read, number}; escritos: {written, number}; removidos por k-anonimato: {suppressed, number}; deixados de fora: {leftOut, number}.",
      removed:
        "Removidos: {direct, plural, one {# identificador direto} other {# identificadores diretos}}, {quasi, plural, one {# quase-identificador} other {# quase-identificadores}}, {other, plural, one {# texto livre ou outro valor pessoal} other {# textos livres ou outros valores pessoais}}, {unknown, plural, one {# campo desconhecido} other {# campos desconhecidos}}.",
      kept: "Quase-identificadores mantidos: {fields} (k = {k}).",
      before:
        "Antes da supressão: {classes, plural, one {# grupo} other {# grupos}} abaixo de k, com {records, plural, one {# registro} other {# registros}}.",
      suppressedValues: "Valores suprimidos: {list} ({share} dos valores de quase-identificadores).",
      nothingSuppressed: "Nenhum valor precisou ser suprimido.",
      suppressedRecords: "Registros suprimidos como último recurso: {count, number}.",
      pseudonyms:
        "Os identificadores agora são pseudônimos com a sua chave: continuam sendo dados pessoais. Guarde a chave separada da saída.",
    },
    stats: {
      description:
        "Contar vítimas (ou autores) segundo as dimensões dadas, com totais por linha, por coluna e geral; células pequenas, e as que permitiriam deduzi-las, são suprimidas. Código de saída 0: concluído; 1: concluído, mas parte da entrada ficou de fora; 2: erro de uso ou entrada ilegível.",
      input:
        "registros a contar: NDJSON, um pacote JSON ou uma matriz JSON; - (ou um pipe) lê a entrada padrão",
      by: "dimensões, separadas por vírgulas: {choices}",
      minCell:
        "menor contagem publicada; contagens menores diferentes de zero são suprimidas (padrão: {default})",
      preset: "tabela pronta: {choices}",
      population:
        "tabela de população (CSV ou JSON: colunas population e qualquer de sex, age_group, country, year) para taxas por 100 000",
      format:
        "formato de saída: text, csv, json ou glotip (as colunas da exportação GLOTIP do UNODC; acrescente year e country a --by para preencher essas colunas) (padrão: text)",
      glotipCellsLeftOut:
        "Células sem linha GLOTIP (desagregadas por duas categorias ao mesmo tempo, ou autores em todas as fases; os seus números estão nas margens): {count, number}.",
      unit: "o que se conta: victims, perpetrators, contacts (contatos com a linha de ajuda) ou compensated (vítimas com indenização paga), por padrão a primeira que tem todas as dimensões de --by; ou operations (por país e ano) ou assets (medidas sobre bens por medida e moeda)",
      severalForms:
        "como contar uma vítima com várias formas de exploração: each (em cada forma, uma vez nos totais; por omissão, como as tabelas GLOTIP) ou multiple (uma vez, em «várias formas» ou em «formas mistas ou outras» do GLOTIP)",
    },
    export: {
      description:
        "Manter só os registros que o consentimento da pessoa e a marcação TLP permitem enviar a uma instituição para uma finalidade. Código de saída 0: tudo pode ser enviado; 1: registros foram retidos (cada um é indicado pela linha); 2: erro de uso ou entrada ilegível.",
      input:
        "registros a exportar: NDJSON, um pacote JSON ou uma matriz JSON; - (ou um pipe) lê a entrada padrão",
      to: "id da instituição destinatária",
      purpose: "finalidade da exportação, uma finalidade de consentimento: {choices}",
      on: "dia da exportação, AAAA-MM-DD, para consentimentos que expiram ou são retirados (padrão: hoje)",
      recipientCountry:
        "país da instituição destinatária, para consentimentos dados por país (padrão: conforme a entrada)",
      summary:
        "Registros lidos: {read, number}; podem ser enviados: {sent, number}; retidos: {refused, number}; deixados de fora: {leftOut, number}.",
    },
    errors: {
      missingOption: "a opção {option} é obrigatória",
      badCount: "{option} requer um número inteiro igual ou maior que {min}, não “{value}”",
      badQuasi:
        "{option}: “{value}” não é um quase-identificador com um valor por registro (use ids de campo como victim.sex)",
      optionNotForUnit: "{option} não se aplica a --unit {unit}",
      badDimension: "{option}: “{value}” não pode ser contado para {unit}; use {choices}",
      byOrPreset: "indique --by ou --preset, não ambos",
      keyTooShort:
        "a chave em “{file}” tem {bytes, plural, one {# byte} other {# bytes}}; são necessários pelo menos {min} (recomendam-se 32 bytes aleatórios)",
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
  },
  /** `tip convert`. */
  convert: {
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
      "tip convert {from} -> {to}: {rows, plural, one {# linha} other {# linhas}}: {converted, plural, one {# convertida} other {# convertidas}}, {invalid, plural, one {# inválida} other {# inválidas}}, {skipped, plural, one {# ignorada} other {# ignoradas}}, {unread, plural, one {# valor não lido} other {# valores não lidos}}, {lossy, plural, one {# campo com perda} other {# campos com perda}}",
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
  },
  /** `tip template`. */
  template: {
    description:
      "Escrever um modelo de coleta feito a partir do modelo de dados: um questionário XLSForm para KoboToolbox e ODK, ou uma pasta de trabalho do Excel com listas suspensas e validação. O que for coletado (a pasta de trabalho, ou a exportação JSON ou CSV do XLSForm) é lido de volta com `tip convert --from htcds`.",
    format: "xlsform (questionário, rótulos nos quatro idiomas) ou xlsx (pasta de trabalho do Excel)",
    lang: "idioma da pasta de trabalho e dos rótulos padrão do questionário: en, es, fr ou pt",
    output: "arquivo onde escrever o modelo",
    exitCodes: "Códigos de saída: 0 escrito; 2 erro de uso, perfil ilegível ou arquivo não gravável.",
    written: "Modelo {format} ({lang}) escrito em {file}",
    writtenProfile: "Modelo {format} ({lang}) do perfil {profile} escrito em {file}",
    badFormat: "--format {value} não é um formato de modelo; use um de: {formats}",
    badLang: "--lang {value} não é um idioma dos modelos; use um de: {langs}",
    missingOption: "{option} é obrigatório",
  },
  demo: {
    unknownLang: "Idioma desconhecido “{value}”: use en, es, fr ou pt",
    stopped: "a demonstração parou: tip {command} terminou com o código {code}",
    steps: {
      synth:
        "1. Uma exportação nacional sintética: {victims, plural, one {# vítima} other {# vítimas}} com seus casos, perpetradores, organismos e encaminhamentos ({share, number, percent} com erros deliberados)",
      validate:
        "2. Validá-la antes de enviar, mantendo os registros válidos (código de saída 1: alguns registros são inválidos, como planejado)",
      stats:
        "3. Tabela GLOTIP: vítimas por mulheres / meninas / homens / meninos e forma de exploração; células pequenas suprimidas",
      anonymize:
        "4. Um extrato anonimizado para pesquisa: ocultado, generalizado, k-anônimo (k = {k}), pseudonimizado",
      toHtcds: "5. A planilha HTCDS 2.0 de uma ONG, escrita no modelo oficial do Excel",
      fromHtcds:
        "6. A planilha HTCDS de entrada: cada linha é contabilizada, o relatório diz o que foi mapeado, com perda ou inválido",
      fromCtdc:
        "7. Um arquivo CTDC de entrada (forma mundial 2017-2021: -99, 00, NA para a Namíbia, nomes de coluna cortados)",
      toCtdc: "8. Contribuindo para o CTDC: as vítimas nacionais no formato dos dados sintéticos de 2024",
    },
    firstVictim: "primeira vítima do extrato:",
    wroteTo: "Tudo o que a demonstração escreveu está em {dir}",
  },
} as const satisfies CliMessages;
