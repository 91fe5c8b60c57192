import assert from "node:assert/strict";
import { MapBuilder } from "../../src/text/_source_map.ts";

Deno.test("MapBuilder records each unit's input range and whether the map is the identity", () => {
  const identity = new MapBuilder(1);
  identity.push(0x61, 0, 1, 0);
  identity.push(0x62, 1, 2, 0);
  assert.equal(identity.identity, true);
  const builder = new MapBuilder(1);
  builder.push(0x61, 0, 1, 0);
  builder.push(0x62, 2, 3, 0); // grows past its first capacity
  assert.equal(builder.length, 2);
  assert.equal(builder.identity, false);
  assert.deepEqual([...builder.starts.subarray(0, 2)], [0, 2]);
  assert.deepEqual([...builder.ends.subarray(0, 2)], [1, 3]);
  builder.reset(4);
  assert.equal(builder.length, 0);
  assert.equal(builder.identity, true);
});
