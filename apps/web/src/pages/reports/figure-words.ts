/** How the figures pages say a rate and sum up a chart, the same on every page. */

/** "86.0%", or the reason there is no figure. */
export const percentText = (percent: number | null, none = 'None due') =>
  percent === null ? none : `${percent.toFixed(1)}%`;

/** "86.0% (43 of 50 due)": the rate with what it is a rate of. */
export function rateText(
  percent: number | null,
  part: number,
  whole: number,
  of: string,
  none: string,
): string {
  return percent === null ? none : `${percent.toFixed(1)}% (${part} of ${whole} ${of})`;
}

/**
 * What a chart shows, in a sentence, for its role="img" label: the highest and lowest, and where every
 * figure is. The table after the chart is the full accessible version.
 */
export function chartSummary(
  what: string,
  points: { label: string; value: number | null }[],
  format: (value: number) => string,
): string {
  const known = points.filter((p): p is { label: string; value: number } => p.value !== null);
  if (known.length === 0) return `Bar chart of ${what}: no figures for this period.`;
  const highest = known.reduce((a, b) => (b.value > a.value ? b : a));
  const lowest = known.reduce((a, b) => (b.value < a.value ? b : a));
  const range =
    known.length === 1
      ? `${highest.label}: ${format(highest.value)}.`
      : `Highest ${highest.label}, ${format(highest.value)}; lowest ${lowest.label}, ${format(lowest.value)}.`;
  return `Bar chart of ${what}. ${range} The table below gives every figure.`;
}
