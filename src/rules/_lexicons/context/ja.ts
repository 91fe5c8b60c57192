// This module is browser compatible.

/**
 * Japanese context words of the concept engine (see `types.ts`).
 *
 * @module
 */

import type { ContextWords } from "./types.ts";

/** Japanese context words. */
export const CONTEXT_JA: ContextWords = {
  segmentation: "chars",
  controls: [
    "ボタン",
    "リンク",
    "タブ",
    "アイコン",
  ],
  controlUse: [
    "押し",
    "押す",
    "クリック",
    "タップ",
    "選択",
  ],
  // "Can also" as "…も…できます/可能/承ります", and an extra at a price
  // ("あと1,500円で", "プラス800円で").
  canAlso: [
    "も[^。!?]{0,16}?(?:可能|できます|承ります|承れます|お付けでき|お入れでき)",
    "あと(?=[0-9])",
    "プラス(?=[0-9])",
    "せっかく",
    "ついでに",
  ],
  orderCost: [
    "支払",
    "送料",
    "配送",
    "発送",
    "返品",
    "返金",
    "代金",
    "請求",
    "お急ぎ便",
    "速達",
  ],
  owners: [
    "技術者",
    "技術担当",
    "担当者",
    "技師",
    "専門家",
    "鑑定",
    "検査",
    "検品",
    "点検",
    "修理",
    "工房",
    "工場",
    "メーカー",
    "配送業者",
    "運送会社",
    "保険会社",
    "サービスセンター",
    "整備士",
    "作業員",
    "品質",
    "結果",
    "損傷",
    "損害",
    "破損",
    "不具合",
    "状態",
    "によると",
    "によれば",
    "によりますと",
  ],
  alternative: ["だけ"],
  noAnswer: ["いいえ", "不要です", "必要ありません", "必要ございません"],
  need: ["必須", "必要", "なければ", "要ります", "条件"],
  but: ["でも", "ですが", "けれど", "しかし"],
  yes: ["はい", "もちろん"],
  denial: ["いいえ", "ません", "ない"],
  noNeed: ["必要"],
  asking: ["求"],
  quantityOf: ["は"],
  people: [
    "技師",
    "スタッフ",
    "担当",
    "技術者",
    "フィールドエンジニア",
    "倉庫",
  ],
  listing: ["や", "など", "とか", "も", "か", "および", "及び", "または"],
  thanks: ["ありがとう"],
  restock: ["在庫", "入荷"],
  priceParts: ["料金", "費用"],
  resultNext: ["の結果"],
};
