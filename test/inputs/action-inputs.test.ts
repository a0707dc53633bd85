import { afterEach, describe, expect, it, vi } from 'vitest';
import { getInputs, INPUT_NAMES, type ActionInputs } from '../../src/inputs/action-inputs.js';
import { parseBaselineSource } from '../../src/inputs/baseline-source.js';
import { ConfigurationError } from '../../src/errors.js';

/** A reader over a plain record, as the runner's INPUT_* variables would give them. */
function reader(values: Record<string, string>) {
  const read: string[] = [];
  const fn = (name: string) => {
    read.push(name);
    return values[name] ?? '';
  };
  return Object.assign(fn, { read });
}

const minimal = { image: 'ghcr.io/o/app:1', 'github-token': 't0ken' };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('getInputs', () => {
  it('applies the defaults when only the image is given', () => {
    const inputs = getInputs(reader(minimal));
    expect(inputs).toEqual<ActionInputs>({
      image: 'ghcr.io/o/app:1',
      scannerImage: 'cgr.dev/chainguard/openscap:latest-dev',
      scanMode: 'auto',
      rootfsMaxMb: 8192,
      scannerPidsLimit: 1024,
      scannerCpuShares: 512,
      uploadRawReports: false,
      rootfsExtractAll: false,
      pull: 'missing',
      profile: 'xccdf_basic_profile_.check',
      datastream: undefined,
      tailoringFile: undefined,
      scanTimeoutMinutes: 30,
      results: undefined,
      baseline: { kind: 'none' },
      waivers: undefined,
      inheritedFromHost: false,
      failOn: 'new',
      severityThreshold: 'low',
      comment: 'on-failure',
      artifactName: undefined,
      retentionDays: undefined,
      outputDir: undefined,
      evidence: ['cklb', 'ckl', 'poam-csv', 'oscal-ar', 'oscal-poam', 'hdf', 'manifest'],
      registry: undefined,
      githubToken: 't0ken',
      images: [],
      parallel: undefined,
      merge: false,
      mergePattern: 'stig-gate-*',
    });
  });

  it.each([
    ['none', []],
    ['cklb, hdf', ['cklb', 'hdf']],
  ])("evidence '%s'", (text, want) => {
    expect(getInputs(reader({ ...minimal, evidence: text })).evidence).toEqual(want);
  });

  it('a bad evidence format names the input and the choices', () => {
    expect(() => getInputs(reader({ ...minimal, evidence: 'pdf' }))).toThrow(
      "Input 'evidence' must be 'all', 'none' or a list of cklb, ckl, poam-csv, oscal-ar, oscal-poam, hdf, manifest; got 'pdf'",
    );
  });

  it('reads every input exactly once, whatever is set', () => {
    const read = reader(minimal);
    getInputs(read);
    expect(read.read).toEqual([...INPUT_NAMES]);
  });

  it('parses every input that is set', () => {
    const inputs = getInputs(
      reader({
        ...minimal,
        'scanner-image': '127.0.0.1:5000/s/openscap:latest',
        'scan-mode': 'image',
        pull: 'always',
        profile: 'xccdf_other',
        datastream: 'content/ds.xml',
        'tailoring-file': 'content/tailoring.xml',
        'scan-timeout-minutes': '2.5',
        'rootfs-max-mb': '512',
        'rootfs-extract-all': 'true',
        results: 'scan/results.xml',
        baseline: 'artifact:stig-main',
        waivers: 'security/waivers.yml',
        'inherited-from-host': 'True',
        'fail-on': 'any',
        'severity-threshold': 'high',
        comment: 'always',
        'artifact-name': 'stig-app',
        'retention-days': '7',
        'output-dir': 'out/stig',
        registry: 'ghcr.io',
        'registry-username': 'bot',
        'registry-password': 'hunter2',
      }),
    );
    expect(inputs).toMatchObject({
      scannerImage: '127.0.0.1:5000/s/openscap:latest',
      scanMode: 'image',
      pull: 'always',
      profile: 'xccdf_other',
      datastream: 'content/ds.xml',
      tailoringFile: 'content/tailoring.xml',
      scanTimeoutMinutes: 2.5,
      rootfsMaxMb: 512,
      rootfsExtractAll: true,
      results: 'scan/results.xml',
      baseline: { kind: 'artifact', name: 'stig-main' },
      waivers: 'security/waivers.yml',
      inheritedFromHost: true,
      failOn: 'any',
      severityThreshold: 'high',
      comment: 'always',
      artifactName: 'stig-app',
      retentionDays: 7,
      outputDir: 'out/stig',
      registry: { server: 'ghcr.io', username: 'bot', password: 'hunter2' },
    });
  });

  it('masks the token before anything can print it: a personal access token is not masked for us', () => {
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      writes.push(String(chunk));
      return true;
    });
    getInputs(reader({ ...minimal, 'github-token': 'ghp_personalaccesstoken' }));
    expect(writes.join('')).toContain('::add-mask::ghp_personalaccesstoken');
  });

  it('masks each line of a multi-line registry password (a JSON key) as well as the whole', () => {
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      writes.push(String(chunk));
      return true;
    });
    const key = '{\n  "private_key": "-----BEGIN PRIVATE KEY-----MIIEvQIB",\n  "client_id": "1234567890"\n}';
    getInputs(
      reader({ ...minimal, registry: 'gcr.io', 'registry-username': '_json_key', 'registry-password': key }),
    );
    expect(writes.join('')).toContain('::add-mask::"private_key": "-----BEGIN PRIVATE KEY-----MIIEvQIB",');
    expect(writes.join('')).toContain('::add-mask::"client_id": "1234567890"');
  });

  it('masks the registry password before anything can print it', () => {
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      writes.push(String(chunk));
      return true;
    });
    getInputs(
      reader({
        ...minimal,
        registry: 'r.example',
        'registry-username': 'u',
        'registry-password': 's3cr3t-pw',
      }),
    );
    expect(writes.join('')).toContain('::add-mask::s3cr3t-pw');
  });

  // Each bad value names the input and what it accepts.
  it.each([
    [1, { image: '' }, /Input 'image' is required/],
    [
      2,
      { 'scan-mode': 'vm' },
      /Input 'scan-mode' must be one of auto, mount, rootfs, container, image; got 'vm'/,
    ],
    [3, { 'fail-on': 'all' }, /Input 'fail-on' must be one of new, any, none; got 'all'/],
    [4, { 'severity-threshold': 'critical' }, /Input 'severity-threshold' must be one of low, medium, high/],
    [5, { comment: 'yes' }, /Input 'comment' must be one of always, on-failure, never; got 'yes'/],
    [6, { 'inherited-from-host': 'yes' }, /Input 'inherited-from-host' must be true or false; got 'yes'/],
    [
      7,
      { 'scan-timeout-minutes': '0' },
      /Input 'scan-timeout-minutes' must be a positive number up to 7200; got '0'/,
    ],
    [
      7.5,
      { 'scan-timeout-minutes': '40000' },
      /Input 'scan-timeout-minutes' must be a positive number up to 7200; got '40000'/,
    ],
    [8, { 'scan-timeout-minutes': '10m' }, /Input 'scan-timeout-minutes' must be a positive number/],
    [8.5, { 'rootfs-max-mb': '1.5' }, /Input 'rootfs-max-mb' must be a positive whole number; got '1.5'/],
    [
      9,
      { 'retention-days': '91' },
      /Input 'retention-days' must be a whole number of days from 1 to 90; got '91'/,
    ],
    [10, { 'retention-days': '1.5' }, /Input 'retention-days' must be a whole number/],
    [11, { 'artifact-name': 'a/b' }, /Input 'artifact-name' may not contain/],
    [12, { registry: 'ghcr.io' }, /'registry-username' and 'registry-password' are empty/],
    [13, { registry: 'ghcr.io', 'registry-username': 'u' }, /'registry-password' is empty/],
    [14, { 'registry-password': 'p' }, /'registry' and 'registry-username' are empty/],
    [15, { baseline: 'image:' }, /Input 'baseline' is 'image:' with nothing after it/],
    [
      16,
      { pull: 'if-not-present' },
      /Input 'pull' must be one of always, missing, never; got 'if-not-present'/,
    ],
  ])('%i: %o is refused', (_n, values, message) => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true); // add-mask lines
    const attempt = () => getInputs(reader({ ...minimal, ...values }));
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(message);
  });

  it('reads INPUT_* variables through @actions/core by default', () => {
    const saved = { ...process.env };
    try {
      process.env['INPUT_IMAGE'] = '  ghcr.io/o/app:2  ';
      process.env['INPUT_SCAN-MODE'] = 'image';
      const inputs = getInputs();
      expect(inputs.image).toBe('ghcr.io/o/app:2');
      expect(inputs.scanMode).toBe('image');
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    }
  });
});

describe('parseBaselineSource', () => {
  it.each([
    [1, '', { kind: 'none' }],
    [2, 'none', { kind: 'none' }],
    [3, 'artifact', { kind: 'artifact' }],
    [4, 'artifact:stig-main', { kind: 'artifact', name: 'stig-main' }],
    [5, 'image:ghcr.io/o/app:latest', { kind: 'image', image: 'ghcr.io/o/app:latest' }],
    [6, 'file:baselines/app.xml', { kind: 'file', path: 'baselines/app.xml' }],
    [7, '.stig-gate/baseline.xml', { kind: 'file', path: '.stig-gate/baseline.xml' }],
    [8, 'dir/a:b.xml', { kind: 'file', path: 'dir/a:b.xml' }],
    [9, '  artifact  ', { kind: 'artifact' }],
    [10, 'artifact || image:app:base', { kind: 'artifact', otherwise: { kind: 'image', image: 'app:base' } }],
    [
      11,
      'artifact:main-scan||baselines/app.xml',
      { kind: 'artifact', name: 'main-scan', otherwise: { kind: 'file', path: 'baselines/app.xml' } },
    ],
  ])('%i: %j', (_n, value, expected) => {
    expect(parseBaselineSource(value)).toEqual(expected);
  });

  it.each(['artifact:', 'image:', 'file:  '])('%j is refused with the accepted forms', (value) => {
    expect(() => parseBaselineSource(value)).toThrow(/it accepts a results file path/);
  });

  it.each(['image:a || image:b', 'artifact || artifact:x', 'artifact ||', 'artifact || a.xml || b.xml'])(
    "%j: '||' only between an artifact and a file or image",
    (value) => {
      expect(() => parseBaselineSource(value)).toThrow(/'\|\|' goes between 'artifact'/);
    },
  );
});

describe('the disk input', () => {
  it('names the disk as a target path, which the scan takes as a disk (see diskPathOf)', () => {
    expect(getInputs(reader({ disk: 'output/golden.qcow2', 'github-token': 't' })).image).toBe(
      './output/golden.qcow2',
    );
    expect(getInputs(reader({ disk: '/tmp/golden.raw', 'github-token': 't' })).image).toBe('/tmp/golden.raw');
  });

  it('is refused beside image', () => {
    expect(() => getInputs(reader({ ...minimal, disk: 'a.qcow2' }))).toThrow(
      /Inputs 'image' and 'disk' cannot both be set/,
    );
  });
});
