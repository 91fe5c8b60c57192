/**
 * Serves the built-in sandbox (`createSandbox().fetch`: LWA token endpoint,
 * Messaging, Uploads) over HTTP on 127.0.0.1, so clients in other processes
 * and runtimes (our client under Deno, peers under Node) hit the same
 * emulated Amazon: its rate limit with 429 `QuotaExceeded`, its record of
 * what was sent, and its faults. A `drop` fault really closes the TCP
 * connection (`socket.destroy()`), as a connection lost after Amazon took
 * the message would.
 *
 * One adaptation, counted in the stats: the sandbox's LWA endpoint reads
 * only form-encoded bodies, while `amazon-sp-api` posts JSON (which Amazon's
 * token endpoint also accepts); a JSON token request is re-encoded as a form
 * before it reaches the sandbox.
 *
 * @module
 */

import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  createSandbox,
  type Sandbox,
  type SandboxFaultKind,
} from "../../src/sp_api/sandbox/mod.ts";
import type { LwaCredentials } from "../../src/sp_api/lwa_auth.ts";

/** A fault to inject once the sandbox has accepted `afterSent` messages. */
export interface PlannedFault {
  readonly afterSent: number;
  readonly kind: SandboxFaultKind;
}

/** What the server saw since the last reset. */
export interface ServerStats {
  /** Responses by operation and status (`dropped` for a closed connection). */
  readonly responses: Readonly<
    Record<string, Readonly<Record<string, number>>>
  >;
  /** Messages the sandbox accepted (including those answered 500 or dropped). */
  readonly accepted: number;
  /** Distinct message texts accepted. */
  readonly distinct: number;
  /** Accepted messages whose text had already been accepted: duplicates. */
  readonly duplicates: number;
  /** LWA requests re-encoded from JSON to a form. */
  readonly jsonTokenRequests: number;
  /** LWA tokens issued. */
  readonly tokensIssued: number;
  /** When the first 429s to sends came, in ms after the first send. */
  readonly throttledAtMs: readonly number[];
}

/** The running server. */
export interface LoopbackSandbox {
  /** `http://127.0.0.1:PORT`. */
  readonly origin: string;
  readonly port: number;
  readonly sandbox: Sandbox;
  /** Clears records, tokens, buckets and faults; sets the faults of the next run. */
  reset(faults?: readonly PlannedFault[]): void;
  stats(): ServerStats;
  close(): Promise<void>;
}

/** Options of {@linkcode startLoopbackSandbox}. */
export interface LoopbackSandboxOptions {
  readonly rate: number;
  readonly burst: number;
  readonly credentials: LwaCredentials;
}

const SEND_PATH = /^\/messaging\/v1\/orders\/[^/]+\/messages\/[^/?]+/;

function readBody(request: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    request.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    request.on("end", () => {
      const size = chunks.reduce((n, c) => n + c.byteLength, 0);
      const body = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.byteLength;
      }
      resolve(body);
    });
    request.on("error", reject);
  });
}

/**
 * Starts the sandbox on 127.0.0.1 (an ephemeral port).
 *
 * @param options Rate limit and the LWA credentials it accepts.
 * @returns The running server.
 */
export async function startLoopbackSandbox(
  options: LoopbackSandboxOptions,
): Promise<LoopbackSandbox> {
  const sandbox = createSandbox({
    rateLimit: { rate: options.rate, burst: options.burst },
    credentials: options.credentials,
  });
  let responses = new Map<string, Map<string, number>>();
  let plan: { fault: PlannedFault; injected: boolean }[] = [];
  let jsonTokenRequests = 0;

  const count = (operation: string, status: string) => {
    const byStatus = responses.get(operation) ?? new Map<string, number>();
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    responses.set(operation, byStatus);
  };

  const server: Server = createServer(async (request, response) => {
    const path = request.url ?? "/";
    const method = request.method ?? "GET";
    let body: Uint8Array | undefined = method === "GET" || method === "HEAD"
      ? undefined
      : await readBody(request);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined || name === "host" || name === "content-length") {
        continue;
      }
      headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    if (
      path.startsWith("/auth/o2/token") && body !== undefined &&
      /json/i.test(headers.get("content-type") ?? "")
    ) {
      const fields = JSON.parse(new TextDecoder().decode(body)) as Record<
        string,
        unknown
      >;
      const form = new URLSearchParams();
      for (const [key, value] of Object.entries(fields)) {
        form.set(key, String(value));
      }
      body = new TextEncoder().encode(form.toString());
      headers.set("content-type", "application/x-www-form-urlencoded");
      jsonTokenRequests++;
    }
    if (method === "POST" && SEND_PATH.test(path)) {
      for (const entry of plan) {
        if (!entry.injected && sandbox.sent.length >= entry.fault.afterSent) {
          sandbox.injectFault({ kind: entry.fault.kind, times: 1 });
          entry.injected = true;
        }
      }
    }
    // The sandbox routes on the path; the host is Amazon's, as clients send.
    const url = `https://sellingpartnerapi-na.amazon.com${path}`;
    let answer: Response;
    try {
      answer = await sandbox.fetch(url, {
        method,
        headers,
        body: body as BodyInit | undefined,
      });
    } catch {
      count(sandbox.requests.at(-1)?.operation ?? "unknown", "dropped");
      request.socket.destroy();
      return;
    }
    count(
      sandbox.requests.at(-1)?.operation ?? "unknown",
      String(answer.status),
    );
    const text = new Uint8Array(await answer.arrayBuffer());
    const outgoing: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      outgoing[name] = value;
    });
    outgoing["content-length"] = String(text.byteLength);
    response.writeHead(answer.status, outgoing);
    response.end(text);
  });
  await new Promise<void>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve())
  );
  const port = (server.address() as AddressInfo).port;

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    sandbox,
    reset(faults = []) {
      sandbox.reset();
      responses = new Map();
      plan = faults.map((fault) => ({ fault, injected: false }));
      jsonTokenRequests = 0;
    },
    stats() {
      const texts = sandbox.sent.map((sent) =>
        JSON.stringify((sent.body as { text?: string } | undefined)?.text)
      );
      const distinct = new Set(texts).size;
      const sends = sandbox.requests.filter((r) =>
        r.operation === "createUnexpectedProblem"
      );
      const first = sends[0]?.time ?? 0;
      return {
        responses: Object.fromEntries(
          [...responses].map((
            [operation, byStatus],
          ) => [operation, Object.fromEntries(byStatus)]),
        ),
        accepted: texts.length,
        distinct,
        duplicates: texts.length - distinct,
        jsonTokenRequests,
        tokensIssued: sandbox.tokensIssued,
        throttledAtMs: sends.filter((r) => r.status === 429).slice(0, 5).map(
          (r) => r.time - first,
        ),
      };
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      });
    },
  };
}
