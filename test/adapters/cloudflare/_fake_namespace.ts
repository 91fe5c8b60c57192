/**
 * A stand-in for the Workers runtime around the seller's object, for fast
 * tests without workerd: a Durable Object state on Node's SQLite with an
 * alarm that only records what was set, and a namespace whose stubs hand
 * each request to the object of that name in this process.
 *
 * @module
 */

import type {
  DurableObjectNamespaceLike,
  DurableObjectStateLike,
  SellerOutboxObjectClass,
  SellerOutboxObjectInstance,
  SqlStorageLike,
} from "../../../src/adapters/cloudflare/mod.ts";
import { openNodeSql } from "./_node_sqlite.ts";

/** A state whose alarm is a plain value. */
export interface FakeState extends DurableObjectStateLike {
  /** The alarm set, or `null`. */
  readonly alarm: number | null;
  /** Every time given to `setAlarm`, in order. */
  readonly alarmsSet: number[];
}

/** Creates a state over `sql`. */
export function fakeState(sql: SqlStorageLike): FakeState {
  let alarm: number | null = null;
  const alarmsSet: number[] = [];
  return {
    get alarm() {
      return alarm;
    },
    alarmsSet,
    storage: {
      sql,
      getAlarm: () => Promise.resolve(alarm),
      setAlarm(time: number) {
        if (!(time > 0)) throw new RangeError(`alarm at ${time}`);
        alarm = time;
        alarmsSet.push(time);
        return Promise.resolve();
      },
      deleteAlarm() {
        alarm = null;
        return Promise.resolve();
      },
    },
    blockConcurrencyWhile: <T>(fn: () => Promise<T>) => fn(),
  };
}

/** One object of a {@linkcode FakeNamespace}. */
export interface FakeObject {
  /** Its name (`idFromName`). */
  readonly name: string;
  readonly sql: SqlStorageLike;
  readonly state: FakeState;
  readonly instance: SellerOutboxObjectInstance;
}

/** A namespace of objects of one class, each on its own database. */
export interface FakeNamespace extends DurableObjectNamespaceLike {
  /** The objects made so far, by name. */
  readonly objects: Map<string, FakeObject>;
  /** Every call: the object's name and the method. */
  readonly calls: { name: string; method: string }[];
  /** Closes every database. */
  close(): void;
}

/** Creates a namespace of `Class` objects, made on their first call. */
export function fakeNamespace(
  Class: SellerOutboxObjectClass,
  env: Readonly<Record<string, unknown>> = {},
): FakeNamespace {
  const objects = new Map<string, FakeObject>();
  const closers: (() => void)[] = [];
  const calls: { name: string; method: string }[] = [];
  function objectOf(name: string): FakeObject {
    let object = objects.get(name);
    if (object === undefined) {
      const { sql, close } = openNodeSql();
      closers.push(close);
      const state = fakeState(sql);
      object = { name, sql, state, instance: new Class(state, env) };
      objects.set(name, object);
    }
    return object;
  }
  return {
    objects,
    calls,
    idFromName: (name: string) => ({ name }),
    get(id: unknown) {
      const { name } = id as { name: string };
      return {
        async fetch(input: string, init?: RequestInit) {
          const request = new Request(input, init);
          const body = await request.clone().json().catch(() => ({}));
          calls.push({ name, method: String(body?.method) });
          return await objectOf(name).instance.fetch(request);
        },
      };
    },
    close: () => closers.forEach((close) => close()),
  };
}
