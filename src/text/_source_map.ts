// This module is browser compatible.

/**
 * The offset map of a normalization pass: for each code unit of the
 * output, the half-open range of input code units that produced it. The
 * buffers are reused from call to call (a pass runs to completion before the
 * next one starts), so a lint allocates almost nothing for them.
 *
 * @module
 */

/** In {@linkcode MapBuilder.look}: the source character was upper case. */
export const UPPER = 0x80;

const DECODER = new TextDecoder("utf-16le", { ignoreBOM: true });

/** Collects output code units with the input range each one came from. */
export class MapBuilder {
  /** Output code units. */
  units: Uint16Array;
  /** For each output unit, the start of the input range that produced it. */
  starts: Int32Array;
  /** For each output unit, the end of the input range that produced it. */
  ends: Int32Array;
  /**
   * For each output unit, in the low 7 bits the Latin letter its source
   * character looks like (a code unit) or 0, and in bit 7 whether the
   * source was upper case.
   */
  look: Uint8Array;
  /** How many output units so far. */
  length = 0;
  /** Whether every output unit so far is the input unit at its offset. */
  identity = true;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.units = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.look = new Uint8Array(size);
  }

  /** Empties the builder, keeping room for at least `capacity` units. */
  reset(capacity: number): void {
    this.length = 0;
    this.identity = true;
    if (this.units.length < capacity) this.grow(capacity);
  }

  /** Makes room for at least `capacity` units, keeping the content. */
  grow(capacity: number): void {
    const size = Math.max(capacity, this.units.length * 2);
    const units = new Uint16Array(size);
    units.set(this.units);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const look = new Uint8Array(size);
    look.set(this.look);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
    this.look = look;
  }

  /**
   * Appends one output unit produced by input [start, end), which looks
   * like `look` (see {@linkcode MapBuilder.look}).
   */
  push(unit: number, start: number, end: number, look: number): void {
    const at = this.length;
    if (at === this.units.length) this.grow(at + 1);
    this.units[at] = unit;
    this.starts[at] = start;
    this.ends[at] = end;
    this.look[at] = look;
    if (start !== at || end !== at + 1) this.identity = false;
    this.length = at + 1;
  }

  /**
   * The output as a string. `wellFormed`: the input had no lone surrogate,
   * so neither has the output.
   */
  text(wellFormed: boolean): string {
    const view = this.units.subarray(0, this.length);
    if (wellFormed) return DECODER.decode(view);
    let out = "";
    const CHUNK = 4096;
    for (let i = 0; i < this.length; i += CHUNK) {
      out += String.fromCharCode(
        ...view.subarray(i, Math.min(this.length, i + CHUNK)),
      );
    }
    return out;
  }
}
