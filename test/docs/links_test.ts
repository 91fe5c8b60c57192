/**
 * Every relative link in README.md and docs/ (guides and the generated rule
 * pages) leads to a file or folder that exists, and every `#anchor` to a
 * heading (or an `id`) that exists in the Markdown file it points at, with
 * anchors made as GitHub makes them. Links to other sites are not fetched.
 *
 * @module
 */

import assert from "node:assert/strict";

const ROOT = new URL("../../", import.meta.url);

/** A link found in a Markdown file. */
interface FoundLink {
  /** The destination as written. */
  readonly target: string;
  /** 1-based line of the link. */
  readonly line: number;
}

/** Fenced code block openers: up to 3 spaces, then ``` or ~~~ (3 or more). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Blanks out fenced code blocks and inline code spans, keeping every other
 * character (and so every offset and line) in place.
 */
function withoutCode(markdown: string): string {
  const lines = markdown.split("\n");
  let fence: string | undefined;
  const kept = lines.map((line) => {
    const match = FENCE.exec(line);
    if (fence === undefined) {
      if (match) {
        fence = match[1];
        return "";
      }
      return line;
    }
    if (
      match && match[1][0] === fence[0] && match[1].length >= fence.length &&
      line.trim() === match[1]
    ) {
      fence = undefined;
    }
    return "";
  });
  // Inline code: a run of backticks up to the same run (within a paragraph).
  return kept.join("\n").replace(
    /(`+)(?:(?!\1)[^])*?\1/g,
    (span) => span.replace(/[^\n]/g, " "),
  );
}

/**
 * The anchor GitHub gives a heading: the rendered text in lower case, without
 * punctuation other than `-` and `_`, spaces turned into `-`.
 */
function githubSlug(heading: string): string {
  const text = heading
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images: their alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1") // links: their text
    .replace(/<[^>]+>/g, "") // HTML tags
    .replace(/`/g, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|\W)[*_](.+?)[*_](?=\W|$)/g, "$1$2")
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
}

/** The anchors of a Markdown file: its headings (as GitHub numbers repeats) and `id`/`name` attributes. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const add = (heading: string) => {
    const slug = githubSlug(heading);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  };
  const lines = withoutCode(markdown).split("\n");
  const raw = markdown.split("\n");
  lines.forEach((line, index) => {
    const atx = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx) {
      // Headings keep their code spans: read them from the raw line.
      add(
        raw[index].replace(/^ {0,3}#{1,6}[ \t]+/, "").replace(
          /[ \t]+#+[ \t]*$/,
          "",
        ),
      );
      return;
    }
    const previous = lines[index - 1];
    if (
      index > 0 && /^ {0,3}(=+|-+)[ \t]*$/.test(line) &&
      previous !== undefined && previous.trim() !== "" &&
      !/^\s*([-*+]|\d+[.)]|>|\|)/.test(previous)
    ) {
      add(raw[index - 1].trim());
    }
  });
  for (const match of markdown.matchAll(/\s(?:id|name)="([^"]+)"/g)) {
    anchors.add(match[1]);
  }
  return anchors;
}

/** Inline links and images, reference definitions and HTML `href`/`src`, outside code. */
function linksOf(markdown: string): FoundLink[] {
  const text = withoutCode(markdown);
  const lineAt = (offset: number) => text.slice(0, offset).split("\n").length;
  const links: FoundLink[] = [];
  const inline =
    /!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*(<[^>\n]*>|[^)\s]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
  for (const match of text.matchAll(inline)) {
    links.push({
      target: match[1].replace(/^<|>$/g, ""),
      line: lineAt(match.index),
    });
  }
  for (
    const match of text.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm)
  ) {
    links.push({
      target: match[1].replace(/^<|>$/g, ""),
      line: lineAt(match.index),
    });
  }
  for (
    const match of text.matchAll(/<[a-z]+\s[^>]*?\b(?:href|src)="([^"]+)"/gi)
  ) {
    links.push({ target: match[1], line: lineAt(match.index) });
  }
  return links;
}

async function stat(url: URL): Promise<Deno.FileInfo | undefined> {
  try {
    return await Deno.stat(url);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  }
}

/**
 * Checks the links of the given Markdown files (paths relative to `root`).
 *
 * @returns One line per broken link: `file:line: target: what is wrong`.
 */
async function checkLinks(root: URL, files: string[]): Promise<string[]> {
  const problems: string[] = [];
  const anchorCache = new Map<string, Set<string>>();
  const anchorsAt = async (url: URL) => {
    let anchors = anchorCache.get(url.href);
    if (anchors === undefined) {
      anchors = anchorsOf(await Deno.readTextFile(url));
      anchorCache.set(url.href, anchors);
    }
    return anchors;
  };
  for (const file of files) {
    const fileUrl = new URL(file, root);
    const markdown = await Deno.readTextFile(fileUrl);
    for (const { target, line } of linksOf(markdown)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) {
        continue; // another site, or mailto:
      }
      const where = `${file}:${line}: ${target}`;
      const hash = target.indexOf("#");
      const path = decodeURI(hash === -1 ? target : target.slice(0, hash));
      const fragment = hash === -1
        ? undefined
        : decodeURI(target.slice(hash + 1));
      let url = path === ""
        ? fileUrl
        : path.startsWith("/")
        ? new URL(path.slice(1), root)
        : new URL(path, fileUrl);
      if (!url.href.startsWith(root.href)) {
        problems.push(`${where}: leads outside the repository`);
        continue;
      }
      const info = await stat(url);
      if (info === undefined) {
        problems.push(`${where}: no such file or folder`);
        continue;
      }
      if (fragment === undefined) continue;
      if (info.isDirectory) {
        url = new URL(
          "README.md",
          url.href.endsWith("/") ? url : `${url.href}/`,
        );
        if (await stat(url) === undefined) {
          problems.push(`${where}: the folder has no README.md for the anchor`);
          continue;
        }
      }
      if (!url.pathname.endsWith(".md")) {
        if (!/^L\d+(-L\d+)?$/.test(fragment)) {
          problems.push(
            `${where}: only line anchors (#L12) work outside Markdown`,
          );
        }
        continue;
      }
      if (!(await anchorsAt(url)).has(fragment)) {
        problems.push(`${where}: no heading or id "${fragment}" there`);
      }
    }
  }
  return problems;
}

/** README.md and every Markdown file under docs/, relative to the root. */
async function documentationFiles(root: URL): Promise<string[]> {
  const files = ["README.md"];
  const walk = async (dir: string) => {
    for await (const entry of Deno.readDir(new URL(dir, root))) {
      const path = `${dir}${entry.name}`;
      if (entry.isDirectory) await walk(`${path}/`);
      else if (entry.name.endsWith(".md")) files.push(path);
    }
  };
  await walk("docs/");
  return files.sort();
}

Deno.test("README.md and docs/ have no broken relative link or anchor", async () => {
  const files = await documentationFiles(ROOT);
  assert.ok(files.includes("docs/rules/README.md"), files.join(", "));
  assert.ok(files.length > 10, files.join(", "));
  const problems = await checkLinks(ROOT, files);
  assert.deepEqual(problems, [], `broken links:\n${problems.join("\n")}`);
});

Deno.test("README.md links every guide in docs/", async () => {
  const readme = await Deno.readTextFile(new URL("README.md", ROOT));
  const linked = new Set(
    linksOf(readme).map(({ target }) => target.split("#")[0]),
  );
  const guides = (await documentationFiles(ROOT)).filter((file) =>
    /^docs\/[^/]+\.md$/.test(file) && file !== "docs/README.md"
  );
  assert.ok(guides.length > 0);
  const missing = guides.filter((guide) => !linked.has(guide));
  assert.deepEqual(missing, [], `guides not linked from README.md: ${missing}`);
});

Deno.test("checkLinks() reports a missing file, a missing anchor here and there, and a link out of the tree", async () => {
  const dir = await Deno.makeTempDir({ prefix: "links_test_" });
  try {
    const root = new URL(`file://${dir}/`);
    await Deno.mkdir(`${dir}/docs/sub`, { recursive: true });
    await Deno.writeTextFile(
      `${dir}/README.md`,
      [
        "# Title",
        "",
        "## Send a `POST /messages`",
        "",
        "See [the guide](docs/guide.md#setup), [here](#send-a-post-messages),",
        "[a folder](docs/sub/) and [a code line](docs/code.ts#L3).",
        "[gone](docs/gone.md) and [not here](#nowhere), an ![image](docs/x.png),",
        "[a bad anchor](docs/guide.md#set-up), a [wrapped",
        "link](docs/missing.md), [out](../../outside.md) and",
        "[a site](https://example.com/#x).",
        "",
        "```md",
        "[inside a code block](docs/ignored.md)",
        "```",
        "",
        "and `[in code](docs/ignored.md)`.",
        "",
        "[ref]: docs/also-gone.md",
      ].join("\n"),
    );
    await Deno.writeTextFile(
      `${dir}/docs/guide.md`,
      "# Guide\n\n## Setup\n\nBack to [the top](../README.md#title).\n",
    );
    await Deno.writeTextFile(`${dir}/docs/code.ts`, "export {};\n");
    await Deno.writeTextFile(`${dir}/docs/sub/README.md`, "# Sub\n");

    const problems = await checkLinks(root, ["README.md", "docs/guide.md"]);
    assert.deepEqual(problems, [
      "README.md:7: docs/gone.md: no such file or folder",
      'README.md:7: #nowhere: no heading or id "nowhere" there',
      "README.md:7: docs/x.png: no such file or folder",
      'README.md:8: docs/guide.md#set-up: no heading or id "set-up" there',
      "README.md:8: docs/missing.md: no such file or folder",
      "README.md:9: ../../outside.md: leads outside the repository",
      "README.md:18: docs/also-gone.md: no such file or folder",
    ]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("githubSlug() makes the anchors GitHub makes", () => {
  const cases: [string, string][] = [
    ["Quick start", "quick-start"],
    [
      "HTTP endpoint (`@sellerkit/buyer-messages/hono`)",
      "http-endpoint-sellerkitbuyer-messageshono",
    ],
    ["`POST /messages`", "post-messages"],
    ["Templates and the studio", "templates-and-the-studio"],
    ["What a 201 does not prove", "what-a-201-does-not-prove"],
    ["**Bold** and [a link](x.md)", "bold-and-a-link"],
    ["no_email and no-email", "no_email-and-no-email"],
    ["Größe & Ümlaut", "größe--ümlaut"],
  ];
  for (const [heading, slug] of cases) {
    assert.equal(githubSlug(heading), slug, heading);
  }
  const anchors = anchorsOf(
    "# Examples\n\n## Examples\n\n```\n# not a heading\n```\n\nSetext\n------\n",
  );
  assert.deepEqual([...anchors].sort(), ["examples", "examples-1", "setext"]);
});
