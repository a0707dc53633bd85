import { describe, expect, it } from 'vitest';
import { parseImageInfo, recordedDigest, repositoryOf, type ImageInfo } from '../../src/scan/images.js';

describe('repositoryOf', () => {
  it.each([
    ['alpine', 'alpine'],
    ['alpine:3.20', 'alpine'],
    ['127.0.0.1:5000/stig-gate/target:clean', '127.0.0.1:5000/stig-gate/target'],
    ['127.0.0.1:5000/stig-gate/target', '127.0.0.1:5000/stig-gate/target'],
    ['ghcr.io/a/b:1@sha256:0123', 'ghcr.io/a/b'],
    ['localhost:5000/app@sha256:0123', 'localhost:5000/app'],
  ])('%s → %s', (reference, repository) => {
    expect(repositoryOf(reference)).toBe(repository);
  });
});

describe('recordedDigest', () => {
  const info: ImageInfo = {
    id: 'sha256:' + 'a'.repeat(64),
    repoTags: [],
    repoDigests: ['mirror.local/app@sha256:' + 'b'.repeat(64), 'ghcr.io/acme/app@sha256:' + 'c'.repeat(64)],
  };
  it('prefers the digest of the repository that was named', () => {
    expect(recordedDigest('ghcr.io/acme/app:1', info)).toBe('ghcr.io/acme/app@sha256:' + 'c'.repeat(64));
  });
  it('falls back to any registry digest, then to the local image id', () => {
    expect(recordedDigest('other/app:1', info)).toBe('mirror.local/app@sha256:' + 'b'.repeat(64));
    expect(recordedDigest('built:local', { ...info, repoDigests: [] })).toBe(info.id);
  });
});

describe('parseImageInfo', () => {
  it("reads docker's one-line JSON, null arrays as empty", () => {
    const line = '{"id":"sha256:abc","repoTags":null,"repoDigests":["r@sha256:1"]}\n';
    expect(parseImageInfo(line)).toEqual({ id: 'sha256:abc', repoTags: [], repoDigests: ['r@sha256:1'] });
  });
  it('refuses output without an image id', () => {
    expect(() => parseImageInfo('{"id":"","repoTags":[],"repoDigests":[]}')).toThrow(/gave no image id/);
  });
});
