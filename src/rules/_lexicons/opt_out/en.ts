// This module is browser compatible.

/**
 * English opt-out phrases (`no-opt-out`), in the notation of the phrase
 * rules (see `_phrases.ts`): unsubscribing, "reply STOP", not wanting more
 * messages, leaving a list, message preferences.
 *
 * @module
 */

const MESSAGES =
  "(?:messages|emails|e-mails|mails|notifications|texts|sms|updates|communications|newsletters?|alerts|reminders|notices)";

/** English opt-out phrases. */
export const OPT_OUT_EN: readonly string[] = [
  String.raw`un-?subscrib\p{L}{0,4}`,
  "opt(?:ing|ed)?[-\\s]?outs?",
  `(?:reply|respond|text|send|answer) (?:with )?(?:the word )?["“”«]?(?:stop|end|quit)`,
  `stop (?:receiving|getting) ‥ ${MESSAGES}`,
  `stop (?:these|our|all|further|future) ${MESSAGES}`,
  `stop sending (?:you|me) (?:these |our |any |further )?${MESSAGES}`,
  "stop (?:messaging|texting|emailing|contacting) you",
  `(?:don't|do not|no longer|not|never) (?:wish|want|like) to (?:receive|get) ‥ ${MESSAGES}`,
  `(?:don't|do not|no longer) (?:want|need) (?:any )?(?:more|further|these|our) ${MESSAGES}`,
  "(?:don't|do not|no longer|not) (?:wish|want|like) to hear from us",
  // Not getting messages, not the goods ("if you'd rather not get the new
  // recipe").
  `prefer not to (?:(?:receive|get) (?:any |these |our )?(?:more |further )?${MESSAGES}|hear from us)`,
  `you(?:'d| would) rather not (?:(?:receive|get) (?:any |these |our )?(?:more |further )?${MESSAGES}|hear from us)`,
  "(?:remove|take) (?:you|yourself|your (?:name|address|email)) (?:from|off) (?:our|the|this) (?:mailing |contact |email |e-mail )?list",
  "(?:manage|update|change) ‥ (?:email|e-mail|communication|message|messaging|notification|contact) preferences",
  `no more ${MESSAGES} from us`,
  "(?:like|want|wish|prefer|need) us to stop (?:sending|messaging|texting|emailing|contacting|writing)",
  "(?:and|then|so) we(?:'ll| will) (?:stop (?:messaging|texting|emailing|contacting) you|no longer (?:message|text|email) you)",
  "if you(?:'d| would) (?:prefer|like) us (?:not to (?:message|text|email|contact) you|to stop (?:messaging|texting|emailing|contacting) you)",
];
