// This module is browser compatible.

/**
 * Portuguese opt-out phrases (`no-opt-out`), in the notation of the phrase
 * rules (see `_phrases.ts`).
 *
 * @module
 */

/** Portuguese opt-out phrases. */
export const OPT_OUT_PT: readonly string[] = [
  "(?:cancelar|cancele) (?:a |sua )?inscri[çc][ãa]o",
  String.raw`descadastr\p{L}{1,8}`,
  "(?:deixar|deixe|parar) de receber ‥ (?:mensagens|e-mails|emails|notifica[çc][õo]es|comunica[çc][õo]es|sms|newsletter|novidades|avisos|alertas|lembretes|atualiza[çc][õo]es)",
  // Not wanting our messages, not a replacement ("caso não queira receber a peça nova").
  "n[ãa]o (?:deseja|quiser|quer|desejar|queira) (?:mais )?receber(?= ‥ (?:mensagens|e-mails|emails|notifica[çc][õo]es|comunica[çc][õo]es|sms|newsletter|novidades|avisos|alertas|lembretes|atualiza[çc][õo]es|contatos))",
  "para n[ãa]o receber ‥ (?:mensagens|e-mails|emails|notifica[çc][õo]es|comunica[çc][õo]es|sms|newsletter|novidades|avisos|alertas|lembretes|atualiza[çc][õo]es|contatos)",
  `(?:responda|envie|mande|escreva) (?:com )?(?:a palavra )?["“]?(?:sair|stop|pare)`,
  "remov(?:er|eremos|a) ‥ da (?:nossa )?lista",
  "n[ãa]o (?:quer|deseja|quiser) mais (?:ter not[ií]cias|ouvir falar) (?:de|da) (?:n[óo]s|gente)",
  "(?:prefere|preferir|prefira) n[ãa]o receber(?= ‥ (?:mensagens|e-mails|emails|notifica[çc][õo]es|comunica[çc][õo]es|sms|newsletter|novidades|avisos|alertas|lembretes|atualiza[çc][õo]es|contatos))",
  "(?:pararemos|deixaremos) de (?:enviar|mandar|te enviar|lhe enviar)",
  "n[ãa]o (?:quer|deseja|quiser) mais (?:mensagens|e-mails|emails|notifica[çc][õo]es|atualiza[çc][õo]es|sms)",
  `(?:responda|envie|mande|escreva) (?:com )?(?:a palavra )?["“]?parar`,
];
