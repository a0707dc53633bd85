/**
 * Decoding XML text by hand: without a DTD only the five predefined entities and numeric character
 * references exist, so nothing else is ever expanded.
 */

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

/** Decodes the predefined XML entities and numeric character references; leaves anything else as written. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    switch (name) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!(code > 0 && code <= 0x10ffff)) return whole;
    // A reference to a character XML does not allow (a C0 control, a lone surrogate, U+FFFE) is read as
    // U+FFFD, as every writer of the reports would have to: a lone surrogate is no Unicode text at all.
    return isXmlChar(code) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** XML 1.0's `Char`: tab, line feed, carriage return, and U+0020 up, less the surrogates, U+FFFE and U+FFFF. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Collapses runs of white space (titles in real files span indented lines) and trims. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
