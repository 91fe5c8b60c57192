// This module is browser compatible.

/**
 * Chinese context words of the concept engine (see `types.ts`).
 *
 * @module
 */

import type { ContextWords } from "./types.ts";

/** Chinese context words. */
export const CONTEXT_ZH: ContextWords = {
  segmentation: "chars",
  canAlso: [
    "还可以",
    "也可以",
    "顺便",
    "另付",
    "再加",
    "还能",
    "也能",
    "多付",
    "只收",
    "加(?=[0-9])",
  ],
  orderCost: [
    "支付",
    "付款",
    "运费",
    "邮费",
    "快递",
    "发货",
    "退款",
    "退货",
    "差价",
    "已付",
  ],
  owners: [
    "技术员",
    "技术人员",
    "工程师",
    "专家",
    "检测",
    "检验",
    "质检",
    "鉴定",
    "定损",
    "维修",
    "师傅",
    "工厂",
    "厂家",
    "快递公司",
    "物流公司",
    "保险公司",
    "售后",
    "品质",
    "质量",
    "损坏",
    "损伤",
    "损失",
    "故障",
    "根据",
    "据",
  ],
  purpose: ["以便", "为了"],
  alternative: ["只需", "只要"],
  noAnswer: [
    "不需要",
    "不用",
    "不必",
    "无需",
    "不会",
    "不是",
    "没有",
    "完全不需要",
  ],
  need: ["需要", "必须", "必要", "要不要", "才能", "得先", "前提", "取决"],
  but: ["但", "不过"],
  yes: ["是的", "可以", "当然"],
  denial: ["不", "没", "无需"],
  noNeed: ["需要", "无需", "無需", "无须", "不必", "不用", "必要"],
  asking: ["求"],
  quantityOf: ["为", "為"],
};
