/**
 * An independent, rate-limited stand-in for Amazon, in its own process: the
 * Messaging send operation behind its own token bucket (answering 429
 * `QuotaExceeded` like Amazon, without consuming a token), and a Login with
 * Amazon token endpoint on another port, so a client's token fetch warms no
 * connection to the API host. None of the library's code runs here: the
 * bucket is this file's own, on the high-resolution clock.
 *
 * Run as `deno run --allow-net=127.0.0.1 bench/send/throttled_amazon.ts
 * RATE BURST`; it prints `{"api":PORT,"lwa":PORT}` on its first line. On the
 * API port, `POST /__reset` refills the bucket and clears the record, and
 * `GET /__stats` answers what arrived (see {@linkcode ThrottledStats}).
 *
 * @module
 */

/** One send as the mock saw it. */
export interface Arrival {
  /** Milliseconds (fractional) after the first send of the run arrived. */
  readonly atMs: number;
  /** The answer: 201 or 429. */
  readonly status: number;
  /** Tokens left in the bucket when it arrived, before taking one. */
  readonly tokens: number;
}

/** What `GET /__stats` answers. */
export interface ThrottledStats {
  /** Every send since the last reset, in arrival order. */
  readonly arrivals: readonly Arrival[];
  /** Unix time (ms, fractional) of the first send's arrival. */
  readonly firstAt: number | undefined;
  /** Token requests answered. */
  readonly tokensIssued: number;
}

const SEND = /^\/messaging\/v1\/orders\/[^/]+\/messages\/[^/?]+$/;

function json(status: number, body: unknown, headers = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "content-type": "application/json",
      "x-amzn-RequestId": crypto.randomUUID(),
      ...headers,
    },
  });
}

if (import.meta.main) {
  const rate = Number(Deno.args[0] ?? 10);
  const burst = Number(Deno.args[1] ?? 10);
  /** Unix time with sub-millisecond resolution. */
  const now = () => performance.timeOrigin + performance.now();

  let tokens = burst;
  let last = now();
  let arrivals: Arrival[] = [];
  let firstAt: number | undefined;
  let tokensIssued = 0;

  /** Amazon's bucket: full after a quiet spell; a refused request takes nothing. */
  const take = (at: number): { ok: boolean; before: number } => {
    tokens = Math.min(burst, tokens + (Math.max(0, at - last) * rate) / 1000);
    last = Math.max(last, at);
    const before = tokens;
    if (tokens < 1) return { ok: false, before };
    tokens -= 1;
    return { ok: true, before };
  };

  const api = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    async (request) => {
      const at = now();
      const url = new URL(request.url);
      if (url.pathname === "/__reset" && request.method === "POST") {
        tokens = burst;
        last = now();
        arrivals = [];
        firstAt = undefined;
        tokensIssued = 0;
        return json(200, { ok: true });
      }
      if (url.pathname === "/__stats") {
        const stats: ThrottledStats = { arrivals, firstAt, tokensIssued };
        return json(200, stats);
      }
      if (request.method !== "POST" || !SEND.test(url.pathname)) {
        return json(404, {
          errors: [{ code: "NotFound", message: "Resource not found" }],
        });
      }
      if (
        !(request.headers.get("x-amz-access-token") ?? "").startsWith("Atza|")
      ) {
        return json(403, {
          errors: [{ code: "Unauthorized", message: "Access denied" }],
        });
      }
      firstAt ??= at;
      const { ok, before } = take(at);
      await request.arrayBuffer();
      arrivals.push({
        atMs: at - firstAt,
        status: ok ? 201 : 429,
        tokens: before,
      });
      return ok
        ? json(201, {}, { "x-amzn-RateLimit-Limit": String(rate) })
        : json(429, {
          errors: [{
            code: "QuotaExceeded",
            message: "You exceeded your quota for the requested resource.",
          }],
        });
    },
  );

  const lwa = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    async (request) => {
      const form = new URLSearchParams(await request.text());
      if (form.get("grant_type") !== "refresh_token") {
        return json(400, { error: "unsupported_grant_type" });
      }
      tokensIssued++;
      return json(200, {
        access_token: `Atza|mock-${crypto.randomUUID()}`,
        token_type: "bearer",
        expires_in: 3600,
      });
    },
  );

  console.log(
    JSON.stringify({ api: api.addr.port, lwa: lwa.addr.port }),
  );
}
