/** The `images` input and repeated `--image`: one image per line, optionally `= <baseline>`. */
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { getInputs } from '../../src/inputs/action-inputs.js';
import { baselineForEntry, parseImageEntries } from '../../src/inputs/image-list.js';

describe('parseImageEntries', () => {
  it.each([
    [1, ['a:1'], [{ image: 'a:1' }]],
    [2, ['  a:1  ', '', '# a comment', 'b:2'], [{ image: 'a:1' }, { image: 'b:2' }]],
    [3, ['a:pr = image:a:latest'], [{ image: 'a:pr', baseline: { kind: 'image', image: 'a:latest' } }]],
    [4, ['a:pr=artifact'], [{ image: 'a:pr', baseline: { kind: 'artifact' } }]],
    [5, ['a:pr = base/a.xml'], [{ image: 'a:pr', baseline: { kind: 'file', path: 'base/a.xml' } }]],
    [6, ['a:pr = file:x=y.xml'], [{ image: 'a:pr', baseline: { kind: 'file', path: 'x=y.xml' } }]],
    [7, ['ghcr.io/o/a@sha256:abc = none'], [{ image: 'ghcr.io/o/a@sha256:abc', baseline: { kind: 'none' } }]],
  ])('%i: %j', (_n, lines, expected) => {
    expect(parseImageEntries(lines, "Input 'images'")).toEqual(expected);
  });

  it.each([
    [1, ['a b'], /Input 'images' line 1 \('a b'\) is not '<image>' or '<image> = <baseline>'/],
    [2, ['a:1', '-x'], /line 2 \('-x'\) is not/],
    [3, ['a:1 ='], /line 1 \('a:1 ='\) has '=' and no baseline after it/],
    [4, ['a:1', 'b', 'a:1'], /line 3 \('a:1'\) repeats the image of line 1/],
    [5, ['a:1@sha256:00', 'a:1'], /repeats the image of line 1/],
    [6, ['a:1 = image:'], /line 1 \('a:1 = image:'\): the baseline is 'image:' with nothing after it/],
  ])('%i: %j is refused', (_n, lines, message) => {
    expect(() => parseImageEntries(lines, "Input 'images'")).toThrow(ConfigurationError);
    expect(() => parseImageEntries(lines, "Input 'images'")).toThrow(message);
  });
});

describe('baselineForEntry', () => {
  it("uses the image's own baseline, else the shared one", () => {
    expect(baselineForEntry({ image: 'a', baseline: { kind: 'none' } }, { kind: 'artifact' }, 2)).toEqual({
      kind: 'none',
    });
    expect(baselineForEntry({ image: 'a' }, { kind: 'artifact' }, 2)).toEqual({ kind: 'artifact' });
    expect(baselineForEntry({ image: 'a' }, { kind: 'image', image: 'b' }, 1)).toEqual({
      kind: 'image',
      image: 'b',
    });
  });

  it.each([
    [
      { kind: 'image', image: 'base:latest' },
      /Input 'baseline' is 'image:base:latest', one baseline for 3 images/,
    ],
    [{ kind: 'artifact', name: 'x' }, /Input 'baseline' is 'artifact:x', one baseline for 3 images/],
  ] as const)('one %j for a set is refused', (shared, message) => {
    expect(() => baselineForEntry({ image: 'a' }, shared, 3)).toThrow(message);
  });
});

describe('getInputs for a set', () => {
  const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('reads images, parallel, merge and merge-pattern', () => {
    const inputs = getInputs(reader({ images: 'a:1\nb:2 = image:b:1', parallel: '3' }));
    expect(inputs.image).toBe('');
    expect(inputs.images).toEqual([
      { image: 'a:1' },
      { image: 'b:2', baseline: { kind: 'image', image: 'b:1' } },
    ]);
    expect(inputs.parallel).toBe(3);
    expect(getInputs(reader({ merge: 'true', images: 'a:1', 'merge-pattern': 'stig-*' }))).toMatchObject({
      merge: true,
      mergePattern: 'stig-*',
    });
  });

  it.each([
    [1, { image: 'a', images: 'b' }, /Inputs 'image' and 'images' cannot both be set/],
    [2, { images: 'a\nb', results: 'r.xml' }, /Input 'results' names one image's results; with 'images'/],
    [3, { images: 'a\nb', 'artifact-name': 'x' }, /Input 'artifact-name' names one image's artifact/],
    [4, { merge: 'true' }, /Input 'merge' needs 'images': the images the matrix gates/],
    [
      5,
      { merge: 'true', images: 'a', baseline: 'artifact' },
      /Input 'baseline' does not apply with 'merge: true'/,
    ],
    [
      6,
      { images: 'a', parallel: '0' },
      /Input 'parallel' must be a whole number of scans at once, 1 or more; got '0'/,
    ],
    [7, { images: 'a', parallel: 'all' }, /Input 'parallel' must be a whole number/],
    [8, { merge: 'maybe', images: 'a' }, /Input 'merge' must be true or false; got 'maybe'/],
    [9, {}, /Input 'image' is required: .*or 'images', one per line/],
  ])('%i: %o is refused', (_n, values, message) => {
    expect(() => getInputs(reader(values))).toThrow(message);
  });
});
