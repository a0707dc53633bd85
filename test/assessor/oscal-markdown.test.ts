/** OSCAL markup fields are Markdown: scan text is escaped so that it renders as written and runs nothing. */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markdown } from '../../src/assessor/oscal-common.js';

const md = new MarkdownIt({ html: true, linkify: false });
/** The text a CommonMark renderer shows, tags removed. */
const shown = (text: string) =>
  md
    .render(text)
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

describe('markdown() for OSCAL markup fields', () => {
  it.each([
    ['<script>alert(1)</script> & <b>x</b>'],
    ['# not a heading'],
    ['- not a list\n+ nor this\n1. nor this\n2) nor this'],
    ['> not a quote'],
    ['**not bold** _nor this_ `nor code` [not](a link) ![nor](an image) ~~nor~~ | a | b |'],
    ['back\\slash \\*'],
    ['==== not a setext underline'],
  ])('%j renders as written, with no HTML element from the text', (text) => {
    const rendered = md.render(markdown(text));
    expect(rendered).not.toMatch(/<(script|b|h1|ul|ol|li|blockquote|strong|em|code|a|img|s|table)\b/);
    expect(shown(markdown(text)).replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('is never empty (OSCAL requires text)', () => {
    expect(markdown('   ')).toBe('\\-');
  });
});
