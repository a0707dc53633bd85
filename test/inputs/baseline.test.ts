import { describe, expect, it } from 'vitest';
import { resolveBaseline, type BaselineFetchers } from '../../src/inputs/baseline.js';
import { ScanError } from '../../src/scan/scan-error.js';

/** Fetchers that record what they were asked and answer as told. */
function fetchers(answers: Partial<BaselineFetchers> = {}) {
  const asked: string[] = [];
  const fetch: BaselineFetchers = {
    isFile: async (path) => (asked.push(`isFile ${path}`), answers.isFile ? answers.isFile(path) : true),
    scanImage: async (image) => (
      asked.push(`scan ${image}`),
      answers.scanImage ? answers.scanImage(image) : `/out/${image}.xml`
    ),
    isImageMissing: (error) => error instanceof ScanError && error.step === 'pull target',
    fetchArtifact: async (name) => (
      asked.push(`artifact ${name}`),
      answers.fetchArtifact
        ? answers.fetchArtifact(name)
        : { path: `/dl/${name}/results.xml`, runUrl: `https://github.example/o/r/actions/runs/7` }
    ),
  };
  return { fetch, asked };
}

describe('resolveBaseline', () => {
  it('none: no baseline, no warning, nothing asked', async () => {
    const { fetch, asked } = fetchers();
    expect(await resolveBaseline({ kind: 'none' }, 'art', fetch)).toEqual({ path: undefined });
    expect(asked).toEqual([]);
  });

  it('file: the file when it exists; a mistyped path is an error naming the input, as in the CLI', async () => {
    expect(await resolveBaseline({ kind: 'file', path: 'b.xml' }, 'art', fetchers().fetch)).toEqual({
      path: 'b.xml',
      description: 'file b.xml',
    });
    await expect(
      resolveBaseline({ kind: 'file', path: 'b.xml' }, 'art', fetchers({ isFile: async () => false }).fetch),
    ).rejects.toThrow(/^Input 'baseline': the results file 'b.xml' does not exist/);
  });

  it('artifact || image: the artifact when it exists, the image (scanned) only while it does not', async () => {
    const source = { kind: 'artifact', otherwise: { kind: 'image', image: 'app:base' } } as const;
    const found = fetchers();
    expect(await resolveBaseline(source, 'a', found.fetch)).toEqual({
      path: '/dl/a/results.xml',
      description: 'artifact a from the default branch',
      runUrl: 'https://github.example/o/r/actions/runs/7',
    });
    expect(found.asked).toEqual(['artifact a']);
    const first = fetchers({
      fetchArtifact: async () => ({ notFound: 'no successful run of stig.yml on main yet' }),
    });
    expect(await resolveBaseline(source, 'a', first.fetch)).toEqual({
      path: '/out/app:base.xml',
      description:
        'image app:base, scanned in this run, as no artifact a exists yet (no successful run of stig.yml on main yet)',
    });
    expect(first.asked).toEqual(['artifact a', 'scan app:base']);
  });

  it("artifact: this run's artifact name by default, or the named one", async () => {
    const { fetch, asked } = fetchers();
    expect((await resolveBaseline({ kind: 'artifact' }, 'stig-gate-app', fetch)).path).toBe(
      '/dl/stig-gate-app/results.xml',
    );
    expect((await resolveBaseline({ kind: 'artifact', name: 'other' }, 'stig-gate-app', fetch)).path).toBe(
      '/dl/other/results.xml',
    );
    expect(asked).toEqual(['artifact stig-gate-app', 'artifact other']);
  });

  it('artifact not found: a warning that says why and that every failure is new', async () => {
    const { fetch } = fetchers({
      fetchArtifact: async () => ({ notFound: 'no successful run of stig.yml on main yet' }),
    });
    const resolved = await resolveBaseline({ kind: 'artifact' }, 'a', fetch);
    expect(resolved.path).toBeUndefined();
    expect('warning' in resolved && resolved.warning).toBe(
      "No baseline artifact 'a' was found (no successful run of stig.yml on main yet), so every failure counts as new. This is expected until this workflow has run successfully on the default branch.",
    );
  });

  it('artifact found but broken: the error propagates', async () => {
    const { fetch } = fetchers({
      fetchArtifact: async () => Promise.reject(new Error('holds no results.xml')),
    });
    await expect(resolveBaseline({ kind: 'artifact' }, 'a', fetch)).rejects.toThrow('holds no results.xml');
  });

  it('image: scanned; a pull failure is a warning, any other scan failure an error', async () => {
    expect(await resolveBaseline({ kind: 'image', image: 'app:1' }, 'a', fetchers().fetch)).toEqual({
      path: '/out/app:1.xml',
      description: 'image app:1, scanned in this run',
    });
    const pull = fetchers({
      scanImage: async () => Promise.reject(new ScanError('pull target', 'manifest unknown')),
    });
    const missing = await resolveBaseline({ kind: 'image', image: 'app:1' }, 'a', pull.fetch);
    expect(missing).toEqual({
      path: undefined,
      warning:
        "Baseline image 'app:1' could not be pulled (pull target failed: manifest unknown), so every failure counts as new.",
    });
    const broken = fetchers({
      scanImage: async () => Promise.reject(new ScanError('run scanner', 'oscap exit 1')),
    });
    await expect(resolveBaseline({ kind: 'image', image: 'app:1' }, 'a', broken.fetch)).rejects.toThrow(
      'run scanner failed',
    );
  });
});
