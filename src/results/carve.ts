/**
 * Streams a results file and cuts out only the parts the gate reads: the XCCDF Benchmark's header, its
 * Rules and the TestResults. ARF files carry tens to hundreds of MB of OVAL results, of which only the few
 * parts an {@link OvalSink} asks for (the failing rules' evidence) are carved; the rest, and every subtree
 * nobody reads, is skipped with a native byte search and never decoded. Memory stays bounded by the
 * carved parts plus one read buffer, whatever the file's size.
 *
 * This is a tokenizer, not a parser: it tracks elements and namespaces just enough to know where each part
 * begins and ends, and checks that the document is complete. The carved fragments are parsed afterwards by
 * fast-xml-parser (see xccdf.ts and xml-fragment.ts), which checks the inside of each: the carver only
 * finds end tags. Of a Rule it keeps what the model reads of every rule (title, idents, checks), carves its
 * prose and references apart (parsed when read, or when they may name an SRG) and cuts out the rest
 * (fixes, warnings, …) unread. DTDs are refused outright, so no entity is ever declared, let alone
 * expanded.
 */

import {
  childBucket,
  startTagAttribute,
  OVAL_CHILDREN_KEPT,
  OVAL_DEFINITION_LISTS,
  OVAL_ELIDED_CHILDREN,
  OVAL_PART_MAX_BYTES,
  OVAL_SYSTEM_LISTS,
  type CarvedTestResult,
  type OvalSection,
  type OvalSink,
} from './carve-oval.js';

import { seekWanted } from './carve-seek.js';

export type { CarvedTestResult, OvalSection, OvalSink } from './carve-oval.js';

export const XCCDF_1_2_NS = 'http://checklists.nist.gov/xccdf/1.2';
export const XCCDF_1_1_NS = 'http://checklists.nist.gov/xccdf/1.1';
export const ARF_NS = 'http://scap.nist.gov/schema/asset-reporting-format/1.1';
export const DATA_STREAM_NS = 'http://scap.nist.gov/schema/scap/source/1.2';

const XCCDF_NAMESPACES = new Set([XCCDF_1_2_NS, XCCDF_1_1_NS]);

/** Subtrees that are large and hold nothing the gate reads. They never nest within themselves. */
const SKIPPED_SUBTREES = new Set(['oval_results', 'oval_definitions', 'oval_system_characteristics', 'ocil']);

/**
 * Carved elements passed over with a native search for their end tag; they never nest within themselves.
 * A Profile is hundreds of selections, and only the one the TestResult names is parsed (xccdf.ts).
 */
const SKIPPED_CAPTURES = new Set(['TestResult', 'Profile']);

/**
 * Children of a Rule kept in its carved XML: what the model reads of every rule-result's Rule. Their
 * insides are passed over with a native search for their end tag (none nests within itself).
 */
const RULE_CHILDREN_KEPT = new Set(['title', 'version', 'ident', 'check']);

/**
 * Children of a Rule carved apart, each as its own XML, and parsed only when a report reads them: most of
 * a benchmark's text, and only reports about failing rules show it.
 */
const RULE_PROSE = new Set(['description', 'rationale', 'fixtext']);
/**
 * References are carved apart too: real benchmarks give a Rule dozens (CIS, NIST, ISO, PCI, … each one
 * element), most of a Rule's bytes, and the model reads only SRG, CCI and SP 800-53 ids from them. Only
 * those that can name one are kept (see {@link mayNameAnId}); the others are dropped as soon as their end
 * tag is found, never decoded.
 */
const RULE_REFERENCE = 'reference';

/**
 * What the XML of a reference that can name an SRG, a CCI or an SP 800-53 control holds: the id's own
 * text (`SRG-`, `CCI-`), SP 800-53 in its href (SSG's references to NIST's publication), or markup that
 * may hide either in its text (an entity or character reference, a comment or CDATA). A reference with
 * none of them cannot name one.
 */
const ID_MARKER = /SRG-|CCI-|800-53|&|<!/;

function mayNameAnId(xml: Buffer): boolean {
  // The markers are ASCII: found alike in the bytes read as Latin-1, which costs no UTF-8 decoding.
  return ID_MARKER.test(xml.toString('latin1'));
}

// Every other child of a Rule (fix scripts, warnings, platforms, requires, OCIL questions, …) is cut out
// of the carved Rule unread: nothing in the model comes from it.

/** Children of Benchmark kept for the header (`plain-text` holds DISA's `release-info`). */
const BENCHMARK_HEADER = new Set(['title', 'version', 'plain-text', 'Profile']);

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const QUOT = 0x22;
const APOS = 0x27;

/**
 * A Rule: its start tag, the children the model reads ({@link RULE_CHILDREN_KEPT}) and its end tag, as
 * XML; its prose apart; the ids of the Groups around it, outermost first.
 */
export interface CarvedRule {
  xml: string;
  groupIds: string[];
  /**
   * The title of the innermost Group around it, as XML (`<title>SRG-OS-000480-GPOS-00227</title>` in
   * DISA's benchmarks, where STIG Viewer's Group_Title comes from); absent when that Group has none.
   */
  groupTitle?: string;
  /** Each description, rationale and fixtext child, in document order. */
  prose: CarvedProse[];
  /** Each reference child that can name an SRG, CCI or SP 800-53 control, as XML, in document order. */
  references: string[];
}

/** One prose child of a Rule, as XML, with what is known of it without parsing it. */
export interface CarvedProse {
  /** Local name: `description`, `rationale` or `fixtext`. */
  name: string;
  /** Its `xml:lang` (or `lang`) attribute, as written. */
  lang?: string;
  /** The element, start tag to end tag. */
  xml: string;
  /** True when it has nothing but white space inside (or is self-closing): no prose. */
  empty: boolean;
  /**
   * Its text when there is no markup and no reference inside (no `<`, no `&`): character data that is
   * its own plain text, with nothing to parse. Absent otherwise.
   */
  plain?: string;
}

export interface CarvedDocument {
  root: { name: string; namespace: string | undefined };
  /** The Benchmark's namespace (XCCDF 1.1 or 1.2), when there is a Benchmark. */
  benchmarkNamespace?: string;
  /** The Benchmark's start tag, e.g. `<Benchmark id="…" …>`. */
  benchmarkStartTag?: string;
  /** Benchmark children title, version and Profile, as XML. */
  benchmarkHeader: string[];
  rules: CarvedRule[];
  /** Each TestResult element, as XML, in document order; with the namespace it was found in. */
  testResults: CarvedTestResult[];
}

/** Raised for input that is not complete, well-formed, DTD-free XML. The reader adds the file name. */
export class CarveError extends Error {
  override readonly name = 'CarveError';
}

interface OpenElement {
  name: string;
  /** The namespace declarations in scope: this element's own, if any, then its ancestors'. */
  scope?: NamespaceScope;
  /** What this element is, for the parts we carve. */
  role?: 'benchmark' | 'group' | 'capture' | 'prose' | 'cut' | 'ovalResults' | 'ovalArea';
  /** For a list in OVAL results that is being read: what its children are. */
  ovalSection?: OvalSection;
}

/**
 * Namespace declarations made on one element, linked to those of the nearest ancestor that made any: a
 * prefix is resolved by walking the few elements that declare namespaces, not every open element (a
 * benchmark's references are a dozen levels deep, and there are tens of thousands of them).
 */
interface NamespaceScope {
  declarations: Map<string, string>;
  parent: NamespaceScope | undefined;
}

/** A prose child of a carved Rule, being cut out of it. */
interface ProseCapture {
  name: string;
  lang: string | undefined;
  startTagLength: number;
  parts: Buffer[];
  from: number;
}

interface Capture {
  kind: 'rule' | 'testResult' | 'header' | 'groupTitle' | 'oval';
  /**
   * For an OVAL part: where it was, its id, and its per-item children seen and left out so far, by bucket
   * (see OVAL_ELIDED_CHILDREN).
   */
  oval?: { section: OvalSection; id: string; seen: Map<string, number>; elided: Map<string, number> };
  /** Bytes saved in `parts` (an OVAL part over OVAL_PART_MAX_BYTES is dropped). */
  saved: number;
  depth: number;
  parts: Buffer[];
  /**
   * Offset in the current buffer where the not-yet-saved part of the capture starts; -1 while a child
   * that is cut out of a Rule is being passed over.
   */
  from: number;
  namespace: string;
  /** A Rule's prose children, carved apart. */
  prose: CarvedProse[];
  /** A Rule's references, carved apart. */
  references: string[];
  /** The prose child or reference being carved apart. */
  proseCapture?: ProseCapture;
}

export interface CarveOptions {
  /** false: pass over the Rules as over OVAL (none is carved), when only the results are wanted. */
  rules?: boolean;
  /** Reads the parts of the ARF's OVAL results this sink wants (default: none, all passed over). */
  oval?: OvalSink;
}

/**
 * Reads chunks of a document and returns its carved parts. Throws {@link CarveError} for anything that is
 * not a complete XML document (empty, truncated, a DTD, text outside the root, unbalanced tags).
 * A chunk's bytes must stay as they are until the next chunk has been pushed: the carver keeps a view of
 * the latest chunk, not a copy (two read buffers taken in turns are fine).
 */
export async function carveDocument(
  chunks: AsyncIterable<Uint8Array>,
  options: CarveOptions = {},
): Promise<CarvedDocument> {
  const carver = new Carver(options.rules ?? true, options.oval);
  for await (const chunk of chunks) carver.push(chunk);
  return carver.end();
}

class Carver {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  /** Bytes consumed before `buf[0]`, for error positions. */
  private offset = 0;
  private started = false;
  private rootClosed = false;
  private readonly stack: OpenElement[] = [];
  private readonly groupIds: string[] = [];
  /** Each open Group's first title, as XML (parallel to groupIds). */
  private readonly groupTitles: (string | undefined)[] = [];
  private readonly needles = new Map<string, Buffer>();
  private capture: Capture | undefined;
  /** While skipping a subtree: the end tag to look for. */
  private skipUntil: Buffer | undefined;
  private root: CarvedDocument['root'] | undefined;
  private readonly result: Omit<CarvedDocument, 'root'> = { benchmarkHeader: [], rules: [], testResults: [] };

  /** The id of the ARF report being read, for the OVAL sink. */
  private reportId: string | undefined;
  /** Inside an `<oval_results>` the sink reads; and inside its `oval_definitions` or `results/system`. */
  private readingOval = false;
  private ovalArea: 'definitions' | 'system' | undefined;

  constructor(
    private readonly keepRules: boolean,
    private readonly oval: OvalSink | undefined,
  ) {}

  push(chunk: Uint8Array): void {
    if (!this.started) {
      this.started = chunk.length > 0;
      chunk = stripBom(chunk);
    }
    this.saveCapture();
    const rest = this.buf.subarray(this.pos);
    this.offset += this.pos;
    // A view, not a copy (see carveDocument): copying every chunk cost time and memory per byte.
    const incoming = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (rest.length === 0) {
      this.buf = incoming;
    } else if (this.skipUntil && !this.capture && !endTagStraddles(rest, incoming, this.skipUntil)) {
      // Skipping OVAL: the kept tail matters only if the end tag starts in it, so the chunk is not copied
      // behind it.
      this.offset += rest.length;
      this.buf = incoming;
    } else {
      this.buf = Buffer.concat([rest, incoming]);
    }
    this.pos = 0;
    if (this.capture) {
      if (this.capture.from !== -1) this.capture.from = 0;
      if (this.capture.proseCapture) this.capture.proseCapture.from = 0;
    }
    this.scan(false);
  }

  end(): CarvedDocument {
    this.scan(true);
    if (!this.root)
      throw new CarveError(this.offset + this.pos === 0 ? 'the file is empty' : 'no XML element found');
    if (this.stack.length > 0) {
      const open = this.stack.map((e) => e.name).join(' > ');
      throw new CarveError(
        `the file is truncated: it ends inside <${open}> (after ${this.offset + this.pos} bytes)`,
      );
    }
    return { root: this.root, ...this.result };
  }

  /** Moves the captured bytes seen so far out of the buffer that is about to be dropped. */
  private saveCapture(): void {
    const capture = this.capture;
    if (!capture) return;
    // While a child cut out of a Rule is passed over (from === -1) nothing of the Rule is saved or counted.
    if (capture.from !== -1 && this.pos > capture.from) {
      capture.saved += this.pos - capture.from;
      if (capture.oval && capture.saved > OVAL_PART_MAX_BYTES) {
        // Too large to keep: the rest is passed over as before (by its end tag) or tokenized as any OVAL
        // results, and the sink is told it was dropped.
        this.capture = undefined;
        this.oval?.take(capture.oval.section, capture.oval.id, undefined, capture.oval.elided);
        return;
      }
      capture.parts.push(Buffer.from(this.buf.subarray(capture.from, this.pos)));
      capture.from = this.pos;
    }
    const prose = capture.proseCapture;
    if (prose && this.pos > prose.from) {
      prose.parts.push(Buffer.from(this.buf.subarray(prose.from, this.pos)));
      prose.from = this.pos;
    }
  }

  private scan(atEnd: boolean): void {
    const buf = this.buf;
    while (this.pos < buf.length) {
      if (this.skipUntil) {
        if (!this.skip(atEnd)) return;
        continue;
      }
      if (this.seekable()) {
        const sought = seekWanted(
          buf,
          this.pos,
          this.oval!.wantedIds!('item'),
          this.endTagNeedle(this.stack[this.stack.length - 1]!.name),
          'id',
          startTagAttribute,
        );
        if ('keepFrom' in sought) {
          if (atEnd) throw this.truncated(false);
          this.pos = sought.keepFrom;
          return;
        }
        this.pos = sought.found;
      }
      const lt = buf.indexOf(LT, this.pos);
      const textEnd = lt === -1 ? buf.length : lt;
      if (this.stack.length === 0 && textEnd > this.pos) this.checkOutsideText(this.pos, textEnd);
      if (lt === -1) {
        this.pos = buf.length;
        return;
      }
      this.pos = lt;
      const consumed = this.markup(atEnd);
      if (consumed === 0) {
        if (atEnd) throw this.truncated();
        return;
      }
      this.pos += consumed;
    }
  }

  /**
   * Between the items of OVAL results, with a few of them wanted: they are sought by a native search
   * (carve-seek.ts) rather than read one by one.
   */
  private seekable(): boolean {
    if (this.capture || !this.readingOval || this.oval?.wantedIds === undefined) return false;
    if (this.stack[this.stack.length - 1]?.ovalSection !== 'item') return false;
    return this.oval.wantedIds('item').size > 0;
  }

  private truncated(inTag = true): CarveError {
    const where = this.stack.length ? ` inside <${this.stack.map((e) => e.name).join(' > ')}>` : '';
    return new CarveError(
      `the file is truncated: it ends${inTag ? ' in the middle of a tag' : ''}${where} (after ${this.offset + this.buf.length} bytes)`,
    );
  }

  private checkOutsideText(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = this.buf[i];
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
        throw new CarveError(
          this.rootClosed
            ? `text after the document's root element at byte ${this.offset + i}`
            : `this is not XML: text before the first element at byte ${this.offset + i}`,
        );
      }
    }
  }

  /** Handles the markup at `pos`; returns its length, or 0 when the buffer ends before it does. */
  private markup(atEnd: boolean): number {
    const buf = this.buf;
    const at = this.pos;
    if (at + 1 >= buf.length) return 0;
    const next = buf[at + 1];
    if (next === BANG) return this.declaration(atEnd);
    if (next === QUESTION) {
      const end = buf.indexOf('?>', at + 2, 'latin1');
      return end === -1 ? 0 : end + 2 - at;
    }
    const end = findTagEnd(buf, at + 1);
    if (end === -1) return 0;
    if (next === SLASH) this.endTag(buf.toString('utf8', at + 2, end).trim(), end);
    else this.startTag(buf.toString('utf8', at + 1, end), at, end);
    return end + 1 - at;
  }

  private declaration(atEnd: boolean): number {
    const buf = this.buf;
    const at = this.pos;
    if (buf.length - at < 9 && !atEnd) return 0;
    const head = buf.toString('latin1', at, at + 9);
    if (head.startsWith('<!--')) {
      const end = buf.indexOf('-->', at + 4, 'latin1');
      return end === -1 ? 0 : end + 3 - at;
    }
    if (head === '<![CDATA[') {
      if (this.stack.length === 0) throw new CarveError('CDATA outside the root element');
      const end = buf.indexOf(']]>', at + 9, 'latin1');
      return end === -1 ? 0 : end + 3 - at;
    }
    if (head.toUpperCase() === '<!DOCTYPE') {
      const doctype = buf
        .toString('latin1', at + 9, Math.min(buf.length, at + 40))
        .trim()
        .toLowerCase();
      if (doctype.startsWith('html')) throw htmlError();
      throw new CarveError(
        'the file has a DOCTYPE declaration; OpenSCAP never writes one, and stig-gate refuses DTDs so that no ' +
          'entity is expanded and nothing external is fetched (XML bomb / XXE protection)',
      );
    }
    throw new CarveError(`unexpected markup '${head}' at byte ${this.offset + at}`);
  }

  private startTag(tag: string, at: number, end: number): void {
    if (this.rootClosed)
      throw new CarveError(`a second root element <${tagName(tag)}> at byte ${this.offset + at}`);
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = tagName(body);
    const element: OpenElement = { name, scope: this.stack[this.stack.length - 1]?.scope };
    const declarations = body.includes('xmlns') ? namespaceDeclarations(body) : undefined;
    if (declarations) element.scope = { declarations, parent: element.scope };
    const local = localName(name);
    // Resolved only where it matters: not for the millions of elements inside OVAL results.
    const namespace = () => resolve(name, element.scope);

    if (!this.root) {
      this.root = { name: local, namespace: namespace() };
      if (local.toLowerCase() === 'html') throw htmlError();
    }

    if (this.capture) {
      // Inside a carved part only depth matters, but for the children of a Rule (kept, carved apart or cut
      // out) and the per-item children of an OVAL part (counted past the first few).
      const capture = this.capture;
      if (this.stack.length === capture.depth + 1) {
        const part = capture.oval;
        if (capture.kind === 'rule') {
          this.ruleChild(element, local, namespace(), body, at, end, selfClosing);
        } else if (part && selfClosing) {
          const perItem = OVAL_ELIDED_CHILDREN[part.section];
          if (perItem?.name === local) {
            const bucket = childBucket(perItem.bucketBy, body);
            const seen = (part.seen.get(bucket) ?? 0) + 1;
            part.seen.set(bucket, seen);
            if (seen > OVAL_CHILDREN_KEPT) {
              this.elide(at, end, bucket);
              return;
            }
          }
        }
      }
    } else if (this.readingOval) {
      if (!this.ovalStart(local, body, at, element, selfClosing)) return;
    } else if (
      local === 'oval_results' &&
      this.oval &&
      !selfClosing &&
      this.oval.openReport(this.reportId, this.result.testResults)
    ) {
      element.role = 'ovalResults';
      this.readingOval = true;
    } else {
      const uri = namespace();
      if ((SKIPPED_SUBTREES.has(local) || this.passesOver(local, uri)) && !selfClosing) {
        // Jump straight to the end tag; the element stays open on the stack until it is seen.
        this.skipUntil = this.endTagNeedle(name);
      } else if (uri !== undefined && XCCDF_NAMESPACES.has(uri)) {
        this.xccdfStart(local, body, at, element, uri);
      } else if (local === 'report' && uri === ARF_NS) {
        this.reportId = attribute(body, 'id');
      }
    }

    if (selfClosing) {
      this.closeElement(element, end);
    } else {
      this.stack.push(element);
      // A carved TestResult is kept whole and parsed afterwards (xml-fragment.ts checks its inside), so the
      // bytes up to its end tag need no tokenizing here; so is a wanted OVAL part, but for one whose
      // per-item children are counted (OVAL_ELIDED_CHILDREN). A Rule's children are sorted (see ruleChild).
      const part = this.capture?.oval;
      const tokenized = part !== undefined && OVAL_ELIDED_CHILDREN[part.section] !== undefined;
      if (element.role === 'capture' && (SKIPPED_CAPTURES.has(local) || (part && !tokenized))) {
        this.skipUntil = this.endTagNeedle(name);
      }
    }
  }

  /**
   * A child of a carved Rule: kept in the Rule's XML, carved apart as prose, or cut out. Either way its
   * inside is passed over with a native search for its end tag.
   */
  private ruleChild(
    element: OpenElement,
    local: string,
    namespace: string | undefined,
    body: string,
    at: number,
    end: number,
    selfClosing: boolean,
  ): void {
    const capture = this.capture!;
    const xccdf = namespace !== undefined && XCCDF_NAMESPACES.has(namespace);
    if (!selfClosing) this.skipUntil = this.endTagNeedle(element.name);
    if (xccdf && RULE_CHILDREN_KEPT.has(local)) return;
    // Cut out of the Rule's XML from its start tag on; closeElement resumes after its end tag.
    // The indentation before it goes too: a Rule's content is elements only, and a benchmark's Rules are
    // dozens of indented lines of references and fixes that the parser would read character by character.
    let keptEnd = at;
    while (keptEnd > capture.from && isSpace(this.buf[keptEnd - 1]!)) keptEnd--;
    // A copy: the read buffer is reused once the next chunk arrives.
    if (keptEnd > capture.from) {
      capture.parts.push(Buffer.from(this.buf.subarray(capture.from, keptEnd)));
      capture.saved += keptEnd - capture.from;
    }
    capture.from = -1;
    if (xccdf && (RULE_PROSE.has(local) || local === RULE_REFERENCE)) {
      element.role = 'prose';
      const lang =
        local === RULE_REFERENCE ? undefined : (attribute(body, 'xml:lang') ?? attribute(body, 'lang'));
      capture.proseCapture = { name: local, lang, startTagLength: end + 1 - at, parts: [], from: at };
    } else {
      element.role = 'cut';
    }
  }

  /** Leaves the self-closing child at `at`…`end` out of the OVAL part being carved, counting it in `bucket`. */
  private elide(at: number, end: number, bucket: string): void {
    const capture = this.capture!;
    // Between two left-out children there is only white space, which is not kept either: a million
    // small parts would cost more than the children.
    if (!isWhiteSpace(this.buf, capture.from, at)) {
      capture.parts.push(Buffer.from(this.buf.subarray(capture.from, at)));
      capture.saved += at - capture.from;
    }
    capture.from = end + 1;
    const elided = capture.oval!.elided;
    elided.set(bucket, (elided.get(bucket) ?? 0) + 1);
  }

  /**
   * A start tag inside OVAL results being read: a list's child is carved when the sink wants it and passed
   * over otherwise. Returns false when the element is not to be pushed (the rest of its list is skipped).
   */
  private ovalStart(
    local: string,
    tag: string,
    at: number,
    element: OpenElement,
    selfClosing: boolean,
  ): boolean {
    const sink = this.oval!;
    const parent = this.stack[this.stack.length - 1];
    const section = parent?.ovalSection;
    if (section !== undefined) {
      if (sink.satisfied(section)) {
        // Nothing more wanted here: skip to the list's end tag; this child is never pushed.
        this.skipUntil = this.endTagNeedle(parent!.name);
        return false;
      }
      const idName =
        section === 'testResult' ? 'test_id' : section === 'definitionResult' ? 'definition_id' : 'id';
      // A million items in a list is usual: the id is read without a regular expression.
      const id = startTagAttribute(tag, idName);
      if (id !== undefined && sink.wants(section, id)) {
        element.role = 'capture';
        this.capture = {
          kind: 'oval',
          oval: { section, id, seen: new Map(), elided: new Map() },
          saved: 0,
          depth: this.stack.length,
          parts: [],
          from: at,
          namespace: '',
          prose: [],
          references: [],
        };
      } else if (!selfClosing) {
        this.skipUntil = this.endTagNeedle(element.name);
      }
      return true;
    }
    if (local === 'oval_definitions' || local === 'system') {
      element.role = 'ovalArea';
      this.ovalArea = local === 'system' ? 'system' : 'definitions';
    } else if (this.ovalArea !== undefined && !selfClosing) {
      const lists = this.ovalArea === 'system' ? OVAL_SYSTEM_LISTS : OVAL_DEFINITION_LISTS;
      const listed = Object.hasOwn(lists, local) ? lists[local] : undefined;
      if (listed !== undefined) element.ovalSection = listed;
      else if (local !== 'oval_system_characteristics') this.skipUntil = this.endTagNeedle(element.name);
    }
    return true;
  }

  /** `</name` as bytes, made once per name: a benchmark's Rules have tens of thousands of children. */
  private endTagNeedle(name: string): Buffer {
    let needle = this.needles.get(name);
    if (needle === undefined) {
      needle = Buffer.from(`</${name}`, 'utf8');
      this.needles.set(name, needle);
    }
    return needle;
  }

  /** A Rule, when its metadata is not wanted. */
  private passesOver(local: string, namespace: string | undefined): boolean {
    return !this.keepRules && local === 'Rule' && namespace !== undefined && XCCDF_NAMESPACES.has(namespace);
  }

  private xccdfStart(local: string, tag: string, at: number, element: OpenElement, namespace: string): void {
    const parent = this.stack[this.stack.length - 1];
    if (local === 'Benchmark') {
      element.role = 'benchmark';
      this.result.benchmarkNamespace ??= namespace;
      this.result.benchmarkStartTag ??= `<${tag}>`;
    } else if (local === 'Group') {
      element.role = 'group';
      this.groupIds.push(attribute(tag, 'id') ?? '');
      this.groupTitles.push(undefined);
    } else if (
      local === 'Rule' ||
      local === 'TestResult' ||
      (parent?.role === 'benchmark' && BENCHMARK_HEADER.has(local)) ||
      (parent?.role === 'group' && local === 'title' && this.groupTitles.at(-1) === undefined)
    ) {
      element.role = 'capture';
      const kind =
        local === 'Rule'
          ? 'rule'
          : local === 'TestResult'
            ? 'testResult'
            : local === 'title' && parent?.role === 'group'
              ? 'groupTitle'
              : 'header';
      this.capture = {
        kind,
        saved: 0,
        depth: this.stack.length,
        parts: [],
        from: at,
        namespace,
        prose: [],
        references: [],
      };
    }
  }

  private endTag(name: string, end: number): void {
    const element = this.stack.pop();
    if (!element) throw new CarveError(`an end tag </${name}> with no element open`);
    if (element.name !== name) {
      throw new CarveError(
        `mismatched tags: <${element.name}> is closed by </${name}> near byte ${this.offset + this.pos}`,
      );
    }
    this.closeElement(element, end);
  }

  private closeElement(element: OpenElement, tagEnd: number): void {
    if (this.stack.length === 0) this.rootClosed = true;
    if (element.role === 'group') {
      this.groupIds.pop();
      this.groupTitles.pop();
    }
    if (element.role === 'ovalArea') this.ovalArea = undefined;
    if (element.role === 'ovalResults') {
      this.readingOval = false;
      this.oval?.closeReport();
    }
    const capture = this.capture;
    if ((element.role === 'prose' || element.role === 'cut') && capture) {
      const prose = capture.proseCapture;
      if (prose) {
        prose.parts.push(this.buf.subarray(prose.from, tagEnd + 1));
        capture.proseCapture = undefined;
        capture.from = tagEnd + 1;
        const bytes = prose.parts.length === 1 ? prose.parts[0]! : Buffer.concat(prose.parts);
        if (prose.name === RULE_REFERENCE) {
          if (mayNameAnId(bytes)) capture.references.push(bytes.toString('utf8'));
          return;
        }
        const xml = bytes.toString('utf8');
        const inside = xml.slice(
          prose.startTagLength,
          xml.endsWith('/>') ? undefined : xml.lastIndexOf('</'),
        );
        const carved: CarvedProse = {
          name: prose.name,
          xml,
          empty: xml.endsWith('/>') || inside.trim() === '',
        };
        if (prose.lang !== undefined) carved.lang = prose.lang;
        if (!carved.empty && !/[<&]/.test(inside)) carved.plain = inside;
        capture.prose.push(carved);
      }
      capture.from = tagEnd + 1;
      return;
    }
    if (element.role !== 'capture' || !capture || capture.depth !== this.stack.length) return;
    capture.parts.push(this.buf.subarray(capture.from, tagEnd + 1));
    const xml = Buffer.concat(capture.parts).toString('utf8');
    this.capture = undefined;
    if (capture.oval) {
      this.oval?.take(capture.oval.section, capture.oval.id, xml, capture.oval.elided);
    } else if (capture.kind === 'rule') {
      const { prose, references } = capture;
      const rule: CarvedRule = { xml, groupIds: this.groupIds.filter(Boolean), prose, references };
      const groupTitle = this.groupTitles.at(-1);
      if (groupTitle !== undefined) rule.groupTitle = groupTitle;
      this.result.rules.push(rule);
    } else if (capture.kind === 'groupTitle') {
      this.groupTitles[this.groupTitles.length - 1] = xml;
    } else if (capture.kind === 'testResult')
      this.result.testResults.push({ xml, namespace: capture.namespace });
    else this.result.benchmarkHeader.push(xml);
  }

  /** Looks for the end of the skipped subtree; false when more input is needed. */
  private skip(atEnd: boolean): boolean {
    const needle = this.skipUntil!;
    for (let from = this.pos; ;) {
      const found = this.buf.indexOf(needle, from);
      if (found === -1) {
        if (atEnd) throw this.truncated(false);
        // Keep a needle's length so an end tag split across two chunks is still found.
        this.pos = Math.max(this.pos, this.buf.length - needle.length);
        return false;
      }
      // `</test` is also how `</tested_variable>` begins, `</check` how `</check-import>` does: only a name
      // that ends where the needle does is the end tag.
      const after = this.buf[found + needle.length];
      if (after === undefined) {
        // The byte after the name is in the next chunk.
        if (atEnd) throw this.truncated(false);
        this.pos = found;
        return false;
      }
      if (endsName(after)) {
        this.skipUntil = undefined;
        if (after === GT) {
          // `</name>`, and the name is the open element's (the needle was made from it): closed here, with
          // no need to read the tag again (tens of thousands of a benchmark's elements end so).
          this.pos = found + needle.length + 1;
          this.closeElement(this.stack.pop()!, found + needle.length);
        } else {
          this.pos = found;
        }
        return true;
      }
      from = found + 1;
    }
  }
}

function resolve(name: string, scope: NamespaceScope | undefined): string | undefined {
  const colon = name.indexOf(':');
  const prefix = colon === -1 ? '' : name.slice(0, colon);
  for (let at = scope; at !== undefined; at = at.parent) {
    const uri = at.declarations.get(prefix);
    if (uri !== undefined) return uri;
  }
  return undefined;
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Whether `byte` may follow the name in an end tag: `>` or white space. */
function endsName(byte: number): boolean {
  return byte === GT || isSpace(byte);
}

/** Whether `needle` may begin in `tail` and end in `next` (always true when `next` is too short to tell). */
function endTagStraddles(tail: Buffer, next: Buffer, needle: Buffer): boolean {
  if (next.length < needle.length) return true;
  const probe = Buffer.concat([tail, next.subarray(0, needle.length - 1)]);
  const found = probe.indexOf(needle);
  return found !== -1 && found < tail.length;
}

function isWhiteSpace(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(buf[i]!)) return false;
  return true;
}

function htmlError(): CarveError {
  return new CarveError(
    'this is an HTML page (report.html?), not OpenSCAP results: expected XCCDF results (oscap --results) or ARF (--results-arf)',
  );
}

function stripBom(chunk: Uint8Array): Uint8Array {
  if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return chunk.subarray(3);
  const utf16Bom = (chunk[0] === 0xfe && chunk[1] === 0xff) || (chunk[0] === 0xff && chunk[1] === 0xfe);
  // Without a byte order mark, XML's own detection (XML 1.0 appendix F): `<` as two bytes, one of them zero.
  const utf16Bare = (chunk[0] === 0x3c && chunk[1] === 0x00) || (chunk[0] === 0x00 && chunk[1] === 0x3c);
  if (utf16Bom || utf16Bare) {
    throw new CarveError('the file is UTF-16; OpenSCAP writes UTF-8, and stig-gate reads UTF-8 only');
  }
  return chunk;
}

/** Index of the `>` that ends the tag starting at `from`, skipping quoted attribute values; -1 if not in `buf`. */
function findTagEnd(buf: Buffer, from: number): number {
  let quote = 0;
  for (let i = from; i < buf.length; i++) {
    const c = buf[i];
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === QUOT || c === APOS) {
      quote = c;
    } else if (c === GT) {
      return i;
    } else if (c === LT) {
      throw new CarveError(`a '<' inside a tag near byte ${i}: not well-formed XML`);
    }
  }
  return -1;
}

/** The name a tag's text starts with (up to white space, `/` or `>`): a loop, called for every element. */
function tagName(tag: string): string {
  let end = 0;
  while (end < tag.length) {
    const c = tag.charCodeAt(end);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === SLASH || c === GT) break;
    end++;
  }
  if (end === 0) throw new CarveError(`a tag with no name: <${tag.slice(0, 40)}>`);
  return end === tag.length ? tag : tag.slice(0, end);
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

// A name starts the text or follows white space: unanchored, a long run of name characters with no '='
// after it was tried from each of its characters (quadratic; 4 s for a 50 kB tag).
const ATTRIBUTE = /(?<![^\s])([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function namespaceDeclarations(tag: string): Map<string, string> | undefined {
  let declarations: Map<string, string> | undefined;
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const name = match[1]!;
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      declarations ??= new Map();
      declarations.set(name === 'xmlns' ? '' : name.slice(6), match[2] ?? match[3] ?? '');
    }
  }
  return declarations;
}

/** One attribute's raw value from a start tag (ids never carry entities in practice; decoded anyway). */
export function attribute(tag: string, wanted: string): string | undefined {
  for (const match of tag.matchAll(ATTRIBUTE)) {
    if (match[1] === wanted) return match[2] ?? match[3];
  }
  return undefined;
}
