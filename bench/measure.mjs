/**
 * Measuring one command the way the benches report it: wall-clock seconds around the process, CPU time and
 * the child's own peak RSS from GNU time (`%M`, from wait4's rusage).
 */
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { BenchError } from './generate.mjs';

export const GNU_TIME = '/usr/bin/time';

/**
 * Runs `command args` under GNU time and returns its wall-clock seconds, CPU seconds, peak RSS in bytes
 * and stdout.
 * @param {string} command
 * @param {string[]} args
 * @param {string} scratch a directory for time's output file
 * @param {{ okCodes?: number[] }} [options] exit codes that are not a failure (default: 0)
 */
export function measure(command, args, scratch, { okCodes = [0] } = {}) {
  const rssFile = join(scratch, 'maxrss');
  const started = performance.now();
  const child = spawnSync(GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.error) throw new BenchError(`${command} could not be started: ${child.error.message}`);
  if (!okCodes.includes(child.status ?? -1)) {
    throw new BenchError(
      `${command} ${args.join(' ')} exited ${child.status}:\n${child.stderr.slice(0, 2000)}`,
    );
  }
  const [kib, user, system] = (readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '')
    .split(' ')
    .map(Number);
  if (!(kib > 0) || !(user >= 0) || !(system >= 0))
    throw new BenchError(`GNU time wrote no peak RSS to ${rssFile}`);
  return {
    seconds,
    cpuSeconds: user + system,
    rssBytes: kib * 1024,
    stdout: child.stdout,
    stderr: child.stderr,
  };
}

/** Reads the file once so that every timed run finds it in the page cache. */
export function warmPageCache(path) {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(8 * 1024 * 1024);
  try {
    while (readSync(fd, buffer, 0, buffer.length, null) > 0);
  } finally {
    closeSync(fd);
  }
}

export function readLoad() {
  return existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').trim() : loadavg().join(' ');
}
