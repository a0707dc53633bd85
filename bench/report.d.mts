/** Types for report.mjs (the bench is plain JavaScript; these let the tests type-check). */

export interface BenchRow {
  mib: number;
  label: string;
  bytes: number;
  summarizeSeconds: number;
  summarizeCpuSeconds: number;
  summarizeRssMb: number;
  xmllintSeconds: number;
  xmllintRssMb: number;
  ratio: number;
  mbPerSecond: number;
}

export const TARGETS: {
  ratioAt32: number;
  rssMbAt32: number;
  rssMbAt1G: number;
  perGbSlack: number;
  marginalSlack: number;
};

export function summarizeRow(
  file: { mib: number; label: string; bytes: number },
  best: {
    summarize: number;
    summarizeCpu: number;
    summarizeRss: number;
    xmllint: number;
    xmllintRss: number;
  },
): BenchRow;

export function formatTable(rows: BenchRow[]): string[];
export function formatLinearity(rows: BenchRow[]): string[];
export function checkTargets(rows: BenchRow[]): string[];
