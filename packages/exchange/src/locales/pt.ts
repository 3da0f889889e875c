import type { ExchangeTexts } from "../i18n/exchange-texts.js";

/** Textos em português de @tip/exchange. */
export const pt = {
  locale: "pt",
  refusals: {
    too_large: "Recusado: o envelope excede o tamanho permitido.",
    not_json: "Recusado: o envelope não é texto JSON em UTF-8.",
    not_an_envelope: "Recusado: não é um envelope do intercâmbio (um JWE em serialização JSON geral).",
    unsupported_algorithm: "Recusado: o envelope usa algoritmos que o intercâmbio não aceita.",
    header_invalid: "Recusado: o cabeçalho do envelope falta ou não é válido.",
    not_a_recipient: "Recusado: o envelope não é dirigido a este órgão.",
    undecryptable:
      "Recusado: o envelope não pode ser decifrado; foi alterado ou não foi cifrado para a chave deste órgão.",
    signed_content_invalid: "Recusado: o conteúdo do envelope não é um pacote assinado do intercâmbio.",
    unknown_key: "Recusado: a chave de assinatura {kid} não está no diretório de confiança.",
    sender_key_mismatch:
      "Recusado: a chave de assinatura {kid} não pertence ao órgão indicado como remetente.",
    key_revoked: "Recusado: a chave de assinatura {kid} foi revogada.",
    key_not_valid:
      "Recusado: a chave de assinatura {kid} não era válida na data em que a mensagem diz ter sido criada.",
    bad_signature:
      "Recusado: a assinatura não confere (chave {kid}); o conteúdo foi alterado ou falsificado.",
    header_mismatch: "Recusado: o cabeçalho do envelope difere do que o remetente assinou.",
    not_yet_valid: "Recusado: a mensagem diz ter sido criada no futuro; verifique os relógios.",
    expired: "Recusado: o envelope expirou.",
    replayed: "Recusado: esta mensagem já foi aberta antes (uma repetição).",
    replay_check_failed: "Recusado: não foi possível consultar o registro de mensagens já abertas.",
    payload_invalid: "Recusado: o conteúdo assinado não é um pacote em JSON canônico.",
    bundle_sender_mismatch: "Recusado: o pacote indica um remetente diferente do envelope.",
    not_a_message: "Recusado: não é um recibo nem uma mensagem de estado do intercâmbio.",
    not_the_expected_reply: "Recusado: a mensagem não responde ao envelope esperado.",
    open_failed: "Recusado: não foi possível processar o envelope.",
  },
  sealProblems: {
    option_invalid: "Não selado: a opção {option} não é válida.",
    no_recipients: "Não selado: nenhum órgão destinatário foi indicado.",
    recipient_has_no_key: "Não selado: o órgão {agency} não tem nenhuma chave de cifragem válida agora.",
    sender_key_not_valid: "Não selado: o remetente não tem nenhuma chave de assinatura válida agora.",
    not_a_bundle: "Não selado: a entrada não é um pacote de intercâmbio com registros e uma marcação TLP.",
    bundle_unreadable: "Não selado: o pacote não pode ser lido como dados JSON.",
    forbidden_key:
      "Não selado: o pacote contém uma chave __proto__, constructor ou prototype, que nenhum pacote pode conter.",
    bundle_sender_mismatch: "Não selado: o pacote indica um remetente diferente do órgão da chave.",
    recipient_not_named: "Não selado: o órgão {agency} não está entre os destinatários que o pacote indica.",
    marking_invalid:
      "Não selado: a marcação de registro {index} não corresponde a nenhum registro do pacote, repete um registro ou não tem código TLP.",
    export_refused:
      "Não selado: {count, plural, one {# registro não pode ser enviado} other {# registros não podem ser enviados}} para esta finalidade a estes destinatários (sem consentimento, sem envelope).",
  },
  keyProblems: {
    not_json: "O arquivo de chaves não é texto JSON em UTF-8.",
    too_large: "O arquivo de chaves excede o tamanho permitido.",
    not_a_key_file: "O arquivo de chaves não está no formato do intercâmbio ({place}).",
    private_key_in_public_file:
      "O arquivo contém uma chave privada ({place}): publique e confie apenas no arquivo público.",
    not_a_private_key: "O arquivo de chaves contém uma chave pública onde é preciso uma privada ({place}).",
    alg_mismatch: "O algoritmo de uma chave não corresponde ao seu uso ({place}).",
    empty_period: "O período de validade de uma chave termina antes de começar ({place}).",
    duplicate_kid: "Um identificador de chave é usado duas vezes ({place}).",
    agency_twice: "Um órgão aparece duas vezes ({place}).",
    unusable_key: "Uma chave não pode ser usada: não é uma chave P-256 válida ({place}).",
    no_signing_key: "O arquivo de chaves não contém nenhuma chave de assinatura.",
    no_encryption_key: "O arquivo de chaves não contém nenhuma chave de cifragem.",
  },
  wholeDocument: "o documento inteiro",
} as const satisfies ExchangeTexts;
