/**
 * Synthetic ARF files of realistic shape for the results-engine benchmark.
 *
 * The real sample (benchmark, TestResult and eight OVAL reports as oscap wrote them) is the template. Each
 * OVAL report's system characteristics grow by one collected object whose `<reference item_ref>`s point at
 * many `textfilecontent_item`s and `file_item`s in `<system_data>`, the way a recursive file object or a
 * multi-line text match makes real OVAL results large. The XCCDF part is copied byte for byte, so the rule
 * results (fail 10 / pass 81 / notapplicable 107) do not change with the size.
 *
 * The output is written in chunks of about 1 MiB through a temporary file that is renamed at the end, so
 * neither a whole file is ever held in memory nor a half-written one ever looks finished.
 */
import { Buffer } from 'node:buffer';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

const SYSTEM_CHARACTERISTICS_START = '<oval_system_characteristics ';
const SYSTEM_CHARACTERISTICS_END = '</oval_system_characteristics>';
const COLLECTED_OBJECTS_END = '</collected_objects>';
const SYSTEM_DATA_END = '</system_data>';

/** Item ids above the template's (oscap numbers items from about 1.2 million). */
const FIRST_ITEM_ID = 5_000_000;
const WRITE_CHUNK_CHARS = 1 << 20;

/** Indentation as oscap writes it inside `<oval_system_characteristics>` in an ARF report. */
const INDENT_OBJECT = ' '.repeat(18);
const INDENT_CHILD = ' '.repeat(20);
const INDENT_SYSTEM_DATA = ' '.repeat(16);

const PACKAGES = [
  'busybox',
  'ca-certificates-bundle',
  'glibc',
  'libcrypto3',
  'openssl-config',
  'wolfi-baselayout',
];
const SSH_LINES = [
  'Match User &lt;deploy&gt; Address 10.0.0.0/8',
  'Banner /etc/issue.net # "DoD Notice &amp; Consent"',
  'Ciphers aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes256-ctr',
  'ClientAliveInterval 600',
];

/**
 * Splits the template into the text between insertion points: for each OVAL report, the end of its
 * `<collected_objects>` (for the new object) and the end of its `<system_data>` (for the items; a
 * `<system_data>` element is opened there when the report had none).
 * @param {string} template the whole template ARF
 * @returns {{ pieces: string[], reports: { hasSystemData: boolean }[] }} pieces.length === 2 * reports.length + 1
 */
export function splitTemplate(template) {
  const pieces = [];
  const reports = [];
  let from = 0;
  let sectionStart = template.indexOf(SYSTEM_CHARACTERISTICS_START);
  while (sectionStart !== -1) {
    const sectionEnd = template.indexOf(SYSTEM_CHARACTERISTICS_END, sectionStart);
    const objectsEnd = template.indexOf(COLLECTED_OBJECTS_END, sectionStart);
    if (sectionEnd === -1 || objectsEnd === -1 || objectsEnd > sectionEnd) {
      throw new Error(
        `template: the OVAL system characteristics at offset ${sectionStart} have no <collected_objects>`,
      );
    }
    const dataEnd = template.indexOf(SYSTEM_DATA_END, objectsEnd);
    const hasSystemData = dataEnd !== -1 && dataEnd < sectionEnd;
    const itemsAt = lineStart(template, hasSystemData ? dataEnd : sectionEnd);
    pieces.push(
      template.slice(from, lineStart(template, objectsEnd)),
      template.slice(lineStart(template, objectsEnd), itemsAt),
    );
    reports.push({ hasSystemData });
    from = itemsAt;
    sectionStart = template.indexOf(SYSTEM_CHARACTERISTICS_START, sectionEnd);
  }
  if (reports.length === 0)
    throw new Error('template: no <oval_system_characteristics> found; is it an ARF file?');
  pieces.push(template.slice(from));
  return { pieces, reports };
}

function lineStart(text, at) {
  return text.lastIndexOf('\n', at) + 1;
}

/**
 * One system-data item as oscap writes it: a text-file match (apk database or sshd drop-in, with escaped
 * markup) or a file's metadata.
 * @param {number} id the item id
 * @returns {string} the item's XML, indented, ending in a newline
 */
export function systemItem(id) {
  const i = id - FIRST_ITEM_ID;
  const child = `${INDENT_CHILD}  `;
  if (i % 4 === 0) {
    const pkg = `${PACKAGES[i % PACKAGES.length]}-${i >> 3}`;
    return (
      `${INDENT_CHILD}<ind-sys:textfilecontent_item id="${id}" status="exists">\n` +
      `${child}<ind-sys:filepath>/usr/lib/apk/db/installed</ind-sys:filepath>\n` +
      `${child}<ind-sys:path>/usr/lib/apk/db</ind-sys:path>\n` +
      `${child}<ind-sys:filename>installed</ind-sys:filename>\n` +
      `${child}<ind-sys:pattern>^P:(.+)$</ind-sys:pattern>\n` +
      `${child}<ind-sys:instance datatype="int">${(i >> 2) + 1}</ind-sys:instance>\n` +
      `${child}<ind-sys:text>P:${pkg}</ind-sys:text>\n` +
      `${child}<ind-sys:subexpression>${pkg}</ind-sys:subexpression>\n` +
      `${INDENT_CHILD}</ind-sys:textfilecontent_item>\n`
    );
  }
  if (i % 4 === 1) {
    const line = SSH_LINES[(i >> 2) % SSH_LINES.length];
    return (
      `${INDENT_CHILD}<ind-sys:textfilecontent_item id="${id}" status="exists">\n` +
      `${child}<ind-sys:filepath>/etc/ssh/sshd_config.d/${i % 97}-hardening.conf</ind-sys:filepath>\n` +
      `${child}<ind-sys:path>/etc/ssh/sshd_config.d</ind-sys:path>\n` +
      `${child}<ind-sys:filename>${i % 97}-hardening.conf</ind-sys:filename>\n` +
      `${child}<ind-sys:pattern>^\\s*(\\S+)\\s+(.*)$</ind-sys:pattern>\n` +
      `${child}<ind-sys:instance datatype="int">${(i >> 2) + 1}</ind-sys:instance>\n` +
      `${child}<ind-sys:text>${line}</ind-sys:text>\n` +
      `${child}<ind-sys:subexpression>${line.split(' ')[0]}</ind-sys:subexpression>\n` +
      `${INDENT_CHILD}</ind-sys:textfilecontent_item>\n`
    );
  }
  const directory = `/usr/share/${PACKAGES[i % PACKAGES.length]}/${(i >> 6) % 512}`;
  const time = 1795413000 + (i % 100_000);
  const permissions = ['suid', 'sgid', 'sticky', 'uread', 'uwrite', 'uexec', 'gread', 'gwrite', 'gexec']
    .concat(['oread', 'owrite', 'oexec', 'has_extended_acl'])
    .map((bit) => {
      const set = bit.endsWith('read') || bit === 'uwrite' || (bit.endsWith('exec') && i % 4 === 3);
      return `${child}<unix-sys:${bit} datatype="boolean">${set}</unix-sys:${bit}>\n`;
    })
    .join('');
  return (
    `${INDENT_CHILD}<unix-sys:file_item id="${id}" status="exists">\n` +
    `${child}<unix-sys:filepath>${directory}/file-${i}.conf</unix-sys:filepath>\n` +
    `${child}<unix-sys:path>${directory}</unix-sys:path>\n` +
    `${child}<unix-sys:filename>file-${i}.conf</unix-sys:filename>\n` +
    `${child}<unix-sys:type>regular</unix-sys:type>\n` +
    `${child}<unix-sys:group_id datatype="int">0</unix-sys:group_id>\n` +
    `${child}<unix-sys:user_id datatype="int">0</unix-sys:user_id>\n` +
    `${child}<unix-sys:a_time datatype="int">${time}</unix-sys:a_time>\n` +
    `${child}<unix-sys:c_time datatype="int">${time}</unix-sys:c_time>\n` +
    `${child}<unix-sys:m_time datatype="int">${time - 106}</unix-sys:m_time>\n` +
    `${child}<unix-sys:size datatype="int">${(i * 37) % 65_536}</unix-sys:size>\n` +
    permissions +
    `${INDENT_CHILD}</unix-sys:file_item>\n`
  );
}

function reference(id) {
  return `${INDENT_CHILD}<reference item_ref="${id}"/>\n`;
}

/** Average bytes one item adds (the item plus its reference), measured on the first few thousand. */
function bytesPerItem() {
  const sample = 4096;
  let bytes = 0;
  for (let id = FIRST_ITEM_ID; id < FIRST_ITEM_ID + sample; id++) {
    bytes += Buffer.byteLength(systemItem(id)) + Buffer.byteLength(reference(id));
  }
  return bytes / sample;
}

/** Buffers strings and writes them to `fd` in chunks of about 1 MiB. */
class ChunkedWriter {
  #fd;
  #parts = [];
  #chars = 0;
  bytes = 0;

  constructor(fd) {
    this.#fd = fd;
  }

  write(text) {
    this.#parts.push(text);
    this.#chars += text.length;
    if (this.#chars >= WRITE_CHUNK_CHARS) this.flush();
  }

  flush() {
    if (this.#parts.length === 0) return;
    const chunk = Buffer.from(this.#parts.join(''), 'utf8');
    for (let written = 0; written < chunk.length;) written += writeSync(this.#fd, chunk, written);
    this.bytes += chunk.length;
    this.#parts = [];
    this.#chars = 0;
  }
}

/**
 * Writes a synthetic ARF of about `targetBytes` to `outPath` (via `outPath.tmp`).
 * @param {{ template: string, outPath: string, targetBytes: number }} options
 * @returns {{ bytes: number, items: number }} the file's exact size and the number of items added
 */
export function writeSyntheticArf({ template, outPath, targetBytes }) {
  const { pieces, reports } = splitTemplate(template);
  const base = Buffer.byteLength(template);
  const growth = Math.max(0, targetBytes - base);
  const perReport = Math.floor(growth / bytesPerItem() / reports.length);
  const tmpPath = `${outPath}.tmp`;
  let fd = openSync(tmpPath, 'w');
  try {
    const out = new ChunkedWriter(fd);
    let nextId = FIRST_ITEM_ID;
    reports.forEach((report, r) => {
      const first = nextId;
      nextId += perReport;
      out.write(pieces[2 * r]);
      out.write(
        `${INDENT_OBJECT}<object id="oval:org.stig-gate.bench:obj:${r + 1}" version="1" flag="complete">\n`,
      );
      for (let id = first; id < nextId; id++) out.write(reference(id));
      out.write(`${INDENT_OBJECT}</object>\n`);
      out.write(pieces[2 * r + 1]);
      if (!report.hasSystemData) out.write(`${INDENT_SYSTEM_DATA}<system_data>\n`);
      for (let id = first; id < nextId; id++) out.write(systemItem(id));
      if (!report.hasSystemData) out.write(`${INDENT_SYSTEM_DATA}</system_data>\n`);
    });
    out.write(pieces[pieces.length - 1]);
    out.flush();
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmpPath, outPath);
    return { bytes: out.bytes, items: nextId - FIRST_ITEM_ID };
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmpPath, { force: true });
    throw error;
  }
}
