import type { CliMessages } from "./cli-messages.js";

/** Portuguese texts of the `tip` command. */
export const cliMessagesPt = {
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
      'threads de trabalho para NDJSON: um número (0: uma só thread) ou "auto", uma por núcleo menos uma (padrão: auto)',
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
    validWritten: "registros válidos escritos no arquivo de --valid-only: {count}",
    environment:
      "Ambiente: LC_ALL, LC_MESSAGES ou LANG escolhem o idioma padrão; NO_COLOR desativa as cores (usadas só em um terminal) e FORCE_COLOR as ativa (0 ou false: desativadas). Uma barra de progresso aparece em stderr para arquivos com mais de 5 MB quando stderr é um terminal.",
  },
  profile: {
    option:
      "perfil nacional: um id incluído (palermo, mx, ar) ou um arquivo JSON de perfil; aplicam-se as suas regras, listas de códigos e campos de extensão",
    unreadable: "não é possível ler o perfil “{file}”: {reason}",
    issue: "perfil {profile} em {pointer}: {message}",
    folded:
      "registros escritos com os códigos básicos a que correspondem os seus códigos nacionais ({format} só conhece os códigos básicos): {count}",
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
    records: "registros: {read} lidos, {written} gravados, {skipped} ignorados",
    skippedReason: "{count} ignorados: {reason}",
    otherTypesHint: "indique -o <arquivo> para gravar cada tipo de registro em seu próprio arquivo",
    migrated: "{records} registro(s) atualizado(s) do modelo {from} para {to}",
    migrationChange: "{count} alteração(ões): {kind}",
    otherTypeFiles: "{count} outro(s) tipo(s) de registro gravado(s) ao lado de {option}: {names}",
    notesInReport:
      "{count} nota(s) sobre como os valores dos campos foram lidos ou gravados: no arquivo de {option}",
    notesHint:
      "{count} nota(s) sobre como os valores dos campos foram lidos ou gravados: informe {option} <arquivo> para lê-las",
  },
} as const satisfies CliMessages;
