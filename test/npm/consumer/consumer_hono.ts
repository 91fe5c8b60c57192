// The `./hono` entry point, type-checked like consumer.ts.
import { createSandbox } from "@sellerkit/buyer-messages/testing";
import {
  createMessagingApp,
  type MessagingApp,
} from "@sellerkit/buyer-messages/hono";

const app: MessagingApp = createMessagingApp({
  client: {
    auth: { accessToken: "Atza|example" },
    fetch: createSandbox().fetch,
  },
  apiKeys: ["key-0123456789abcdef0123456789abcdef"],
});
export const answer: Promise<Response> = app.fetch(
  new Request("http://localhost/healthz"),
);
