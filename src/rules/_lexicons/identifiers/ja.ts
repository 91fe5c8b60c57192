// This module is browser compatible.

/**
 * Japanese words around numbers for `no-phone`: the labels of identifiers
 * and the words of phoning.
 *
 * @module
 */

import type { IdentifierWords } from "./types.ts";

/** Japanese labels of identifiers and words of phoning. */
export const IDENTIFIERS_JA: IdentifierWords = {
  labels: [
    "追跡番号",
    "お問い合わせ番号",
    "お問合せ番号",
    "問い合わせ番号",
    "送り状番号",
    "伝票番号",
    "注文番号",
    "郵便番号",
    "〒",
    "型番",
    "品番",
    "製造番号",
    "シリアル",
    "請求書番号",
    "口座番号",
  ],
  phone: [
    "電話",
    "携帯",
    "ＴＥＬ",
  ],
  contact: [
    "line id",
    "lineアカウント",
    "ライン",
    "whatsapp",
    "お電話ください",
    "までお電話",
    "当店の電話",
    "当店まで",
    "弊社まで",
    "弊社の電話",
    "直通",
    "私の携帯",
  ],
};
