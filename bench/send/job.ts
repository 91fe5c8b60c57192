/**
 * The job a send runner gets on standard input (JSON) and the outcome it
 * prints (JSON, last line of standard output). `bench/peers/run_peer.mjs`
 * implements the same contract under Node.
 *
 * @module
 */

/** One message to send. */
export interface JobMessage {
  readonly orderId: string;
  readonly text: string;
}

/** What a runner is asked to do. */
export interface SendJob {
  /** Which client: `ours`, `amazon-sp-api`, `sp-api-sdk`, `amazon-sdk`. */
  readonly client: string;
  /** `http://127.0.0.1:PORT` of the loopback sandbox. */
  readonly origin: string;
  readonly port: number;
  /**
   * `http://127.0.0.1:PORT` of the LWA token endpoint when it is another
   * host than `origin` (so the token fetch warms no API connection).
   */
  readonly lwaOrigin?: string;
  /** LWA credentials the sandbox accepts. */
  readonly credentials: {
    readonly clientId: string;
    readonly clientSecret: string;
    readonly refreshToken: string;
  };
  /** An access token from the sandbox, for clients whose LWA URL is fixed. */
  readonly accessToken: string;
  readonly marketplaceId: string;
  readonly messages: readonly JobMessage[];
  /** Messages in flight at once. */
  readonly concurrency: number;
  /** The sandbox's rate limit, for clients that take one. */
  readonly rate: number;
  readonly burst: number;
}

/** What a runner observed. */
export interface SendOutcome {
  readonly client: string;
  /** From the first send to the last answer, in milliseconds. */
  readonly elapsedMs: number;
  /** Sends the client reported as successful. */
  readonly ok: number;
  /** Sends the client reported as failed, by kind. */
  readonly failures: Readonly<Record<string, number>>;
  /** A few failure messages. */
  readonly samples: readonly string[];
}

/** Runs `send` over the messages with `concurrency` workers. */
export async function runPool(
  messages: readonly JobMessage[],
  concurrency: number,
  send: (message: JobMessage) => Promise<void>,
  classify: (error: unknown) => string,
): Promise<Omit<SendOutcome, "client">> {
  let next = 0;
  let ok = 0;
  const failures: Record<string, number> = {};
  const samples: string[] = [];
  const started = performance.now();
  const worker = async () => {
    while (next < messages.length) {
      const message = messages[next++];
      try {
        await send(message);
        ok++;
      } catch (error) {
        const kind = classify(error);
        failures[kind] = (failures[kind] ?? 0) + 1;
        if (samples.length < 3) {
          samples.push(
            `${kind}: ${error instanceof Error ? error.message : String(error)}`
              .slice(0, 300),
          );
        }
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { elapsedMs: performance.now() - started, ok, failures, samples };
}
