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
};
