import type { FieldTexts } from "../field-texts.js";

/** Brazilian Portuguese labels and descriptions of every field. */
export const fieldsPt = {
  "case.recordType": {
    label: "Tipo de registro",
    description: "Valor fixo “case”, que identifica o registro como um caso.",
  },
  "case.id": {
    label: "Identificador do caso",
    description:
      "UUID (RFC 9562) que identifica o caso de forma única e permanente, inclusive nas trocas entre instituições.",
  },
  "case.externalIds": {
    label: "Identificadores externos do caso",
    description:
      "Números ou códigos sob os quais o mesmo caso está registrado em outros sistemas, como um número de inquérito nacional.",
  },
  "case.createdAt": {
    label: "Caso registrado em",
    description: "Data e hora em que o registro do caso foi criado, em ISO 8601 com fuso horário.",
  },
  "case.updatedAt": {
    label: "Caso atualizado em",
    description: "Data e hora da última alteração do registro do caso, em ISO 8601 com fuso horário.",
  },
  "case.extensions": {
    label: "Extensões do caso",
    description:
      "Dados adicionais agrupados por espaço de nomes (perfil nacional, campos de origem não mapeados); único lugar onde se aceitam campos fora do padrão.",
  },
  "case.status": {
    label: "Situação do caso",
    description:
      "Em que ponto o caso está na instituição que o acompanha: ativo, em acompanhamento ou encerrado.",
  },
  "case.closureReason": {
    label: "Motivo do encerramento",
    description: "Texto livre que explica por que a instituição deu o caso por encerrado.",
  },
  "case.caseOwner": {
    label: "Responsável pelo caso",
    description: "Nome do profissional que abriu o caso ou que está encarregado de conduzi-lo.",
  },
  "case.openedOn": {
    label: "Data de abertura",
    description: "Dia em que o caso foi aberto, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "case.closedOn": {
    label: "Data de encerramento",
    description: "Dia em que o caso foi encerrado, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "case.acts": {
    label: "Ações do tráfico",
    description:
      "Ações do art. 3 do Protocolo de Palermo presentes no caso: recrutamento, transporte, transferência, alojamento ou acolhimento de pessoas.",
  },
  "case.means": {
    label: "Meios empregados",
    description:
      "Meios do art. 3 do Protocolo de Palermo usados no caso, como ameaça, coação, rapto, fraude, engano ou abuso de uma situação de vulnerabilidade.",
  },
  "case.purposes": {
    label: "Finalidades de exploração",
    description:
      "Formas de exploração a que o caso se destinava, como exploração sexual, trabalho forçado ou remoção de órgãos.",
  },
  "case.iccsCodes": {
    label: "Códigos ICCS do tráfico",
    description:
      "Códigos da Classificação Internacional de Crimes para Fins Estatísticos (ICCS) que enquadram o caso como tráfico de pessoas: 0204 ou um de seus subcódigos.",
  },
  "case.relatedOffences": {
    label: "Crimes conexos",
    description:
      "Outros crimes ligados ao caso, em códigos ICCS, como contrabando de migrantes, sequestro ou adoção ilegal.",
  },
  "case.events": {
    label: "Etapas do tráfico",
    description:
      "Lista das etapas do processo de tráfico (aliciamento, trânsito, exploração, identificação), cada uma com local e data.",
  },
  "case.transnational": {
    label: "Caso transnacional",
    description:
      "Indica se o caso envolve mais de um país, por exemplo porque a vítima atravessou uma fronteira internacional.",
  },
  "case.organisedCrime": {
    label: "Envolvimento do crime organizado",
    description:
      "Grau de participação do crime organizado no caso: nenhum, autor individual, grupo criminoso organizado ou rede transnacional.",
  },
  "case.technologyUses": {
    label: "Usos de tecnologia no caso",
    description:
      "Formas como a tecnologia foi usada no caso (aliciar, ofertar vítimas, controlar, movimentar lucros, prevenir), cada uma com sua plataforma.",
  },
  "case.financialInvestigation": {
    label: "Investigação financeira",
    description:
      "Investigação patrimonial e de lavagem de dinheiro ligada ao caso e medidas tomadas sobre os bens dos autores.",
  },
  "case.proceedings": {
    label: "Processo penal do caso",
    description:
      "Situação da persecução penal do caso como um todo: fase, acusações, decisão judicial e penas.",
  },
  "case.victimIds": {
    label: "Vítimas do caso",
    description: "UUIDs dos registros de vítima vinculados a este caso.",
  },
  "case.perpetratorIds": {
    label: "Autores do caso",
    description: "UUIDs dos registros de autores (suspeitos, acusados ou condenados) vinculados a este caso.",
  },
  "case.reportingAgencyIds": {
    label: "Instituições informantes",
    description:
      "UUIDs das instituições que identificaram, atenderam ou registraram o caso, isto é, as entidades informantes da IC-TIP.",
  },
  "case.leadAgencyId": {
    label: "Instituição coordenadora",
    description: "UUID da instituição que coordena o caso.",
  },
  "case.comments": {
    label: "Comentários do caso",
    description: "Notas datadas que os profissionais acrescentam ao caso ao longo do atendimento.",
  },
  "traffickingEvent.victimId": {
    label: "Vítima",
    description:
      "A vítima a que esta etapa se refere (id de um registro de vítima). Cada vítima de um caso tem sua própria cronologia; uma vítima traficada de novo após a identificação tem uma segunda série de etapas.",
  },
  "traffickingEvent.role": {
    label: "Tipo de etapa",
    description:
      "Que etapa do processo de tráfico ocorreu aqui: aliciamento, trânsito, exploração ou identificação.",
  },
  "traffickingEvent.place": {
    label: "Local da etapa",
    description: "Onde a etapa ocorreu: país, divisão administrativa, cidade, endereço e coordenadas.",
  },
  "traffickingEvent.date": {
    label: "Data da etapa",
    description:
      "Quando a etapa ocorreu ou começou, como data ISO 8601 parcial (AAAA, AAAA-MM ou AAAA-MM-DD).",
  },
  "traffickingEvent.endDate": {
    label: "Data final da etapa",
    description: "Quando a etapa terminou, como data ISO 8601 parcial (AAAA, AAAA-MM ou AAAA-MM-DD).",
  },
  "traffickingEvent.description": {
    label: "Descrição da etapa",
    description: "Relato em texto livre do que aconteceu nesta etapa.",
  },
  "eventPlace.country": {
    label: "País da etapa",
    description: "País onde a etapa ocorreu, em código ISO 3166-1 alfa-2.",
  },
  "eventPlace.region": {
    label: "Estado/região da etapa",
    description: "Estado, província, departamento ou outra divisão administrativa onde a etapa ocorreu.",
  },
  "eventPlace.city": {
    label: "Cidade da etapa",
    description: "Município ou localidade onde a etapa ocorreu.",
  },
  "eventPlace.street": {
    label: "Logradouro da etapa",
    description: "Rua e número do lugar onde a etapa ocorreu; permite localizar o lugar com precisão.",
  },
  "eventPlace.postalCode": {
    label: "Código postal da etapa",
    description: "Código postal (CEP, no Brasil) do lugar onde a etapa ocorreu.",
  },
  "eventPlace.latitude": {
    label: "Latitude da etapa",
    description: "Latitude do lugar da etapa, em graus decimais de -90 a 90.",
  },
  "eventPlace.longitude": {
    label: "Longitude da etapa",
    description: "Longitude do lugar da etapa, em graus decimais de -180 a 180.",
  },
  "financialInvestigation.opened": {
    label: "Investigação financeira instaurada",
    description:
      "Indica se foi aberta uma investigação financeira ou patrimonial paralela à investigação do tráfico.",
  },
  "financialInvestigation.openedOn": {
    label: "Data de instauração",
    description: "Dia em que a investigação financeira foi aberta, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "financialInvestigation.moneyLaunderingCharged": {
    label: "Acusação por lavagem de dinheiro",
    description: "Indica se alguém foi formalmente acusado de lavagem de dinheiro no âmbito do caso.",
  },
  "financialInvestigation.assetActions": {
    label: "Medidas sobre bens",
    description:
      "Medidas tomadas sobre bens de origem criminosa: identificação, bloqueio, apreensão, confisco ou restituição às vítimas.",
  },
  "assetAction.action": {
    label: "Tipo de medida",
    description:
      "O que foi feito com os bens: identificados, bloqueados, apreendidos, confiscados ou restituídos à vítima.",
  },
  "assetAction.value": {
    label: "Valor dos bens",
    description: "Valor estimado dos bens atingidos pela medida, na moeda indicada.",
  },
  "assetAction.currency": {
    label: "Moeda do valor",
    description:
      "Moeda em que se expressa o valor dos bens, em código ISO 4217 de três letras (por exemplo, BRL ou USD).",
  },
  "assetAction.date": {
    label: "Data da medida",
    description: "Dia em que a medida sobre os bens foi tomada, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "proceedings.stage": {
    label: "Fase processual",
    description:
      "Ponto em que se encontra a persecução penal, da suspeita inicial à investigação, denúncia, julgamento e decisão.",
  },
  "proceedings.charges": {
    label: "Acusações",
    description: "Crimes imputados, cada um com seu código ICCS e o dispositivo da lei nacional.",
  },
  "proceedings.courtCaseNumber": {
    label: "Número do processo",
    description: "Número atribuído ao processo pelo tribunal ou juízo.",
  },
  "proceedings.prosecutionStartedOn": {
    label: "Início da ação penal",
    description:
      "Dia em que o Ministério Público ofereceu a denúncia ou iniciou a ação penal, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "proceedings.verdict": {
    label: "Decisão judicial",
    description:
      "Resultado do julgamento: condenação, absolvição, arquivamento, acordo de culpa ou decisão ainda pendente.",
  },
  "proceedings.verdictDate": {
    label: "Data da decisão",
    description: "Dia em que a decisão judicial foi proferida, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "proceedings.penalties": {
    label: "Penas",
    description: "Sanções impostas na sentença condenatória, como prisão, multa ou confisco de bens.",
  },
  "charge.iccs": {
    label: "Código ICCS da acusação",
    description:
      "Crime imputado, classificado segundo a ICCS v1.0 (por exemplo, 02041 para tráfico de pessoas para exploração sexual).",
  },
  "charge.legalProvision": {
    label: "Dispositivo legal",
    description:
      "Artigo da lei nacional em que se baseia a acusação, como o art. 149-A do Código Penal brasileiro.",
  },
  "charge.chargedOn": {
    label: "Data da acusação",
    description: "Dia em que a acusação foi formalizada, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "penalty.type": {
    label: "Tipo de pena",
    description:
      "Natureza da sanção: prisão, pena suspensa, multa, prestação de serviços à comunidade, confisco, expulsão ou outra.",
  },
  "penalty.months": {
    label: "Duração da pena (meses)",
    description: "Duração da pena privativa de liberdade, em meses (de 0 a 1200).",
  },
  "penalty.amount": {
    label: "Valor da multa",
    description: "Montante da multa ou de outra sanção em dinheiro, na moeda indicada.",
  },
  "penalty.currency": {
    label: "Moeda da multa",
    description: "Moeda do valor da pena, em código ISO 4217 de três letras.",
  },
  "penalty.suspended": {
    label: "Pena suspensa",
    description: "Indica se a execução da pena foi suspensa condicionalmente (sursis).",
  },
  "caseComment.date": {
    label: "Data do comentário",
    description: "Dia em que a nota foi escrita, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "caseComment.authorAgencyId": {
    label: "Instituição autora",
    description: "UUID da instituição cujo profissional escreveu a nota.",
  },
  "caseComment.text": {
    label: "Texto do comentário",
    description:
      "Conteúdo livre da nota; como pode citar pessoas pelo nome, é tratado como dado de identificação direta.",
  },
  "technologyUse.purpose": {
    label: "Finalidade do uso",
    description:
      "Para que a tecnologia foi usada: recrutar, ofertar vítimas, comunicar-se com elas, controlá-las, movimentar lucros, transmitir a exploração ou preveni-la.",
  },
  "technologyUse.platform": {
    label: "Plataforma",
    description: "Rede social, aplicativo de mensagens, site ou outro serviço digital utilizado.",
  },
  "technologyUse.detail": {
    label: "Detalhes do uso",
    description:
      "Texto livre que descreve como a tecnologia foi usada, por exemplo perfis, anúncios ou meios de pagamento.",
  },
  "victim.recordType": {
    label: "Tipo de registro",
    description: "Valor fixo “victim”, que identifica o registro como uma vítima.",
  },
  "victim.id": {
    label: "Identificador da vítima",
    description:
      "UUID (RFC 9562) que identifica o registro da vítima de forma única e permanente, inclusive nas trocas entre instituições.",
  },
  "victim.externalIds": {
    label: "Identificadores externos da vítima",
    description:
      "Números ou códigos sob os quais a mesma pessoa está registrada em outros sistemas; podem levar à sua identidade.",
  },
  "victim.createdAt": {
    label: "Vítima registrada em",
    description: "Data e hora em que o registro da vítima foi criado, em ISO 8601 com fuso horário.",
  },
  "victim.updatedAt": {
    label: "Registro da vítima atualizado em",
    description: "Data e hora da última alteração do registro da vítima, em ISO 8601 com fuso horário.",
  },
  "victim.extensions": {
    label: "Extensões da vítima",
    description:
      "Dados adicionais agrupados por espaço de nomes (perfil nacional, campos de origem não mapeados); único lugar onde se aceitam campos fora do padrão.",
  },
  "victim.caseIds": {
    label: "Casos vinculados",
    description: "UUIDs dos casos em que a pessoa figura como vítima.",
  },
  "victim.salutation": {
    label: "Forma de tratamento",
    description: "Tratamento usado antes do nome da pessoa, como Sr., Sra. ou Dra.",
  },
  "victim.givenName": {
    label: "Nome",
    description: "Prenome ou prenomes da pessoa, sem o sobrenome.",
  },
  "victim.middleName": {
    label: "Nome do meio",
    description: "Nome intermediário entre o prenome e o sobrenome, quando registrado à parte.",
  },
  "victim.familyName": {
    label: "Sobrenome",
    description: "Sobrenome ou sobrenomes de família da pessoa.",
  },
  "victim.title": {
    label: "Cargo",
    description: "Cargo ou função que a pessoa ocupa em uma organização, se houver.",
  },
  "victim.birthDate": {
    label: "Data de nascimento",
    description: "Dia em que a pessoa nasceu, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "victim.birthYear": {
    label: "Ano de nascimento",
    description:
      "Ano em que a pessoa nasceu (quatro algarismos), útil quando a data completa é desconhecida ou não deve ser compartilhada.",
  },
  "victim.ageAtIdentification": {
    label: "Idade na identificação",
    description: "Idade da pessoa, em anos completos, no momento em que foi identificada como vítima.",
  },
  "victim.ageAtRecruitment": {
    label: "Idade ao ser traficada",
    description:
      "Idade, em anos completos, no primeiro ato do tráfico (recrutamento, transporte, transferência, alojamento ou acolhimento). Decide se a vítima é criança (Protocolo de Palermo, art. 3 c) e d)): quem foi recrutado aos 17 anos é vítima criança mesmo se explorado ou identificado já adulto. Derivada da data de nascimento e da data de recrutamento quando ambas são conhecidas.",
  },
  "victim.ageAtExploitation": {
    label: "Idade na exploração",
    description: "Idade, em anos completos, quando a exploração começou.",
  },
  "victim.ageBand": {
    label: "Faixa etária",
    description:
      "Faixa de idade usada nos dados do CTDC (de 0 a 8 anos até 48 anos ou mais), quando a idade exata não é conhecida ou não pode ser divulgada.",
  },
  "victim.majorityStatus": {
    label: "Maioridade no registro",
    description: "Indica se a pessoa era menor de idade (menos de 18 anos) ou adulta quando foi registrada.",
  },
  "victim.majorityStatusAtExploitation": {
    label: "Maioridade na exploração",
    description: "Indica se a pessoa era menor de idade ou adulta quando a exploração ocorreu.",
  },
  "victim.majorityStatusAtEntry": {
    label: "Maioridade ao entrar no tráfico",
    description: "Indica se a pessoa era menor de idade ou adulta quando entrou na situação de tráfico.",
  },
  "victim.sex": {
    label: "Sexo",
    description:
      "Sexo da pessoa nas categorias estatísticas do GLOTIP, que servem para contar mulheres, homens, meninas e meninos.",
  },
  "victim.gender": {
    label: "Gênero",
    description:
      "Identidade ou expressão de gênero da pessoa, incluindo pessoas trans e não conformes, ou gênero não informado.",
  },
  "victim.deceased": {
    label: "Pessoa falecida",
    description: "Indica se há conhecimento de que a pessoa morreu.",
  },
  "victim.maritalStatus": {
    label: "Estado civil",
    description:
      "Situação conjugal da pessoa, como solteira, casada, separada, divorciada, viúva ou em união registrada.",
  },
  "victim.numberOfChildren": {
    label: "Número de filhos",
    description: "Quantos filhos e filhas a pessoa tem.",
  },
  "victim.primaryLanguage": {
    label: "Idioma principal",
    description: "Língua em que a pessoa melhor se comunica, em código ISO 639-1 de duas letras.",
  },
  "victim.otherLanguages": {
    label: "Outros idiomas",
    description: "Demais línguas que a pessoa fala, em códigos ISO 639-1 de duas letras.",
  },
  "victim.educationLevel": {
    label: "Escolaridade",
    description:
      "Nível de ensino mais alto que a pessoa concluiu, segundo a classificação ISCED 2011 da UNESCO.",
  },
  "victim.citizenships": {
    label: "Nacionalidades",
    description:
      "Países de que a pessoa é nacional, em códigos ISO 3166-1 alfa-2; base para distinguir vítimas nacionais e estrangeiras.",
  },
  "victim.stateless": {
    label: "Apátrida",
    description: "Indica se a pessoa não é reconhecida como nacional por nenhum Estado.",
  },
  "victim.migrationStatus": {
    label: "Situação migratória",
    description:
      "Condição da pessoa perante as leis de migração do país onde se encontra, como migrante regular ou irregular, solicitante de refúgio ou refugiada.",
  },
  "victim.vulnerabilityFactors": {
    label: "Fatores de vulnerabilidade",
    description:
      "Circunstâncias que deixaram a pessoa mais exposta ao tráfico, como pobreza, desemprego, discriminação, deficiência ou deslocamento por desastre ambiental.",
  },
  "victim.identityNumber": {
    label: "Número de identidade",
    description:
      "Número de um documento nacional de identificação da pessoa (no Brasil, por exemplo, RG ou CPF).",
  },
  "victim.email": {
    label: "E-mail",
    description: "Endereço de correio eletrônico da pessoa.",
  },
  "victim.homePhone": {
    label: "Telefone residencial",
    description:
      "Telefone fixo da residência da pessoa, no formato E.164 (sinal +, código do país e número, sem espaços).",
  },
  "victim.mobilePhone": {
    label: "Celular",
    description: "Número de celular da pessoa, no formato E.164 (por exemplo, +5561999998888).",
  },
  "victim.address": {
    label: "Endereço para correspondência",
    description:
      "Endereço postal da pessoa; com rua e número, identifica diretamente onde ela pode ser encontrada.",
  },
  "victim.identification": {
    label: "Identificação como vítima",
    description:
      "Como, quando, onde e por qual órgão a pessoa foi identificada como vítima presumida ou confirmada.",
  },
  "victim.exploitation": {
    label: "Dados da exploração",
    description:
      "O que aconteceu com a pessoa: formas de exploração, meios, aliciamento, locais, períodos e tecnologia usada.",
  },
  "victim.assistance": {
    label: "Assistência prestada",
    description:
      "Serviços que a pessoa recebeu ou deve receber, cada um com sua instituição prestadora, objetivos e datas.",
  },
  "victim.consents": {
    label: "Consentimentos",
    description:
      "Consentimentos informados da pessoa para usos dos seus dados, com finalidades, destinatários e prazo de validade.",
  },
  "victim.yearOfRegistration": {
    label: "Ano de registro",
    description: "Ano em que a pessoa foi registrada pela fonte dos dados, como nos conjuntos do CTDC.",
  },
  "victim.dataSource": {
    label: "Fonte dos dados",
    description:
      "Tipo de fonte de que provém o registro: gestão de casos, linha de atendimento, segurança pública e justiça, pesquisa amostral ou outra.",
  },
  "identification.status": {
    label: "Situação de identificação",
    description:
      "Se a pessoa é vítima presumida, vítima formalmente identificada ou se, após avaliação, concluiu-se que não é vítima.",
  },
  "identification.authority": {
    label: "Tipo de órgão identificador",
    description:
      "Categoria do órgão que decidiu sobre a condição de vítima, como polícia, ONG, tribunal ou Ministério Público, ou inspeção do trabalho.",
  },
  "identification.agencyId": {
    label: "Instituição identificadora",
    description: "UUID da instituição que fez a identificação.",
  },
  "identification.date": {
    label: "Data da identificação",
    description: "Dia em que a pessoa foi identificada, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "identification.country": {
    label: "País de identificação",
    description:
      "País onde a pessoa foi identificada, em código ISO 3166-1 alfa-2; pode diferir da nacionalidade.",
  },
  "identification.indicatorsObserved": {
    label: "Indicadores observados",
    description:
      "Indicadores de trabalho forçado da OIT constatados na identificação, como retenção de documentos, servidão por dívida ou isolamento.",
  },
  "exploitation.forms": {
    label: "Formas de exploração",
    description:
      "Tipos de exploração sofridos pela pessoa, como exploração sexual, trabalho forçado, mendicância forçada, casamento forçado ou remoção de órgãos.",
  },
  "exploitation.acts": {
    label: "Ações do tráfico",
    description:
      "Ações do art. 3 do Protocolo de Palermo praticadas contra esta pessoa: recrutamento, transporte, transferência, alojamento ou acolhimento.",
  },
  "exploitation.palermoMeans": {
    label: "Meios (Protocolo de Palermo)",
    description:
      "Meios do art. 3 do Protocolo de Palermo usados contra esta pessoa; para uma vítima adulta é preciso ao menos um, para uma criança nenhum.",
  },
  "exploitation.meansOfControl": {
    label: "Meios de controle",
    description:
      "Táticas concretas usadas para dominar a pessoa, como servidão por dívida, ameaças, violência, retenção de documentos ou restrição de movimentos.",
  },
  "exploitation.labourIndustry": {
    label: "Setor econômico da exploração",
    description:
      "Setor de atividade em que ocorreu o trabalho forçado, como seção (A a U) da classificação ISIC/CIIU Rev.4.",
  },
  "exploitation.labourSectors": {
    label: "Tipos de trabalho explorado",
    description:
      "Tipos de trabalho nas categorias do CTDC, como agricultura, construção, trabalho doméstico, mendicância ou atividades ilícitas.",
  },
  "exploitation.sexualExploitationTypes": {
    label: "Tipos de exploração sexual",
    description:
      "Modalidades da exploração sexual sofrida, como prostituição, pornografia ou serviços sexuais a distância ou privados.",
  },
  "exploitation.countriesOfExploitation": {
    label: "Países de exploração",
    description: "Países onde a pessoa foi explorada, em códigos ISO 3166-1 alfa-2.",
  },
  "exploitation.recruitmentDate": {
    label: "Data do aliciamento",
    description: "Quando a pessoa foi aliciada, como data ISO 8601 parcial (AAAA, AAAA-MM ou AAAA-MM-DD).",
  },
  "exploitation.startDate": {
    label: "Início da exploração",
    description: "Quando a exploração começou, como data ISO 8601 parcial (AAAA, AAAA-MM ou AAAA-MM-DD).",
  },
  "exploitation.endDate": {
    label: "Fim da exploração",
    description: "Quando a exploração terminou, como data ISO 8601 parcial (AAAA, AAAA-MM ou AAAA-MM-DD).",
  },
  "exploitation.duration": {
    label: "Duração da exploração",
    description:
      "Tempo em que a pessoa esteve em situação de tráfico, em faixas de meses como no CTDC: até 12, de 13 a 24, ou 25 ou mais.",
  },
  "exploitation.recruitmentMethods": {
    label: "Formas de aliciamento",
    description:
      "Como ou onde a pessoa foi abordada, por exemplo no trabalho, em uma escola, por redes sociais, por anúncios ou por meio da família.",
  },
  "exploitation.recruitmentPlatforms": {
    label: "Plataformas de aliciamento",
    description: "Sites e aplicativos pelos quais os autores chegaram à pessoa para aliciá-la.",
  },
  "exploitation.exploitationPlatforms": {
    label: "Plataformas de exploração",
    description:
      "Sites e aplicativos usados para explorar a pessoa, por exemplo para anunciar seus serviços.",
  },
  "exploitation.technologyUses": {
    label: "Usos de tecnologia na exploração",
    description: "Usos da tecnologia na trajetória desta pessoa, cada um com sua finalidade e plataforma.",
  },
  "exploitation.isAbduction": {
    label: "Houve rapto",
    description: "Indica se a pessoa foi levada à força, por rapto ou sequestro, em vez de aliciada.",
  },
  "exploitation.recruiterRelations": {
    label: "Relação com o aliciador",
    description:
      "Vínculo entre a pessoa e quem a aliciou, como parceiro íntimo, amigo, familiar ou desconhecido.",
  },
  "exploitation.recruitmentLocation": {
    label: "Local do aliciamento",
    description: "Descrição em texto livre do lugar onde a pessoa foi aliciada.",
  },
  "exploitation.exploitationLocation": {
    label: "Local da exploração",
    description: "Descrição em texto livre do lugar onde a pessoa foi explorada.",
  },
  "assistance.service": {
    label: "Serviço",
    description:
      "Tipo de assistência prestada, como abrigo, atendimento de saúde, apoio jurídico, educação ou geração de renda.",
  },
  "assistance.providerAgencyId": {
    label: "Instituição prestadora",
    description: "UUID da instituição que presta o serviço.",
  },
  "assistance.objectives": {
    label: "Objetivos",
    description: "O que se pretende alcançar com este serviço no plano de atendimento da pessoa.",
  },
  "assistance.actionPlan": {
    label: "Plano de ação",
    description: "Passos previstos, com responsáveis, para atingir os objetivos do atendimento.",
  },
  "assistance.startDate": {
    label: "Início do serviço",
    description: "Dia em que o serviço começou a ser prestado, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "assistance.plannedEndDate": {
    label: "Término previsto",
    description: "Dia em que se prevê encerrar o serviço, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "assistance.actualEndDate": {
    label: "Término efetivo",
    description: "Dia em que o serviço de fato terminou, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "consent.id": {
    label: "Identificador do consentimento",
    description: "UUID do consentimento, citado pelos encaminhamentos que se apoiam nele.",
  },
  "consent.given": {
    label: "Consentimento concedido",
    description: "Indica se a pessoa aceitou (sim) ou recusou (não) o uso dos seus dados aqui descrito.",
  },
  "consent.givenOn": {
    label: "Data do consentimento",
    description: "Dia em que a pessoa concedeu ou recusou o consentimento, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "consent.purposes": {
    label: "Finalidades autorizadas",
    description:
      "Usos dos dados abrangidos pelo consentimento, como assistência, encaminhamento nacional ou transnacional, retorno, processo penal ou pesquisa.",
  },
  "consent.recipientAgencyIds": {
    label: "Instituições destinatárias",
    description: "UUIDs das instituições que podem receber os dados com base neste consentimento.",
  },
  "consent.recipientCountries": {
    label: "Países destinatários",
    description: "Países para onde os dados podem ser enviados, em códigos ISO 3166-1 alfa-2.",
  },
  "consent.recordedByAgencyId": {
    label: "Instituição que registrou",
    description: "UUID da instituição que colheu e registrou o consentimento.",
  },
  "consent.expiresOn": {
    label: "Válido até",
    description: "Último dia de validade do consentimento, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "consent.withdrawnOn": {
    label: "Data da revogação",
    description:
      "Dia em que a pessoa revogou o consentimento, no formato ISO 8601 (AAAA-MM-DD); a partir dele, os dados não podem mais ser usados para essas finalidades.",
  },
  "consent.informedOfPurpose": {
    label: "Finalidade explicada",
    description: "Indica se a pessoa foi informada do motivo pelo qual seus dados são coletados.",
  },
  "consent.informedOfDataUse": {
    label: "Uso dos dados explicado",
    description: "Indica se a pessoa foi informada de como seus dados serão usados, agora e no futuro.",
  },
  "consent.informedOfResearchUse": {
    label: "Uso em pesquisas explicado",
    description:
      "Indica se a pessoa foi informada de que seus dados, desidentificados, podem servir a pesquisas e estatísticas.",
  },
  "consent.informedOfRightOfAccess": {
    label: "Direito de acesso explicado",
    description: "Indica se a pessoa foi informada de que pode consultar e pedir a correção dos seus dados.",
  },
  "consent.informedOfRetention": {
    label: "Prazo de conservação explicado",
    description: "Indica se a pessoa foi informada por quanto tempo seus dados serão guardados.",
  },
  "consent.informedOfWithdrawal": {
    label: "Direito de revogação explicado",
    description: "Indica se a pessoa foi informada de que pode revogar o consentimento a qualquer momento.",
  },
  "personAddress.country": {
    label: "País de correspondência",
    description: "País do endereço postal da pessoa, em código ISO 3166-1 alfa-2.",
  },
  "personAddress.region": {
    label: "Estado/região de correspondência",
    description: "Estado, província ou departamento do endereço postal da pessoa.",
  },
  "personAddress.city": {
    label: "Cidade de correspondência",
    description: "Município do endereço postal da pessoa.",
  },
  "personAddress.street": {
    label: "Logradouro de correspondência",
    description: "Rua, número e complemento do endereço postal; identifica diretamente a pessoa.",
  },
  "personAddress.postalCode": {
    label: "Código postal de correspondência",
    description: "Código postal (CEP, no Brasil) do endereço postal da pessoa.",
  },
  "personAddress.latitude": {
    label: "Latitude do endereço",
    description:
      "Latitude do endereço da pessoa, em graus decimais de -90 a 90; localiza a pessoa com precisão.",
  },
  "personAddress.longitude": {
    label: "Longitude do endereço",
    description:
      "Longitude do endereço da pessoa, em graus decimais de -180 a 180; localiza a pessoa com precisão.",
  },
  "externalId.system": {
    label: "Sistema de origem",
    description:
      "Nome do sistema ou cadastro que atribuiu o identificador, como um sistema nacional de casos ou uma base HTCDS.",
  },
  "externalId.value": {
    label: "Identificador no sistema",
    description:
      "O identificador tal como consta no outro sistema; como pode levar à pessoa, é tratado como dado de identificação direta.",
  },
  "perpetrator.recordType": {
    label: "Tipo de registro",
    description: "Valor fixo “perpetrator”, que identifica o registro como um autor.",
  },
  "perpetrator.id": {
    label: "Identificador do autor",
    description:
      "UUID (RFC 9562) que identifica o registro do autor de forma única e permanente, inclusive nas trocas entre instituições.",
  },
  "perpetrator.externalIds": {
    label: "Identificadores externos do autor",
    description:
      "Números ou códigos sob os quais o mesmo autor está registrado em outros sistemas, como um inquérito ou processo.",
  },
  "perpetrator.createdAt": {
    label: "Autor registrado em",
    description: "Data e hora em que o registro do autor foi criado, em ISO 8601 com fuso horário.",
  },
  "perpetrator.updatedAt": {
    label: "Registro do autor atualizado em",
    description: "Data e hora da última alteração do registro do autor, em ISO 8601 com fuso horário.",
  },
  "perpetrator.extensions": {
    label: "Extensões do autor",
    description:
      "Dados adicionais agrupados por espaço de nomes (perfil nacional, campos de origem não mapeados); único lugar onde se aceitam campos fora do padrão.",
  },
  "perpetrator.caseIds": {
    label: "Casos vinculados",
    description: "UUIDs dos casos em que o autor é suspeito, acusado ou condenado.",
  },
  "perpetrator.givenName": {
    label: "Nome do autor",
    description: "Prenome ou prenomes do autor, sem o sobrenome.",
  },
  "perpetrator.familyName": {
    label: "Sobrenome do autor",
    description: "Sobrenome ou sobrenomes de família do autor.",
  },
  "perpetrator.alias": {
    label: "Alcunha",
    description: "Apelido, vulgo ou nome falso pelo qual o autor é conhecido.",
  },
  "perpetrator.sex": {
    label: "Sexo do autor",
    description:
      "Sexo do autor nas categorias do GLOTIP, que conta as pessoas processadas e condenadas por sexo.",
  },
  "perpetrator.gender": {
    label: "Gênero do autor",
    description: "Identidade ou expressão de gênero do autor, quando conhecida.",
  },
  "perpetrator.birthYear": {
    label: "Ano de nascimento do autor",
    description: "Ano em que o autor nasceu, com quatro algarismos.",
  },
  "perpetrator.age": {
    label: "Idade do autor",
    description: "Idade do autor em anos completos, quando o ano de nascimento não é conhecido.",
  },
  "perpetrator.citizenships": {
    label: "Nacionalidades do autor",
    description:
      "Países de que o autor é nacional, em códigos ISO 3166-1 alfa-2, como pedem as estatísticas do GLOTIP.",
  },
  "perpetrator.roles": {
    label: "Papéis no tráfico",
    description:
      "Funções que o autor exerceu no processo de tráfico, como aliciador ou intermediário, transportador, comprador ou quem controla a vítima.",
  },
  "perpetrator.roleDetails": {
    label: "Detalhes do papel",
    description: "Descrição em texto livre do que o autor fez no processo de tráfico.",
  },
  "perpetrator.isLegalPerson": {
    label: "Pessoa jurídica",
    description: "Indica se o autor é uma pessoa jurídica (empresa ou organização) e não uma pessoa física.",
  },
  "perpetrator.victimRelations": {
    label: "Relações com as vítimas",
    description:
      "Vínculo do autor com cada vítima do caso, como parceiro íntimo, familiar, amigo ou desconhecido.",
  },
  "perpetrator.organisedCrime": {
    label: "Vínculo com o crime organizado",
    description:
      "Se o autor agiu sozinho ou como parte de um grupo criminoso organizado ou de uma rede transnacional.",
  },
  "perpetrator.proceedings": {
    label: "Processo penal do autor",
    description: "Situação da persecução penal contra este autor: fase, acusações, decisão judicial e penas.",
  },
  "victimRelation.victimId": {
    label: "Vítima",
    description: "UUID do registro da vítima a que esta relação se refere.",
  },
  "victimRelation.relation": {
    label: "Tipo de relação",
    description:
      "Vínculo entre o autor e essa vítima, como parceiro íntimo, familiar, amigo ou desconhecido.",
  },
  "agency.recordType": {
    label: "Tipo de registro",
    description: "Valor fixo “agency”, que identifica o registro como uma instituição.",
  },
  "agency.id": {
    label: "Identificador da instituição",
    description:
      "UUID (RFC 9562) que identifica a instituição de forma única e permanente; é a chave usada pelos demais registros.",
  },
  "agency.externalIds": {
    label: "Identificadores externos da instituição",
    description:
      "Códigos sob os quais a instituição está registrada em outros sistemas, como um cadastro nacional (CNPJ) ou um diretório HTCDS.",
  },
  "agency.createdAt": {
    label: "Instituição registrada em",
    description: "Data e hora em que o registro da instituição foi criado, em ISO 8601 com fuso horário.",
  },
  "agency.updatedAt": {
    label: "Instituição atualizada em",
    description: "Data e hora da última alteração do registro da instituição, em ISO 8601 com fuso horário.",
  },
  "agency.extensions": {
    label: "Extensões da instituição",
    description:
      "Dados adicionais agrupados por espaço de nomes (perfil nacional, campos de origem não mapeados); único lugar onde se aceitam campos fora do padrão.",
  },
  "agency.name": {
    label: "Nome da instituição",
    description: "Nome oficial completo da instituição.",
  },
  "agency.alternateName": {
    label: "Nome alternativo",
    description: "Sigla ou outro nome pelo qual a instituição é conhecida.",
  },
  "agency.description": {
    label: "Descrição da instituição",
    description: "Texto livre sobre o mandato, as atividades e o público atendido pela instituição.",
  },
  "agency.types": {
    label: "Tipos de instituição",
    description:
      "Categorias a que a instituição pertence, como ONG, polícia, Ministério Público, abrigo, linha de atendimento ou organização internacional.",
  },
  "agency.country": {
    label: "País da instituição",
    description: "País a que a instituição pertence ou onde tem sede, em código ISO 3166-1 alfa-2.",
  },
  "agency.address": {
    label: "Endereço da instituição",
    description: "Endereço físico ou postal da instituição; dado público de diretório.",
  },
  "agency.phone": {
    label: "Telefone da instituição",
    description:
      "Telefone principal da instituição, no formato E.164 (sinal +, código do país e número, sem espaços).",
  },
  "agency.email": {
    label: "E-mail da instituição",
    description: "Endereço de e-mail geral da instituição.",
  },
  "agency.website": {
    label: "Site",
    description: "Endereço do site da instituição (URL http ou https).",
  },
  "agency.services": {
    label: "Serviços oferecidos",
    description: "Tipos de assistência que a instituição presta a vítimas e sobreviventes.",
  },
  "agency.languages": {
    label: "Idiomas de atendimento",
    description: "Línguas em que a instituição pode atender, em códigos ISO 639-1 de duas letras.",
  },
  "agency.areasServed": {
    label: "Países de atuação",
    description: "Países em que a instituição atua ou presta serviços, em códigos ISO 3166-1 alfa-2.",
  },
  "agency.contactPoints": {
    label: "Pontos focais",
    description: "Pessoas de contato da instituição para encaminhamentos e cooperação.",
  },
  "agency.parentAgencyId": {
    label: "Instituição superior",
    description: "UUID da instituição da qual esta faz parte ou à qual está subordinada.",
  },
  "agency.legalStatus": {
    label: "Natureza jurídica",
    description:
      "Forma jurídica da instituição, como órgão público, associação, fundação ou organização internacional.",
  },
  "agency.hotline": {
    label: "Mantém linha de atendimento",
    description:
      "Indica se a instituição opera uma linha telefônica ou canal on-line para denúncias e orientação.",
  },
  "agencyAddress.country": {
    label: "País do endereço institucional",
    description: "País do endereço da instituição, em código ISO 3166-1 alfa-2.",
  },
  "agencyAddress.region": {
    label: "Estado/região da instituição",
    description: "Estado, província ou departamento do endereço da instituição.",
  },
  "agencyAddress.city": {
    label: "Cidade da instituição",
    description: "Município do endereço da instituição.",
  },
  "agencyAddress.street": {
    label: "Logradouro da instituição",
    description: "Rua, número e complemento do endereço da instituição.",
  },
  "agencyAddress.postalCode": {
    label: "Código postal da instituição",
    description: "Código postal (CEP, no Brasil) do endereço da instituição.",
  },
  "agencyAddress.latitude": {
    label: "Latitude da instituição",
    description: "Latitude do endereço da instituição, em graus decimais de -90 a 90.",
  },
  "agencyAddress.longitude": {
    label: "Longitude da instituição",
    description: "Longitude do endereço da instituição, em graus decimais de -180 a 180.",
  },
  "contactPoint.name": {
    label: "Nome do ponto focal",
    description: "Nome da pessoa de contato; é dado pessoal mesmo em um diretório público.",
  },
  "contactPoint.role": {
    label: "Cargo do ponto focal",
    description: "Cargo ou função da pessoa de contato na instituição.",
  },
  "contactPoint.email": {
    label: "E-mail do ponto focal",
    description: "Endereço de e-mail pelo qual se chega à pessoa de contato.",
  },
  "contactPoint.phone": {
    label: "Telefone do ponto focal",
    description:
      "Telefone da pessoa de contato, no formato E.164 (sinal +, código do país e número, sem espaços).",
  },
  "contactPoint.languages": {
    label: "Idiomas do ponto focal",
    description: "Línguas em que a pessoa de contato se comunica, em códigos ISO 639-1 de duas letras.",
  },
  "contactPoint.available24h": {
    label: "Disponível 24 horas",
    description: "Indica se o ponto focal pode ser contatado a qualquer hora, todos os dias.",
  },
  "referral.recordType": {
    label: "Tipo de registro",
    description: "Valor fixo “referral”, que identifica o registro como um encaminhamento.",
  },
  "referral.id": {
    label: "Identificador do encaminhamento",
    description:
      "UUID (RFC 9562) que identifica o encaminhamento de forma única e permanente para as duas instituições.",
  },
  "referral.externalIds": {
    label: "Identificadores externos do encaminhamento",
    description:
      "Números ou códigos sob os quais o mesmo encaminhamento está registrado nos sistemas das instituições envolvidas.",
  },
  "referral.createdAt": {
    label: "Encaminhamento registrado em",
    description: "Data e hora em que o registro do encaminhamento foi criado, em ISO 8601 com fuso horário.",
  },
  "referral.updatedAt": {
    label: "Encaminhamento atualizado em",
    description:
      "Data e hora da última alteração do registro do encaminhamento, em ISO 8601 com fuso horário.",
  },
  "referral.extensions": {
    label: "Extensões do encaminhamento",
    description:
      "Dados adicionais agrupados por espaço de nomes (perfil nacional, campos de origem não mapeados); único lugar onde se aceitam campos fora do padrão.",
  },
  "referral.victimId": {
    label: "Vítima encaminhada",
    description: "UUID do registro da vítima que está sendo encaminhada.",
  },
  "referral.caseId": {
    label: "Caso relacionado",
    description: "UUID do caso a que o encaminhamento se refere.",
  },
  "referral.from": {
    label: "Instituição que encaminha",
    description: "Lado de origem do encaminhamento: instituição, país e técnico de referência.",
  },
  "referral.to": {
    label: "Instituição que recebe",
    description: "Lado de destino do encaminhamento: instituição, país e técnico de referência.",
  },
  "referral.crossBorder": {
    label: "Encaminhamento transfronteiriço",
    description:
      "Indica se o encaminhamento vai para uma instituição de outro país (mecanismo transnacional) em vez de ficar no mesmo país (mecanismo nacional).",
  },
  "referral.reasons": {
    label: "Motivos do encaminhamento",
    description:
      "Por que a pessoa é encaminhada, por exemplo para receber outros serviços, por mudança de local, retorno seguro ou reunificação familiar.",
  },
  "referral.details": {
    label: "Detalhes do encaminhamento",
    description:
      "Texto livre com o que a instituição receptora precisa saber, como necessidades da pessoa e providências práticas ou de viagem.",
  },
  "referral.trmStage": {
    label: "Etapa do mecanismo transnacional",
    description:
      "Etapa do Mecanismo Transnacional de Referência (TRM) a que o encaminhamento corresponde, da identificação ao retorno e aos processos judiciais.",
  },
  "referral.servicesRequested": {
    label: "Serviços solicitados",
    description: "Tipos de assistência que se pede à instituição receptora.",
  },
  "referral.consentId": {
    label: "Consentimento para o encaminhamento",
    description: "UUID do consentimento da pessoa que autoriza este encaminhamento.",
  },
  "referral.riskAssessment": {
    label: "Avaliação de riscos",
    description: "Avaliação dos riscos feita antes do encaminhamento; indispensável antes de um retorno.",
  },
  "referral.sentOn": {
    label: "Data de envio",
    description: "Dia em que o encaminhamento foi enviado, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "referral.receivedOn": {
    label: "Data de recebimento",
    description:
      "Dia em que a instituição receptora recebeu o encaminhamento, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "referral.plannedArrivalOn": {
    label: "Chegada prevista",
    description:
      "Dia em que a pessoa deve chegar à instituição ou ao país de destino, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "referral.reflectionPeriodDays": {
    label: "Período de reflexão (dias)",
    description:
      "Número de dias concedidos à pessoa para se recuperar e decidir, sem pressão, se coopera com as autoridades.",
  },
  "referral.status": {
    label: "Situação do encaminhamento",
    description:
      "Estado atual do encaminhamento: rascunho, enviado, recebido, aceito, recusado, em andamento, concluído ou retirado.",
  },
  "referral.statusHistory": {
    label: "Histórico de situações",
    description:
      "Sequência datada das mudanças de situação do encaminhamento; a última deve coincidir com a situação atual.",
  },
  "referralParty.agencyId": {
    label: "Instituição",
    description: "UUID da instituição deste lado do encaminhamento.",
  },
  "referralParty.country": {
    label: "País da instituição",
    description: "País da instituição deste lado do encaminhamento, em código ISO 3166-1 alfa-2.",
  },
  "referralParty.caseWorker": {
    label: "Técnico de referência",
    description: "Nome do profissional que acompanha o caso nesta instituição.",
  },
  "riskAssessment.conductedOn": {
    label: "Data da avaliação",
    description: "Dia em que a avaliação de riscos foi realizada, no formato ISO 8601 (AAAA-MM-DD).",
  },
  "riskAssessment.level": {
    label: "Nível de risco",
    description: "Resultado da avaliação: risco baixo, médio, alto ou desconhecido.",
  },
  "riskAssessment.jointWithOrigin": {
    label: "Avaliação conjunta",
    description:
      "Indica se a avaliação foi feita em conjunto pelo país de destino e pelo país de origem da pessoa.",
  },
  "riskAssessment.assessingAgencyIds": {
    label: "Instituições avaliadoras",
    description: "UUIDs das instituições que participaram da avaliação de riscos.",
  },
  "riskAssessment.lifeOrSafetyRisk": {
    label: "Risco à vida ou segurança",
    description:
      "Indica se foi constatado risco à vida ou à integridade da pessoa, informação que deve sempre ser repassada à instituição receptora.",
  },
  "riskAssessment.summary": {
    label: "Resumo da avaliação",
    description: "Texto livre com as principais conclusões e as medidas de proteção recomendadas.",
  },
  "statusChange.status": {
    label: "Nova situação",
    description: "Situação em que o encaminhamento passou a estar com esta mudança.",
  },
  "statusChange.at": {
    label: "Data e hora da mudança",
    description: "Momento da mudança de situação, em ISO 8601 com fuso horário.",
  },
  "statusChange.byAgencyId": {
    label: "Instituição que alterou",
    description: "UUID da instituição que fez a mudança de situação.",
  },
  "statusChange.note": {
    label: "Observação",
    description: "Nota em texto livre sobre o motivo ou as circunstâncias da mudança.",
  },
  "bundle.recordType": {
    label: "Tipo de registro",
    description: "Valor fixo “bundle”, que identifica o registro como um pacote de intercâmbio.",
  },
  "bundle.id": {
    label: "Identificador do pacote",
    description:
      "UUID (RFC 9562) que identifica o pacote de forma única, por exemplo para confirmar seu recebimento.",
  },
  "bundle.externalIds": {
    label: "Identificadores externos do pacote",
    description:
      "Números ou códigos sob os quais o mesmo envio está registrado em outros sistemas, como um número de ofício.",
  },
  "bundle.createdAt": {
    label: "Pacote criado em",
    description: "Data e hora em que o pacote foi montado, em ISO 8601 com fuso horário.",
  },
  "bundle.updatedAt": {
    label: "Pacote atualizado em",
    description: "Data e hora da última alteração do pacote, em ISO 8601 com fuso horário.",
  },
  "bundle.extensions": {
    label: "Extensões do pacote",
    description:
      "Dados adicionais agrupados por espaço de nomes (perfil nacional, campos de origem não mapeados); único lugar onde se aceitam campos fora do padrão.",
  },
  "bundle.schemaVersion": {
    label: "Versão do esquema",
    description:
      "Versão do modelo de dados em que os registros estão escritos, em versionamento semântico (por exemplo, 1.0.0).",
  },
  "bundle.sender": {
    label: "Remetente",
    description: "Instituição e país que enviam o pacote.",
  },
  "bundle.recipients": {
    label: "Destinatários",
    description: "Instituições e países a que o pacote se destina; ao menos um.",
  },
  "bundle.sentAt": {
    label: "Data e hora de envio",
    description: "Momento em que o pacote foi enviado, em ISO 8601 com fuso horário.",
  },
  "bundle.purpose": {
    label: "Finalidade do intercâmbio",
    description:
      "Por que os dados são enviados: encaminhamento, cooperação em casos, estatística, diretório de instituições, pesquisa ou auditoria.",
  },
  "bundle.tlp": {
    label: "Marcação TLP",
    description:
      "Limite de divulgação segundo o Traffic Light Protocol 2.0: RED, AMBER+STRICT, AMBER, GREEN ou CLEAR.",
  },
  "bundle.records": {
    label: "Registros",
    description: "Os registros trocados: casos, vítimas, autores, instituições e encaminhamentos.",
  },
  "bundleParty.agencyId": {
    label: "Instituição",
    description: "UUID da instituição remetente ou destinatária, se conhecida.",
  },
  "bundleParty.country": {
    label: "País",
    description: "País da parte remetente ou destinatária, em código ISO 3166-1 alfa-2.",
  },
  "aggregate.recordType": {
    label: "Tipo de registo",
    description: "Tipo de registo; sempre «aggregate» para um número publicado.",
  },
  "aggregate.id": {
    label: "ID do número",
    description: "Identificador único do número (um UUID).",
  },
  "aggregate.externalIds": {
    label: "Outros identificadores",
    description: "Identificadores do mesmo número noutros sistemas, cada um com o sistema que o emitiu.",
  },
  "aggregate.createdAt": {
    label: "Criado em",
    description: "Data e hora de criação do registo, no formato ISO 8601 com o desvio em relação a UTC.",
  },
  "aggregate.updatedAt": {
    label: "Atualizado em",
    description:
      "Data e hora da última alteração do registo, no formato ISO 8601 com o desvio em relação a UTC.",
  },
  "aggregate.extensions": {
    label: "Extensões",
    description:
      "Valores fora do padrão, agrupados por espaço de nomes (um perfil nacional, colunas de um formato de origem).",
  },
  "aggregate.indicator": {
    label: "Indicador",
    description:
      "O que o número conta: vítimas detetadas, pessoas em contacto formal, processadas ou condenadas, ou crimes.",
  },
  "aggregate.country": {
    label: "País",
    description: "País a que o número se refere, como código ISO 3166-1 alfa-2.",
  },
  "aggregate.year": {
    label: "Ano",
    description: "Ano civil abrangido pelo número.",
  },
  "aggregate.breakdown": {
    label: "Desagregação",
    description:
      "A categoria pela qual o número é desagregado (forma de exploração, nacionalidade, país de repatriamento), ou total.",
  },
  "aggregate.exploitationForm": {
    label: "Forma de exploração",
    description: "A forma de exploração contada, quando o número é desagregado por forma.",
  },
  "aggregate.categoryCountry": {
    label: "País da categoria",
    description:
      "A nacionalidade ou o país de repatriamento contado, como código ISO 3166-1 alfa-2, quando o número é desagregado assim.",
  },
  "aggregate.sex": {
    label: "Sexo",
    description: "Sexo das pessoas contadas; ausente quando o número abrange todos os sexos.",
  },
  "aggregate.ageGroup": {
    label: "Grupo etário",
    description:
      "Criança (0 a 17 anos) ou adulto (18 ou mais); ausente quando o número abrange todas as idades.",
  },
  "aggregate.unit": {
    label: "Unidade",
    description: "Unidade do número: uma contagem ou uma taxa por 100 000 habitantes.",
  },
  "aggregate.value": {
    label: "Valor",
    description: "O número; ausente quando foi ocultado.",
  },
  "aggregate.suppressed": {
    label: "Ocultado",
    description:
      "Marca um número que o editor ocultou por ser pequeno (o GLOTIP escreve <5), com o limite abaixo do qual está.",
  },
  "aggregate.source": {
    label: "Fonte",
    description: "Quem publicou o número ou a recolha de onde provém (GLOTIP).",
  },
  "aggregate.sourceLabels": {
    label: "Textos da fonte",
    description:
      "Os textos próprios da fonte quando os códigos não os reproduziriam iguais, para reescrever a fonte sem alterações.",
  },
  "suppressedValue.below": {
    label: "Inferior a",
    description:
      "O número ocultado é inferior a este número (<5 significa de 0 a 4); ausente se o editor não o indicou.",
  },
  "sourceLabels.countryCode": {
    label: "Código de país",
    description: "Texto da fonte para o campo código de país (Iso3_code), tal como foi escrito.",
  },
  "sourceLabels.area": {
    label: "Nome do país",
    description: "Texto da fonte para o campo nome do país ou da área, tal como foi escrito.",
  },
  "sourceLabels.region": {
    label: "Região",
    description: "Texto da fonte para o campo região, tal como foi escrito.",
  },
  "sourceLabels.subregion": {
    label: "Sub-região",
    description: "Texto da fonte para o campo sub-região, tal como foi escrito.",
  },
  "sourceLabels.indicator": {
    label: "Indicador",
    description: "Texto da fonte para o campo indicador, tal como foi escrito.",
  },
  "sourceLabels.breakdown": {
    label: "Desagregação",
    description: "Texto da fonte para o campo desagregação (Dimension), tal como foi escrito.",
  },
  "sourceLabels.category": {
    label: "Categoria",
    description:
      "Texto da fonte para o campo categoria, quando nenhum código a exprime, tal como foi escrito.",
  },
  "sourceLabels.sex": {
    label: "Sexo",
    description: "Texto da fonte para o campo sexo, tal como foi escrito.",
  },
  "sourceLabels.age": {
    label: "Idade",
    description: "Texto da fonte para o campo grupo etário, tal como foi escrito.",
  },
  "sourceLabels.year": {
    label: "Ano",
    description: "Texto da fonte para o campo ano, tal como foi escrito.",
  },
  "sourceLabels.unit": {
    label: "Unidade",
    description: "Texto da fonte para o campo unidade de medida, tal como foi escrito.",
  },
  "sourceLabels.value": {
    label: "Valor",
    description: "Texto da fonte para o campo valor (como 1,757 ou <5), tal como foi escrito.",
  },
  "helplineContact.recordType": {
    label: "Tipo de registro",
    description: "Valor fixo “helplineContact”, que identifica o registro como contato com a linha de ajuda.",
  },
  "helplineContact.id": {
    label: "Identificador do registro",
    description:
      "Identificador único do registro (contato com a linha de ajuda), no formato UUID (RFC 9562).",
  },
  "helplineContact.externalIds": {
    label: "Identificadores externos",
    description: "Números com que outros sistemas registram o mesmo registro (contato com a linha de ajuda).",
  },
  "helplineContact.createdAt": {
    label: "Criação do registro",
    description:
      "Data e hora em que o registro (contato com a linha de ajuda) foi criado, no formato ISO 8601 com fuso horário.",
  },
  "helplineContact.updatedAt": {
    label: "Última atualização",
    description:
      "Data e hora da última alteração do registro (contato com a linha de ajuda), no formato ISO 8601 com fuso horário.",
  },
  "helplineContact.extensions": {
    label: "Extensões",
    description:
      "Dados adicionais (contato com a linha de ajuda) fora do padrão, agrupados por espaço de nomes.",
  },
  "helplineContact.agencyId": {
    label: "Linha de ajuda",
    description: "Identificador (UUID) do registro do órgão da linha contatada.",
  },
  "helplineContact.contactedAt": {
    label: "Data e hora do contato",
    description: "Data e hora do contato, no formato ISO 8601 com fuso horário.",
  },
  "helplineContact.channel": {
    label: "Canal",
    description: "Como a linha foi contatada: telefone, chat, redes sociais, e-mail, presencial ou outro.",
  },
  "helplineContact.language": {
    label: "Idioma",
    description: "Idioma em que o contato ocorreu.",
  },
  "helplineContact.contactor": {
    label: "Quem contatou",
    description:
      "Quem contatou a linha: a vítima, um familiar ou amigo, um terceiro, um profissional ou uma pessoa anônima.",
  },
  "helplineContact.callerName": {
    label: "Nome de quem contatou",
    description: "Nome informado pela pessoa que contatou a linha; nunca registrado em contato anônimo.",
  },
  "helplineContact.callerPhone": {
    label: "Telefone de quem contatou",
    description:
      "Número de telefone da pessoa que contatou a linha, no formato E.164; nunca registrado em contato anônimo.",
  },
  "helplineContact.indicatorsRaised": {
    label: "Indicadores apontados",
    description: "Indicadores de trabalho forçado da OIT que surgiram no contato.",
  },
  "helplineContact.outcome": {
    label: "Resultado",
    description: "O que resultou do contato: encaminhamento, informação prestada, sem ação ou outro.",
  },
  "helplineContact.victimId": {
    label: "Vítima",
    description: "Identificador (UUID) do registro da vítima a que o contato levou.",
  },
  "helplineContact.caseId": {
    label: "Caso",
    description: "Identificador (UUID) do registro do caso a que o contato levou.",
  },
  "helplineContact.summary": {
    label: "Resumo",
    description: "Resumo em texto livre do contato.",
  },
  "screening.recordType": {
    label: "Tipo de registro",
    description: "Valor fixo “screening”, que identifica o registro como triagem.",
  },
  "screening.id": {
    label: "Identificador do registro",
    description: "Identificador único do registro (triagem), no formato UUID (RFC 9562).",
  },
  "screening.externalIds": {
    label: "Identificadores externos",
    description: "Números com que outros sistemas registram o mesmo registro (triagem).",
  },
  "screening.createdAt": {
    label: "Criação do registro",
    description: "Data e hora em que o registro (triagem) foi criado, no formato ISO 8601 com fuso horário.",
  },
  "screening.updatedAt": {
    label: "Última atualização",
    description:
      "Data e hora da última alteração do registro (triagem), no formato ISO 8601 com fuso horário.",
  },
  "screening.extensions": {
    label: "Extensões",
    description: "Dados adicionais (triagem) fora do padrão, agrupados por espaço de nomes.",
  },
  "screening.agencyId": {
    label: "Órgão de triagem",
    description: "Identificador (UUID) do registro do órgão que realizou a triagem.",
  },
  "screening.screenedOn": {
    label: "Data da triagem",
    description: "Data da triagem.",
  },
  "screening.tool": {
    label: "Ferramenta de triagem",
    description:
      "A ferramenta usada: indicadores da OIT, indicadores operacionais OIT–CE, formulário da OIM, uma ferramenta nacional ou outra.",
  },
  "screening.toolName": {
    label: "Nome da ferramenta",
    description: "Nome e versão da ferramenta, sobretudo quando é nacional ou outra.",
  },
  "screening.indicators": {
    label: "Indicadores encontrados",
    description: "Indicadores encontrados na triagem, cada um com sua força.",
  },
  "screening.outcome": {
    label: "Resultado",
    description: "Conclusão da triagem: presumível vítima, não é vítima ou requer acompanhamento.",
  },
  "screening.helplineContactId": {
    label: "Contato com a linha",
    description: "Identificador (UUID) do registro do contato com a linha que levou à triagem.",
  },
  "screening.victimId": {
    label: "Vítima",
    description: "Identificador (UUID) do registro da vítima a que a triagem levou.",
  },
  "screening.notes": {
    label: "Notas",
    description: "Notas em texto livre sobre a triagem.",
  },
  "screeningIndicator.indicator": {
    label: "Indicador",
    description: "Um dos indicadores de trabalho forçado da OIT.",
  },
  "screeningIndicator.strength": {
    label: "Força",
    description: "Com que força o indicador aponta para o tráfico: forte, médio ou fraco.",
  },
  "protectionMeasure.recordType": {
    label: "Tipo de registro",
    description: "Valor fixo “protectionMeasure”, que identifica o registro como medida de proteção.",
  },
  "protectionMeasure.id": {
    label: "Identificador do registro",
    description: "Identificador único do registro (medida de proteção), no formato UUID (RFC 9562).",
  },
  "protectionMeasure.externalIds": {
    label: "Identificadores externos",
    description: "Números com que outros sistemas registram o mesmo registro (medida de proteção).",
  },
  "protectionMeasure.createdAt": {
    label: "Criação do registro",
    description:
      "Data e hora em que o registro (medida de proteção) foi criado, no formato ISO 8601 com fuso horário.",
  },
  "protectionMeasure.updatedAt": {
    label: "Última atualização",
    description:
      "Data e hora da última alteração do registro (medida de proteção), no formato ISO 8601 com fuso horário.",
  },
  "protectionMeasure.extensions": {
    label: "Extensões",
    description: "Dados adicionais (medida de proteção) fora do padrão, agrupados por espaço de nomes.",
  },
  "protectionMeasure.kind": {
    label: "Tipo de medida",
    description:
      "Indenização, restituição, autorização de residência, período de reflexão, retorno e reintegração, ou não punição.",
  },
  "protectionMeasure.victimId": {
    label: "Vítima",
    description: "Identificador (UUID) do registro da vítima a que a medida se refere.",
  },
  "protectionMeasure.caseId": {
    label: "Caso",
    description: "Identificador (UUID) do registro do caso a que a medida pertence.",
  },
  "protectionMeasure.agencyId": {
    label: "Órgão responsável",
    description: "Identificador (UUID) do registro do órgão que decidiu ou aplicou a medida.",
  },
  "protectionMeasure.compensation": {
    label: "Indenização ou restituição",
    description: "Detalhe de uma indenização ou restituição: fonte, concessão, pagamento, valores e moeda.",
  },
  "protectionMeasure.residence": {
    label: "Autorização de residência ou período de reflexão",
    description: "Detalhe de uma autorização de residência ou período de reflexão: tipo, decisão e datas.",
  },
  "protectionMeasure.reintegration": {
    label: "Retorno e reintegração",
    description: "Detalhe de um retorno e seu acompanhamento: país, datas e resultado.",
  },
  "protectionMeasure.nonPunishment": {
    label: "Não punição",
    description:
      "Detalhe do processo contra a vítima por um crime cometido em consequência do tráfico, e seu resultado.",
  },
  "protectionMeasure.notes": {
    label: "Notas",
    description: "Notas em texto livre sobre a medida.",
  },
  "compensationDetail.source": {
    label: "Fonte",
    description: "De onde vem o dinheiro: ordem judicial, fundo estatal, acordo ou outra.",
  },
  "compensationDetail.awarded": {
    label: "Concedida",
    description: "Se a indenização ou restituição foi concedida.",
  },
  "compensationDetail.awardedOn": {
    label: "Data da concessão",
    description: "Data da concessão.",
  },
  "compensationDetail.amountAwarded": {
    label: "Valor concedido",
    description: "Valor concedido, na moeda indicada.",
  },
  "compensationDetail.paid": {
    label: "Paga",
    description: "Se a vítima recebeu o dinheiro.",
  },
  "compensationDetail.paidOn": {
    label: "Data do pagamento",
    description: "Data em que o dinheiro foi pago.",
  },
  "compensationDetail.amountPaid": {
    label: "Valor pago",
    description: "Valor efetivamente pago, na moeda indicada.",
  },
  "compensationDetail.currency": {
    label: "Moeda",
    description: "Moeda dos valores, como código ISO 4217.",
  },
  "residenceDetail.permitType": {
    label: "Tipo de autorização",
    description: "Tipo de autorização: temporária, permanente, humanitária, proteção internacional ou outra.",
  },
  "residenceDetail.decision": {
    label: "Decisão",
    description: "Se a autorização ou o período foi concedido, negado ou está pendente.",
  },
  "residenceDetail.decidedOn": {
    label: "Data da decisão",
    description: "Data da decisão.",
  },
  "residenceDetail.startDate": {
    label: "Data de início",
    description: "Primeiro dia coberto pela autorização ou período.",
  },
  "residenceDetail.endDate": {
    label: "Data de término",
    description: "Último dia coberto pela autorização ou período.",
  },
  "reintegrationDetail.country": {
    label: "País de retorno",
    description: "País para o qual a pessoa retornou.",
  },
  "reintegrationDetail.returnedOn": {
    label: "Data do retorno",
    description: "Data do retorno.",
  },
  "reintegrationDetail.lastFollowUpOn": {
    label: "Último acompanhamento",
    description: "Data do último acompanhamento da reintegração.",
  },
  "reintegrationDetail.outcome": {
    label: "Resultado da reintegração",
    description: "Como estava a reintegração no último acompanhamento.",
  },
  "nonPunishmentDetail.offence": {
    label: "Crime",
    description: "Crime pelo qual a vítima foi processada, como código ICCS.",
  },
  "nonPunishmentDetail.offenceDescription": {
    label: "Crime segundo a fonte",
    description: "O crime como a fonte o descreve, se nenhum código ICCS da lista corresponder.",
  },
  "nonPunishmentDetail.outcome": {
    label: "Resultado",
    description: "Não processada, acusações retiradas, absolvida, condenada ou pendente.",
  },
  "nonPunishmentDetail.decidedOn": {
    label: "Data da decisão",
    description: "Data da decisão que fixou o resultado.",
  },
  "sgbvIncident.recordType": {
    label: "Tipo de registro",
    description: "Valor fixo “sgbvIncident”, que identifica o registro como incidente de VSBG.",
  },
  "sgbvIncident.id": {
    label: "Identificador do registro",
    description: "Identificador único do registro (incidente de VSBG), no formato UUID (RFC 9562).",
  },
  "sgbvIncident.externalIds": {
    label: "Identificadores externos",
    description: "Números com que outros sistemas registram o mesmo registro (incidente de VSBG).",
  },
  "sgbvIncident.createdAt": {
    label: "Criação do registro",
    description:
      "Data e hora em que o registro (incidente de VSBG) foi criado, no formato ISO 8601 com fuso horário.",
  },
  "sgbvIncident.updatedAt": {
    label: "Última atualização",
    description:
      "Data e hora da última alteração do registro (incidente de VSBG), no formato ISO 8601 com fuso horário.",
  },
  "sgbvIncident.extensions": {
    label: "Extensões",
    description: "Dados adicionais (incidente de VSBG) fora do padrão, agrupados por espaço de nomes.",
  },
  "sgbvIncident.victimId": {
    label: "Vítima",
    description: "Identificador (UUID) do registro da vítima que sofreu o incidente.",
  },
  "sgbvIncident.caseId": {
    label: "Caso",
    description: "Identificador (UUID) do registro do caso a que o incidente pertence.",
  },
  "sgbvIncident.type": {
    label: "Tipo de incidente",
    description: "Um dos seis tipos principais de violência baseada em gênero da classificação do GBVIMS.",
  },
  "sgbvIncident.date": {
    label: "Data",
    description: "Data do incidente, ao ano, mês ou dia.",
  },
  "sgbvIncident.dateApproximate": {
    label: "Data aproximada",
    description: "Se a data é uma estimativa.",
  },
  "sgbvIncident.country": {
    label: "País",
    description: "País onde o incidente ocorreu.",
  },
  "sgbvIncident.place": {
    label: "Local",
    description: "Local da rota onde o incidente ocorreu, como uma cidade ou uma passagem de fronteira.",
  },
  "sgbvIncident.routeStage": {
    label: "Etapa da rota",
    description:
      "Se o incidente ocorreu no aliciamento, em trânsito, durante a exploração ou na identificação.",
  },
  "sgbvIncident.perpetratorKinds": {
    label: "Agressores",
    description:
      "Quem cometeu o incidente: contrabandista, traficante, agente público, grupo armado, outro migrante, parceiro, familiar, outro ou desconhecido.",
  },
  "sgbvIncident.reported": {
    label: "Denunciado",
    description: "Se o incidente foi denunciado à polícia ou a outra autoridade.",
  },
  "sgbvIncident.servicesReceived": {
    label: "Serviços recebidos",
    description: "Serviços que a pessoa recebeu após o incidente.",
  },
  "sgbvIncident.notes": {
    label: "Notas",
    description: "Notas em texto livre sobre o incidente.",
  },
  "operation.recordType": {
    label: "Tipo de registro",
    description: "Valor fixo “operation”, que identifica o registro como uma operação.",
  },
  "operation.id": {
    label: "Identificador da operação",
    description: "UUID (RFC 9562) que identifica a operação de forma única.",
  },
  "operation.externalIds": {
    label: "Identificadores externos da operação",
    description: "Números ou códigos sob os quais a mesma operação está registrado em outros sistemas.",
  },
  "operation.createdAt": {
    label: "Registro criado em",
    description: "Data e hora em que o registro da operação foi criado, em ISO 8601 com fuso horário.",
  },
  "operation.updatedAt": {
    label: "Registro atualizado em",
    description: "Data e hora da última alteração do registro da operação, em ISO 8601 com fuso horário.",
  },
  "operation.extensions": {
    label: "Extensões",
    description:
      "Dados adicionais agrupados por espaço de nomes (perfil nacional, campos de origem não mapeados); único lugar onde se aceitam campos fora do padrão.",
  },
  "operation.kind": {
    label: "Tipo de operação",
    description:
      "Se foi uma operação das autoridades de um Estado ou uma investigação conjunta de dois ou mais Estados.",
  },
  "operation.name": {
    label: "Nome da operação",
    description: "Nome ou codinome da operação; confidencial, pois pode revelar uma investigação.",
  },
  "operation.leadAgencyId": {
    label: "Instituição líder",
    description: "A instituição que conduziu a operação (seu registro de instituição).",
  },
  "operation.agencyIds": {
    label: "Instituições participantes",
    description: "Todas as instituições que participaram da operação (seus registros de instituição).",
  },
  "operation.countries": {
    label: "Países participantes",
    description: "Países cujas autoridades participaram da operação.",
  },
  "operation.startedOn": { label: "Data de início", description: "Dia em que a operação começou." },
  "operation.endedOn": {
    label: "Data de término",
    description: "Dia em que a operação terminou; vazio enquanto continua.",
  },
  "operation.personsIdentified": {
    label: "Pessoas identificadas",
    description: "Número de pessoas identificadas como suspeitas de participar dos crimes.",
  },
  "operation.arrests": { label: "Prisões", description: "Número de pessoas presas na operação." },
  "operation.victimsRescued": {
    label: "Vítimas resgatadas",
    description: "Número de supostas vítimas resgatadas ou retiradas da exploração na operação.",
  },
  "operation.caseIds": {
    label: "Casos vinculados",
    description: "Os casos a que a operação se refere (seus registros de caso).",
  },
  "operation.perpetratorIds": {
    label: "Autores vinculados",
    description: "Os supostos autores identificados na operação (seus registros de autor).",
  },
  "operation.criminalGroupIds": {
    label: "Grupos criminosos vinculados",
    description: "Os grupos criminosos organizados visados pela operação (seus registros de grupo).",
  },
  "operation.summary": { label: "Resumo", description: "Relato livre da operação; confidencial." },
  "financialInquiry.recordType": {
    label: "Tipo de registro",
    description: "Valor fixo “financialInquiry”, que identifica o registro como uma apuração financeira.",
  },
  "financialInquiry.id": {
    label: "Identificador da apuração financeira",
    description: "UUID (RFC 9562) que identifica a apuração de forma única.",
  },
  "financialInquiry.externalIds": {
    label: "Identificadores externos da apuração financeira",
    description: "Números ou códigos sob os quais a mesma apuração está registrado em outros sistemas.",
  },
  "financialInquiry.createdAt": {
    label: "Registro criado em",
    description:
      "Data e hora em que o registro da apuração financeira foi criado, em ISO 8601 com fuso horário.",
  },
  "financialInquiry.updatedAt": {
    label: "Registro atualizado em",
    description:
      "Data e hora da última alteração do registro da apuração financeira, em ISO 8601 com fuso horário.",
  },
  "financialInquiry.extensions": {
    label: "Extensões",
    description:
      "Dados adicionais agrupados por espaço de nomes (perfil nacional, campos de origem não mapeados); único lugar onde se aceitam campos fora do padrão.",
  },
  "financialInquiry.kind": {
    label: "Tipo de apuração",
    description:
      "Se é uma comunicação de operação suspeita, um relatório de inteligência financeira, uma investigação de lavagem de dinheiro ou uma investigação financeira paralela.",
  },
  "financialInquiry.openedOn": {
    label: "Data de abertura",
    description: "Dia em que a comunicação foi feita ou a investigação aberta.",
  },
  "financialInquiry.closedOn": {
    label: "Data de encerramento",
    description: "Dia em que a apuração foi encerrada; vazio enquanto estiver aberta.",
  },
  "financialInquiry.country": { label: "País", description: "País onde a apuração é conduzida." },
  "financialInquiry.agencyId": {
    label: "Instituição comunicante ou investigadora",
    description:
      "A unidade de inteligência financeira, a polícia ou o Ministério Público que fez a comunicação ou conduz a investigação (seu registro de instituição).",
  },
  "financialInquiry.caseIds": {
    label: "Casos vinculados",
    description: "Os casos a que a apuração se refere (seus registros de caso).",
  },
  "financialInquiry.perpetratorIds": {
    label: "Autores vinculados",
    description: "As pessoas cujas finanças são apuradas (seus registros de autor).",
  },
  "financialInquiry.criminalGroupIds": {
    label: "Grupos criminosos vinculados",
    description: "Os grupos criminosos organizados cujas finanças são apuradas (seus registros de grupo).",
  },
  "financialInquiry.assetActions": {
    label: "Medidas sobre bens",
    description:
      "Bens identificados, bloqueados, apreendidos, confiscados ou restituídos a vítimas, cada um com seu valor e moeda.",
  },
  "financialInquiry.outcome": {
    label: "Resultado",
    description: "Em que ponto está a apuração ou como terminou.",
  },
  "financialInquiry.summary": { label: "Resumo", description: "Relato livre da apuração; confidencial." },
  "legalAssistanceRequest.recordType": {
    label: "Tipo de registro",
    description:
      "Valor fixo “legalAssistanceRequest”, que identifica o registro como um pedido de assistência jurídica mútua.",
  },
  "legalAssistanceRequest.id": {
    label: "Identificador do pedido de assistência jurídica",
    description: "UUID (RFC 9562) que identifica o pedido de forma única.",
  },
  "legalAssistanceRequest.externalIds": {
    label: "Identificadores externos do pedido de assistência jurídica",
    description: "Números ou códigos sob os quais o mesmo pedido está registrado em outros sistemas.",
  },
  "legalAssistanceRequest.createdAt": {
    label: "Registro criado em",
    description:
      "Data e hora em que o registro do pedido de assistência jurídica foi criado, em ISO 8601 com fuso horário.",
  },
  "legalAssistanceRequest.updatedAt": {
    label: "Registro atualizado em",
    description:
      "Data e hora da última alteração do registro do pedido de assistência jurídica, em ISO 8601 com fuso horário.",
  },
  "legalAssistanceRequest.extensions": {
    label: "Extensões",
    description:
      "Dados adicionais agrupados por espaço de nomes (perfil nacional, campos de origem não mapeados); único lugar onde se aceitam campos fora do padrão.",
  },
  "legalAssistanceRequest.direction": {
    label: "Sentido",
    description: "Se o Estado que registra enviou o pedido ou o recebeu.",
  },
  "legalAssistanceRequest.requestingCountry": {
    label: "País requerente",
    description: "O Estado que pede a assistência.",
  },
  "legalAssistanceRequest.requestedCountry": {
    label: "País requerido",
    description: "O Estado a quem se pede a assistência.",
  },
  "legalAssistanceRequest.requestingAgencyId": {
    label: "Autoridade requerente",
    description: "A autoridade que emitiu o pedido (seu registro de instituição).",
  },
  "legalAssistanceRequest.requestedAgencyId": {
    label: "Autoridade requerida",
    description: "A autoridade central ou competente que recebeu o pedido (seu registro de instituição).",
  },
  "legalAssistanceRequest.legalBasis": {
    label: "Base jurídica",
    description: "O tratado ou a lei em que se baseia o pedido.",
  },
  "legalAssistanceRequest.assistanceTypes": {
    label: "Assistência solicitada",
    description: "Os tipos de assistência que o pedido solicita.",
  },
  "legalAssistanceRequest.sentOn": {
    label: "Data de envio",
    description: "Dia em que o Estado requerente enviou o pedido.",
  },
  "legalAssistanceRequest.receivedOn": {
    label: "Data de recebimento",
    description: "Dia em que o Estado requerido recebeu o pedido.",
  },
  "legalAssistanceRequest.status": {
    label: "Situação",
    description: "Em que ponto está o pedido: pendente, cumprido, cumprido em parte, recusado ou retirado.",
  },
  "legalAssistanceRequest.closedOn": {
    label: "Data de encerramento",
    description: "Dia em que o pedido foi cumprido, recusado ou retirado.",
  },
  "legalAssistanceRequest.caseId": {
    label: "Caso vinculado",
    description: "O caso a que o pedido serve (seu registro de caso).",
  },
  "legalAssistanceRequest.details": {
    label: "Detalhes",
    description: "Relato livre do que foi pedido e respondido; confidencial.",
  },
  "criminalGroup.recordType": {
    label: "Tipo de registro",
    description: "Valor fixo “criminalGroup”, que identifica o registro como um grupo criminoso organizado.",
  },
  "criminalGroup.id": {
    label: "Identificador do grupo criminoso",
    description: "UUID (RFC 9562) que identifica o grupo de forma única.",
  },
  "criminalGroup.externalIds": {
    label: "Identificadores externos do grupo criminoso",
    description: "Números ou códigos sob os quais o mesmo grupo está registrado em outros sistemas.",
  },
  "criminalGroup.createdAt": {
    label: "Registro criado em",
    description: "Data e hora em que o registro do grupo criminoso foi criado, em ISO 8601 com fuso horário.",
  },
  "criminalGroup.updatedAt": {
    label: "Registro atualizado em",
    description:
      "Data e hora da última alteração do registro do grupo criminoso, em ISO 8601 com fuso horário.",
  },
  "criminalGroup.extensions": {
    label: "Extensões",
    description:
      "Dados adicionais agrupados por espaço de nomes (perfil nacional, campos de origem não mapeados); único lugar onde se aceitam campos fora do padrão.",
  },
  "criminalGroup.name": {
    label: "Nome do grupo",
    description: "Nome pelo qual o grupo é conhecido; confidencial, pois pode revelar uma investigação.",
  },
  "criminalGroup.structure": {
    label: "Estrutura",
    description: "Como o grupo se organiza, segundo os cinco tipos de grupo criminoso organizado do UNODC.",
  },
  "criminalGroup.transnational": {
    label: "Transnacional",
    description: "Se o grupo atua além das fronteiras (art. 3.2 da UNTOC).",
  },
  "criminalGroup.countries": { label: "Países de atuação", description: "Países onde o grupo atua." },
  "criminalGroup.offences": {
    label: "Crimes relacionados",
    description:
      "Crimes aos quais o grupo está ligado, como códigos ICCS (tráfico de pessoas, lavagem de dinheiro, participação em grupo criminoso organizado etc.).",
  },
  "criminalGroup.estimatedMembers": {
    label: "Tamanho estimado",
    description: "Número estimado de integrantes do grupo.",
  },
  "criminalGroup.assetActions": {
    label: "Medidas sobre bens",
    description:
      "Bens do grupo identificados, bloqueados, apreendidos, confiscados ou restituídos a vítimas, cada um com seu valor e moeda.",
  },
  "criminalGroup.perpetratorIds": {
    label: "Integrantes",
    description: "Os autores que se sabe pertencerem ao grupo (seus registros de autor).",
  },
  "criminalGroup.caseIds": {
    label: "Casos vinculados",
    description: "Os casos em que o grupo está envolvido (seus registros de caso).",
  },
  "criminalGroup.summary": { label: "Resumo", description: "Relato livre sobre o grupo; confidencial." },
  "preventionActivity.recordType": {
    label: "Tipo de registro",
    description:
      "Valor fixo “preventionActivity”, que identifica o registro como uma atividade de prevenção.",
  },
  "preventionActivity.id": {
    label: "Identificador da atividade de prevenção",
    description: "UUID (RFC 9562) que identifica a atividade de forma única.",
  },
  "preventionActivity.externalIds": {
    label: "Identificadores externos da atividade de prevenção",
    description: "Números ou códigos sob os quais a mesma atividade está registrado em outros sistemas.",
  },
  "preventionActivity.createdAt": {
    label: "Registro criado em",
    description:
      "Data e hora em que o registro da atividade de prevenção foi criado, em ISO 8601 com fuso horário.",
  },
  "preventionActivity.updatedAt": {
    label: "Registro atualizado em",
    description:
      "Data e hora da última alteração do registro da atividade de prevenção, em ISO 8601 com fuso horário.",
  },
  "preventionActivity.extensions": {
    label: "Extensões",
    description:
      "Dados adicionais agrupados por espaço de nomes (perfil nacional, campos de origem não mapeados); único lugar onde se aceitam campos fora do padrão.",
  },
  "preventionActivity.kind": {
    label: "Tipo de atividade",
    description: "Se foi uma campanha de conscientização, uma capacitação ou outra atividade de prevenção.",
  },
  "preventionActivity.title": { label: "Título", description: "Título público da campanha ou capacitação." },
  "preventionActivity.audiences": {
    label: "Público-alvo",
    description:
      "A quem a atividade se dirigiu: o público, grupos de agentes públicos, grupos em risco ou o setor privado.",
  },
  "preventionActivity.peopleReached": {
    label: "Pessoas alcançadas",
    description: "Número estimado de pessoas que a atividade alcançou.",
  },
  "preventionActivity.trainees": {
    label: "Pessoas capacitadas",
    description: "Número de pessoas que participaram da capacitação.",
  },
  "preventionActivity.channels": {
    label: "Canais",
    description:
      "Por quais canais a atividade alcançou as pessoas: rádio, televisão, impressos, presencial, on-line.",
  },
  "preventionActivity.platforms": {
    label: "Plataformas on-line",
    description: "Os sites, aplicativos e redes sociais usados on-line.",
  },
  "preventionActivity.startedOn": { label: "Data de início", description: "Dia em que a atividade começou." },
  "preventionActivity.endedOn": { label: "Data de término", description: "Dia em que a atividade terminou." },
  "preventionActivity.country": { label: "País", description: "País onde a atividade ocorreu." },
  "preventionActivity.organiserAgencyId": {
    label: "Instituição organizadora",
    description: "A instituição que organizou a atividade (seu registro de instituição).",
  },
  "preventionActivity.description": { label: "Descrição", description: "Descrição livre da atividade." },
} as const satisfies FieldTexts;
