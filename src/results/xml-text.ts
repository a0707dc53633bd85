/**
 * Turning XCCDF text (which may carry XHTML markup and character references) into plain, single-spaced
 * text. Entities are decoded here, by hand, because only the five XML entities and numeric references
 * exist in a DTD-free document; nothing else is ever expanded.
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
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Collapses runs of white space (titles in real files span indented lines) and trims. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Raw XML content (markup and all) to plain text: tags dropped, entities decoded, white space normalised. */
export function xmlToPlainText(raw: string): string {
  const withoutCdata = raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
  );
  // Block-level XHTML ends become spaces so words on either side do not run together.
  const withoutTags = withoutCdata.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' ');
  return normalizeWhitespace(decodeXmlEntities(withoutTags));
}
