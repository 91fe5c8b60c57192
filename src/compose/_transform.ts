/**
 * The build-time rewrite of a template's syntax tree. Every output
 * expression `{{x}}` becomes `{{__data ... expr="x"}}` so that at run time
 * the renderer knows which spans of the text came from data, and can name a
 * missing variable and its line. Where only literal text separates an
 * expression from the previous one (or from the start of the message), the
 * call also carries `gap=<length of that text>`, so the renderer can place
 * the value without marking it in the output.
 *
 * @module
 */

import type { TemplateLiteral } from "./precompiled_template.ts";

/** The name of the helper every output expression is routed through. */
export const DATA_HELPER = "__data";

// A structural view of Handlebars' AST nodes, enough for the rewrite.
interface Position {
  line: number;
  column: number;
}
interface Loc {
  start: Position;
  end: Position;
}
interface Node {
  type: string;
  loc?: Loc;
  [key: string]: unknown;
}
interface PathNode extends Node {
  type: "PathExpression";
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
}
interface HashNode extends Node {
  pairs: { type: "HashPair"; key: string; value: Node; loc?: Loc }[];
}
interface ProgramNode extends Node {
  body: Node[];
  blockParams?: string[];
}

function print(node: Node): string {
  switch (node.type) {
    case "PathExpression":
      return (node as PathNode).original;
    case "StringLiteral":
      return JSON.stringify(node.value);
    case "NumberLiteral":
    case "BooleanLiteral":
      return String(node.value);
    case "UndefinedLiteral":
      return "undefined";
    case "NullLiteral":
      return "null";
    case "SubExpression":
      return `(${printCall(node)})`;
    default:
      return node.type;
  }
}

function printCall(node: Node): string {
  const parts = [print(node.path as Node)];
  for (const param of (node.params as Node[] | undefined) ?? []) {
    parts.push(print(param));
  }
  for (const pair of (node.hash as HashNode | undefined)?.pairs ?? []) {
    parts.push(`${pair.key}=${print(pair.value)}`);
  }
  return parts.join(" ");
}

function stringLiteral(value: string, loc?: Loc): Node {
  return { type: "StringLiteral", value, original: value, loc };
}

/** What the rewrite learned about a template. */
export interface TransformResult {
  /** Root-level data paths the template reads. */
  readonly variables: string[];
  /** The literal text runs. */
  readonly literals: TemplateLiteral[];
}

/**
 * Rewrites a parsed template in place and collects its variables and
 * literal text.
 *
 * @param program The parsed template (Handlebars `Program`).
 * @param helpers The names of the helpers known at run time.
 * @returns The variables and literal runs.
 */
export function transformTemplate(
  program: unknown,
  helpers: readonly string[],
): TransformResult {
  const known = new Set(helpers);
  const variables = new Set<string>();
  const literals: TemplateLiteral[] = [];

  function noteVariable(node: Node, scoped: boolean, blockParams: Set<string>) {
    if (node.type !== "PathExpression") return;
    const path = node as PathNode;
    if (
      path.data || path.depth > 0 || scoped || path.parts.length === 0 ||
      blockParams.has(path.parts[0]!) || known.has(path.original)
    ) {
      return;
    }
    variables.add(path.parts.join("."));
  }

  function visitCall(node: Node, scoped: boolean, blockParams: Set<string>) {
    for (const param of (node.params as Node[] | undefined) ?? []) {
      visitExpression(param, scoped, blockParams);
    }
    for (const pair of (node.hash as HashNode | undefined)?.pairs ?? []) {
      visitExpression(pair.value, scoped, blockParams);
    }
  }

  function visitExpression(
    node: Node,
    scoped: boolean,
    blockParams: Set<string>,
  ) {
    if (node.type === "SubExpression") visitCall(node, scoped, blockParams);
    else noteVariable(node, scoped, blockParams);
  }

  function visitProgram(
    node: ProgramNode | undefined,
    scoped: boolean,
    outer: Set<string>,
    root = false,
  ) {
    if (node === undefined || node === null) return;
    const blockParams = new Set([...outer, ...(node.blockParams ?? [])]);
    // The length of literal text since the end of the last inserted value
    // (or the start of the message), while only literal text came since.
    let gap: number | undefined = root ? 0 : undefined;
    for (const statement of node.body) {
      switch (statement.type) {
        case "ContentStatement":
          if (gap !== undefined) gap += (statement.value as string).length;
          visitStatement(statement, scoped, blockParams);
          break;
        case "CommentStatement":
          break;
        case "MustacheStatement":
          rewriteMustache(statement, scoped, blockParams, gap);
          gap = 0;
          break;
        default:
          visitStatement(statement, scoped, blockParams);
          gap = undefined;
      }
    }
  }

  function visitStatement(
    node: Node,
    scoped: boolean,
    blockParams: Set<string>,
  ) {
    switch (node.type) {
      case "ContentStatement": {
        const text = node.value as string;
        if (text.length > 0 && node.loc !== undefined) {
          literals.push({
            text,
            line: node.loc.start.line,
            column: node.loc.start.column + 1,
          });
        }
        return;
      }
      case "BlockStatement": {
        const path = node.path as PathNode;
        visitCall(node, scoped, blockParams);
        // Inside each/with the context changes: paths there are relative.
        const changesContext = path.original === "each" ||
          path.original === "with";
        visitProgram(
          node.program as ProgramNode,
          scoped || changesContext,
          blockParams,
        );
        visitProgram(node.inverse as ProgramNode, scoped, blockParams);
        return;
      }
      default:
        return;
    }
  }

  function rewriteMustache(
    node: Node,
    scoped: boolean,
    blockParams: Set<string>,
    gap: number | undefined,
  ) {
    const path = node.path as Node;
    const params = (node.params as Node[] | undefined) ?? [];
    const hash = node.hash as HashNode | undefined;
    const loc = node.loc;
    const expr = printCall(node);
    const isCall = params.length > 0 || (hash?.pairs.length ?? 0) > 0 ||
      (path.type === "PathExpression" &&
        known.has((path as PathNode).original));
    let newParams: Node[];
    const pairs: HashNode["pairs"] = [
      { type: "HashPair", key: "expr", value: stringLiteral(expr, loc), loc },
    ];
    if (isCall) {
      visitCall(node, scoped, blockParams);
      newParams = [{ type: "SubExpression", path, params, hash, loc }];
    } else if (
      path.type === "PathExpression" && !(path as PathNode).data &&
      (path as PathNode).depth === 0 && (path as PathNode).parts.length > 0 &&
      !blockParams.has((path as PathNode).parts[0]!) &&
      !/^(this|\.)(\/|\.|$)/.test((path as PathNode).original)
    ) {
      // A plain variable: the helper resolves it against the context, so a
      // missing segment is reported by name.
      noteVariable(path, scoped, blockParams);
      pairs.push({
        type: "HashPair",
        key: "path",
        value: stringLiteral((path as PathNode).parts.join("\u0000"), loc),
        loc,
      });
      newParams = [];
    } else {
      newParams = [path];
    }
    if (gap !== undefined) {
      pairs.push({
        type: "HashPair",
        key: "gap",
        value: { type: "NumberLiteral", value: gap, original: gap, loc },
        loc,
      });
    }
    node.path = {
      type: "PathExpression",
      data: false,
      depth: 0,
      parts: [DATA_HELPER],
      original: DATA_HELPER,
      loc,
    };
    node.params = newParams;
    node.hash = { type: "Hash", pairs, loc };
  }

  visitProgram(program as ProgramNode, false, new Set(), true);
  return { variables: [...variables], literals };
}
