// This module is browser compatible.

/**
 * Outbox ids: 26 characters of Crockford base32, the first 10 the creation
 * time in milliseconds and the rest random, so ids sort by creation time
 * (as ULIDs do). Ids made in one millisecond by one process keep their
 * order: the random part counts up.
 *
 * @module
 */

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Creates an id generator for one process. */
export function createIdGenerator(): (now: number) => string {
  let lastTime = -1;
  let last: number[] = [];
  return (now) => {
    const time = Math.max(0, Math.floor(now));
    let random: number[];
    if (time === lastTime) {
      random = last.slice();
      // Count up, carrying; 80 random bits never wrap in practice.
      for (let i = random.length - 1; i >= 0; i--) {
        if (random[i] < 31) {
          random[i] += 1;
          break;
        }
        random[i] = 0;
      }
    } else {
      const bytes = crypto.getRandomValues(new Uint8Array(16));
      random = [...bytes].map((byte) => byte & 31);
      // The top digit leaves room to count up.
      random[0] &= 15;
    }
    lastTime = time;
    last = random;
    let head = "";
    let rest = time;
    for (let i = 0; i < 10; i++) {
      head = ALPHABET[rest % 32] + head;
      rest = Math.floor(rest / 32);
    }
    return head + random.map((digit) => ALPHABET[digit]).join("");
  };
}
