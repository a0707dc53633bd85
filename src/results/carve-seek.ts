/**
 * Passing over the items of OVAL results by a native search (carve.ts): a file search collects a million
 * items, and the evidence wants a handful of them, the last one as likely as the first. Instead of reading
 * each item's start tag, the carver searches the bytes for the quoted ids it wants and for the list's end
 * tag, and resumes reading at the nearest one: the items in between are passed over unread, as any subtree
 * nobody reads is.
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const QUOT = 0x22;
const APOS = 0x27;

/** Where the next wanted child or the list's end tag starts; or, when neither is in the buffer yet, where to keep the buffer from. */
export type Sought = { found: number } | { keepFrom: number };

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** The first `</list` end tag at or after `from` (its name ending there); -1 when none is complete in `buf`. */
function listEndAt(buf: Buffer, from: number, listEnd: Buffer): number {
  for (let at = from; ;) {
    const found = buf.indexOf(listEnd, at);
    if (found === -1) return -1;
    const after = buf[found + listEnd.length];
    if (after === undefined) return -1;
    if (after === GT || isSpace(after)) return found;
    at = found + 1;
  }
}

/**
 * Whether the `<` at `lt` starts the start tag holding the hit at `hit` as the value of its `idName`
 * attribute. A start tag cut off by the end of the buffer counts (the carver reads it whole once it has
 * come, and passes it over if it is not wanted): XML text holds no raw `<`, so a `<` with no `>` before
 * the hit can only be a tag's.
 */
function startsTagWithId(
  buf: Buffer,
  lt: number,
  hit: number,
  idName: string,
  id: string,
  attribute: (tag: string, name: string) => string | undefined,
): boolean {
  const next = buf[lt + 1];
  if (next === SLASH || next === BANG || next === QUESTION) return false;
  const gt = buf.indexOf(GT, lt);
  if (gt === -1) return true;
  if (gt < hit) return false;
  let tag = buf.toString('utf8', lt + 1, gt);
  if (tag.endsWith('/')) tag = tag.slice(0, -1);
  return attribute(tag, idName) === id;
}

/** The first hit of `id` quoted (`"id"` or `'id'`) in `buf` from `from`; -1 when none. */
function quotedAt(buf: Buffer, from: number, id: string): number {
  for (let at = from; ;) {
    const hit = buf.indexOf(id, at, 'utf8');
    if (hit === -1) return -1;
    const before = buf[hit - 1];
    const after = buf[hit + Buffer.byteLength(id)];
    if ((before === QUOT || before === APOS) && after === before) return hit - 1;
    at = hit + 1;
  }
}

/**
 * The nearest start tag, at or after `from`, of a child whose `idName` attribute is one of `wanted`, or the
 * list's end tag (`listEnd`, `</system_data`), whichever comes first. `attribute` reads a start tag's
 * attribute (the carver's own).
 */
export function seekWanted(
  buf: Buffer,
  from: number,
  wanted: ReadonlySet<string>,
  listEnd: Buffer,
  idName: string,
  attribute: (tag: string, name: string) => string | undefined,
): Sought {
  let best = -1;
  let longest = listEnd.length + 1;
  for (const id of wanted) {
    longest = Math.max(longest, Buffer.byteLength(id) + 2);
    for (let at = from; ;) {
      const hit = quotedAt(buf, at, id);
      if (hit === -1 || (best !== -1 && hit >= best)) break;
      const lt = buf.lastIndexOf(LT, hit);
      if (lt >= from && startsTagWithId(buf, lt, hit, idName, id, attribute)) {
        best = lt;
        break;
      }
      at = hit + 2;
    }
  }
  // The list's end, searched for only before the nearest wanted child.
  const end = listEndAt(best === -1 ? buf : buf.subarray(0, best), from, listEnd);
  if (end !== -1) return { found: end };
  if (best !== -1) return { found: best };
  // Keep what may still begin a match: an open start tag at the end, or a needle cut in two.
  const lastLt = buf.lastIndexOf(LT);
  if (lastLt >= from && buf.indexOf(GT, lastLt) === -1) return { keepFrom: lastLt };
  return { keepFrom: Math.max(from, buf.length - longest + 1) };
}
