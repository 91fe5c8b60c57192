/**
 * Shared helpers of the redaction tests: fake secrets, every form a secret
 * may take on its way through a server that echoes it (raw, URL-encoded,
 * form-encoded, JSON-escaped, base64 at each byte alignment), and a search
 * for any of those forms in an output. Leaks are reported by name only, so a
 * failing test never prints a secret.
 */

/** Fake secrets with characters that every encoding treats differently. */
export const SECRETS = Object.freeze({
  clientSecret: "amzn1.oa2-cs.v1.5ecret/client+secret=with space|and~more",
  refreshToken: 'Atzr|IwEBrefresh/token+with=chars ü, spaces & quotes"x',
  accessToken: "Atza|IwEBaccess-TOKEN.0123456789|abc/def+ghi=jkl~end",
  apiKey: "key-5ecret/api+key=x|y%z~0123456789abcdefghijk",
});

/** The name of a secret in {@linkcode SECRETS}. */
export type SecretName = keyof typeof SECRETS;

const encoder = new TextEncoder();

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function lowerHex(text: string): string {
  return text.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
}

/** One way a secret can be written. */
export interface SecretForm {
  /** Its name in reports. */
  readonly name: string;
  /** The secret written this way (within surrounding text, for base64). */
  encode(secret: string): string;
  /**
   * Pieces of `encode(secret)` that show 12 characters (or, for base64,
   * 9 bytes) of the secret: finding any of them in an output is a leak.
   */
  windows(secret: string): string[];
}

const WINDOW = 12;

function slide(text: string): string[] {
  const characters = [...text];
  const out: string[] = [];
  for (let i = 0; i + WINDOW <= characters.length; i++) {
    out.push(characters.slice(i, i + WINDOW).join(""));
  }
  return out;
}

function base64Form(prefix: string, urlSafe: boolean): SecretForm {
  const name = `base64${urlSafe ? "url" : ""}@${prefix.length % 3}`;
  function full(secret: string): string {
    const encoded = base64(encoder.encode(`${prefix}${secret}-suffix`));
    return urlSafe
      ? encoded.replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "")
      : encoded;
  }
  return {
    name,
    encode: full,
    windows(secret) {
      // The characters that the secret's bytes alone decide.
      const before = encoder.encode(prefix).length;
      const length = encoder.encode(secret).length;
      const start = Math.ceil(before / 3) * 4;
      const end = Math.floor((before + length) / 3) * 4;
      return slide(full(secret).slice(start, end));
    },
  };
}

function plainForm(
  name: string,
  encode: (secret: string) => string,
): SecretForm {
  return {
    name,
    encode,
    windows: (secret) => slide(secret).map(encode),
  };
}

/** Every form, each fed through every surface by the tests. */
export const FORMS: readonly SecretForm[] = Object.freeze([
  plainForm("raw", (s) => s),
  plainForm("url", (s) => encodeURIComponent(s)),
  plainForm("url-lowercase", (s) => lowerHex(encodeURIComponent(s))),
  plainForm("form", (s) => new URLSearchParams({ s }).toString().slice(2)),
  plainForm(
    "json",
    (s) => JSON.stringify(s).slice(1, -1).replaceAll("/", "\\/"),
  ),
  plainForm(
    "json-unicode",
    (s) =>
      [...s].map((c) =>
        c.split("").map((unit) =>
          `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`
        ).join("")
      ).join(""),
  ),
  base64Form("", false),
  base64Form("p", false),
  base64Form("pr", false),
  base64Form("", true),
  base64Form("p", true),
  base64Form("pr", true),
]);

const needles: { secret: SecretName; form: string; window: string }[] = [];
for (const [secret, value] of Object.entries(SECRETS)) {
  for (const form of FORMS) {
    for (const window of form.windows(value)) {
      needles.push({ secret: secret as SecretName, form: form.name, window });
    }
  }
}

function strings(value: unknown, out: string[], depth = 0): void {
  if (typeof value === "string") out.push(value);
  else if (depth < 20 && typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) strings(item, out, depth + 1);
  }
}

/**
 * Names which secrets show in `output`, in any form: any 12 characters in a
 * row of a secret (9 bytes in base64) count. JSON outputs are also searched string by
 * string, so an escape of an escape does not hide a leak.
 */
export function leaksIn(output: string): string[] {
  const texts = [output];
  try {
    strings(JSON.parse(output), texts);
  } catch {
    // Not JSON.
  }
  const found = new Set<string>();
  for (const needle of needles) {
    if (texts.some((text) => text.includes(needle.window))) {
      found.add(`${needle.secret} as ${needle.form}`);
    }
  }
  return [...found];
}

/**
 * Lists, as `label | surface: leaks`, the surfaces in which any form of a
 * secret shows.
 */
export function surfaceLeaks(
  label: string,
  surfaces: Readonly<Record<string, string>>,
): string[] {
  const lines: string[] = [];
  for (const [surface, output] of Object.entries(surfaces)) {
    const found = leaksIn(output);
    if (found.length > 0) {
      lines.push(`${label} | ${surface}: ${found.join(", ")}`);
    }
  }
  return lines;
}

/** The ways a person or a logger sees an error. */
export async function errorSurfaces(
  error: unknown,
): Promise<Record<string, string>> {
  const util = await import("node:util");
  const out: Record<string, string> = {};
  if (!(error instanceof Error)) {
    out.value = String(error);
    return out;
  }
  out.message = error.message;
  out.String = String(error);
  out.stack = String(error.stack);
  out.JSON = JSON.stringify(error) ?? "";
  out["Deno.inspect"] = Deno.inspect(error, { depth: 20 });
  out["Deno.inspect hidden"] = Deno.inspect(error, {
    depth: 20,
    showHidden: true,
  });
  out["util.inspect"] = util.inspect(error, { depth: 20 });
  out["console.log"] = util.format("%o", error);
  const causes: string[] = [];
  let cause: unknown = error.cause;
  for (let i = 0; i < 20 && cause !== undefined; i++) {
    causes.push(
      cause instanceof Error
        ? `${String(cause)}\n${cause.stack}\n${JSON.stringify(cause)}`
        : String(cause),
    );
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  out.causes = causes.join("\n");
  const fields: Record<string, unknown> = {};
  for (const key of Object.getOwnPropertyNames(error)) {
    const value = (error as unknown as Record<string, unknown>)[key];
    if (value instanceof Response) {
      fields[key] = {
        status: value.status,
        statusText: value.statusText,
        url: value.url,
        headers: [...value.headers],
      };
    } else if (!(value instanceof Error)) {
      fields[key] = value;
    }
  }
  out.fields = JSON.stringify(fields);
  return out;
}
