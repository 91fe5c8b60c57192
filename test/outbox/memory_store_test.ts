import { createMemoryOutboxStore } from "../../src/outbox/memory_store.ts";
import { testOutboxStore } from "./_store_contract.ts";

testOutboxStore("in-memory", () =>
  Promise.resolve({
    store: createMemoryOutboxStore(),
    close: () => Promise.resolve(),
  }));
