/**
 * Fits the weights of the language verifier (`src/language/_verifier.ts`)
 * by logistic regression on the tune half of the evaluation set, and prints,
 * per threshold, the false errors and the catch rate on that half.
 *
 * ```sh
 * deno run --allow-read bench/language/fit_verifier.ts
 * ```
 *
 * @module
 */

import { cleanTextForDetection } from "../../src/language/clean_text_for_detection.ts";
import { detectScript } from "../../src/language/detect_script.ts";
import {
  FEATURE_COUNT,
  gatherEvidence,
  pairFeatures,
  pairScore,
  VERIFIER_WEIGHTS,
} from "../../src/language/_verifier.ts";
import { BUCKETS, LATIN, loadSet, NEIGHBOUR } from "./eval_set.ts";

interface Row {
  lang: string;
  bucket: string;
  letters: number;
  /** expected → competitor → features */
  pairs: Map<string, Map<string, number[]>>;
}

function rowsOf(split: string): Row[] {
  const rows: Row[] = [];
  for (const item of loadSet()) {
    if (item.split !== split || !LATIN.includes(item.lang)) continue;
    const cleaned = cleanTextForDetection(item.text);
    const letters = detectScript(cleaned).letters;
    if (letters < 40) continue;
    const evidence = gatherEvidence(cleaned, LATIN);
    const pairs = new Map<string, Map<string, number[]>>();
    for (const expected of LATIN) {
      const map = new Map<string, number[]>();
      for (const competitor of LATIN) {
        if (competitor === expected) continue;
        map.set(competitor, pairFeatures(evidence, expected, competitor)!);
      }
      pairs.set(expected, map);
    }
    rows.push({ lang: item.lang, bucket: item.bucket, letters, pairs });
  }
  return rows;
}

const REG = Number(Deno.env.get("REG") ?? 1);

/** Newton's method for L2-regularized logistic regression. */
function fit(xs: number[][], ys: number[], ws: number[]): number[] {
  const d = FEATURE_COUNT + 1;
  let w = new Array(d).fill(0);
  for (let iteration = 0; iteration < 30; iteration++) {
    const g = new Array(d).fill(0);
    const h = Array.from({ length: d }, () => new Array(d).fill(0));
    for (let i = 0; i < xs.length; i++) {
      const x = [...xs[i], 1];
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j] * x[j];
      const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
      for (let j = 0; j < d; j++) {
        g[j] += ws[i] * (p - ys[i]) * x[j];
        for (let k = 0; k < d; k++) {
          h[j][k] += ws[i] * p * (1 - p) * x[j] * x[k];
        }
      }
    }
    for (let j = 0; j < d; j++) {
      g[j] += REG * w[j];
      h[j][j] += REG;
    }
    const step = solve(h, g);
    if (Deno.env.get("DEBUG")) {
      console.log(JSON.stringify(h), JSON.stringify(step));
    }
    w = w.map((v, j) => v - step[j]);
    if (Deno.env.get("DEBUG")) {
      console.log(iteration, JSON.stringify(g), JSON.stringify(w));
    }
  }
  return w;
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) {
      if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    }
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

function report(rows: readonly Row[], thresholds: readonly number[]): void {
  for (const threshold of thresholds) {
    const parts: string[] = [];
    for (const bucket of BUCKETS) {
      let fp = 0;
      let n = 0;
      let caught = 0;
      let wrong = 0;
      let nCaught = 0;
      let nWrong = 0;
      for (const row of rows) {
        if (row.bucket !== bucket) continue;
        n++;
        const max = (expected: string) =>
          Math.max(
            ...[...row.pairs.get(expected)!.values()].map((f) => pairScore(f)),
          );
        if (max(row.lang) > threshold) fp++;
        for (const expected of LATIN) {
          if (expected === row.lang) continue;
          wrong++;
          if (max(expected) > threshold) caught++;
          if (NEIGHBOUR[row.lang] === expected) {
            nWrong++;
            if (max(expected) > threshold) nCaught++;
          }
        }
      }
      parts.push(
        `${bucket}: fp ${(100 * fp / n).toFixed(2)}% (${fp}) catch ${
          (100 * caught / wrong).toFixed(2)
        }% nb ${(100 * nCaught / nWrong).toFixed(2)}%`,
      );
    }
    console.log(`t ${threshold}: ${parts.join(" | ")}`);
  }
}

if (import.meta.main) {
  const rows = rowsOf("tune");
  const xs: number[][] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  for (const row of rows) {
    for (const expected of LATIN) {
      if (expected === row.lang) {
        for (const features of row.pairs.get(expected)!.values()) {
          xs.push(features);
          ys.push(0);
          ws.push(1);
        }
      } else {
        xs.push(row.pairs.get(expected)!.get(row.lang)!);
        ys.push(1);
        ws.push(1);
      }
    }
  }
  const w = fit(xs, ys, ws);
  console.log(`weights: ${JSON.stringify(w.map((v) => +v.toFixed(4)))}`);
  VERIFIER_WEIGHTS.splice(0, VERIFIER_WEIGHTS.length, ...w);
  report(rows, [0, 2, 4, 6, 8, 10, 12]);
}

export function showFalseErrors(threshold: number): void {
  for (const item of loadSet()) {
    if (item.split !== "tune" || !LATIN.includes(item.lang)) continue;
    const cleaned = cleanTextForDetection(item.text);
    if (detectScript(cleaned).letters < 40) continue;
    const evidence = gatherEvidence(cleaned, LATIN);
    for (const competitor of LATIN) {
      if (competitor === item.lang) continue;
      const f = pairFeatures(evidence, item.lang, competitor)!;
      const s = pairScore(f);
      if (s > threshold) {
        console.log(
          `${item.lang}→${competitor} ${s.toFixed(1)} ${
            JSON.stringify(f.map((v) => +v.toFixed(1)))
          } ${item.bucket} ${JSON.stringify(item.text.slice(0, 300))}`,
        );
      }
    }
  }
}
if (import.meta.main && Deno.env.get("SHOW")) {
  showFalseErrors(Number(Deno.env.get("SHOW")));
}
