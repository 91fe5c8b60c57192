import assert from "node:assert/strict";
import { createComposer } from "../../src/compose/create_composer.ts";
import { defineRule } from "../../src/lint/define_rule.ts";
import type { LintOptions } from "../../src/lint/lint_message.ts";
import type { LintMessage } from "../../src/lint/rule.ts";
import { SYSTEM_CLOCK } from "../../src/sp_api/clock.ts";
import { createMessagingClient } from "../../src/sp_api/messaging_client.ts";
import {
  createSandbox,
  type SandboxOptions,
} from "../../src/sp_api/sandbox/mod.ts";
import type { AppContext } from "../../src/http/_app_context.ts";
import { handleSendMessage } from "../../src/http/_handle_send_message.ts";
import { createOrderLookups } from "../../src/http/_order_lookups.ts";
import { composed, DATA, DE, ORDER, US } from "./_app.ts";
import { createFakeClock } from "../sp_api/_fake_clock.ts";

function setup(
  options: { lint?: LintOptions; sandbox?: SandboxOptions } = {},
) {
  const sandbox = createSandbox(options.sandbox);
  const client = createMessagingClient({
    auth: { accessToken: "Atza|x" },
    fetch: sandbox.fetch,
  });
  const counts: [string, Record<string, string>][] = [];
  const context: AppContext = {
    composer: createComposer(),
    lint: options.lint ?? {},
    client,
    lookups: createOrderLookups(client, {
      ttlMs: 5_000,
      maxEntries: 100,
      clock: SYSTEM_CLOCK,
    }),
    clock: SYSTEM_CLOCK,
    count: (name, tags) => counts.push([name, { ...tags }]),
  };
  return { context, sandbox, counts };
}

/** A plugin rule that records what the lint saw. */
function captureRule(seen: LintMessage[]) {
  return defineRule({
    id: "capture",
    meta: {
      type: "layout",
      description: "Records the message",
      defaultSeverity: "off",
      messages: { seen: "Seen" },
    },
    check(context) {
      seen.push(context.message);
    },
  });
}

function issuesOf(body: Readonly<Record<string, unknown>>) {
  return (body.error as { issues: { path: string; message: string }[] })
    .issues;
}

Deno.test("handleSendMessage() passes the template, data spans, buyer locale and order to the lint", async () => {
  const seen: LintMessage[] = [];
  const { context } = setup({
    lint: { plugins: [captureRule(seen)], rules: { capture: "warning" } },
    sandbox: { orders: { [ORDER]: { locale: "de-AT" } } },
  });
  const answer = await handleSendMessage(
    context,
    composed({ marketplaceId: DE, dryRun: true }),
  );
  assert.equal(answer.status, 200);
  assert.equal(seen.length, 1);
  const message = seen[0];
  assert.deepEqual(message.template, {
    id: "unexpectedProblem",
    locale: "de-DE",
  });
  assert.equal(message.locale, "de-AT");
  assert.equal(message.amazonOrderId, ORDER);
  assert.equal(message.marketplaceId, DE);
  assert.ok((message.dataSpans?.length ?? 0) > 0);
  const span = message.dataSpans![0];
  assert.ok(
    message.text!.slice(span.start, span.end).length > 0 &&
      span.end <= message.text!.length,
  );
});

Deno.test("handleSendMessage() lints literal text in the buyer's locale without a template", async () => {
  const seen: LintMessage[] = [];
  const { context } = setup({
    lint: { plugins: [captureRule(seen)], rules: { capture: "warning" } },
    sandbox: { orders: { [ORDER]: { locale: "ja-JP" } } },
  });
  const answer = await handleSendMessage(context, {
    amazonOrderId: ORDER,
    marketplaceId: US,
    type: "confirmDeliveryDetails",
    text: "ご注文 123-1234567-1234567 のお届け日時をご確認ください。",
    dryRun: true,
  });
  assert.equal(seen[0].locale, "ja-JP");
  assert.equal(seen[0].template, undefined);
  assert.equal(answer.body.locale, "ja-JP");
  assert.equal(answer.body.buyerLocale, "ja-JP");
});

Deno.test("handleSendMessage() falls back to the marketplace's locale when Amazon gives none", async () => {
  const { context } = setup();
  // The sandbox always answers a locale; a client that gets none:
  const client = context.client;
  const lookups = {
    ...context.lookups,
    attributes: () => Promise.resolve({ requestId: undefined }),
  };
  const answer = await handleSendMessage(
    { ...context, client, lookups },
    composed({ marketplaceId: DE, dryRun: true }),
  );
  assert.equal(answer.body.buyerLocale, "de-DE");
  assert.equal(answer.body.locale, "de-DE");
});

Deno.test("handleSendMessage() refuses text together with template or data", async () => {
  const { context, sandbox } = setup();
  for (
    const extra of [{ text: "Hello" }, {
      template: "unexpectedProblem",
      text: "Hi",
    }]
  ) {
    const answer = await handleSendMessage(context, composed(extra));
    assert.equal(answer.status, 400);
    assert.deepEqual(issuesOf(answer.body).map((i) => i.path), ["text"]);
  }
  assert.equal(sandbox.requests.length, 0, "no upstream call for a 400");
});

Deno.test("handleSendMessage() refuses templates and data for attachment-only types", async () => {
  const { context } = setup();
  const answer = await handleSendMessage(
    context,
    composed({ type: "invoice" }),
  );
  assert.equal(answer.status, 400);
  assert.deepEqual(issuesOf(answer.body).map((i) => i.path), ["data"]);
  const withTemplate = await handleSendMessage(
    context,
    composed({ type: "warranty", template: "warranty" }),
  );
  assert.deepEqual(issuesOf(withTemplate.body).map((i) => i.path), [
    "template",
  ]);
});

Deno.test("handleSendMessage() names unknown templates and their alternatives", async () => {
  const { context } = setup();
  const answer = await handleSendMessage(
    context,
    composed({ template: "unexpectedProblem/shouty" }),
  );
  assert.equal(answer.status, 400);
  const [issue] = issuesOf(answer.body);
  assert.equal(issue.path, "template");
  assert.match(issue.message, /"unexpectedProblem\/shouty"/);
  assert.match(issue.message, /"unexpectedProblem"/);
  const other = await handleSendMessage(
    context,
    composed({ template: "confirmOrderDetails" }),
  );
  assert.equal(issuesOf(other.body)[0].path, "template");
});

Deno.test("handleSendMessage() reports a type without templates at path type", async () => {
  const { context } = setup();
  const composer = { ...context.composer, templateIds: () => [] };
  const answer = await handleSendMessage(
    { ...context, composer },
    composed({ type: "confirmOrderDetails" }),
  );
  assert.equal(answer.status, 400);
  assert.deepEqual(issuesOf(answer.body).map((i) => i.path), ["type"]);
});

Deno.test("handleSendMessage() reports a missing template variable at its data path", async () => {
  const { context, sandbox } = setup();
  const { productTitle: _, ...data } = DATA;
  const answer = await handleSendMessage(context, composed({ data }));
  assert.equal(answer.status, 400);
  assert.deepEqual(issuesOf(answer.body).map((i) => i.path), [
    "data.productTitle",
  ]);
  assert.equal(sandbox.sent.length, 0);
});

Deno.test("handleSendMessage() composes with the type's template when only data is given, and with a template and no data", async () => {
  const { context } = setup();
  const answer = await handleSendMessage(context, composed({ dryRun: true }));
  assert.equal(answer.body.template, "unexpectedProblem");
  const noData = await handleSendMessage(
    context,
    composed({ data: undefined, template: "unexpectedProblem" }),
  );
  assert.equal(noData.status, 400);
  assert.match(issuesOf(noData.body)[0].path, /^data\./);
});

Deno.test("handleSendMessage() sends attachment-only types", async () => {
  const { context, sandbox } = setup();
  const attachments = [{
    uploadDestinationId: "id-1",
    fileName: "invoice.pdf",
  }];
  const answer = await handleSendMessage(context, {
    amazonOrderId: ORDER,
    marketplaceId: US,
    type: "invoice",
    attachments,
  });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  assert.equal(answer.body.text, undefined);
  assert.deepEqual(sandbox.sent[0].body, { attachments });
  assert.ok(
    !sandbox.requests.some((r) => r.operation === "getAttributes"),
    "no locale needed without text",
  );
});

Deno.test("handleSendMessage() rejects a body that does not fit the type (422 with issues)", async () => {
  const { context, sandbox } = setup({
    lint: { rules: { "message-shape": "off" } },
  });
  const answer = await handleSendMessage(context, {
    amazonOrderId: ORDER,
    marketplaceId: US,
    type: "warranty",
    attachments: [],
  });
  assert.equal(answer.status, 422);
  assert.equal(answer.body.status, "rejected");
  assert.deepEqual(
    (answer.body.issues as { path: string }[]).map((i) => i.path),
    ["attachments"],
  );
  assert.equal(sandbox.sent.length, 0);
});

Deno.test("handleSendMessage() answers 409 before composing for a type the order does not accept", async () => {
  const { context } = setup({
    sandbox: { orders: { [ORDER]: { types: ["invoice"] } } },
  });
  const { productTitle: _, ...data } = DATA;
  const answer = await handleSendMessage(context, composed({ data }));
  assert.equal(answer.status, 409);
  assert.deepEqual(answer.body.available, ["invoice"]);
});

Deno.test("handleSendMessage() counts lint findings by rule and severity", async () => {
  const { context, counts } = setup();
  await handleSendMessage(context, {
    amazonOrderId: ORDER,
    marketplaceId: US,
    type: "unexpectedProblem",
    text: "Your parcel is late. Write to help@shop.example",
    dryRun: true,
  });
  assert.ok(
    counts.some(([name, tags]) =>
      name === "lint.findings" && tags.ruleId === "no-email" &&
      tags.severity === "error"
    ),
  );
});

Deno.test("handleSendMessage() forgets the order's types after a send and after Amazon's refusal", async () => {
  const { context, sandbox } = setup();
  await handleSendMessage(context, composed());
  await handleSendMessage(context, composed({ allowDuplicate: true }));
  const lookups =
    sandbox.requests.filter((r) =>
      r.operation === "getMessagingActionsForOrder"
    ).length;
  assert.equal(lookups, 2);
  // Amazon refuses the type at send time (the cached list was stale).
  const { context: stale, sandbox: second } = setup();
  await handleSendMessage(stale, composed({ dryRun: true }));
  second.setOrder(ORDER, { types: ["invoice"] });
  const refused = await handleSendMessage(stale, composed());
  assert.equal(refused.status, 409);
  const again = await handleSendMessage(stale, composed());
  assert.deepEqual(again.body.available, ["invoice"]);
});

function queued(options: { sandbox?: SandboxOptions } = {}) {
  const clock = createFakeClock();
  const sandbox = createSandbox({ clock, ...options.sandbox });
  const client = createMessagingClient({
    auth: { accessToken: "Atza|x" },
    fetch: sandbox.fetch,
    clock,
    rateLimit: { rate: 1, burst: 1 },
  });
  const context: AppContext = {
    composer: createComposer(),
    lint: {},
    client,
    lookups: createOrderLookups(client, {
      ttlMs: 5_000,
      maxEntries: 100,
      clock,
    }),
    clock,
    count: () => {},
  };
  return { context, sandbox, clock };
}

function lateNotice(days: number) {
  return {
    amazonOrderId: ORDER,
    marketplaceId: US,
    type: "unexpectedProblem",
    locale: "en-US",
    text: `Order ${ORDER} ships ${days} days late. We apologize for the delay.`,
  };
}

Deno.test("handleSendMessage() never sends a queued message whose caller went away (fake clock)", async () => {
  const { context, sandbox, clock } = queued();
  // The seller identity is hashed once, on the first call: before the timer.
  await context.client.getAttributes(ORDER, { marketplaceId: US });
  const controllers = Array.from({ length: 5 }, () => new AbortController());
  clock.sleep(1_500).then(() =>
    controllers.forEach((c) =>
      c.abort(new DOMException("The client went away", "AbortError"))
    )
  );
  const answers = await Promise.all(
    controllers.map((controller, i) =>
      handleSendMessage(context, lateNotice(i + 2), {
        signal: controller.signal,
      })
    ),
  );
  // Tokens at 0 and 1.025 s; the callers left at 1.5 s.
  assert.deepEqual(answers.map((a) => a.status), [201, 201, 499, 499, 499]);
  assert.deepEqual(answers.slice(2).map((a) => a.outcome), [
    "cancelled",
    "cancelled",
    "cancelled",
  ]);
  await clock.sleep(60_000);
  assert.equal(sandbox.sent.length, 2);
});

Deno.test("handleSendMessage() ends only the leaving caller's wait for a shared lookup", async () => {
  const { context, sandbox, clock } = queued();
  sandbox.injectFault({
    kind: "latency",
    latencyMs: 1_000,
    operation: "getMessagingActionsForOrder",
  });
  const leaving = new AbortController();
  clock.sleep(100).then(() => leaving.abort());
  const [gone, stayed] = await Promise.all([
    handleSendMessage(context, lateNotice(2), { signal: leaving.signal }),
    handleSendMessage(context, lateNotice(3)),
  ]);
  assert.equal(gone.status, 499);
  assert.equal(stayed.status, 201, JSON.stringify(stayed.body));
  assert.equal(
    sandbox.requests.filter((r) =>
      r.operation === "getMessagingActionsForOrder"
    ).length,
    1,
  );
  assert.equal(sandbox.sent.length, 1);
});
