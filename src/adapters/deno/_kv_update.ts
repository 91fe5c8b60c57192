/**
 * The read-check-write loop the Deno KV stores build on: read a key, decide,
 * and write only if nobody wrote the key in between (an atomic check on the
 * versionstamp read), else read again and decide again. And the commit that
 * rides out SQLite's "database is locked".
 *
 * @module
 */

/** How long a commit keeps retrying while SQLite answers "database is locked". */
const BUSY_RETRY_MS = 10_000;

function pause(maxMs: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * maxMs));
}

function isBusy(error: unknown): boolean {
  return error instanceof Error &&
    /database is (locked|busy)/i.test(error.message);
}

/**
 * Commits the atomic operation that `build` makes. Deno KV on a local file
 * (SQLite) fails a commit with checks with `TypeError: database is locked`
 * when another connection to the file (another process, or another
 * `Deno.openKv` of the same path) writes at the same moment; such a commit
 * wrote nothing, so it is built and committed again, after a short random
 * pause, for up to 10 seconds.
 *
 * @param build Makes the operation (again, on a retry).
 * @returns What the commit answered.
 * @throws {Error} What Deno KV threw, when it is not a busy database or
 *   the database stayed busy for 10 seconds.
 */
export async function commitKv(
  build: () => Deno.AtomicOperation,
): Promise<Deno.KvCommitResult | Deno.KvCommitError> {
  const start = Date.now();
  for (let attempt = 1;; attempt++) {
    try {
      return await build().commit();
    } catch (error) {
      if (!isBusy(error) || Date.now() - start > BUSY_RETRY_MS) throw error;
      await pause(Math.min(2 ** attempt, 50));
    }
  }
}

/** What a decision answers: the result, and what to write (if anything). */
export type KvDecision<T, R> =
  | { readonly result: R }
  | { readonly result: R; readonly set: T; readonly expireIn?: number }
  | { readonly result: R; readonly delete: true };

/** How many conflicting writes one update sits out before it gives up. */
export const MAX_KV_ATTEMPTS = 200;

/**
 * Runs `decide` on the current value of `key` and commits what it answers,
 * checking that `key` still has the versionstamp read; on a conflict it reads
 * and decides again, after a short random pause once conflicts repeat.
 *
 * @param kv The database.
 * @param key The key read and written.
 * @param decide Answers the result and the write for the value read.
 * @param what Names the operation in the error.
 * @returns The result of the decision that was committed.
 * @throws {Error} When other writers win {@linkcode MAX_KV_ATTEMPTS} times in
 *   a row.
 */
export function updateKv<T, R>(
  kv: Deno.Kv,
  key: Deno.KvKey,
  decide: (current: T | undefined) => KvDecision<T, R>,
  what: string,
): Promise<R> {
  // Updates of one key from this process run one after another: racing them
  // would only make all but one fail their check and read again, a cost
  // that grows with the square of the callers. Other processes still race,
  // and the check settles that.
  let queues = QUEUES.get(kv);
  if (queues === undefined) QUEUES.set(kv, queues = new Map());
  const id = JSON.stringify(key);
  const run = (queues.get(id) ?? Promise.resolve()).then(() =>
    update(kv, key, decide, what)
  );
  const tail = run.then(() => {}, () => {});
  queues.set(id, tail);
  tail.then(() => {
    if (queues.get(id) === tail) queues.delete(id);
  });
  return run;
}

/** The last pending update of each key, per database handle. */
const QUEUES = new WeakMap<Deno.Kv, Map<string, Promise<void>>>();

async function update<T, R>(
  kv: Deno.Kv,
  key: Deno.KvKey,
  decide: (current: T | undefined) => KvDecision<T, R>,
  what: string,
): Promise<R> {
  for (let attempt = 1; attempt <= MAX_KV_ATTEMPTS; attempt++) {
    const current = await kv.get<T>(key);
    const decision = decide(
      current.versionstamp === null ? undefined : current.value,
    );
    if (!("set" in decision || "delete" in decision)) return decision.result;
    if ("delete" in decision && current.versionstamp === null) {
      return decision.result;
    }
    const committed = await commitKv(() => {
      const operation = kv.atomic().check(current);
      if ("set" in decision) {
        operation.set(
          key,
          decision.set,
          decision.expireIn === undefined
            ? undefined
            : { expireIn: decision.expireIn },
        );
      } else {
        operation.delete(key);
      }
      return operation;
    });
    if (committed.ok) return decision.result;
    // Another writer won this round. Busy keys (a shared rate bucket) see
    // runs of conflicts: spread the retries out a little.
    if (attempt >= 3) await pause(Math.min(2 ** attempt, 20));
  }
  throw new Error(
    `Cannot ${what}: other writers changed the key ${MAX_KV_ATTEMPTS} times in a row`,
  );
}

/**
 * A whole number of milliseconds for `expireIn`: Deno KV takes only
 * non-negative integers.
 *
 * @param ms A lifetime, possibly fractional or negative.
 * @returns The lifetime rounded up, at least 1, or `undefined` when it is not
 *   finite (the key then never expires by itself).
 */
export function expireInOf(ms: number): number | undefined {
  if (!Number.isFinite(ms)) return undefined;
  return Math.max(1, Math.ceil(ms));
}
