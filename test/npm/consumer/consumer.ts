// A TypeScript user's code, type-checked with `tsc --noEmit` against the
// npm package's declarations: values and types from every entry point.
import {
  type ComposedMessage,
  createComposer,
  createMessagingClient,
  type Diagnostic,
  lintMessage,
  type LintReport,
  type MessageTypeId,
  type MessagingClient,
} from "@sellerkit/buyer-messages";
import {
  createSandbox,
  type Sandbox,
  SANDBOX_ORDER_OK,
} from "@sellerkit/buyer-messages/testing";
import {
  compileTemplate,
  type PrecompiledTemplate,
} from "@sellerkit/buyer-messages/precompile";
import { type CliIo, main } from "@sellerkit/buyer-messages/cli";

const type: MessageTypeId = "unexpectedProblem";
const template: PrecompiledTemplate = compileTemplate({
  path: "unexpectedProblem/en-US.hbs",
  source: "Order {{amazonOrderId}} ships late.",
});
const message: ComposedMessage = createComposer({ templates: [template] })
  .compose({
    type,
    locale: "en-US",
    data: { amazonOrderId: SANDBOX_ORDER_OK },
  });
const report: LintReport = lintMessage({
  type,
  text: message.text,
  amazonOrderId: SANDBOX_ORDER_OK,
});
const errors: readonly Diagnostic[] = report.diagnostics.filter((d) =>
  d.severity === "error"
);

const sandbox: Sandbox = createSandbox();
const client: MessagingClient = createMessagingClient({
  auth: { accessToken: "Atza|example" },
  fetch: sandbox.fetch,
});
export async function send(): Promise<void> {
  await client.sendMessage(type, SANDBOX_ORDER_OK, {
    marketplaceId: "ATVPDKIKX0DER",
    body: { text: message.text },
  });
}

const io: CliIo = { write: (text: string) => void text };
export const exitCode: Promise<number> = main(["lint", "templates"], io);
export const errorCount: number = errors.length;

// The declarations carry real types, not `any`.
// @ts-expect-error: `ok` is a boolean
export const notAString: string = report.ok;
// @ts-expect-error: `templates` takes precompiled templates
createComposer({ templates: ["unexpectedProblem/en-US.hbs"] });
