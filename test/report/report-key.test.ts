import { describe, expect, it } from 'vitest';
import {
  ARTIFACT_NAME_FORBIDDEN,
  commentMarker,
  defaultArtifactName,
  imageKey,
  setCommentMarker,
  setJobOf,
} from '../../src/report/report-key.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('imageKey', () => {
  it.each([
    [1, 'ghcr.io/o/app:1', 'ghcr.io/o/app:1'],
    [2, `ghcr.io/o/app:1@${DIGEST}`, 'ghcr.io/o/app:1'],
    [3, `ghcr.io/o/app@${DIGEST}`, 'ghcr.io/o/app'],
    [4, '127.0.0.1:5000/stig-gate/target:clean', '127.0.0.1:5000/stig-gate/target:clean'],
  ])('%i: %s → %s', (_n, image, key) => {
    expect(imageKey(image)).toBe(key);
  });
});

describe('commentMarker', () => {
  it('is the documented hidden comment', () => {
    expect(commentMarker('ghcr.io/o/app:1', 'xccdf_basic_profile_.check')).toBe(
      '<!-- stig-gate:ghcr.io/o/app%3A1:xccdf_basic_profile_.check -->',
    );
  });

  it('keeps image and profile apart: a colon inside either is encoded', () => {
    expect(commentMarker('app:1', 'p')).not.toBe(commentMarker('app', '1:p'));
  });

  it('is the same for every build of one tag', () => {
    expect(commentMarker(`ghcr.io/o/app:1@${DIGEST}`, 'p')).toBe(commentMarker('ghcr.io/o/app:1', 'p'));
  });

  it.each([
    [1, 'a--b', 'p'],
    [2, 'a---b', 'p'],
    [3, 'a', 'p-->x'],
    [4, 'a>b<c', 'p q'],
    [5, 'a-', '-p'],
  ])('%i: never ends early or holds "--" (%s, %s)', (_n, image, profile) => {
    const marker = commentMarker(image, profile);
    const inner = marker.slice('<!--'.length, -'-->'.length);
    expect(inner).not.toContain('--');
    expect(inner).not.toMatch(/[<>]/);
    expect(marker.startsWith('<!-- stig-gate:')).toBe(true);
    expect(marker.endsWith(' -->')).toBe(true);
  });

  it('keeps different inputs apart after escaping', () => {
    expect(commentMarker('a--b', 'p')).not.toBe(commentMarker('a-b', 'p'));
    expect(commentMarker('a b', 'p')).not.toBe(commentMarker('a_b', 'p'));
  });
});

describe('setCommentMarker', () => {
  const job = setJobOf('octo-org/octo-repo/.github/workflows/stig.yml@refs/pull/7/merge', 'images');

  it('names the profile and the job that posts it', () => {
    expect(job).toEqual({ workflow: '.github/workflows/stig.yml', id: 'images' });
    expect(setCommentMarker('xccdf_basic_profile_.check', job)).toBe(
      '<!-- stig-gate-set:xccdf_basic_profile_.check:.github/workflows/stig.yml:images -->',
    );
  });

  it('is the same for every run and pull request of one job', () => {
    const other = setJobOf('octo-org/octo-repo/.github/workflows/stig.yml@refs/heads/main', 'images');
    expect(setCommentMarker('p', other)).toBe(setCommentMarker('p', job));
  });

  it('keeps two jobs apart, in one workflow or two', () => {
    const markers = [
      setCommentMarker('p', job),
      setCommentMarker('p', { ...job!, id: 'base-images' }),
      setCommentMarker('p', { workflow: '.github/workflows/release.yml', id: 'images' }),
      setCommentMarker('p'),
    ];
    expect(new Set(markers).size).toBe(markers.length);
    // No marker starts another: a comment is found by the marker it starts with.
    for (const a of markers) for (const b of markers) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });

  it("is the profile's alone without a job, and stays one well-formed comment", () => {
    expect(setJobOf(undefined, 'images')).toBeUndefined();
    expect(setJobOf('o/r/.github/workflows/a.yml@main', undefined)).toBeUndefined();
    expect(setCommentMarker('p')).toBe('<!-- stig-gate-set:p -->');
    const marker = setCommentMarker('p', { workflow: 'a-->b.yml', id: 'x--y z' });
    expect(marker.slice('<!--'.length, -'-->'.length)).not.toMatch(/--|[<>]/);
  });
});

describe('defaultArtifactName', () => {
  it.each([
    [
      1,
      'ghcr.io/o/app:1',
      'xccdf_basic_profile_.check',
      'stig-gate-ghcr.io_o_app_1-xccdf_basic_profile_.check',
    ],
    [2, `ghcr.io/o/app:1@${DIGEST}`, 'p', 'stig-gate-ghcr.io_o_app_1-p'],
    [3, '127.0.0.1:5000/stig-gate/target:clean', 'p', 'stig-gate-127.0.0.1_5000_stig-gate_target_clean-p'],
  ])('%i: %s + %s → %s', (_n, image, profile, name) => {
    expect(defaultArtifactName(image, profile)).toBe(name);
    expect(name).not.toMatch(ARTIFACT_NAME_FORBIDDEN);
  });

  it('differs for each image of a matrix and each profile', () => {
    const names = new Set(
      ['ghcr.io/o/a:1', 'ghcr.io/o/a:2', 'ghcr.io/o/b:1', 'docker.io/library/a:1'].flatMap((image) =>
        ['p1', 'p2'].map((profile) => defaultArtifactName(image, profile)),
      ),
    );
    expect(names.size).toBe(8);
  });

  it('cuts a long name to 200 characters and keeps it unique with a hash', () => {
    const long = `ghcr.io/o/${'x'.repeat(300)}`;
    const a = defaultArtifactName(`${long}:1`, 'p');
    const b = defaultArtifactName(`${long}:2`, 'p');
    expect(a).toHaveLength(200);
    expect(b).toHaveLength(200);
    expect(a).not.toBe(b);
    expect(a).toMatch(/-[0-9a-f]{12}$/);
  });
});
