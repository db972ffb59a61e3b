/** Small statistics for the benchmarks' printed reports. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export const median = (values: number[]) => quantile(values, 0.5);
export const p95 = (values: number[]) => quantile(values, 0.95);

export function row(label: string, values: number[], unit = 'ms'): string {
  return `${label.padEnd(44)} median ${median(values).toFixed(1).padStart(8)} ${unit}   p95 ${p95(values).toFixed(1).padStart(8)} ${unit}   (n=${values.length})`;
}
