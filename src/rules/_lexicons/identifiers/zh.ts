// This module is browser compatible.

/**
 * Chinese words around numbers for `no-phone`: the labels of identifiers
 * and the words of phoning.
 *
 * @module
 */

import type { IdentifierWords } from "./types.ts";

/** Chinese labels of identifiers and words of phoning. */
export const IDENTIFIERS_ZH: IdentifierWords = {
  labels: [
    "運単号",
    "运单号",
    "快递单号",
    "物流单号",
    "单号",
    "订单号",
    "订单",
    "邮编",
    "邮政编码",
    "型号",
    "序列号",
    "发票号",
    "发票",
    "编号",
  ],
  phone: [
    "电话",
    "手机",
    "致电",
    "拨打",
    "微信",
  ],
  contact: [
    "微信",
    "加微信",
    "wechat",
    "whatsapp",
    "联系我们",
    "致电我们",
    "给我们打电话",
    "我们的电话",
    "我们的手机",
    "本店电话",
    "店铺电话",
    "我的电话",
    "我的手机",
  ],
};
