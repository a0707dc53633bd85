/**
 * A hostile ARF (the clean sample with secrets put where an image puts them: matched lines, unix items,
 * environment and process items, scanner messages, variable values, an SCE script's output) read through
 * the real reader, gated, and rendered in every report and every evidence format: no secret is in any.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderEvidence, type DocumentFormat } from '../../../src/assessor/formats.js';
import { gateJson } from '../../../src/report/gate-json.js';
import { gateText } from '../../../src/report/gate-text.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderSarif } from '../../../src/report/sarif.js';
import { EVIDENCE_LIMITS, type OvalEvidence } from '../../../src/results/why-model.js';
import { readResults } from '../../../src/results/read.js';
import { build } from '../../assessor/support.js';
import { CLEAN_ARF } from '../../support/paths.js';

/** Every secret below holds `Zq` and a number; nothing else in the sample does. */
const SECRET = /Zq\d+/;
const DIGEST = `${'0f'.repeat(16)}${'9a'.repeat(16)}`;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function item(type: string, prefix: string, id: number, values: Record<string, string>): string {
  const children = Object.entries(values).map(
    ([name, value]) => `<${prefix}:${name}>${escapeXml(value)}</${prefix}:${name}>`,
  );
  return `<${prefix}:${type} id="${id}" status="exists">${children.join('')}</${prefix}:${type}>`;
}
const text = (id: number, filepath: string, line: string, more: Record<string, string> = {}) =>
  item('textfilecontent54_item', 'ind-sys', id, {
    filepath,
    pattern: '^.*$',
    instance: '1',
    text: line,
    ...more,
  });
const env = (id: number, name: string, value: string) =>
  item('environmentvariable58_item', 'ind-sys', id, { pid: '1', name, value });

/** Items by OpenSSL test (tst:1 … tst:5 of SV-203739), five each: what a test shows. */
const ITEMS: Record<number, string[]> = {
  1: [
    text(
      9101,
      '/etc/shadow',
      'daemon:Zq1DesHashAaa:19000:0:99999:7:::\nbin:Zq2DesHashBbb:19000:0:99999:7:::',
    ),
    text(9102, '/etc/shadow', 'Zq3DesHashCcc:19000', { subexpression: 'Zq3DesHashCcc' }),
    text(9103, '/etc/shadow.bak', 'admin:Zq4DesHashDdd:19000::::::'),
    text(9104, '/etc/passwd', 'legacy:Zq5DesHashEee:1000:1000::/home/legacy:/bin/sh'),
    item('shadow_item', 'unix-sys', 9105, { username: 'svc', password: 'Zq6DesHashFff', chg_lst: '19000' }),
  ],
  2: [
    env(9201, 'DB_PWD', 'hunter2-Zq7'),
    env(9202, 'DATABASE_URL', 'postgres://app:Zq8UrlPassword@db.internal:5432/app'),
    env(9203, 'ERROR_REPORTING', 'https://Zq9SentryKey@o1.ingest.sentry.io/1'),
    item('process58_item', 'unix-sys', 9204, {
      command_line: 'mysqld --password=Zq10CmdPw --user=root',
      pid: '7',
    }),
    item('password_item', 'unix-sys', 9205, {
      username: 'legacy',
      password: 'Zq11DesHashGg',
      user_id: '1000',
    }),
  ],
  3: [
    text(9301, '/etc/htpasswd', 'web:$apr1$abcdefgh$Zq12AprHash'),
    text(
      9302,
      '/etc/app.conf',
      'a=$pbkdf2-sha256$29000$N2bsvRey$Zq13Pbkdf2 b=$md5,rounds=5000$GUBv0xjJ$$Zq14SunMd5 c=_J9..CCCCZq15BsdiAbc d={SSHA}Zq16LdapHash==',
    ),
    text(9303, '/etc/grub.d/40_custom', 'password_pbkdf2 root grub.pbkdf2.sha512.10000.Zq17GrubHash'),
    text(9304, '/etc/environment', 'AWS_SECRET_ACCESS_KEY=Zq18AwsSecretKey'),
    // Across the 500-character cut: the URL's '@' lies past it, so it is found only when redaction comes first.
    text(
      9305,
      '/etc/environment',
      `${'#'.repeat(460)}\nDATABASE_URL=postgres://app:Zq19ClippedPw@db.internal/app`,
    ),
  ],
  4: [
    text(
      9401,
      '/root/.ssh/id_rsa',
      '-----BEGIN OPENSSH PRIVATE KEY-----\nZq20PrivateKeyMaterial\n-----END OPENSSH PRIVATE KEY-----',
    ),
    item('filehash58_item', 'ind-sys', 9402, {
      filepath: '/etc/ssl/certs/ca-certificates.crt',
      hash_type: 'SHA-256',
      hash: DIGEST,
    }),
    text(9403, '/etc/login.defs', 'PASS_MAX_DAYS 99999'),
  ],
};

/** What the scanner says about the collected objects, and the values their variables took. */
const MESSAGES: Record<number, string> = {
  1: 'msg root:Zq21DesHashMm:1 $6$msgsalt$Zq22MsgHash AWS_SECRET_ACCESS_KEY=Zq23MsgKey',
  2: 'cannot reach redis://:Zq24RedisPw@cache:6379',
};
const VARIABLES: Record<number, string> = {
  1: 'https://u:Zq25VarPw@h.example/',
  2: '-----BEGIN RSA PRIVATE KEY----- Zq26VarKey',
  3: 'root:Zq33DesHashPp:19000:0:99999:7:::',
  4: 'Zq34DesHashQq',
};

const SCE_OUTPUT = [
  'ASLR bad',
  'root:Zq27DesHashNn:19000:0:99999:7:::',
  'AWS_SECRET_ACCESS_KEY=Zq28SceKey',
  '-----BEGIN EC PRIVATE KEY-----',
  'Zq29SceKeyLine1',
  'Zq30SceKeyLine2',
  '-----END EC PRIVATE KEY-----',
  `${'x'.repeat(480)} mysql://root:Zq31LongLinePw@db/x`,
].join('\n');

async function hostileArf(): Promise<string> {
  const arf = await readFile(CLEAN_ARF, 'utf8');
  const start = arf.indexOf('<arf:report id="oval0">');
  const end = arf.indexOf('</arf:report>', start);
  let report = arf.slice(start, end);
  for (const [n, items] of Object.entries(ITEMS)) {
    const ids = items.map((i) => /id="(\d+)"/.exec(i)![1]!);
    const test = new RegExp(`<test test_id="oval:org.OpenSsl:tst:${n}" ([^>]*?)result="false"/>`);
    expect(report).toMatch(test);
    report = report.replace(
      test,
      `<test test_id="oval:org.OpenSsl:tst:${n}" $1result="false">` +
        ids.map((id) => `<tested_item item_id="${id}" result="false"/>`).join('') +
        '</test>',
    );
    const object = `<object id="oval:org.OpenSsl:obj:${n}" version="1" flag="does not exist"/>`;
    expect(report).toContain(object);
    const message = MESSAGES[Number(n)];
    const variable = VARIABLES[Number(n)];
    report = report.replace(
      object,
      () =>
        `<object id="oval:org.OpenSsl:obj:${n}" version="1" flag="complete">` +
        (message ? `<message level="info">${escapeXml(message)}</message>` : '') +
        (variable
          ? `<variable_value variable_id="oval:x:var:${n}">${escapeXml(variable)}</variable_value>`
          : '') +
        ids.map((id) => `<reference item_ref="${id}"/>`).join('') +
        '</object>',
    );
  }
  // Replacer functions throughout: the items hold '$$', which a replacement string would make '$'.
  report = report.replace(
    '</collected_objects>',
    () => `</collected_objects><system_data>${Object.values(ITEMS).flat().join('')}</system_data>`,
  );
  const hostile = arf.slice(0, start) + report + arf.slice(end);
  const sce =
    /(<rule-result idref="xccdf_mil.disa.stig_rule_SV-203754r958928_rule"[\s\S]*?<check-import import-name="stdout">)ASLR not configured correctly\n/;
  expect(hostile).toMatch(sce);
  return hostile.replace(sce, (_, head: string) => `${head}${escapeXml(SCE_OUTPUT)}\n`);
}

async function* chunksOf(bytes: Buffer): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += 65_536) yield bytes.subarray(at, at + 65_536);
}

const current = await readResults('hostile.xml', chunksOf(Buffer.from(await hostileArf())));
const { result, model } = build(current);
const openssl = current.rules.find((r) => r.stig.ruleId === 'SV-203739')!.evidence as OvalEvidence;

const FORMATS: DocumentFormat[] = ['cklb', 'ckl', 'poam-csv', 'oscal-ar', 'oscal-poam', 'hdf'];
const rendered: Record<string, string> = {
  evidence: JSON.stringify(current.rules.map((r) => r.evidence ?? null)),
  json: JSON.stringify(gateJson(result)),
  sarif: JSON.stringify(renderSarif(result)),
  markdown: renderMarkdown(result),
  text: gateText(result),
  ...Object.fromEntries(FORMATS.map((format) => [format, renderEvidence(format, model) ?? ''])),
};

describe('a hostile ARF, in every report', () => {
  it('the hostile evidence is read: every planted item is there', () => {
    expect(openssl.tests.map((t) => t.items.length)).toEqual([5, 5, 5, 3, 0]);
    expect(openssl.tests[0]!.object!.messages).toHaveLength(1);
    expect(openssl.tests[0]!.object!.variables).toHaveLength(1);
  });

  it.each(Object.keys(rendered))('%s: no secret', (name) => {
    const output = rendered[name]!;
    expect(output.length).toBeGreaterThan(0);
    expect(output.match(SECRET)?.[0]).toBeUndefined();
  });

  it('what is no secret stays readable: accounts, paths, the CA bundle digest, a setting', () => {
    const json = rendered.json!;
    for (const kept of [
      'daemon:[password hash redacted]:19000',
      'legacy:[password hash redacted]:1000:1000::/home/legacy:/bin/sh',
      'postgres://app:[secret redacted]@db.internal:5432/app',
      'mysqld --password=[value redacted] --user=root',
      DIGEST,
      'PASS_MAX_DAYS 99999',
    ])
      expect(json, kept).toContain(kept);
  });

  it('values are cut to 500 characters after redaction, not before', () => {
    const clipped = openssl.tests[2]!.items[4]!.fields.find((f) => f.name === 'text')!;
    expect(clipped.redacted).toBe(true);
    expect(clipped.value.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.valueChars);
    const sce = current.rules.find((r) => r.stig.ruleId === 'SV-203754')!.evidence;
    expect(sce).toMatchObject({ kind: 'sce', outputOmitted: 0 });
    expect(sce?.kind === 'sce' && sce.output.every((l) => l.length <= EVIDENCE_LIMITS.valueChars)).toBe(true);
  });
});
