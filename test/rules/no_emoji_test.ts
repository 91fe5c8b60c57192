import { noEmoji } from "../../src/rules/no_emoji.ts";
import { testRule } from "../_rule_tester.ts";

testRule(noEmoji, {
  valid: [
    "PhotoForge™ and Brand® ©2026",
    "Ships at 10:30 (see note 2:).",
    "https://www.amazon.com/x",
    "Ratio 3:2, option (b)",
    "Hinweis: Bitte antworten Sie.",
    "ご注文ありがとうございます。",
    "Size: XL; colour: navy",
    "Item #3 of 5",
    // Typographic symbols are not emoji: stars of a hotel or an energy
    // class, arrows, bullets, check marks, notes.
    "Hotel Adler ★★★★ Superior, Zimmer 12",
    "評価★5.0の200V機種です",
    "Step 1 → step 2 ▶ done",
    "▪ Size M ▪ Colour navy",
    "✓ Paid ☆ Gift wrap ♪ melody print",
  ],
  invalid: [
    { text: "Sorry 😔", errors: [{ messageId: "emoji", span: "😔" }] },
    { text: "Thanks 👍🏽!", errors: [{ messageId: "emoji", span: "👍🏽" }] },
    { text: "Family 👨‍👩‍👧 trip", errors: [{ messageId: "emoji", span: "👨‍👩‍👧" }] },
    { text: "From 🇩🇪", errors: [{ messageId: "emoji", span: "🇩🇪" }] },
    { text: "Rated ⭐ top", errors: [{ messageId: "emoji", span: "⭐" }] },
    { text: "Call 1️⃣ now", errors: [{ messageId: "emoji", span: "1️⃣" }] },
    // Text-style pictographs are emoji on phones, and any symbol asked to
    // show as one (U+FE0F) is one.
    { text: "Thanks ❤ Anna", errors: [{ messageId: "emoji", span: "❤" }] },
    { text: "Have a nice day ☺", errors: [{ messageId: "emoji", span: "☺" }] },
    { text: "Sent ✈️ today", errors: [{ messageId: "emoji", span: "✈️" }] },
    { text: "Next ▶️ page", errors: [{ messageId: "emoji", span: "▶️" }] },
    { text: "Done ✔ thanks", errors: [{ messageId: "emoji", span: "✔" }] },
    { text: "Thanks :-)", errors: [{ messageId: "emoticon", span: ":-)" }] },
    {
      text: "Oops ;) see you",
      errors: [{ messageId: "emoticon", span: ";)" }],
    },
    { text: "Great :D", errors: [{ messageId: "emoticon", span: ":D" }] },
    { text: "love it <3", errors: [{ messageId: "emoticon", span: "<3" }] },
    {
      text: "ありがとう ^_^",
      errors: [{ messageId: "emoticon", span: "^_^" }],
    },
    {
      text: "よろしく（＾＿＾）",
      errors: [{ messageId: "emoticon", span: "（＾＿＾）" }],
    },
    { text: "Sad :( today", errors: [{ messageId: "emoticon", span: ":(" }] },
  ],
});
