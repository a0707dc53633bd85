/**
 * The bench's table, linearity check and targets, as lines of text. Pure functions over measured rows.
 * A row with `mib: 0` is the real sample: shown as the fixed cost, left out of the targets.
 */

const MB = 1e6;
const GB = 1e9;

/** Targets from issue #3, item 7. */
export const TARGETS = {
  /** summarize time / xmllint time on the ~32 MB file. */
  ratioAt32: 0.8,
  rssMbAt32: 100,
  rssMbAt1G: 200,
  /** Largest allowed s/GB at any size, as a multiple of the 32 MiB file's. */
  perGbSlack: 1.25,
  /**
   * Largest allowed growth of the seconds per extra GB above 32 MiB, from the second-largest size to the
   * largest: 1 when linear, 2 when the time grows with the square of the size.
   */
  marginalSlack: 1.5,
};

/**
 * One row of the table from a file and its best measurements.
 * @param {{ mib: number, label: string, bytes: number }} file
 * @param {{ summarize: number, summarizeCpu: number, summarizeRss: number, xmllint: number, xmllintRss: number }} best
 *   seconds and bytes
 */
export function summarizeRow(file, best) {
  return {
    mib: file.mib,
    label: file.label,
    bytes: file.bytes,
    summarizeSeconds: best.summarize,
    summarizeCpuSeconds: best.summarizeCpu,
    summarizeRssMb: best.summarizeRss / MB,
    xmllintSeconds: best.xmllint,
    xmllintRssMb: best.xmllintRss / MB,
    ratio: best.summarize / best.xmllint,
    mbPerSecond: file.bytes / MB / best.summarize,
  };
}

function table(header, rows) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) => cells.map((cell, column) => cell.padStart(widths[column])).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)];
}

/** The main table: size, summarize seconds, peak RSS, xmllint seconds, ratio, throughput. */
export function formatTable(rows) {
  return table(
    [
      'size',
      'bytes',
      'summarize s',
      'peak RSS MB',
      'xmllint s',
      'ratio',
      'MB/s',
      'summarize CPU s',
      'xmllint RSS MB',
    ],
    rows.map((row) => [
      row.label,
      String(row.bytes),
      row.summarizeSeconds.toFixed(3),
      row.summarizeRssMb.toFixed(1),
      row.xmllintSeconds.toFixed(3),
      row.ratio.toFixed(2),
      row.mbPerSecond.toFixed(0),
      row.summarizeCpuSeconds.toFixed(2),
      row.xmllintRssMb.toFixed(1),
    ]),
  );
}

/** The row the others are compared with: 32 MiB, or the nearest size run. */
function referenceRow(rows) {
  const sized = rows.filter((row) => row.mib > 0);
  return sized.find((row) => row.mib === 32) ?? sized.find((row) => row.mib > 32) ?? sized[sized.length - 1];
}

const secondsPerGb = (row) => row.summarizeSeconds / (row.bytes / GB);

/** Extra seconds per extra GB going from `from` to `to`: the per-byte cost, without the fixed one. */
const marginalPerGb = (from, to) =>
  (to.summarizeSeconds - from.summarizeSeconds) / ((to.bytes - from.bytes) / GB);

/**
 * Seconds per GB at each size against the 32 MiB file, and the cost per extra GB from 32 MiB on (which
 * leaves out the fixed start-up cost that dominates small files).
 */
export function formatLinearity(rows) {
  const reference = referenceRow(rows);
  if (!reference) return ['linearity: no sized rows'];
  const sized = rows.filter((row) => row.mib > 0);
  return [
    `linearity: seconds per GB vs ${reference.label}, and seconds per extra GB above ${reference.label}`,
    ...table(
      ['size', 's/GB', `× ${reference.label}`, `s per extra GB above ${reference.label}`, 'xmllint s/GB'],
      sized.map((row) => [
        row.label,
        secondsPerGb(row).toFixed(3),
        (secondsPerGb(row) / secondsPerGb(reference)).toFixed(2),
        row.mib > reference.mib ? marginalPerGb(reference, row).toFixed(3) : '',
        (row.xmllintSeconds / (row.bytes / GB)).toFixed(3),
      ]),
    ),
  ];
}

function verdict(pass, text) {
  return `${pass ? 'PASS' : 'MISS'}  ${text}`;
}

function linearity(rows) {
  const reference = referenceRow(rows);
  const larger = rows.filter((row) => reference && row.mib > reference.mib);
  if (!reference || larger.length < 2) return ['n/a   linear: needs two sizes above the 32 MiB one'];
  const worst = larger.reduce((a, b) => (secondsPerGb(a) >= secondsPerGb(b) ? a : b));
  const worstGrowth = secondsPerGb(worst) / secondsPerGb(reference);
  const largest = larger[larger.length - 1];
  const second = larger[larger.length - 2];
  const growth = marginalPerGb(reference, largest) / marginalPerGb(reference, second);
  return [
    verdict(
      worstGrowth <= TARGETS.perGbSlack,
      `linear: s/GB at ${worst.label} is ${worstGrowth.toFixed(2)}× ${reference.label}'s (≤ ${TARGETS.perGbSlack}×)`,
    ),
    verdict(
      growth <= TARGETS.marginalSlack,
      `linear: s per extra GB above ${reference.label} is ${growth.toFixed(2)}× as much at ${largest.label} ` +
        `as at ${second.label} (≤ ${TARGETS.marginalSlack}×; 2× would be quadratic)`,
    ),
  ];
}

/** PASS/MISS for each target; a target whose size was not run says so. */
export function checkTargets(rows) {
  const at32 = rows.find((row) => row.mib === 32);
  const at1G = rows.find((row) => row.mib === 1024);
  const lines = ['targets:'];
  if (at32) {
    lines.push(
      verdict(
        at32.ratio <= TARGETS.ratioAt32,
        `32 MiB: summarize takes ${at32.ratio.toFixed(2)}× xmllint's time (≤ ${TARGETS.ratioAt32}×)`,
      ),
      verdict(
        at32.summarizeRssMb <= TARGETS.rssMbAt32,
        `32 MiB: peak RSS ${at32.summarizeRssMb.toFixed(1)} MB (≤ ${TARGETS.rssMbAt32} MB)`,
      ),
    );
  } else {
    lines.push('n/a   32 MiB not run: ratio and RSS targets not measured');
  }
  if (at1G) {
    lines.push(
      verdict(
        at1G.summarizeRssMb <= TARGETS.rssMbAt1G,
        `1 GiB: peak RSS ${at1G.summarizeRssMb.toFixed(1)} MB (≤ ${TARGETS.rssMbAt1G} MB)`,
      ),
    );
  } else {
    lines.push('n/a   1 GiB not run: RSS target not measured');
  }
  return [...lines, ...linearity(rows)];
}
