/**
 * The evidence reader's worst case (`node bench/oval-evidence-bench.mjs`, after npm run build): an ARF in which
 * a failing rule's deciding test collected a million items, so that its test result, its collected object
 * and the items are all wanted and huge. Grown from the real clean ARF: OVAL report oval0's test
 * `oval:org.OpenSsl:tst:1` (a file test that decides SV-203739 and four more rules) gets ITEMS tested items,
 * its object ITEMS references and the report ITEMS file items. As on a real image with one bad file, every
 * item passed (result true) but the last, owned by uid 1000 (result false): the evidence must name it. Prints the size, and the time and peak RSS
 * of `stig-gate compare --current FILE --format json` (which reads the evidence) and of
 * `stig-gate compare` on the untouched sample, from GNU time.
 *
 * ITEMS (default 1,000,000) sets the count; the file is written to bench/out/ and removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { OUT_DIR, TEMPLATE } from './generate.mjs';

const ITEMS = Number(process.env.ITEMS ?? 1_000_000);
const CLI = join(OUT_DIR, '..', '..', 'dist', 'cli.js');
const FIRST_ID = 9_000_000;

const TEST = '<test test_id="oval:org.OpenSsl:tst:1" version="1" check="all" result="false"/>';
const OBJECT = '<object id="oval:org.OpenSsl:obj:1" version="1" flag="does not exist"/>';
/** The end of oval0's collected objects: the first in the file. */
const OBJECTS_END = '</collected_objects>';

/**
 * Writes `count` lines made by `line(i)` in chunks of about 1 MiB.
 * @param {number} fd
 * @param {number} count
 * @param {(i: number) => string} line
 */
function writeLines(fd, count, line) {
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += line(i);
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
}

function item(i) {
  const id = FIRST_ID + i;
  return (
    `<unix-sys:file_item id="${id}" status="exists"><unix-sys:filepath>/etc/ssl/x-${i}-fipsmodule.cnf</unix-sys:filepath>` +
    `<unix-sys:path>/etc/ssl</unix-sys:path><unix-sys:filename>x-${i}-fipsmodule.cnf</unix-sys:filename>` +
    `<unix-sys:type>regular</unix-sys:type><unix-sys:user_id datatype="int">${i === ITEMS - 1 ? 1000 : 0}</unix-sys:user_id></unix-sys:file_item>\n`
  );
}

function write(path) {
  const template = readFileSync(TEMPLATE, 'utf8');
  const at = [TEST, OBJECT, OBJECTS_END].map((needle) => template.indexOf(needle));
  if (at.some((i) => i === -1) || !(at[0] < at[1] && at[1] < at[2]))
    throw new Error(`${TEMPLATE}: not the expected template (oval0's test, object and collected objects)`);
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, template.slice(0, at[0]));
    writeSync(fd, TEST.replace('/>', '>\n'));
    writeLines(
      fd,
      ITEMS,
      (i) => `<tested_item item_id="${FIRST_ID + i}" result="${i === ITEMS - 1 ? 'false' : 'true'}"/>\n`,
    );
    writeSync(fd, '</test>');
    writeSync(fd, template.slice(at[0] + TEST.length, at[1]));
    writeSync(fd, OBJECT.replace('does not exist"/>', 'complete">\n'));
    writeLines(fd, ITEMS, (i) => `<reference item_ref="${FIRST_ID + i}"/>\n`);
    writeSync(fd, '</object>');
    writeSync(fd, template.slice(at[1] + OBJECT.length, at[2] + OBJECTS_END.length));
    writeSync(fd, '\n<system_data>\n');
    writeLines(fd, ITEMS, item);
    writeSync(fd, '</system_data>');
    writeSync(fd, template.slice(at[2] + OBJECTS_END.length));
  } finally {
    closeSync(fd);
  }
}

/** Seconds and peak RSS (MB) of `node CLI args`, and its stdout. */
function measure(args) {
  const out = join(OUT_DIR, 'oval-evidence-bench.time');
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', out, process.execPath, CLI, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  if (run.status !== 2) throw new Error(`compare exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
  const [seconds, user, system, kib] = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .pop()
    .split(' ')
    .map(Number);
  rmSync(out, { force: true });
  return { seconds, cpu: user + system, rssMb: kib / 1024, stdout: run.stdout };
}

mkdirSync(OUT_DIR, { recursive: true });
const file = join(OUT_DIR, `evidence-heavy-${ITEMS}.xml`);
try {
  write(file);
  const bytes = statSync(file).size;
  const sample = measure(['compare', '--current', TEMPLATE, '--format', 'json']);
  const heavy = measure(['compare', '--current', file, '--format', 'json']);
  const rule = JSON.parse(heavy.stdout).newFailures.find((r) => r.stigId === 'SV-203739');
  const test = rule.evidence.tests.find((t) => t.id === 'oval:org.OpenSsl:tst:1');
  console.log(
    `heavy ARF: ${(bytes / 2 ** 20).toFixed(0)} MiB, ${ITEMS.toLocaleString('en')} items on one deciding test`,
  );
  console.log('file      seconds  CPU s  peak RSS MB');
  for (const [name, m] of [
    ['sample', sample],
    ['heavy', heavy],
  ])
    console.log(
      `${name.padEnd(8)}  ${m.seconds.toFixed(2).padStart(7)}  ${m.cpu.toFixed(2).padStart(5)}  ${m.rssMb.toFixed(1).padStart(11)}`,
    );
  console.log(
    `tst:1 evidence: ${test.items.length} items listed, ${test.itemsOmitted} omitted; messages ${JSON.stringify(test.messages)}`,
  );
  const culprit = `/etc/ssl/x-${ITEMS - 1}-fipsmodule.cnf`;
  const named = test.items[0]?.fields.find((f) => f.name === 'filepath')?.value;
  console.log(
    `the failing item (${culprit}, the last of ${ITEMS.toLocaleString('en')}): ${named === culprit ? 'named first' : `NOT named (first listed: ${named})`}; summary: ${rule.evidence.summary.slice(0, 160)}`,
  );
} finally {
  rmSync(file, { force: true });
}
