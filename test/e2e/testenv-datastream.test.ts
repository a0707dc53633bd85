/**
 * Where the test environment's datastream comes from on a fresh clone with no ../shared beside it
 * (scripts/testenv/datastream.sh): STIG_GATE_DATASTREAM, else ../shared/scap/, else the pinned upstream file,
 * downloaded once with its sha256 checked. GitHub cannot be reached from this machine, so the download is
 * served by a loopback HTTP server laid out like raw.githubusercontent.com (<base>/<commit>/<path>), through
 * the script's STIG_GATE_DATASTREAM_BASE_URL; the real host's failure path is the same code with curl's
 * own error. The scripts run for real (bash, curl, sha256sum), copied into a clone-like tree.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASTREAM, REPO_ROOT } from '../support/paths.js';

const COMMIT = '94300ee5fcfbb6a4de7ea94a30f02ed39c9e628e';
const UPSTREAM_PATH = 'gpos/xml/scap/ssg/content/ssg-chainguard-gpos-ds.xml';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('the test environment datastream on a clone without ../shared', () => {
  let root: string;
  let clone: string;
  let server: Server;
  let base: string;
  /** What the server answers for the pinned path: the real file, other bytes, or a 404. */
  let serve: 'real' | 'tampered' | 'missing' = 'real';
  let requests = 0;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'stig-gate-ds-'));
    // <root>/clone/scripts/testenv/: REPO_ROOT is <root>/clone, and <root>/shared does not exist.
    clone = join(root, 'clone');
    await mkdir(join(clone, 'scripts/testenv'), { recursive: true });
    for (const file of ['lib.sh', 'datastream.sh'])
      await copyFile(join(REPO_ROOT, 'scripts/testenv', file), join(clone, 'scripts/testenv', file));
    const real = await readFile(DATASTREAM);
    server = createServer((request, response) => {
      requests++;
      if (serve === 'missing' || request.url !== `/chainguard-dev/stigs/${COMMIT}/${UPSTREAM_PATH}`) {
        response.writeHead(404).end('404: Not Found');
        return;
      }
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(serve === 'real' ? real : Buffer.concat([real, Buffer.from('<!-- changed -->\n')]));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/chainguard-dev/stigs`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  /** Sources the copied scripts and runs resolve_datastream, then prints what it chose. */
  function resolve(env: Record<string, string>): Promise<Run> {
    const script = `. ${clone}/scripts/testenv/lib.sh; . ${clone}/scripts/testenv/datastream.sh; resolve_datastream; printf '%s\\n' "$DATASTREAM"`;
    return new Promise((done, fail) => {
      const child = spawn('bash', ['--norc', '--noprofile', '-c', script], {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', STIG_GATE_CACHE: join(root, 'cache'), ...env },
      });
      let [stdout, stderr] = ['', ''];
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', fail);
      child.on('close', (code) => done({ code: code ?? -1, stdout: stdout.trim(), stderr }));
    });
  }

  it('uses STIG_GATE_DATASTREAM when it is set, and names a missing one clearly', async () => {
    const mine = join(root, 'my-ds.xml');
    await writeFile(mine, '<my datastream/>\n');
    const used = await resolve({ STIG_GATE_DATASTREAM: mine, STIG_GATE_DATASTREAM_BASE_URL: base });
    expect(used.code).toBe(0);
    expect(used.stdout).toBe(mine);
    expect(used.stderr).toContain('from STIG_GATE_DATASTREAM; sha256 ');

    const missing = await resolve({ STIG_GATE_DATASTREAM: join(root, 'nope.xml') });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`STIG_GATE_DATASTREAM=${join(root, 'nope.xml')} is not a readable file`);
    expect(requests).toBe(0);
  });

  it('without ../shared: a download that fails, or whose sha256 differs, stops with what was tried', async () => {
    serve = 'missing';
    const notFound = await resolve({ STIG_GATE_DATASTREAM_BASE_URL: base });
    expect(notFound.code).toBe(1);
    expect(notFound.stderr).toContain('no datastream: STIG_GATE_DATASTREAM is not set');
    expect(notFound.stderr).toContain(
      `${join(root, 'shared/scap/ssg-chainguard-gpos-ds.xml')} does not exist`,
    );
    expect(notFound.stderr).toContain(
      `${base}/${COMMIT}/${UPSTREAM_PATH} could not be used (download failed`,
    );
    expect(notFound.stderr).toContain('Set STIG_GATE_DATASTREAM');

    serve = 'tampered';
    const tampered = await resolve({ STIG_GATE_DATASTREAM_BASE_URL: base });
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/downloaded file has sha256 [0-9a-f]{64}, expected f4ff8b86/);
    // Nothing half-checked is kept for the next run.
    await expect(stat(join(root, 'cache/datastream'))).resolves.toBeDefined();
    const kept = await resolve({ STIG_GATE_DATASTREAM_BASE_URL: 'http://127.0.0.1:1/unreachable' });
    expect(kept.code).toBe(1);
    expect(kept.stderr).toContain('download failed');
  });

  it('without ../shared: downloads the pinned file once, checks it, and uses the cached copy after', async () => {
    serve = 'real';
    const first = await resolve({ STIG_GATE_DATASTREAM_BASE_URL: base });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('(downloaded, sha256 checked)');
    expect(first.stdout).toBe(join(root, 'cache/datastream/ssg-chainguard-gpos-ds-94300ee5fcfb.xml'));
    expect((await readFile(first.stdout)).equals(await readFile(DATASTREAM))).toBe(true);

    const before = requests;
    // The base URL now points nowhere: the cached, checked copy is used without a request.
    const second = await resolve({ STIG_GATE_DATASTREAM_BASE_URL: 'http://127.0.0.1:1/unreachable' });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toContain('(downloaded earlier, sha256 checked)');
    expect(requests).toBe(before);
  });

  it('prefers ../shared/scap beside the clone to a download', async () => {
    await mkdir(join(root, 'shared/scap'), { recursive: true });
    await copyFile(DATASTREAM, join(root, 'shared/scap/ssg-chainguard-gpos-ds.xml'));
    try {
      const run = await resolve({ STIG_GATE_DATASTREAM_BASE_URL: 'http://127.0.0.1:1/unreachable' });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe(join(root, 'shared/scap/ssg-chainguard-gpos-ds.xml'));
      expect(run.stderr).toContain('(../shared/scap beside the clone)');
    } finally {
      await rm(join(root, 'shared'), { recursive: true, force: true });
    }
  });
});
