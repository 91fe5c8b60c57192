import assert from "node:assert/strict";
import { createFaults, dropped } from "../../../src/sp_api/sandbox/_faults.ts";
import {
  createResponder,
  type Writable,
} from "../../../src/sp_api/sandbox/_records.ts";
import type {
  SandboxFault,
  SandboxRequestRecord,
} from "../../../src/sp_api/sandbox/types.ts";
import { createFakeClock } from "../_fake_clock.ts";

function record(operation: string): Writable<SandboxRequestRecord> {
  return {
    method: "POST",
    url: "https://example.invalid/",
    operation,
    status: undefined,
    time: 0,
    requestId: "rid",
  };
}

Deno.test("createFaults() matches by operation, spares LWA and uploads for catch-all faults, and counts times", () => {
  const faults = createFaults(createFakeClock(), createResponder(false));
  faults.inject({ kind: "unavailable", times: 2 });
  assert.equal(faults.take("lwaToken"), undefined);
  assert.equal(faults.take("uploadContent"), undefined);
  assert.equal(faults.take("createWarranty")?.kind, "unavailable");
  assert.equal(faults.take("getAttributes")?.kind, "unavailable");
  assert.equal(faults.take("getAttributes"), undefined);
  faults.inject({ kind: "drop", operation: "lwaToken" });
  assert.equal(faults.take("getAttributes"), undefined);
  assert.equal(faults.take("lwaToken")?.kind, "drop");
  faults.inject({ kind: "drop" });
  faults.clear();
  assert.equal(faults.take("getAttributes"), undefined);
});

Deno.test("createFaults() refuses unknown kinds with RangeError", () => {
  const faults = createFaults(createFakeClock(), createResponder(false));
  assert.throws(
    () => faults.inject({ kind: "explode" } as unknown as SandboxFault),
    RangeError,
  );
});

Deno.test("createFaults() accept() applies each fault before or after the commit", async () => {
  const clock = createFakeClock();
  const faults = createFaults(clock, createResponder(false));
  const run = async (fault: SandboxFault | undefined) => {
    if (fault !== undefined) faults.inject(fault);
    let committed = false;
    const r = record("createWarranty");
    try {
      const response = await faults.accept(r, undefined, () => {
        committed = true;
      }, () => new Response(null, { status: 201 }));
      return { committed, status: response.status };
    } catch (error) {
      return { committed, error: (error as Error).name, status: r.status };
    }
  };
  assert.deepEqual(await run(undefined), { committed: true, status: 201 });
  assert.deepEqual(await run({ kind: "unavailable" }), {
    committed: false,
    status: 503,
  });
  assert.deepEqual(await run({ kind: "error-after-accept" }), {
    committed: true,
    status: 500,
  });
  assert.deepEqual(await run({ kind: "drop" }), {
    committed: true,
    error: "TypeError",
    status: undefined,
  });
  const before = clock.now();
  assert.deepEqual(await run({ kind: "latency", latencyMs: 250 }), {
    committed: true,
    status: 201,
  });
  assert.equal(clock.now() - before, 250);
});

Deno.test("dropped() clears the status and answers the TypeError Deno's fetch throws", () => {
  const r = record("x");
  r.status = 201;
  const error = dropped(r);
  assert.equal(r.status, undefined);
  assert.ok(error instanceof TypeError);
  assert.match(error.message, /connection closed before message completed/);
});
