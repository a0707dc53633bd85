/**
 * A pull request comment as github.com shows it, for tests that look at it: the body rendered by markdown-it
 * configured like GitHub's comments (CommonMark + GFM tables, raw HTML, links recognised, and a line break
 * in a paragraph kept as a break, as comments do), then what GitHub's sanitizer would keep checked, and a
 * page styled by github-comment.css for Chromium.
 */
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';

const markdownIt = new MarkdownIt({ html: true, linkify: true, breaks: true });

/** The comment body (marker comment included) as HTML, before GitHub's sanitizer. */
export function renderComment(body: string): string {
  return markdownIt.render(body);
}

/**
 * Tags GitHub's sanitizer keeps in a comment of ours, without attributes other than `href` on links and
 * `style="text-align"` on cells and a fence's language on `<code>`. Anything else in the HTML would be markup that came from somewhere
 * other than our renderer's own words.
 */
const ALLOWED_TAGS = new Set(
  'h2 h3 p strong em code pre table thead tbody tr th td details summary a sub blockquote ul ol li br hr'.split(
    ' ',
  ),
);

/** The tags in `html` that GitHub's sanitizer would not keep as they are (the marker comment aside). */
export function unsanitizedTags(html: string): string[] {
  return (html.match(/<[^>]*>/g) ?? []).filter((tag) => {
    if (tag.startsWith('<!--')) return false;
    const match = /^<\/?([a-z0-9]+)(\s[^>]*)?\/?>$/i.exec(tag);
    if (!match || !ALLOWED_TAGS.has(match[1]!.toLowerCase())) return true;
    const attributes = (match[2] ?? '').trim();
    if (attributes === '') return false;
    if (match[1] === 'a') return !/^href="https:\/\/[^"]*"$/.test(attributes);
    if (match[1] === 'code') return !/^class="language-[a-z]+"$/.test(attributes);
    return !/^style="text-align:(left|right|center)"$/.test(attributes);
  });
}

const CSS = readFileSync(new URL('./github-comment.css', import.meta.url), 'utf8');

/** A page showing `html` as one comment by a bot in a pull request's timeline. */
export function commentPage(html: string, author = 'github-actions'): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body>
<div class="timeline-item"><div class="avatar"></div><div class="comment">
<div class="comment-header"><strong>${author}</strong> <span>bot</span> commented</div>
<div class="markdown-body">${html}</div></div></div></body></html>`;
}
