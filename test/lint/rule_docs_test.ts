import assert from "node:assert/strict";
import {
  allRuleInfos,
  ruleDocsUrl,
  TEMPLATE_RULES,
} from "../../src/lint/rule_docs.ts";
import { ALL_RULES } from "../../src/rules/mod.ts";

const ROOT = new URL("../../", import.meta.url);
const config = JSON.parse(
  await Deno.readTextFile(new URL("deno.json", ROOT)),
) as {
  name: string;
  version: string;
  publish: { include: string[]; exclude?: string[] };
};

/** Whether `deno publish` takes a path, by deno.json's publish lists. */
function published(path: string): boolean {
  const matches = (pattern: string) =>
    pattern.endsWith("/")
      ? path.startsWith(pattern)
      : pattern.includes("*")
      ? new RegExp(
        `^${pattern.replace(/[.]/g, "\\.").replace(/\*/g, "[^/]*")}$`,
      ).test(path)
      : path === pattern;
  return config.publish.include.some(matches) &&
    !(config.publish.exclude ?? []).some(matches);
}

Deno.test("every rule's helpUri names its page in docs/rules/ of this version on JSR, and the page exists and is published", async () => {
  const infos = allRuleInfos();
  assert.equal(new Set(infos.map((r) => r.id)).size, infos.length);
  const base = `https://jsr.io/${config.name}/${config.version}/`;
  for (const rule of infos) {
    assert.equal(rule.helpUri, ruleDocsUrl(rule.id));
    assert.ok(rule.helpUri.startsWith(base), rule.helpUri);
    const path = rule.helpUri.slice(base.length);
    assert.equal(path, `docs/rules/${rule.id}.md`);
    const page = await Deno.readTextFile(new URL(path, ROOT));
    assert.match(page, new RegExp(`^# ${rule.id}$`, "m"), path);
    assert.ok(published(path), `${path} is not in deno.json publish.include`);
  }
});

Deno.test("allRuleInfos() lists the policy rules then the template checks, these always errors", () => {
  const infos = allRuleInfos();
  assert.deepEqual(infos.map((r) => r.id), [
    ...ALL_RULES.map((r) => r.id),
    ...TEMPLATE_RULES.map((r) => r.id),
  ]);
  for (const rule of ALL_RULES) {
    const info = infos.find((r) => r.id === rule.id)!;
    assert.equal(info.description, rule.meta.description);
    assert.equal(info.defaultSeverity, rule.meta.defaultSeverity);
  }
  for (const rule of TEMPLATE_RULES) {
    assert.equal(infos.find((r) => r.id === rule.id)!.defaultSeverity, "error");
  }
});

Deno.test("TEMPLATE_RULES describes every template-* rule id that src/ reports, in the file it names", async () => {
  const reported = new Map<string, Set<string>>();
  async function scan(dir: URL, rel: string): Promise<void> {
    for await (const entry of Deno.readDir(dir)) {
      if (entry.isDirectory) {
        await scan(new URL(`${entry.name}/`, dir), `${rel}${entry.name}/`);
      } else if (entry.name.endsWith(".ts")) {
        const source = await Deno.readTextFile(new URL(entry.name, dir));
        const ids = source.matchAll(
          /(?:ruleId: |fileFinding\(\s*|\? )"(template-[a-z-]+)"/g,
        );
        for (const [, id] of ids) {
          if (!reported.has(id!)) reported.set(id!, new Set());
          reported.get(id!)!.add(`${rel}${entry.name}`);
        }
      }
    }
  }
  await scan(new URL("src/", ROOT), "src/");
  assert.deepEqual(
    [...reported.keys()].sort(),
    TEMPLATE_RULES.map((r) => r.id).sort(),
  );
  for (const rule of TEMPLATE_RULES) {
    assert.ok(
      reported.get(rule.id)!.has(rule.source),
      `${rule.id} is reported in ${[
        ...reported.get(rule.id)!,
      ]}, not ${rule.source}`,
    );
  }
});
