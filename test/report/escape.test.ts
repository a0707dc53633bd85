import { describe, expect, it } from 'vitest';
import { clip, escapeHtml, escapeMarkdown, oneLine } from '../../src/report/escape.js';

const Z = '\u200b';

describe('escapeMarkdown', () => {
  it.each<[number, string, string]>([
    [1, 'plain words stay as they are, 1.2 (x) - y', 'plain words stay as they are, 1.2 (x) - y'],
    [2, '*a* _b_ `c` ~d~ [e] |f| $g$ \\', '\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\[e\\] \\|f\\| \\$g\\$ \\\\'],
    [3, '<b>&amp;</b>', '&lt;b&gt;&amp;amp;&lt;/b&gt;'],
    [4, 'a\n\nb\t c', 'a b c'],
    [5, '@octocat', `${Z}@${Z}octocat`],
    [6, 'a@b.example', `a${Z}@${Z}b.example`],
    [7, '#12 and x/y#3 and GH-4', `#${Z}12 and x/y#${Z}3 and GH-${Z}4`],
    [8, 'https://x.example www.x.example', `https:/${Z}/x.example www${Z}.x.example`],
    [9, 'javascript:alert(1)', `javascript${Z}:alert(1)`],
    [10, '#heading # not a number', '#heading # not a number'],
  ])('%i. %j', (_n, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML characters and breaks mentions', () => {
    expect(escapeHtml(`<a href="x">'&'</a> @me`)).toBe(
      `&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; ${Z}@${Z}me`,
    );
  });
});

describe('oneLine and clip', () => {
  it('removes terminal control sequences and line breaks', () => {
    expect(oneLine('red\u001b[31m text\r\nnext\u2028line\u0007')).toBe('red [31m text next line');
  });

  it('shows bidirectional controls instead of letting them reorder what follows', () => {
    const spoofed = 'pass \u202Eliaf\u202C and \u2066x\u2069';
    expect(oneLine(spoofed)).toBe('pass [U+202E]liaf[U+202C] and [U+2066]x[U+2069]');
    expect(escapeMarkdown(spoofed)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    // Marks that affect one character, common in right-to-left text, are left as they are.
    expect(oneLine('a\u200fb')).toBe('a\u200fb');
  });

  it('clips to at most the given length with an ellipsis, without splitting a surrogate pair', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
    const clipped = clip('ab😀😀😀', 4);
    expect(clipped.length).toBeLessThanOrEqual(4);
    expect(clipped).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
