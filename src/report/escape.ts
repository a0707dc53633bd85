/**
 * Making untrusted text (anything from a results file or a waivers file) inert in GitHub Markdown: no
 * Markdown or HTML takes effect, and nothing GitHub links after rendering (URLs, `www.`, e-mail addresses,
 * `@mentions`, `#123` and `owner/repo#123` references) is recognised. The text still reads the same.
 */

/** Zero-width space: invisible, but breaks the patterns GitHub autolinks. */
const BREAK = '\u200b';

/**
 * Punctuation with a meaning inside a line of GFM: escapes, code spans, emphasis, links and images (`[`),
 * table cells, strikethrough and math. `<` and `&` become entities. Block syntax (`#`, `-`, `1.`, `>`)
 * only works at the start of a line, where escaped text is never put.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g;

/**
 * Escapes `text` for use inside a line of Markdown after other text (a table cell, a list item, a heading):
 * one line, with HTML's
 * special characters as entities, Markdown's punctuation backslash-escaped and autolink/mention/reference
 * patterns broken by zero-width spaces. Never put the result inside raw HTML: backslash escapes do not
 * apply there (use {@link escapeHtml}).
 */
export function escapeMarkdown(text: string): string {
  // Backslashes first, so that the entities' own `&`, `#` and `;` stay unescaped.
  return breakAutolinks(oneLine(text))
    .replace(MARKDOWN_PUNCTUATION, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, `${BREAK}@${BREAK}`);
}

/** Escapes `text` for HTML element content or a quoted attribute (e.g. `<summary>`), one line. */
export function escapeHtml(text: string): string {
  return breakAutolinks(oneLine(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/@/g, `${BREAK}@${BREAK}`);
}

/**
 * One line of plain text: whitespace, line breaks and control characters (terminal escape sequences
 * included) collapsed to single spaces. For terminals and logs; the Markdown escapes build on it.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return visibleBidi(text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim());
}

/**
 * Unicode's bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) shown as
 * `[U+202E]`: left in, they reorder what follows them on screen, so that text from a scan could make a
 * report read other than it is ("Trojan Source"). Marks that affect one character (U+200E, U+200F) stay.
 */
export function visibleBidi(text: string): string {
  return text.replace(
    /[\u202a-\u202e\u2066-\u2069]/g,
    (control) => `[U+${control.charCodeAt(0).toString(16).toUpperCase()}]`,
  );
}

/**
 * Breaks what GitHub links in rendered text: `scheme://` (and `//host`), `www.`, `#123` (also `GH-123`
 * and `owner/repo#123`). `@` is broken on both sides where it is escaped, after entity escaping: after
 * it for `@mentions`, before it for e-mail addresses.
 */
function breakAutolinks(text: string): string {
  return text
    .replace(/\/(?=\/)/g, `/${BREAK}`)
    .replace(/\b(www)\./gi, `$1${BREAK}.`)
    .replace(/#(?=\d)/g, `#${BREAK}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${BREAK}`)
    .replace(/\b(mailto|javascript|data|vbscript):/gi, `$1${BREAK}:`);
}

/** Cuts `text` to at most `max` characters (ending with an ellipsis), before it is escaped. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${Array.from(text.slice(0, max)).slice(0, -1).join('')}…`;
}
