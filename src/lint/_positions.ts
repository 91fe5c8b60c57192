// This module is browser compatible.

/**
 * Offsets to line and column positions.
 *
 * @module
 */

import type { Position } from "./rule.ts";

/** Converts offsets of one text to positions, in O(log lines) each. */
export interface PositionMap {
  at(offset: number): Position;
}

/**
 * Builds a position map over a text. Lines end at `\n`, `\r\n` or `\r`.
 * The line starts are found on the first lookup: a text with no finding
 * costs nothing.
 *
 * @param text The text.
 * @returns The map.
 */
export function createPositionMap(text: string): PositionMap {
  let starts: number[] | undefined;
  return {
    at(offset: number): Position {
      starts ??= lineStarts(text);
      const clamped = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= clamped) lo = mid;
        else hi = mid - 1;
      }
      return {
        offset: clamped,
        line: lo + 1,
        column: clamped - starts[lo]! + 1,
      };
    },
  };
}

// Where each line of the text starts.
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
