import assert from "node:assert/strict";
import { createPositionMap } from "../../src/lint/_positions.ts";

Deno.test("createPositionMap() maps offsets across LF, CRLF and CR line ends", () => {
  const map = createPositionMap("ab\ncd\r\nef\rg");
  assert.deepEqual(map.at(0), { offset: 0, line: 1, column: 1 });
  assert.deepEqual(map.at(2), { offset: 2, line: 1, column: 3 });
  assert.deepEqual(map.at(3), { offset: 3, line: 2, column: 1 });
  assert.deepEqual(map.at(7), { offset: 7, line: 3, column: 1 });
  assert.deepEqual(map.at(10), { offset: 10, line: 4, column: 1 });
  assert.deepEqual(map.at(99), { offset: 11, line: 4, column: 2 });
  assert.deepEqual(map.at(-5), { offset: 0, line: 1, column: 1 });
});

Deno.test("createPositionMap() counts columns in UTF-16 code units", () => {
  const map = createPositionMap("😀x");
  assert.deepEqual(map.at(2), { offset: 2, line: 1, column: 3 });
});
