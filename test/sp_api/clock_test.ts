import assert from "node:assert/strict";
import { SYSTEM_CLOCK } from "../../src/sp_api/clock.ts";

Deno.test("SYSTEM_CLOCK.now() follows Date.now()", () => {
  const before = Date.now();
  const now = SYSTEM_CLOCK.now();
  assert.ok(now >= before && now <= Date.now());
});

Deno.test("SYSTEM_CLOCK.sleep() resolves after the delay", async () => {
  const before = performance.now();
  await SYSTEM_CLOCK.sleep(20);
  assert.ok(performance.now() - before >= 15);
});

Deno.test("SYSTEM_CLOCK.sleep() rejects with the abort reason and clears its timer", async () => {
  const controller = new AbortController();
  const waiting = SYSTEM_CLOCK.sleep(60_000, controller.signal);
  const reason = new Error("stop");
  controller.abort(reason);
  await assert.rejects(waiting, (error) => error === reason);
  // An already aborted signal rejects at once.
  await assert.rejects(
    SYSTEM_CLOCK.sleep(60_000, controller.signal),
    (error) => error === reason,
  );
  // The test sanitizer fails this test if a timer leaked.
});
