import type { ChromeTexts } from "./chrome-texts.js";
import { profilesPt } from "./profiles.pt.js";

/** Portuguese texts of the site's pages. */
export const chromePt = {
  languageName: "Português",
  siteTitle: "Padrão de dados sobre tráfico",
  skipToContent: "Ir para o conteúdo",
  nav: {
    label: "Principal",
    home: "Início",
    model: "Modelo de dados",
    codeLists: "Listas de códigos",
    htcds: "Correspondência HTCDS",
    ctdc: "Correspondência CTDC",
    rules: "Regras e problemas",
    profiles: "Perfis nacionais",
    api: "Referência da API",
  },
  languageSwitcher: "Idioma",
  search: {
    label: "Pesquisar campos e códigos",
    placeholder: "p. ex. data de nascimento, mulher, prs_Gender",
    oneResult: "1 resultado",
    results: "{count} resultados",
    noResults: "Nenhum resultado",
    kinds: { field: "Campo", code: "Código", object: "Objeto", codeList: "Lista de códigos" },
  },
  footer: "Gerado a partir de @tip/schema, versão do modelo {version}.",
  root: {
    title: "Padrão de intercâmbio de dados sobre tráfico de pessoas",
    lead: "Escolha o seu idioma.",
    api: "Referência da API (em inglês)",
  },
  home: {
    title: "O padrão de intercâmbio de dados sobre tráfico de pessoas",
    lead: "Um modelo comum para intercambiar dados sobre tráfico de pessoas entre países: casos, vítimas, autores, organismos e encaminhamentos, documentado em português, inglês, espanhol e francês.",
    about: {
      heading: "O que é o padrão",
      paragraphs: [
        "O padrão registra os dados sobre tráfico de pessoas da mesma forma em todos os países, para que autoridades nacionais, ONGs e organizações internacionais possam intercambiar casos e encaminhamentos e produzir estatísticas comparáveis (Relatório Global do UNODC, indicador 16.2.2 dos ODS, relatórios da OEA).",
        "Segue as unidades de registro da IC-TIP, a classificação internacional da OIM e do UNODC, e corresponde ao Human Trafficking Case Data Standard (HTCDS), usado na gestão de casos, e aos conjuntos de dados do CTDC. Cada campo tem uma classe de dados pessoais, para que as ferramentas possam anonimizar e agregar com segurança.",
        "Este dicionário é gerado a partir dos esquemas do SDK: os campos, listas de códigos, correspondências e regras aqui apresentados são os que os validadores aplicam.",
      ],
    },
    units: {
      heading: "Os registros",
      paragraphs: [
        "A IC-TIP conta quatro unidades: o fato de tráfico (o caso), a vítima, o autor e a entidade informante (o organismo). O padrão acrescenta o encaminhamento de uma vítima entre organismos ou países e o pacote que leva os registros de uma parte a outra.",
      ],
    },
    start: {
      heading: "Como começar",
      intro: "O SDK é um conjunto de pacotes npm para Node.js 20 ou posterior e para navegadores.",
      install: "Instale o modelo e a ferramenta de linha de comando:",
      validate: "Verifique uma exportação, com mensagens no seu idioma:",
      code: "Verifique um registro no seu próprio código:",
      schemas:
        "Trabalha em outra linguagem de programação? A página de cada registro tem um link para o seu JSON Schema (draft 2020-12).",
      synth: "Experimente as ferramentas com dados sintéticos, nunca com casos reais:",
      next: "Depois leia a página de cada registro e as regras que se aplicam a ele.",
    },
  },
  model: {
    title: "Modelo de dados",
    intro:
      "O padrão tem seis tipos de registro. Um registro é um objeto JSON com um recordType, um identificador UUID e os campos listados na sua página; as partes são objetos aninhados nos registros.",
    entity: "Registro",
    parts: "Partes",
  },
  object: {
    recordKind: "Tipo de registro",
    partKind: "Parte de um registro",
    fields: "Campos",
    fieldsCaption: "Campos de {object}",
    parts: "Partes",
    usedIn: "Usado em",
    onThisPage: "Nesta página",
    rules: "Regras",
    noRules: "Nenhuma regra entre campos lê estes campos.",
    example: "Exemplo",
    exampleIntro: "Um registro fictício e válido.",
    schema: "JSON Schema",
    schemaLink: "Baixar {file}",
    schemaIntro:
      "JSON Schema draft 2020-12, com rótulos, descrições, classes de dados pessoais e correspondências como palavras-chave x-. As regras entre campos não podem ser expressas nele: os validadores do SDK as verificam.",
  },
  fieldTable: {
    name: "Campo",
    label: "Rótulo",
    type: "Tipo",
    required: "Obrigatório",
    description: "Descrição",
    pii: "Dados pessoais",
    mappings: "Correspondências",
    codeList: "Lista de códigos",
    rules: "Regras",
    yes: "Sim",
    no: "Não",
  },
  types: {
    text: "texto",
    textLength: "texto de {min} a {max} caracteres",
    integer: "inteiro",
    number: "número",
    atLeast: "{type}, no mínimo {min}",
    between: "{type} de {min} a {max}",
    boolean: "verdadeiro ou falso",
    date: "data (AAAA-MM-DD)",
    dateTime: "data e hora com fuso UTC",
    uuid: "UUID",
    email: "endereço de e-mail",
    url: "endereço web",
    pattern: "texto conforme {pattern}",
    code: "código da lista {list}",
    oneOf: "um de {values}",
    constant: "sempre {value}",
    listOf: "lista de: {item}",
    extensions: "dados de extensão por espaço de nomes",
    object: "{object} (objeto)",
  },
  pii: {
    direct: {
      label: "Identificador direto",
      description: "Identifica uma pessoa por si só (nome, telefone, número de documento).",
    },
    quasi: {
      label: "Quase identificador",
      description:
        "Identifica uma pessoa quando combinado com outros campos (data de nascimento, nacionalidade, lugares).",
    },
    sensitive: {
      label: "Sensível",
      description: "Revela fatos íntimos de uma pessoa (formas de exploração, saúde, consentimento).",
    },
    none: {
      label: "Não pessoal",
      description: "Não diz nada sobre uma pessoa (identificadores de registros, códigos de organismos).",
    },
  },
  piiHeading: "Classes de dados pessoais",
  severity: { error: "Erro", warning: "Aviso", info: "Informação" },
  codes: {
    title: "Listas de códigos",
    intro:
      "Cada campo codificado toma os seus valores de uma destas listas. Os códigos são estáveis e iguais em todos os idiomas; os rótulos e definições são traduzidos.",
    list: "Lista",
    count: "Códigos",
    usedBy: "Usada por",
    notUsed: "Nenhum campo usa esta lista ainda.",
    listTitle: "Lista de códigos {list}",
    codeCount: "{count, plural, one {# código} other {# códigos}}",
    code: "Código",
    label: "Rótulo",
    definition: "Definição",
    mappings: "Correspondências",
  },
  mappings: {
    title: "{standard} e o modelo",
    htcdsIntro:
      "Como os campos e os valores das listas do Human Trafficking Case Data Standard 2.0 correspondem aos campos e códigos do modelo. Os conversores do SDK leem e escrevem HTCDS por meio destas correspondências.",
    ctdcIntro:
      "Como as colunas e os valores dos conjuntos de dados do CTDC (o conjunto global e o sintético de 2024) correspondem aos campos e códigos do modelo.",
    fieldsToModel: "De {standard} para o modelo",
    modelToFields: "Do modelo para {standard}",
    codes: "Valores e códigos",
    codesIntro: "Valores escritos nos arquivos {standard} e os códigos do modelo que representam.",
    standardName: "Nome em {standard}",
    modelField: "Campo do modelo",
    label: "Rótulo",
    codeList: "Lista de códigos",
    code: "Código",
    htcdsCredit:
      "Os nomes de campos e valores de listas do HTCDS vêm do {standard} da Organização Internacional para as Migrações (OIM), sob a licença {license}.",
    ctdcCredit:
      "Os nomes de colunas e valores do CTDC são os dos conjuntos de dados do {standard}, mantido pela Organização Internacional para as Migrações (OIM).",
    notEndorsed: "A OIM não endossa este projeto.",
    lookupLabel: "Venho do {standard}: encontrar um nome de coluna ou um campo do modelo",
    lookupHint:
      "Digite parte de um nome do {standard} (prs_Gender), de um identificador de campo (victim.gender) ou de um rótulo: as tabelas abaixo mostram apenas as linhas correspondentes.",
  },
  rules: {
    title: "Regras e códigos de problemas",
    intro:
      "Cada problema que um validador relata tem um código estável, um JSON Pointer para onde está, uma gravidade e uma mensagem no idioma do leitor. As mensagens nunca contêm um valor do registro.",
    catalogue: "Regras entre campos",
    catalogueIntro:
      "Restrições que o JSON Schema não pode expressar, verificadas quando a estrutura do registro é válida, cada uma com a cláusula ou prática que aplica.",
    code: "Código",
    record: "Registro",
    severity: "Gravidade",
    clause: "Cláusula ou prática aplicada",
    fields: "Campos lidos",
    message: "Mensagem",
    messages: "Códigos de problemas e mensagens",
    ruleCodes: "Códigos das regras entre campos",
    structural: "Códigos estruturais",
    structuralIntro:
      "O que o JSON Schema também pode dizer: um campo ausente ou desconhecido, um tipo errado, um código fora da sua lista, uma data malformada.",
    input: "Códigos de entrada",
    inputIntro:
      "Problemas de um arquivo como um todo ou entre os seus registros: texto ilegível, cabeçalhos CSV, identificadores duplicados, referências a registros ausentes.",
    placeholders:
      "As palavras entre chaves, como {field}, são substituídas pelo rótulo do campo em questão, um código ou um limite.",
  },
  profiles: profilesPt,
} as const satisfies ChromeTexts;
