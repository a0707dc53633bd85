#!/usr/bin/env node
'use strict';

var promises = require('node:fs/promises');
var cli = require('../cli.js');
var node_util = require('node:util');

/**
 * The typed model of one OpenSCAP scan, whatever file it was read from (XCCDF 1.1/1.2 results, ARF, a
 * bare TestResult). Everything after the readers (gate, reports, publishing) works on this and nothing else.
 */
/** Every result value XCCDF defines for a rule-result (XCCDF 1.2 §6.6.4.3), in report order. */
const RULE_RESULT_VALUES = [
    'pass',
    'fail',
    'error',
    'unknown',
    'notapplicable',
    'notchecked',
    'notselected',
    'informational',
    'fixed',
];
/** XCCDF severities; `unknown` is XCCDF's own default when a rule names none. */
const SEVERITIES = ['high', 'medium', 'low', 'info', 'unknown'];
/** Counts with every result value present, zero where none. */
function countResults(rules) {
    const counts = Object.fromEntries(RULE_RESULT_VALUES.map((v) => [v, 0]));
    for (const rule of rules)
        counts[rule.result] += 1;
    return counts;
}
/** Rank for sorting: high first. */
function severityRank(severity) {
    switch (severity) {
        case 'high':
            return 0;
        case 'medium':
            return 1;
        case 'low':
            return 2;
        case 'info':
            return 3;
        case 'unknown':
            return 4;
    }
}
const DIGIT_0 = 48;
const DIGIT_9 = 57;
function isDigit(code) {
    return code >= DIGIT_0 && code <= DIGIT_9;
}
/**
 * Orders ids with their digit runs compared as numbers (`SV-9` before `SV-10`), everything else by UTF-16
 * code unit: the same order on every machine and locale (unlike `localeCompare`, whose ICU collator also
 * costs tens of milliseconds to set up in a fresh process).
 */
function compareIds(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(j);
        if (isDigit(x) && isDigit(y)) {
            let endA = i;
            let endB = j;
            while (endA < a.length && isDigit(a.charCodeAt(endA)))
                endA++;
            while (endB < b.length && isDigit(b.charCodeAt(endB)))
                endB++;
            // Leading zeros aside, a longer run is a larger number; runs of one length compare as text.
            let startA = i;
            let startB = j;
            while (startA < endA - 1 && a.charCodeAt(startA) === DIGIT_0)
                startA++;
            while (startB < endB - 1 && b.charCodeAt(startB) === DIGIT_0)
                startB++;
            const byLength = endA - startA - (endB - startB);
            if (byLength !== 0)
                return byLength;
            for (let k = 0; k < endA - startA; k++) {
                const byDigit = a.charCodeAt(startA + k) - b.charCodeAt(startB + k);
                if (byDigit !== 0)
                    return byDigit;
            }
            i = endA;
            j = endB;
        }
        else {
            if (x !== y)
                return x - y;
            i++;
            j++;
        }
    }
    const byRest = a.length - i - (b.length - j);
    if (byRest !== 0)
        return byRest;
    // Equal but for leading zeros (SV-01, SV-1): still two ids, so still a fixed order.
    return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Streams a results file and cuts out only the parts the gate reads: the XCCDF Benchmark's header, its
 * Rules and the TestResults. ARF files carry tens to hundreds of MB of OVAL results that nobody here needs,
 * so those subtrees are skipped with a native byte search and never decoded. Memory stays bounded by the
 * carved parts plus one read buffer, whatever the file's size.
 *
 * This is a tokenizer, not a parser: it tracks elements and namespaces just enough to know where each part
 * begins and ends, and checks that the document is complete. The carved fragments are parsed afterwards
 * (see xccdf.ts), which checks the inside of each Rule and TestResult: the carver only finds their end
 * tags. DTDs are refused outright, so no entity is ever declared, let alone expanded.
 */
const XCCDF_1_2_NS = 'http://checklists.nist.gov/xccdf/1.2';
const XCCDF_1_1_NS = 'http://checklists.nist.gov/xccdf/1.1';
const XCCDF_NAMESPACES = new Set([XCCDF_1_2_NS, XCCDF_1_1_NS]);
/** Subtrees that are large and hold nothing the gate reads. They never nest within themselves. */
const SKIPPED_SUBTREES = new Set(['oval_results', 'oval_definitions', 'oval_system_characteristics', 'ocil']);
/** Carved elements passed over with a native search for their end tag; they never nest within themselves. */
const SKIPPED_CAPTURES = new Set(['Rule', 'TestResult']);
/** Children of Benchmark kept for the header. */
const BENCHMARK_HEADER = new Set(['title', 'version', 'Profile']);
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const QUOT = 0x22;
const APOS = 0x27;
/** Raised for input that is not complete, well-formed, DTD-free XML. The reader adds the file name. */
class CarveError extends Error {
    name = 'CarveError';
}
/**
 * Reads chunks of a document and returns its carved parts. Throws {@link CarveError} for anything that is
 * not a complete XML document (empty, truncated, a DTD, text outside the root, unbalanced tags).
 * A chunk's bytes must stay as they are until the next chunk has been pushed: the carver keeps a view of
 * the latest chunk, not a copy (two read buffers taken in turns are fine).
 */
async function carveDocument(chunks, options = {}) {
    const carver = new Carver(options.rules ?? true);
    for await (const chunk of chunks)
        carver.push(chunk);
    return carver.end();
}
class Carver {
    keepRules;
    buf = Buffer.alloc(0);
    pos = 0;
    /** Bytes consumed before `buf[0]`, for error positions. */
    offset = 0;
    started = false;
    rootClosed = false;
    stack = [];
    groupIds = [];
    capture;
    /** While skipping a subtree: the end tag to look for. */
    skipUntil;
    root;
    result = { benchmarkHeader: [], rules: [], testResults: [] };
    constructor(keepRules) {
        this.keepRules = keepRules;
    }
    push(chunk) {
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
        }
        else if (this.skipUntil && !this.capture && !endTagStraddles(rest, incoming, this.skipUntil)) {
            // Skipping OVAL: the kept tail matters only if the end tag starts in it, so the chunk is not copied
            // behind it.
            this.offset += rest.length;
            this.buf = incoming;
        }
        else {
            this.buf = Buffer.concat([rest, incoming]);
        }
        this.pos = 0;
        if (this.capture)
            this.capture.from = 0;
        this.scan(false);
    }
    end() {
        this.scan(true);
        if (!this.root)
            throw new CarveError(this.offset + this.pos === 0 ? 'the file is empty' : 'no XML element found');
        if (this.stack.length > 0) {
            const open = this.stack.map((e) => e.name).join(' > ');
            throw new CarveError(`the file is truncated: it ends inside <${open}> (after ${this.offset + this.pos} bytes)`);
        }
        return { root: this.root, ...this.result };
    }
    /** Moves the captured bytes seen so far out of the buffer that is about to be dropped. */
    saveCapture() {
        const capture = this.capture;
        if (capture && this.pos > capture.from) {
            capture.parts.push(Buffer.from(this.buf.subarray(capture.from, this.pos)));
            capture.from = this.pos;
        }
    }
    scan(atEnd) {
        const buf = this.buf;
        while (this.pos < buf.length) {
            if (this.skipUntil) {
                if (!this.skip(atEnd))
                    return;
                continue;
            }
            const lt = buf.indexOf(LT, this.pos);
            const textEnd = lt === -1 ? buf.length : lt;
            if (this.stack.length === 0 && textEnd > this.pos)
                this.checkOutsideText(this.pos, textEnd);
            if (lt === -1) {
                this.pos = buf.length;
                return;
            }
            this.pos = lt;
            const consumed = this.markup(atEnd);
            if (consumed === 0) {
                if (atEnd)
                    throw this.truncated();
                return;
            }
            this.pos += consumed;
        }
    }
    truncated(inTag = true) {
        const where = this.stack.length ? ` inside <${this.stack.map((e) => e.name).join(' > ')}>` : '';
        return new CarveError(`the file is truncated: it ends${inTag ? ' in the middle of a tag' : ''}${where} (after ${this.offset + this.buf.length} bytes)`);
    }
    checkOutsideText(from, to) {
        for (let i = from; i < to; i++) {
            const c = this.buf[i];
            if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
                throw new CarveError(this.rootClosed
                    ? `text after the document's root element at byte ${this.offset + i}`
                    : `this is not XML: text before the first element at byte ${this.offset + i}`);
            }
        }
    }
    /** Handles the markup at `pos`; returns its length, or 0 when the buffer ends before it does. */
    markup(atEnd) {
        const buf = this.buf;
        const at = this.pos;
        if (at + 1 >= buf.length)
            return 0;
        const next = buf[at + 1];
        if (next === BANG)
            return this.declaration(atEnd);
        if (next === QUESTION) {
            const end = buf.indexOf('?>', at + 2, 'latin1');
            return end === -1 ? 0 : end + 2 - at;
        }
        const end = findTagEnd(buf, at + 1);
        if (end === -1)
            return 0;
        if (next === SLASH)
            this.endTag(buf.toString('utf8', at + 2, end).trim(), end);
        else
            this.startTag(buf.toString('utf8', at + 1, end), at, end);
        return end + 1 - at;
    }
    declaration(atEnd) {
        const buf = this.buf;
        const at = this.pos;
        if (buf.length - at < 9 && !atEnd)
            return 0;
        const head = buf.toString('latin1', at, at + 9);
        if (head.startsWith('<!--')) {
            const end = buf.indexOf('-->', at + 4, 'latin1');
            return end === -1 ? 0 : end + 3 - at;
        }
        if (head === '<![CDATA[') {
            if (this.stack.length === 0)
                throw new CarveError('CDATA outside the root element');
            const end = buf.indexOf(']]>', at + 9, 'latin1');
            return end === -1 ? 0 : end + 3 - at;
        }
        if (head.toUpperCase() === '<!DOCTYPE') {
            const doctype = buf
                .toString('latin1', at + 9, Math.min(buf.length, at + 40))
                .trim()
                .toLowerCase();
            if (doctype.startsWith('html'))
                throw htmlError();
            throw new CarveError('the file has a DOCTYPE declaration; OpenSCAP never writes one, and stig-gate refuses DTDs so that no ' +
                'entity is expanded and nothing external is fetched (XML bomb / XXE protection)');
        }
        throw new CarveError(`unexpected markup '${head}' at byte ${this.offset + at}`);
    }
    startTag(tag, at, end) {
        if (this.rootClosed)
            throw new CarveError(`a second root element <${tagName(tag)}> at byte ${this.offset + at}`);
        const selfClosing = tag.endsWith('/');
        const body = selfClosing ? tag.slice(0, -1) : tag;
        const name = tagName(body);
        const element = { name };
        if (body.includes('xmlns'))
            element.declarations = namespaceDeclarations(body);
        const namespace = this.resolve(name, element.declarations);
        const local = localName(name);
        if (!this.root) {
            this.root = { name: local, namespace };
            if (local.toLowerCase() === 'html')
                throw htmlError();
        }
        if (this.capture) ;
        else if ((SKIPPED_SUBTREES.has(local) || this.passesOver(local, namespace)) && !selfClosing) {
            // Jump straight to the end tag; the element stays open on the stack until it is seen.
            this.skipUntil = Buffer.from(`</${name}`, 'utf8');
        }
        else if (namespace !== undefined && XCCDF_NAMESPACES.has(namespace)) {
            this.xccdfStart(local, body, at, element, namespace);
        }
        if (selfClosing) {
            this.closeElement(element, end);
        }
        else {
            this.stack.push(element);
            // A carved Rule or TestResult is kept whole and parsed afterwards (xml-tree checks its inside), so the
            // bytes up to its end tag need no tokenizing here: most of a results.xml is the Rules' prose.
            if (element.role === 'capture' && SKIPPED_CAPTURES.has(local)) {
                this.skipUntil = Buffer.from(`</${name}`, 'utf8');
            }
        }
    }
    /** A Rule, when its metadata is not wanted. */
    passesOver(local, namespace) {
        return !this.keepRules && local === 'Rule' && namespace !== undefined && XCCDF_NAMESPACES.has(namespace);
    }
    xccdfStart(local, tag, at, element, namespace) {
        const parent = this.stack[this.stack.length - 1];
        if (local === 'Benchmark') {
            element.role = 'benchmark';
            this.result.benchmarkNamespace ??= namespace;
            this.result.benchmarkStartTag ??= `<${tag}>`;
        }
        else if (local === 'Group') {
            element.role = 'group';
            this.groupIds.push(attribute(tag, 'id') ?? '');
        }
        else if (local === 'Rule' ||
            local === 'TestResult' ||
            (parent?.role === 'benchmark' && BENCHMARK_HEADER.has(local))) {
            element.role = 'capture';
            const kind = local === 'Rule' ? 'rule' : local === 'TestResult' ? 'testResult' : 'header';
            this.capture = { kind, depth: this.stack.length, parts: [], from: at, namespace };
        }
    }
    endTag(name, end) {
        const element = this.stack.pop();
        if (!element)
            throw new CarveError(`an end tag </${name}> with no element open`);
        if (element.name !== name) {
            throw new CarveError(`mismatched tags: <${element.name}> is closed by </${name}> near byte ${this.offset + this.pos}`);
        }
        this.closeElement(element, end);
    }
    closeElement(element, tagEnd) {
        if (this.stack.length === 0)
            this.rootClosed = true;
        if (element.role === 'group')
            this.groupIds.pop();
        const capture = this.capture;
        if (element.role !== 'capture' || !capture || capture.depth !== this.stack.length)
            return;
        capture.parts.push(this.buf.subarray(capture.from, tagEnd + 1));
        const xml = Buffer.concat(capture.parts).toString('utf8');
        this.capture = undefined;
        if (capture.kind === 'rule')
            this.result.rules.push({ xml, groupIds: this.groupIds.filter(Boolean) });
        else if (capture.kind === 'testResult')
            this.result.testResults.push({ xml, namespace: capture.namespace });
        else
            this.result.benchmarkHeader.push(xml);
    }
    /** Looks for the end of the skipped subtree; false when more input is needed. */
    skip(atEnd) {
        const needle = this.skipUntil;
        const found = this.buf.indexOf(needle, this.pos);
        if (found === -1) {
            if (atEnd)
                throw this.truncated(false);
            // Keep a needle's length so an end tag split across two chunks is still found.
            this.pos = Math.max(this.pos, this.buf.length - needle.length);
            return false;
        }
        this.pos = found;
        this.skipUntil = undefined;
        return true;
    }
    resolve(name, declarations) {
        const colon = name.indexOf(':');
        const prefix = colon === -1 ? '' : name.slice(0, colon);
        const own = declarations?.get(prefix);
        if (own !== undefined)
            return own;
        for (let i = this.stack.length - 1; i >= 0; i--) {
            const uri = this.stack[i].declarations?.get(prefix);
            if (uri !== undefined)
                return uri;
        }
        return undefined;
    }
}
/** Whether `needle` may begin in `tail` and end in `next` (always true when `next` is too short to tell). */
function endTagStraddles(tail, next, needle) {
    if (next.length < needle.length)
        return true;
    const probe = Buffer.concat([tail, next.subarray(0, needle.length - 1)]);
    const found = probe.indexOf(needle);
    return found !== -1 && found < tail.length;
}
function htmlError() {
    return new CarveError('this is an HTML page (report.html?), not OpenSCAP results: expected XCCDF results (oscap --results) or ARF (--results-arf)');
}
function stripBom(chunk) {
    if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
        return chunk.subarray(3);
    if ((chunk[0] === 0xfe && chunk[1] === 0xff) || (chunk[0] === 0xff && chunk[1] === 0xfe)) {
        throw new CarveError('the file is UTF-16; OpenSCAP writes UTF-8, and stig-gate reads UTF-8 only');
    }
    return chunk;
}
/** Index of the `>` that ends the tag starting at `from`, skipping quoted attribute values; -1 if not in `buf`. */
function findTagEnd(buf, from) {
    let quote = 0;
    for (let i = from; i < buf.length; i++) {
        const c = buf[i];
        if (quote !== 0) {
            if (c === quote)
                quote = 0;
        }
        else if (c === QUOT || c === APOS) {
            quote = c;
        }
        else if (c === GT) {
            return i;
        }
        else if (c === LT) {
            throw new CarveError(`a '<' inside a tag near byte ${i}: not well-formed XML`);
        }
    }
    return -1;
}
function tagName(tag) {
    const match = /^[^\s/>]+/.exec(tag);
    if (!match)
        throw new CarveError(`a tag with no name: <${tag.slice(0, 40)}>`);
    return match[0];
}
function localName(name) {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(colon + 1);
}
// A name starts the text or follows white space: unanchored, a long run of name characters with no '='
// after it was tried from each of its characters (quadratic; 4 s for a 50 kB tag).
const ATTRIBUTE$1 = /(?<![^\s])([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
function namespaceDeclarations(tag) {
    let declarations;
    for (const match of tag.matchAll(ATTRIBUTE$1)) {
        const name = match[1];
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
            declarations ??= new Map();
            declarations.set(name === 'xmlns' ? '' : name.slice(6), match[2] ?? match[3] ?? '');
        }
    }
    return declarations;
}
/** One attribute's raw value from a start tag (ids never carry entities in practice; decoded anyway). */
function attribute(tag, wanted) {
    for (const match of tag.matchAll(ATTRIBUTE$1)) {
        if (match[1] === wanted)
            return match[2] ?? match[3];
    }
    return undefined;
}

/**
 * Decoding XML text by hand: without a DTD only the five predefined entities and numeric character
 * references exist, so nothing else is ever expanded.
 */
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
/** Decodes the predefined XML entities and numeric character references; leaves anything else as written. */
function decodeXmlEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(ENTITY, (whole, name) => {
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
function normalizeWhitespace(text) {
    return text.replace(/\s+/g, ' ').trim();
}

/**
 * Element trees for the small fragments the carver cuts out of a results file: Rules, TestResults and the
 * Benchmark's header, a few hundred kB whatever the file's size.
 *
 * Why not fast-xml-parser here: measured on the real samples (198 Rules and a TestResult, ~200 kB), it needs
 * 50–80 ms in a fresh process — most of `summarize`'s own time, and more than the whole budget the results
 * engine has against xmllint. One sticky regular expression turns them into trees in under 15 ms, and is
 * the check of their inside: the carver only found where each begins and ends, so anything that is not a
 * well-formed element, text, CDATA, comment or processing instruction (a DTD, mismatched or unclosed tags,
 * a '<' in a tag) is an error here.
 * What is read: elements, attributes, text, CDATA; comments and processing instructions are dropped.
 * Only the predefined entities and numeric references are decoded; nothing is ever expanded.
 */
/** Raised for a fragment that is not well-formed; the reader adds the file name. */
class XmlFragmentError extends Error {
    name = 'XmlFragmentError';
}
/**
 * One token at a time, anchored (`y`): a start tag (name, attributes, `/` when empty), an end tag, text,
 * CDATA, a comment or a processing instruction. Anything else where a token should start is an error.
 */
const TOKEN = /<([^\s/>!?"'<]+)((?:\s+[^\s=/>"'<]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<\/([^\s>"'<]+)\s*>|([^<]+)|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/y;
// A name starts the text or follows white space: unanchored, a long run of name characters with no '='
// after it was tried from each of its characters (quadratic; 4 s for a 50 kB tag).
const ATTRIBUTE = /(?<![^\s])([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NO_ATTRIBUTES = Object.freeze(Object.create(null));
/**
 * Parses a fragment — one or more elements, as carved — into a synthetic root element named `#fragment`
 * whose content is the fragment's top-level elements (white space between them is dropped).
 */
function parseXmlFragment(xml) {
    const root = {
        written: '#fragment',
        element: { name: '#fragment', attributes: {}, content: [] },
    };
    const stack = [root];
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < xml.length) {
        const at = TOKEN.lastIndex;
        const token = TOKEN.exec(xml);
        if (token === null)
            throw new XmlFragmentError(`not well-formed XML: ${JSON.stringify(xml.slice(at, at + 40))}`);
        const parent = stack[stack.length - 1];
        // Indexed, not destructured: array destructuring goes through the iterator protocol, which in code
        // not yet optimised (a results file is read once per process) was ~40% of this loop.
        const startName = token[1];
        if (startName !== undefined) {
            const attributeText = token[2];
            const colon = startName.indexOf(':');
            const element = {
                name: colon === -1 ? startName : startName.slice(colon + 1),
                attributes: attributeText ? parseAttributes(attributeText) : NO_ATTRIBUTES,
                content: [],
            };
            parent.element.content.push(element);
            if (!token[3])
                stack.push({ written: startName, element });
            continue;
        }
        const endName = token[4];
        if (endName !== undefined) {
            if (stack.length === 1 || parent.written !== endName) {
                throw new XmlFragmentError(`mismatched tags: <${parent.written}> is closed by </${endName}>`);
            }
            stack.pop();
            continue;
        }
        // Indentation between top-level elements is no content of anything.
        if (stack.length === 1)
            continue;
        const text = token[5];
        if (text !== undefined)
            parent.element.content.push(decodeXmlEntities(text));
        else if (token[6] !== undefined)
            parent.element.content.push(token[6]);
    }
    if (stack.length > 1)
        throw new XmlFragmentError(`<${stack[stack.length - 1].written}> is never closed`);
    return root.element;
}
function parseAttributes(text) {
    // No prototype: an attribute named __proto__ or constructor is just an attribute.
    const attributes = Object.create(null);
    ATTRIBUTE.lastIndex = 0;
    for (let match = ATTRIBUTE.exec(text); match !== null; match = ATTRIBUTE.exec(text)) {
        attributes[match[1]] = decodeXmlEntities(match[2] ?? match[3] ?? '');
    }
    return attributes;
}
/** The child elements of `element` named `name` (local name). */
function childElements(element, name) {
    if (element === undefined)
        return [];
    const found = [];
    for (const child of element.content)
        if (typeof child !== 'string' && child.name === name)
            found.push(child);
    return found;
}
/** The first child element of `element` named `name`. */
function firstChild(element, name) {
    if (element === undefined)
        return undefined;
    for (const child of element.content)
        if (typeof child !== 'string' && child.name === name)
            return child;
    return undefined;
}
/**
 * All the text inside `element`, markup dropped. Element boundaries count as a space so that words in
 * neighbouring XHTML blocks (`<p>a</p><p>b</p>`) do not run together; callers normalise white space.
 */
function textContent(element) {
    // A stack, not recursion: hostile XHTML nested thousands deep must not overflow the call stack.
    const parts = [];
    const pending = [...element.content].reverse();
    while (pending.length > 0) {
        const next = pending.pop();
        if (typeof next === 'string')
            parts.push(next);
        else {
            parts.push(' ');
            pending.push(' ');
            for (let i = next.content.length - 1; i >= 0; i--)
                pending.push(next.content[i]);
        }
    }
    return parts.join('');
}

/**
 * Parses the carved XCCDF fragments (Rules, TestResult, Benchmark header) and joins each rule-result to
 * its Rule by `idref`. One-or-many elements are normalised here, once; result values and severities are
 * checked against XCCDF's lists, and anything else is an error, never a pass.
 */
/** Raised for content that is well-formed XML but not usable results; the reader adds the file name. */
class XccdfContentError extends Error {
    name = 'XccdfContentError';
}
/** The one top-level element of a carved fragment. */
function parseElement(xml, name) {
    const element = firstChild(parseXmlFragment(xml), name);
    if (element === undefined)
        throw new XccdfContentError(`could not parse a <${name}> element`);
    return element;
}
function attr(element, name) {
    return element?.attributes[name];
}
/** Plain text of an element that may carry XHTML: markup dropped, white space normalised; undefined if empty. */
function plainText(element) {
    if (element === undefined)
        return undefined;
    const plain = normalizeWhitespace(textContent(element));
    return plain === '' ? undefined : plain;
}
/** The English (or first) of several language variants of a child element. */
function localizedElement(parent, name) {
    const variants = childElements(parent, name);
    return (variants.find((v) => (attr(v, 'xml:lang') ?? attr(v, 'lang') ?? 'en').startsWith('en')) ?? variants[0]);
}
/** The English (or first) text among several language variants of a child element. */
function localizedText(parent, name) {
    return plainText(localizedElement(parent, name));
}
/**
 * Gives `outcome` its description, rationale and fix text as properties computed on first read and then
 * kept: they are most of a benchmark's text, and only reports about failing rules read them (flattening
 * all of them cost more than parsing the rules). Empty elements give no property.
 */
function defineProse(outcome, prose) {
    for (const key of ['description', 'rationale', 'fixText']) {
        const element = prose[key];
        // Only white space (or nothing) is no prose: no property, as for a missing element. Cheap to tell.
        if (element === undefined || element.content.every((c) => typeof c === 'string' && c.trim() === '')) {
            continue;
        }
        Object.defineProperty(outcome, key, {
            enumerable: true,
            configurable: true,
            get() {
                const value = plainText(element);
                Object.defineProperty(outcome, key, { value, enumerable: true, writable: true, configurable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(outcome, key, { value, enumerable: true, writable: true, configurable: true });
            },
        });
    }
}
function parseIdents(parent) {
    return childElements(parent, 'ident').map((ident) => ({
        system: attr(ident, 'system') ?? '',
        value: normalizeWhitespace(textContent(ident)),
    }));
}
function parseChecks(parent) {
    return childElements(parent, 'check').flatMap((check) => {
        const system = attr(check, 'system') ?? '';
        const refs = childElements(check, 'check-content-ref');
        if (refs.length === 0)
            return [{ system }];
        return refs.map((ref) => ({ system, name: attr(ref, 'name'), href: attr(ref, 'href') }));
    });
}
/** Parses carved Rules into metadata by rule id. */
function parseRules(carved) {
    const rules = new Map();
    for (const { xml, groupIds } of carved) {
        const rule = parseElement(xml, 'Rule');
        const id = attr(rule, 'id');
        if (!id)
            throw new XccdfContentError('a <Rule> without an id');
        rules.set(id, {
            severity: attr(rule, 'severity'),
            weight: attr(rule, 'weight'),
            title: localizedText(rule, 'title'),
            prose: {
                description: localizedElement(rule, 'description'),
                rationale: localizedElement(rule, 'rationale'),
                fixText: localizedElement(rule, 'fixtext'),
            },
            idents: parseIdents(rule),
            // <reference> is free text or Dublin Core children; either way its words are what we search.
            references: childElements(rule, 'reference').map(textContent),
            checks: parseChecks(rule),
            groupIds,
        });
    }
    return rules;
}
const DISA_RULE_ID = /(SV-\d+)(r\d+)?/;
const VULN_ID = /(?:^|[^S])(V-\d+)\b/;
const SRG_ID = /\bSRG-[A-Z]+-\d+(?:-[A-Z]+-\d+)?\b/g;
/** STIG identifiers from a rule's id, its Groups and its idents/references. */
function stigIdentifiers(ruleId, idents, groupIds, references) {
    const stig = { cci: [], srg: [] };
    const disa = DISA_RULE_ID.exec(ruleId);
    if (disa) {
        stig.ruleId = disa[1];
        if (disa[2])
            stig.revision = disa[2];
    }
    const vuln = [...groupIds]
        .reverse()
        .map((id) => VULN_ID.exec(id)?.[1])
        .find(Boolean) ?? idents.map((i) => /^V-\d+$/.exec(i.value)?.[0]).find(Boolean);
    if (vuln)
        stig.vulnId = vuln;
    for (const ident of idents) {
        if (/^CCI-\d+$/.test(ident.value) && !stig.cci.includes(ident.value))
            stig.cci.push(ident.value);
    }
    for (const source of [...idents.map((i) => i.value), ...references]) {
        for (const srg of source.match(SRG_ID) ?? [])
            if (!stig.srg.includes(srg))
                stig.srg.push(srg);
    }
    return stig;
}
function resultValue(ruleId, raw) {
    const value = raw?.trim();
    if (value === undefined || value === '') {
        throw new XccdfContentError(`rule-result ${ruleId} has no <result>`);
    }
    if (!RULE_RESULT_VALUES.includes(value)) {
        throw new XccdfContentError(`rule-result ${ruleId} has result '${value}', which is not an XCCDF result value (${RULE_RESULT_VALUES.join(', ')})`);
    }
    return value;
}
function severityValue(ruleId, raw) {
    const value = raw?.trim() || 'unknown';
    if (!SEVERITIES.includes(value)) {
        throw new XccdfContentError(`rule ${ruleId} has severity '${value}'; XCCDF allows ${SEVERITIES.join(', ')}`);
    }
    return value;
}
function weightValue(ruleId, raw) {
    if (raw === undefined)
        return 1;
    const weight = Number(raw);
    if (!Number.isFinite(weight) || weight < 0)
        throw new XccdfContentError(`rule ${ruleId} has weight '${raw}'`);
    return weight;
}
function formatOf(carved, testResultNamespace) {
    switch (carved.root.name) {
        case 'asset-report-collection':
            return 'arf';
        case 'TestResult':
            return 'testresult';
        default:
            return testResultNamespace.endsWith('/1.1') ? 'xccdf-1.1' : 'xccdf-1.2';
    }
}
function missingTestResult(carved) {
    const { name, namespace } = carved.root;
    if (name === 'data-stream-collection') {
        return new XccdfContentError('this is a SCAP source data stream (the content oscap evaluates), not scan results; ' +
            'expected the output of oscap --results or --results-arf');
    }
    if (name === 'Benchmark') {
        return new XccdfContentError('this XCCDF Benchmark holds no <TestResult>: it is a benchmark, not the results of a scan ' +
            '(expected the output of oscap --results or --results-arf)');
    }
    if (name === 'asset-report-collection') {
        return new XccdfContentError('this ARF report collection holds no XCCDF <TestResult>');
    }
    return new XccdfContentError(`expected XCCDF results (<Benchmark> with a <TestResult>), ARF (<asset-report-collection>) or a ` +
        `<TestResult>, found <${name}>${namespace ? ` in namespace ${namespace}` : ''}`);
}
/**
 * Builds the scan model from a carved document. With several TestResults (oscap appends one per
 * evaluation when results are fed back in), the last one in the document is the scan and a warning names
 * the others: the newest evaluation is the one a gate must judge.
 */
function buildScanResults(source, carved) {
    const chosen = carved.testResults[carved.testResults.length - 1];
    if (!chosen)
        throw missingTestResult(carved);
    const warnings = [];
    const testResult = parseElement(chosen.xml, 'TestResult');
    const testResultId = attr(testResult, 'id') ?? '';
    if (carved.testResults.length > 1) {
        const others = carved.testResults
            .slice(0, -1)
            .map((t) => attribute(t.xml.slice(0, t.xml.indexOf('>')), 'id'));
        warnings.push(`${carved.testResults.length} TestResults in one file; using the last one (${testResultId}) and ignoring ${others.join(', ')}`);
    }
    const metadata = parseRules(carved.rules);
    const rules = childElements(testResult, 'rule-result').map((ruleResult) => {
        const ruleId = attr(ruleResult, 'idref');
        if (!ruleId)
            throw new XccdfContentError('a <rule-result> without an idref');
        const meta = metadata.get(ruleId);
        const idents = [...(meta?.idents ?? []), ...parseIdents(ruleResult)];
        const checks = parseChecks(ruleResult);
        const result = firstChild(ruleResult, 'result');
        const outcome = {
            ruleId,
            result: resultValue(ruleId, result && textContent(result)),
            severity: severityValue(ruleId, attr(ruleResult, 'severity') ?? meta?.severity),
            title: meta?.title ?? ruleId,
            weight: weightValue(ruleId, attr(ruleResult, 'weight') ?? meta?.weight),
            stig: stigIdentifiers(ruleId, idents, meta?.groupIds ?? [], meta?.references ?? []),
            checks: checks.length > 0 ? checks : (meta?.checks ?? []),
        };
        if (meta)
            defineProse(outcome, meta.prose);
        return outcome;
    });
    const benchmarkId = (carved.benchmarkStartTag && attribute(carved.benchmarkStartTag, 'id')) ??
        attr(firstChild(testResult, 'benchmark'), 'id') ??
        '';
    const header = parseXmlFragment(carved.benchmarkHeader.join(''));
    const profileId = attr(firstChild(testResult, 'profile'), 'idref');
    const profile = childElements(header, 'Profile').find((p) => attr(p, 'id') === profileId);
    const facts = new Map(childElements(firstChild(testResult, 'target-facts'), 'fact').map((f) => [attr(f, 'name'), plainText(f)]));
    const testSystem = attr(testResult, 'test-system');
    const version = plainText(firstChild(header, 'version'));
    const benchmarkTitle = localizedText(header, 'title');
    const scannerVersion = facts.get('urn:xccdf:fact:scanner:version') ?? /:([^:]+)$/.exec(testSystem ?? '')?.[1];
    const scannerName = facts.get('urn:xccdf:fact:scanner:name') ?? (testSystem?.includes('openscap') ? 'OpenSCAP' : undefined);
    const target = plainText(firstChild(testResult, 'target'));
    const results = {
        source,
        format: formatOf(carved, chosen.namespace),
        benchmark: { id: benchmarkId },
        profile: {},
        scanner: {},
        testResultId,
        rules,
        counts: countResults(rules),
        warnings,
    };
    if (version)
        results.benchmark.version = version;
    if (benchmarkTitle)
        results.benchmark.title = benchmarkTitle;
    if (profileId)
        results.profile.id = profileId;
    const profileTitle = localizedText(profile, 'title');
    if (profileTitle)
        results.profile.title = profileTitle;
    if (target)
        results.target = target;
    if (scannerName)
        results.scanner.name = scannerName;
    if (scannerVersion)
        results.scanner.version = scannerVersion;
    const startTime = attr(testResult, 'start-time');
    const endTime = attr(testResult, 'end-time');
    if (startTime)
        results.startTime = startTime;
    if (endTime)
        results.endTime = endTime;
    return results;
}

/**
 * Reading a results file from disk: the one place the results engine touches the file system.
 */
/** Read size: large enough that the native byte search dominates, small enough to keep memory flat. */
const CHUNK_BYTES = 4 << 20;
/**
 * Reads XCCDF 1.1/1.2 results, ARF or a bare TestResult from `file`, detecting which from the content.
 * Throws {@link ResultsFormatError} naming the file for anything that is not complete results: a missing,
 * empty or truncated file, HTML, a DTD, a benchmark with no TestResult. Never returns "no findings" for
 * input it could not read.
 */
async function readResultsFile(file, options = {}) {
    let size;
    try {
        const info = await promises.stat(file);
        if (!info.isFile())
            throw new cli.ResultsFormatError(file, 'not a regular file');
        size = info.size;
    }
    catch (error) {
        if (error instanceof cli.ResultsFormatError)
            throw error;
        const code = error.code;
        throw new cli.ResultsFormatError(file, code === 'ENOENT' ? 'no such file' : `cannot be read (${cli.toError(error).message})`);
    }
    return readResults(file, readChunks(file, size), options);
}
/**
 * The file's bytes in chunks read into two buffers taken in turns: the carver keeps a view of the last
 * chunk until the next one arrives, and never longer. Reusing them keeps memory flat whatever the size.
 * Plain reads rather than a ReadStream, whose machinery costs more than the carving on large ARF files.
 */
async function* readChunks(file, size) {
    const handle = await promises.open(file, 'r');
    try {
        // A small file gets small buffers (one byte more, to see its end in one read): 8 MiB for a 600 kB
        // results.xml only made the garbage collector run sooner.
        const bytes = Math.min(CHUNK_BYTES, size + 1);
        let buffer = Buffer.allocUnsafeSlow(bytes);
        let other = Buffer.allocUnsafeSlow(bytes);
        for (;;) {
            [buffer, other] = [other, buffer];
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                return;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}
/** Reads results from any stream of bytes; `source` names it in errors and in the model. */
async function readResults(source, chunks, options = {}) {
    try {
        return buildScanResults(source, await carveDocument(chunks, { rules: options.rules ?? true }));
    }
    catch (error) {
        if (error instanceof CarveError ||
            error instanceof XccdfContentError ||
            error instanceof XmlFragmentError) {
            throw new cli.ResultsFormatError(source, error.message);
        }
        const code = error.code;
        if (typeof code === 'string')
            throw new cli.ResultsFormatError(source, `cannot be read (${cli.toError(error).message})`);
        throw error;
    }
}

/** Argument parsing shared by the CLI's commands: node's parseArgs, with errors a user can act on. */
/** Parses `argv` strictly; an unknown or malformed option is a {@link ConfigurationError} naming it. */
function parseCommandArgs(command, argv, options) {
    try {
        return node_util.parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new cli.ConfigurationError(`${command}: ${cli.toError(error).message} (see 'stig-gate ${command} --help')`);
    }
}
/** Checks that `value` is one of `allowed`, naming the option and the choices when it is not. */
function oneOf(option, value, allowed) {
    if (!allowed.includes(value)) {
        throw new cli.ConfigurationError(`${option} must be one of ${allowed.join(', ')}; got '${value}'`);
    }
    return value;
}

exports.RULE_RESULT_VALUES = RULE_RESULT_VALUES;
exports.compareIds = compareIds;
exports.oneOf = oneOf;
exports.parseCommandArgs = parseCommandArgs;
exports.readResultsFile = readResultsFile;
exports.severityRank = severityRank;
