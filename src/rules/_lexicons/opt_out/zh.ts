// This module is browser compatible.

/**
 * Chinese opt-out phrases (`no-opt-out`), in the notation of the phrase
 * rules (see `_phrases.ts`).
 *
 * @module
 */

/** Chinese opt-out phrases. */
export const OPT_OUT_ZH: readonly string[] = [
  // Not a product subscription managed with pauses or skips ("暂停几个月或
  // 取消订阅").
  "(?<!(?:暂停|暫停|跳过|跳過|调整|調整|推迟|推遲)[^，。！？,.!?\\n]{0,12})取消(?:订阅|訂閱)",
  "回复?…(?:退订|退訂)",
  "(?:退订|退訂)(?:请|請)?回(?:复|覆)",
  "(?:消息|短信|邮件|通知|訊息|郵件)…(?:退订|退訂)",
  "(?:退订|退訂)(?:消息|短信|邮件|通知|訊息|郵件)",
  "不再(?:接收|收到)(?:此类|这类|我们的|此類|這類|我們的)?(?:消息|信息|邮件|短信|通知|訊息|郵件)",
  "(?:停止|取消)(?:接收|推送)(?:此类|这类|我们的)?(?:消息|信息|邮件|短信|通知)",
  "拒收请回复",
  // Not wanting our messages ("如果您不想再收到此类消息"), not a replacement
  // ("如果您不想收到替换件，我们可以退款").
  // The kind of message may come first ("不希望再收到我们的物流和售后通知").
  "(?:(?:如果|如|若)(?:您)?)?不(?:希望|想|愿意|願意)(?:再)?(?:收到|接收)(?=(?:此类|这类|我们的|此類|這類|我們的)?[^，。,.!?！？]{0,8}?(?:消息|信息|邮件|短信|通知|訊息|郵件|来信|來信|推送))",
  // "如需退订，…" (to unsubscribe, …), not "如需退订服务" (to cancel a service).
  "(?:如需|如要|若需|若要|想要)(?:退订|退訂)(?=[，,])",
  '回(?:复|覆)[“"「]?(?:T|TD)(?![a-z])',
];
