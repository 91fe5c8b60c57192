// Architecture rules over the import graph of src/: no import cycles, and no
// import of a private (`_`-prefixed) file or folder from outside the folder
// that holds it. Imports are read with a regular expression over the
// statements at the start of a line (doc-comment examples start with `*`
// and are not read).

import assert from "node:assert/strict";

const ROOT = new URL("../", import.meta.url);

/**
 * Violations that exist in folders this test does not own yet. Each entry is
 * a cycle (its files, sorted, joined with " ↔ ") or a private import
 * ("importer → imported"). Remove an entry once it is fixed; a new
 * violation fails the test.
 */
const KNOWN_CYCLES: readonly string[] = [];
const KNOWN_PRIVATE_IMPORTS: readonly string[] = [
  // The template lint registers the composer's Handlebars helpers; src/lint/
  // and src/compose/ are outside this test's strict folders for now.
  "src/lint/lint_template.ts → src/compose/_helpers.ts",
];

/** Folders that must stay clean whatever the lists above say. */
const STRICT_FOLDERS: readonly string[] = ["src/sp_api/"];

async function listTs(dir: string): Promise<string[]> {
  const out: string[] = [];
  for await (const entry of Deno.readDir(new URL(dir, ROOT))) {
    const path = `${dir}${entry.name}`;
    if (entry.isDirectory) out.push(...await listTs(`${path}/`));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
      out.push(path);
    }
  }
  return out.sort();
}

const STATIC_IMPORT =
  /^(?:import|export)\s+(?:type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\}|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s+as\s+[\w$]+))?)\s+from\s*["']([^"']+)["']/gm;
const SIDE_EFFECT_IMPORT = /^import\s*["']([^"']+)["']/gm;
const DYNAMIC_IMPORT =
  /^(?!\s*(?:\*|\/\/)).*\bimport\(\s*["']([^"']+)["']\s*\)/gm;

/**
 * The relative imports of a source file, resolved to paths from the root.
 *
 * @param file The importing file, such as `src/sp_api/mod.ts`.
 * @param source Its text.
 * @returns The imported files.
 */
function relativeImports(file: string, source: string): string[] {
  const found = new Set<string>();
  for (const pattern of [STATIC_IMPORT, SIDE_EFFECT_IMPORT, DYNAMIC_IMPORT]) {
    for (const match of source.matchAll(pattern)) {
      const specifier = match[1];
      if (!specifier.startsWith("./") && !specifier.startsWith("../")) {
        continue;
      }
      const resolved = new URL(specifier, new URL(file, "file:///"));
      found.add(resolved.pathname.slice(1));
    }
  }
  return [...found].sort();
}

/**
 * The private item an import reaches, if it leaves the folder that holds it:
 * a file or folder named `_…` may be imported only from that folder or its
 * subfolders.
 *
 * @param importer The importing file.
 * @param imported The imported file.
 * @returns Whether the import breaks the rule.
 */
function isPrivateImportViolation(
  importer: string,
  imported: string,
): boolean {
  const parts = imported.split("/");
  for (let i = 0; i < parts.length; i++) {
    if (!parts[i].startsWith("_")) continue;
    const owner = parts.slice(0, i).join("/") + "/";
    if (!importer.startsWith(owner)) return true;
  }
  return false;
}

/**
 * The strongly connected components with more than one file (or a file
 * importing itself): every import cycle, each as its sorted files.
 *
 * @param graph Files and what each imports.
 * @returns The cycles.
 */
function findCycles(
  graph: ReadonlyMap<string, readonly string[]>,
): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  function connect(node: string): void {
    indices.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!indices.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (
        component.length > 1 || (graph.get(node) ?? []).includes(node)
      ) {
        cycles.push(component.sort());
      }
    }
  }

  for (const node of [...graph.keys()].sort()) {
    if (!indices.has(node)) connect(node);
  }
  return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}

async function sourceGraph(): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  for (const file of await listTs("src/")) {
    const source = await Deno.readTextFile(new URL(file, ROOT));
    graph.set(file, relativeImports(file, source));
  }
  return graph;
}

function touchesStrict(files: readonly string[]): boolean {
  return files.some((file) =>
    STRICT_FOLDERS.some((folder) => file.startsWith(folder))
  );
}

Deno.test("relativeImports() reads static, type, re-export, side-effect and dynamic imports, not doc examples", () => {
  const source = [
    'import { a } from "./a.ts";',
    "import {",
    "  b,",
    "  type B,",
    '} from "../b.ts";',
    'import type { C } from "./c.ts";',
    'export * from "./d.ts";',
    'export type * from "./e.ts";',
    'export { f } from "./_f.ts";',
    'import "./g.ts";',
    'import * as h from "./h.ts";',
    'const i = await import("./i.ts");',
    'import { npm } from "valibot";',
    "/**",
    ' * import { doc } from "./doc_example.ts";',
    ' * await import("./doc_dynamic.ts");',
    " */",
  ].join("\n");
  assert.deepEqual(relativeImports("src/x/y.ts", source), [
    "src/b.ts",
    "src/x/_f.ts",
    "src/x/a.ts",
    "src/x/c.ts",
    "src/x/d.ts",
    "src/x/e.ts",
    "src/x/g.ts",
    "src/x/h.ts",
    "src/x/i.ts",
  ]);
});

Deno.test("isPrivateImportViolation() allows a private file only from its folder and below", () => {
  const cases: [string, string, boolean][] = [
    ["src/sp_api/a.ts", "src/sp_api/_http.ts", false],
    ["src/sp_api/sandbox/a.ts", "src/sp_api/_http.ts", false],
    ["src/hono/a.ts", "src/sp_api/_http.ts", true],
    ["src/sp_api/a.ts", "src/_redact.ts", false],
    ["src/rules/a.ts", "src/rules/_links/x.ts", false],
    ["src/lint/a.ts", "src/rules/_links/x.ts", true],
    ["src/rules/_links/y.ts", "src/rules/_links/_z.ts", false],
    ["src/rules/a.ts", "src/rules/_links/_z.ts", true],
    ["src/hono/a.ts", "src/sp_api/sandbox/mod.ts", false],
  ];
  for (const [importer, imported, expected] of cases) {
    assert.equal(
      isPrivateImportViolation(importer, imported),
      expected,
      `${importer} → ${imported}`,
    );
  }
});

Deno.test("findCycles() finds every cycle, and self-imports, and nothing else", () => {
  const graph = new Map<string, string[]>([
    ["a", ["b"]],
    ["b", ["c"]],
    ["c", ["a", "d"]],
    ["d", []],
    ["e", ["e"]],
    ["f", ["d", "outside"]],
  ]);
  assert.deepEqual(findCycles(graph), [["a", "b", "c"], ["e"]]);
});

Deno.test("src/ has no import cycles beyond the known ones, and none in src/sp_api/", async () => {
  const cycles = await sourceGraph().then(findCycles);
  const strict = cycles.filter(touchesStrict).map((c) => c.join(" ↔ "));
  assert.deepEqual(strict, [], "cycles through src/sp_api/");
  const unexpected = cycles.map((c) => c.join(" ↔ ")).filter((c) =>
    !KNOWN_CYCLES.includes(c)
  );
  assert.deepEqual(unexpected, []);
});

Deno.test("no file imports another folder's private file, beyond the known ones, and none in src/sp_api/", async () => {
  const violations: string[] = [];
  const strict: string[] = [];
  for (const [importer, imports] of await sourceGraph()) {
    for (const imported of imports) {
      if (!isPrivateImportViolation(importer, imported)) continue;
      const entry = `${importer} → ${imported}`;
      if (touchesStrict([importer, imported])) strict.push(entry);
      if (!KNOWN_PRIVATE_IMPORTS.includes(entry)) violations.push(entry);
    }
  }
  assert.deepEqual(strict, [], "private imports into or out of src/sp_api/");
  assert.deepEqual(violations, []);
});

/**
 * The folders of src/ each may import, as the design orders them: one way
 * only. `message_types/` imports nothing of ours; the runtime folders
 * (`http/`, `cli/`, `adapters/`) sit on top. A folder not listed here fails
 * the test until it is placed.
 */
const FOLDER_MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  "message_types": [],
  "text": ["message_types"],
  "language": ["message_types", "text"],
  "rules": ["message_types", "text", "language", "lint"],
  "lint": ["message_types", "text", "language", "rules", "compose"],
  "default_templates": ["compose"],
  "compose": ["message_types", "default_templates"],
  "sp_api": ["message_types"],
  "testing": ["sp_api", "message_types", "compose", "lint", "authoring"],
  // The template-folder walk, lint and safe fixes the command line, the
  // studio and `testTemplates()` share.
  "authoring": ["message_types", "compose", "lint", "rules"],
  "outbox": ["message_types", "sp_api"],
  "http": [
    "message_types",
    "compose",
    "lint",
    "rules",
    "language",
    "sp_api",
    "outbox",
    "adapters",
    "studio",
  ],
  "adapters": ["message_types", "sp_api", "outbox", "http"],
  "cli": [
    "message_types",
    "compose",
    "lint",
    "rules",
    "language",
    "text",
    "authoring",
  ],
  "studio": ["message_types", "compose", "lint", "authoring"],
  "": ["*"],
};

/**
 * Folder imports the design forbids but the code still has, each with why;
 * remove an entry once it is gone (a new one fails the test).
 */
const KNOWN_FOLDER_IMPORTS: readonly string[] = [
  // Rules are defined with the engine's rule types (`lint/rule.ts`,
  // `lint/define_rule.ts`), and `lint/lint_message.ts` runs every rule: a
  // folder cycle until the rule types move below both.
  "rules → lint",
  "lint → rules",
  // The template lint registers the composer's helpers and compiles
  // templates; it belongs in an authoring folder above both.
  "lint → compose",
  // `createComposer()` defaults to the shipped templates, which are typed
  // with the composer's template types.
  "compose → default_templates",
  "default_templates → compose",
  // The HTTP adapters read the app's options.
  "adapters → http",
];

function folderOf(file: string): string {
  const rest = file.slice("src/".length);
  const slash = rest.indexOf("/");
  return slash < 0 ? "" : rest.slice(0, slash);
}

Deno.test("src/ folders import only the folders the design allows", async () => {
  const seen = new Set<string>();
  const forbidden: string[] = [];
  for (const [importer, imports] of await sourceGraph()) {
    const from = folderOf(importer);
    for (const imported of imports) {
      if (!imported.startsWith("src/")) continue;
      const to = folderOf(imported);
      // The files at the root of src/ (the base error class, redaction) are
      // the ground every folder stands on.
      if (to === from || to === "") continue;
      const edge = `${from} → ${to}`;
      seen.add(edge);
      const allowed = FOLDER_MAY_IMPORT[from];
      assert.ok(
        allowed !== undefined,
        `src/${from}/ is not placed in the design`,
      );
      if (allowed.includes("*")) continue;
      const known = KNOWN_FOLDER_IMPORTS.includes(edge);
      if (!allowed.includes(to) && !known) {
        forbidden.push(`${edge} (${importer} → ${imported})`);
      }
    }
  }
  assert.deepEqual(forbidden, []);
  const stale = KNOWN_FOLDER_IMPORTS.filter((edge) => !seen.has(edge));
  assert.deepEqual(
    stale,
    [],
    "known folder imports that are gone: remove them",
  );
});
