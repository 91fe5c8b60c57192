/**
 * Hand-written SVG bar charts (horizontal bars of ratios), with an optional
 * reference line (1×) and target line. No dependencies, no scripts, no
 * external fonts: the files render on GitHub and in any browser.
 *
 * @module
 */

/** One bar. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Text after the bar; defaults to the value with the unit. */
  readonly text?: string;
  /** `ours` (blue), `peer` (grey), `bad` (red), `good` (green). */
  readonly kind?: "ours" | "peer" | "bad" | "good";
}

/** A vertical line across the chart. */
export interface Marker {
  readonly value: number;
  readonly label: string;
}

/** Chart options. */
export interface ChartOptions {
  readonly title: string;
  /** Under the title. */
  readonly subtitle?: string;
  /** Appended to values, such as "×" or " µs". */
  readonly unit: string;
  /** Logarithmic axis (for ratios spanning orders of magnitude). */
  readonly log?: boolean;
  readonly reference?: Marker;
  readonly target?: Marker;
  /**
   * Width in pixels.
   *
   * @default {820}
   */
  readonly width?: number;
}

const COLORS = {
  ours: "#2f6fdb",
  peer: "#8a8f98",
  bad: "#d0453b",
  good: "#2e9d5b",
} as const;

function escape(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(
    ">",
    "&gt;",
  ).replaceAll('"', "&quot;");
}

function format(value: number): string {
  if (!Number.isFinite(value)) return "–";
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/**
 * Draws a horizontal bar chart.
 *
 * @param bars The bars, top to bottom; a label starting with "## " is a group heading.
 * @param options Title, unit, scale and lines.
 * @returns The SVG document.
 */
export function barChart(bars: readonly Bar[], options: ChartOptions): string {
  const width = options.width ?? 820;
  const labelWidth = 360;
  const valueWidth = 130;
  const plotLeft = labelWidth + 10;
  const plotWidth = width - plotLeft - valueWidth;
  const rowHeight = 24;
  const top = options.subtitle ? 62 : 44;
  const height = top + bars.length * rowHeight + 34;
  const values = [
    ...bars.filter((b) => !b.label.startsWith("## ")).map((b) => b.value),
    options.reference?.value,
    options.target?.value,
  ].filter((v): v is number => v !== undefined && Number.isFinite(v) && v > 0);
  const max = Math.max(...values, 1e-9);
  const min = Math.min(...values, max);
  const logLow = Math.log10(min) - 0.15;
  const logHigh = Math.log10(max) + 0.05;
  const x = (value: number): number => {
    if (!(value > 0)) return 0;
    if (options.log) {
      return ((Math.log10(value) - logLow) / (logHigh - logLow)) * plotWidth;
    }
    return (value / max) * plotWidth;
  };
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="bold" fill="#1b1f24">${
      escape(options.title)
    }</text>`,
  ];
  if (options.subtitle) {
    parts.push(
      `<text x="12" y="42" fill="#57606a">${escape(options.subtitle)}</text>`,
    );
  }
  bars.forEach((bar, index) => {
    const y = top + index * rowHeight;
    if (bar.label.startsWith("## ")) {
      parts.push(
        `<text x="12" y="${y + 16}" font-weight="bold" fill="#1b1f24">${
          escape(bar.label.slice(3))
        }</text>`,
      );
      return;
    }
    const length = Math.max(1, x(bar.value));
    parts.push(
      `<text x="${labelWidth}" y="${y + 16}" text-anchor="end" fill="#1b1f24">${
        escape(bar.label)
      }</text>`,
      `<rect x="${plotLeft}" y="${y + 4}" width="${
        length.toFixed(1)
      }" height="${rowHeight - 8}" fill="${COLORS[bar.kind ?? "peer"]}"/>`,
      `<text x="${(plotLeft + length + 6).toFixed(1)}" y="${
        y + 16
      }" fill="#1b1f24">${
        escape(bar.text ?? `${format(bar.value)}${options.unit}`)
      }</text>`,
    );
  });
  const bottom = top + bars.length * rowHeight;
  for (
    const [marker, color, dash] of [
      [options.reference, "#1b1f24", "4 3"],
      [options.target, "#d0453b", "6 3"],
    ] as const
  ) {
    if (marker === undefined || !(marker.value > 0)) continue;
    const mx = (plotLeft + x(marker.value)).toFixed(1);
    parts.push(
      `<line x1="${mx}" y1="${
        top - 4
      }" x2="${mx}" y2="${bottom}" stroke="${color}" stroke-width="1.2" stroke-dasharray="${dash}"/>`,
      `<text x="${mx}" y="${
        bottom + 16
      }" text-anchor="middle" fill="${color}">${escape(marker.label)}</text>`,
    );
  }
  if (options.log) {
    parts.push(
      `<text x="${width - 12}" y="${
        height - 6
      }" text-anchor="end" fill="#57606a">log scale</text>`,
    );
  }
  parts.push("</svg>", "");
  return parts.join("\n");
}
