/**
 * A raw HTTP/1.1 server on 127.0.0.1 (`Deno.listen`) that plays an Amazon
 * which takes a message and then loses the connection: it answers GETs with
 * keep-alive (the eligibility lookup leaves a pooled connection behind),
 * reads the first POST in full, counts it and closes the socket without an
 * answer. Later POSTs are answered `201` as a new message, the way Amazon
 * would take a re-sent one. So a runtime that re-sends by itself shows up
 * as two POSTs and a "sent" outcome; one that does not, as one POST and an
 * unknown outcome.
 *
 * Being raw TCP, it sees which connection each request came on.
 */

const ORDER_PATH = /^\/messaging\/v1\/orders\/([^/?]+)(\/attributes)?(?:\?|$)/;

/** One request as the server read it. */
export interface ReceivedRequest {
  /** The method, such as `GET` or `POST`. */
  readonly method: string;
  /** The request target (path and query). */
  readonly path: string;
  /** The connection it came on: 1 for the first accepted, then 2, ... */
  readonly connection: number;
  /** Whether an earlier request came on the same connection. */
  readonly reused: boolean;
  /** Whether the server closed the connection instead of answering. */
  readonly dropped: boolean;
}

/** A running server. */
export interface DroppingServer {
  /** `http://127.0.0.1:<port>`. */
  readonly base: string;
  /** Every request read so far, in order. */
  readonly requests: readonly ReceivedRequest[];
  /** The POSTs read so far. */
  posts(): ReceivedRequest[];
  /** Closes the listener and every connection, and waits for them. */
  close(): Promise<void>;
}

const HEAD_END = new Uint8Array([13, 10, 13, 10]);
const CRLF = new Uint8Array([13, 10]);

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return i;
  }
  return -1;
}

/** Buffered reads from one connection. */
class Reader {
  #conn: Deno.Conn;
  #buffer = new Uint8Array(0);

  constructor(conn: Deno.Conn) {
    this.#conn = conn;
  }

  /** Reads more bytes; `false` at the end of the stream. */
  async #fill(): Promise<boolean> {
    const chunk = new Uint8Array(16 * 1024);
    const n = await this.#conn.read(chunk);
    if (n === null) return false;
    const next = new Uint8Array(this.#buffer.length + n);
    next.set(this.#buffer);
    next.set(chunk.subarray(0, n), this.#buffer.length);
    this.#buffer = next;
    return true;
  }

  /** Reads up to and including `delimiter`; `null` at a clean end. */
  async until(delimiter: Uint8Array): Promise<Uint8Array | null> {
    while (true) {
      const at = indexOf(this.#buffer, delimiter);
      if (at >= 0) return this.take(at + delimiter.length);
      if (!await this.#fill()) return null;
    }
  }

  /** Reads exactly `n` bytes; `null` if the stream ends first. */
  async exactly(n: number): Promise<Uint8Array | null> {
    while (this.#buffer.length < n) {
      if (!await this.#fill()) return null;
    }
    return this.take(n);
  }

  take(n: number): Uint8Array {
    const out = this.#buffer.slice(0, n);
    this.#buffer = this.#buffer.slice(n);
    return out;
  }
}

interface Head {
  readonly method: string;
  readonly path: string;
  readonly headers: Map<string, string>;
}

function parseHead(bytes: Uint8Array): Head {
  const lines = new TextDecoder().decode(bytes).split("\r\n");
  const [method = "", path = ""] = lines[0].split(" ");
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) {
      headers.set(
        line.slice(0, colon).trim().toLowerCase(),
        line.slice(colon + 1).trim(),
      );
    }
  }
  return { method, path, headers };
}

/** Reads the body in full (content-length or chunked); `false` if cut short. */
async function readBody(reader: Reader, head: Head): Promise<boolean> {
  if (/chunked/i.test(head.headers.get("transfer-encoding") ?? "")) {
    while (true) {
      const sizeLine = await reader.until(CRLF);
      if (sizeLine === null) return false;
      const size = parseInt(new TextDecoder().decode(sizeLine), 16);
      if (!Number.isFinite(size)) return false;
      if (size === 0) return await reader.until(CRLF) !== null;
      if (await reader.exactly(size + 2) === null) return false;
    }
  }
  const length = Number(head.headers.get("content-length") ?? "0");
  return length === 0 || await reader.exactly(length) !== null;
}

function answer(head: Head): { status: number; body: unknown } {
  if (head.method === "POST") return { status: 201, body: {} };
  const match = ORDER_PATH.exec(head.path);
  if (match === null) {
    return {
      status: 404,
      body: { errors: [{ code: "NotFound", message: "Not found" }] },
    };
  }
  if (match[2] !== undefined) {
    return { status: 200, body: { buyer: { locale: "en-US" } } };
  }
  const path = `/messaging/v1/orders/${match[1]}`;
  return {
    status: 200,
    body: {
      _links: {
        actions: [
          {
            href: `${path}/messages/unexpectedProblem`,
            name: "unexpectedProblem",
          },
          { href: `${path}/attributes`, name: "attributes" },
        ],
        self: { href: path },
      },
      _embedded: { actions: [] },
    },
  };
}

function respond(status: number, body: unknown): Uint8Array {
  const json = JSON.stringify(body);
  const length = new TextEncoder().encode(json).byteLength;
  return new TextEncoder().encode(
    `HTTP/1.1 ${status} ${status === 201 ? "Created" : "OK"}\r\n` +
      "content-type: application/json\r\n" +
      `content-length: ${length}\r\n` +
      "connection: keep-alive\r\n" +
      "keep-alive: timeout=30\r\n" +
      "x-amzn-RequestId: loopback-request\r\n" +
      `\r\n${json}`,
  );
}

async function writeAll(conn: Deno.Conn, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    written += await conn.write(bytes.subarray(written));
  }
}

/**
 * Starts the server on a free port of 127.0.0.1.
 *
 * @returns The running server.
 */
export function startDroppingServer(): DroppingServer {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const requests: ReceivedRequest[] = [];
  const conns = new Set<Deno.Conn>();
  const tasks = new Set<Promise<void>>();
  let connections = 0;
  let dropped = false;

  async function serve(conn: Deno.Conn, connection: number): Promise<void> {
    const reader = new Reader(conn);
    let served = 0;
    try {
      while (true) {
        const headBytes = await reader.until(HEAD_END);
        if (headBytes === null) return;
        const head = parseHead(headBytes);
        if (!await readBody(reader, head)) return;
        const drop = head.method === "POST" && !dropped;
        requests.push({
          method: head.method,
          path: head.path,
          connection,
          reused: served > 0,
          dropped: drop,
        });
        served++;
        if (drop) {
          // The message was taken; the connection goes before the answer.
          dropped = true;
          return;
        }
        const { status, body } = answer(head);
        await writeAll(conn, respond(status, body));
      }
    } catch {
      // The peer went away, or close() closed the connection.
    } finally {
      conns.delete(conn);
      try {
        conn.close();
      } catch {
        // Already closed.
      }
    }
  }

  const accepting = (async () => {
    try {
      for await (const conn of listener) {
        conns.add(conn);
        const task = serve(conn, ++connections);
        tasks.add(task);
        task.finally(() => tasks.delete(task));
      }
    } catch {
      // The listener was closed.
    }
  })();

  const { port } = listener.addr as Deno.NetAddr;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    posts: () => requests.filter((request) => request.method === "POST"),
    async close() {
      try {
        listener.close();
      } catch {
        // Already closed.
      }
      for (const conn of conns) {
        try {
          conn.close();
        } catch {
          // Already closed.
        }
      }
      await accepting;
      await Promise.all([...tasks]);
    },
  };
}
