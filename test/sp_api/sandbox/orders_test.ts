import assert from "node:assert/strict";
import {
  SANDBOX_ORDER_INVALID,
  SANDBOX_ORDER_OK,
} from "../../../src/sp_api/sandbox/orders.ts";

const SPEC = new URL("../../testdata/messaging-v1.json", import.meta.url);

/** The order ids of the spec's sandbox behaviours, with whether each answer has errors. */
function sandboxOrders(spec: unknown): Map<string, Set<boolean>> {
  const found = new Map<string, Set<boolean>>();
  function walk(value: unknown): void {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    const behaviours = record["x-amazon-spds-sandbox-behaviors"];
    if (Array.isArray(behaviours)) {
      for (const behaviour of behaviours) {
        const id = behaviour?.request?.parameters?.amazonOrderId?.value;
        const failed = Array.isArray(behaviour?.response?.errors);
        if (typeof id !== "string") continue;
        if (!found.has(id)) found.set(id, new Set());
        found.get(id)!.add(failed);
      }
    }
    Object.values(record).forEach(walk);
  }
  walk(spec);
  return found;
}

Deno.test("SANDBOX_ORDER_OK and SANDBOX_ORDER_INVALID are the spec's static sandbox orders", async () => {
  const orders = sandboxOrders(JSON.parse(await Deno.readTextFile(SPEC)));
  assert.deepEqual(
    [...orders.keys()].sort(),
    [SANDBOX_ORDER_INVALID, SANDBOX_ORDER_OK],
  );
  assert.deepEqual([...orders.get(SANDBOX_ORDER_OK)!], [false]);
  assert.deepEqual([...orders.get(SANDBOX_ORDER_INVALID)!], [true]);
});
