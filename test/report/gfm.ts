/**
 * Rendering Markdown as GitHub would, for tests: markdown-it (CommonMark + GFM tables and strikethrough)
 * with raw HTML allowed and links recognised in text, which is at least as permissive as GitHub before
 * its sanitizer. Plus the patterns GitHub links after rendering (mentions, issue references, autolinks).
 */
import MarkdownIt from 'markdown-it';

const markdownIt = new MarkdownIt({ html: true, linkify: true });

export function renderGfm(markdown: string): string {
  return markdownIt.render(markdown);
}

/** Every tag in `html`, as written (`<td style="text-align:right">`, `</p>`). */
export function tags(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}

/** The text a reader sees: tags removed, entities decoded. Zero-width spaces are kept. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

/** What GitHub turns into links or notifications in rendered text (github.com's own filters and GFM autolinks). */
export const GITHUB_LINKED_PATTERNS: [string, RegExp][] = [
  ['@mention', /(?:^|[^\w`])@[a-z0-9]/i],
  ['issue reference', /#\d/],
  ['GH- reference', /\bGH-\d/i],
  ['URL autolink', /\b[a-z][a-z0-9+.-]*:\/\//i],
  ['protocol-relative URL', /(?:^|\s)\/\/[a-z0-9]/i],
  ['www autolink', /\bwww\./i],
  ['e-mail autolink', /[a-z0-9.+_-]@[a-z0-9-]+\.[a-z]/i],
];
