/**
 * What redaction takes out of an item's fields and what it leaves: every secret a scanned image can hold
 * (password hashes of every format, secret-named values, credentials in URLs, private keys) is replaced;
 * ordinary evidence (paths, modes, owners, file digests, settings) is kept as read.
 */
import { describe, expect, it } from 'vitest';
import { redactItemFields } from '../../../src/results/why/redact.js';
import type { EvidenceField } from '../../../src/results/why-model.js';

const fields = (entries: Record<string, string>): EvidenceField[] =>
  Object.entries(entries).map(([name, value]) => ({ name, value }));

/** The values of an item's fields after redaction, by name. */
function redacted(type: string, entries: Record<string, string>): Record<string, string> {
  return Object.fromEntries(redactItemFields(type, fields(entries)).map((f) => [f.name, f.value]));
}

const tfc = (file: string, text: string, more: Record<string, string> = {}) =>
  redacted('textfilecontent54_item', { filepath: file, pattern: '^.*$', instance: '1', text, ...more });

const HASH = '[password hash redacted]';
const VALUE = '[value redacted]';
const SECRET = '[secret redacted]';

describe('shadow-format lines, wherever they are', () => {
  it.each<[number, string, string, string]>([
    [1, '/etc/shadow.bak', 'admin:abJnggxhB/yWI:19000:0:99999:7:::', `admin:${HASH}:19000:0:99999:7:::`],
    [2, '/etc/shadow.orig', 'admin:abJnggxhB/yWI:19000:0:99999:7:::', `admin:${HASH}:19000:0:99999:7:::`],
    [3, '/etc/shadow~', 'admin:!abJnggxhB/yWI:19000::::::', `admin:!${HASH}:19000::::::`],
    [4, '/etc/SHADOW', 'root:DESSECRET25x:1', `root:${HASH}:1`],
    [5, '/etc/tcb/alice/shadow', 'alice:DESSECRET14x:19000::::::', `alice:${HASH}:19000::::::`],
    [
      6,
      '/etc/master.passwd',
      'root:Ab1DESSECRETx:0:0::0:0:Charlie &:/root:/bin/sh',
      `root:${HASH}:0:0::0:0:Charlie &:/root:/bin/sh`,
    ],
    [
      7,
      '/etc/passwd',
      'legacy:Q9JnggxhB/yWI:1000:1000::/home/legacy:/bin/sh',
      `legacy:${HASH}:1000:1000::/home/legacy:/bin/sh`,
    ],
    [8, '/etc/passwd', 'root:x:0:0:root:/root:/bin/bash', 'root:x:0:0:root:/root:/bin/bash'],
    [
      9,
      '/root/backup.txt',
      'old root:Q9JnggxhB/yWI:19000:0:99999:7:::',
      `old root:${HASH}:19000:0:99999:7:::`,
    ],
    [10, '/etc/security/opasswd', 'alice:1000:2:Q9JnggxhB/yWI', `alice:1000:2:${HASH}`],
  ])('%i. %s: %s', (_n, file, text, expected) => {
    expect(tfc(file, text).text).toBe(expected);
  });

  it('11. every line of a text of several lines, not only the first', () => {
    const text =
      'daemon:abJnggxhB/yWI:19000:0:99999:7:::\nbin:XYJnggxhB/zzz:19000:0:99999:7:::\nops:*:19000::::::';
    expect(tfc('/etc/shadow', text).text).toBe(
      `daemon:${HASH}:19000:0:99999:7:::\nbin:${HASH}:19000:0:99999:7:::\nops:*:19000::::::`,
    );
  });

  it('12. a match that starts mid-line: the hash is not taken for the account, nor its subexpression kept', () => {
    const item = tfc('/etc/shadow', 'HASHYHASHYHAS:19000', { subexpression: 'HASHYHASHYHAS' });
    expect(JSON.stringify(item)).not.toContain('HASHYHASHYHAS');
    expect(item.text).toBe(`${HASH}:19000`);
    expect(item.subexpression).toBe(HASH);
  });

  it('13. a name no hash could be is kept as the account, however hostile; one that could be part of a hash is not', () => {
    const hostile = '<b>@admin</b>[x](//e.vil)|pipe_*';
    expect(tfc('/etc/shadow', `${hostile}:$6$salt$abcdEFGH:19000`).text).toBe(`${hostile}:${HASH}:19000`);
    expect(tfc('/etc/shadow', 'www-data:*:19000').text).toBe('www-data:*:19000');
    expect(tfc('/etc/shadow', 'JnggxhB/yW:19000').text).toBe(`${HASH}:19000`);
    expect(tfc('/etc/shadow', 'Jngg:19000').text).toBe(`${HASH}:19000`);
  });

  it('14. a subexpression that holds a hash is redacted; the account, a marker, a number or an algorithm are kept', () => {
    const text = 'svc:Q9JnggxhB/yWI:19000';
    expect(tfc('/etc/shadow', text, { subexpression: 'Q9JnggxhB/yWI' }).subexpression).toBe(HASH);
    expect(tfc('/etc/shadow', text, { subexpression: 'svc' }).subexpression).toBe('svc');
    expect(tfc('/etc/shadow', text, { subexpression: '19000' }).subexpression).toBe('19000');
    expect(tfc('/etc/shadow', 'root:$6$salt$abcdEFGH:1', { subexpression: '$6$' }).subexpression).toBe('$6$');
  });

  it('15. shadow_item and password_item: the password field is redacted whatever it holds, markers kept', () => {
    expect(redacted('shadow_item', { username: 'svc', password: 'abJnggxhB/yWI', chg_lst: '19000' })).toEqual(
      {
        username: 'svc',
        password: HASH,
        chg_lst: '19000',
      },
    );
    expect(redacted('password_item', { username: 'legacy', password: 'pwDESSECRET12' }).password).toBe(HASH);
    expect(redacted('shadow_item', { username: 'svc', password: 'plain text?' }).password).toBe(HASH);
    expect(redacted('shadow_item', { username: 'svc', password: '!pwDESSECRET1' }).password).toBe(`!${HASH}`);
    for (const marker of ['x', '*', '!', '!!', '!*', '*LK*', 'NP'])
      expect(redacted('password_item', { username: 'a', password: marker }).password, marker).toBe(marker);
  });

  it('16. a PAM file named passwd is no shadow file: its setting stays readable', () => {
    const item = tfc('/etc/pam.d/passwd', 'password include system-auth', { subexpression: 'system-auth' });
    expect(item).toMatchObject({ text: 'password include system-auth', subexpression: 'system-auth' });
  });
});

describe('password hashes of every format, in any text', () => {
  it.each<[number, string, string]>([
    [1, 'web:$apr1$abcdefgh$HTPASSWDHASHVALUE12345', 'HTPASSWDHASHVALUE'],
    [2, 'hash=$pbkdf2-sha256$29000$N2bsvRey$PBKDF2HASHVALUE', 'PBKDF2HASHVALUE'],
    [3, 'sol=$md5,rounds=5000$GUBv0xjJ$$mSwgIswdjlTY0YxV7HBVm0', 'mSwgIswdjlTY0YxV7HBVm0'],
    [
      4,
      'scrypt=$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD',
      'nFNh2CVHVj',
    ],
    [5, 'bsdi=_J9..CCCCXBrJUJV154M end', 'CCCCXBrJUJV154M'],
    [6, 'ldap={SSHA}SSHAHASHVALUEAAAAAA==', 'SSHAHASHVALUE'],
    [7, 'userPassword: {SSHA512}SSHA512HASHVALUE==', 'SSHA512HASHVALUE'],
    [8, 'userPassword {CRYPT}Q9JnggxhB/yWI', 'Q9JnggxhB/yWI'],
    [9, 'password_pbkdf2 root grub.pbkdf2.sha512.10000.GRUBSECRET22AABBCC', 'GRUBSECRET22'],
    [10, 'x $sha1$19703$iVdJqfSE$v4qYKl1zqYThwpjJAoKX6UvlHq/a', 'v4qYKl1zqYThwpjJAoKX6UvlHq'],
    [11, 'x $argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$ARGONHASHVALUE', 'ARGONHASHVALUE'],
    [12, 'x $gy$j9T$salt$GYHASHVALUE', 'GYHASHVALUE'],
    [13, 'x $md5$saltsalt$MD5SUNHASHVALUE', 'MD5SUNHASHVALUE'],
  ])('%i. %s', (_n, text, secret) => {
    const item = tfc('/etc/app.conf', text);
    expect(item.text).not.toContain(secret);
    expect(item.text).toContain(HASH);
  });

  it('14. a PEM private key: the key material goes, the armour says what it was', () => {
    const pem =
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAAPRIVKEYSECRET23\n-----END OPENSSH PRIVATE KEY-----';
    expect(tfc('/root/.ssh/authorized', pem).text).toBe(
      `-----BEGIN OPENSSH PRIVATE KEY-----\n${SECRET}\n-----END OPENSSH PRIVATE KEY-----`,
    );
    // A matched line holding only the start of a key, as a line-by-line pattern collects it.
    expect(tfc('/etc/x', '-----BEGIN RSA PRIVATE KEY----- MIIEpAIBAAKCAQEAPRIVKEYSECRET').text).toBe(
      `-----BEGIN RSA PRIVATE KEY----- ${SECRET}`,
    );
    // A line of a private key file is key material, with or without the armour.
    expect(tfc('/root/.ssh/id_ed25519', 'b3BlbnNzaC1rZXktdjEAAAAAPRIVKEYSECRET').text).toBe(SECRET);
  });

  it('15. a file digest, a mode, an owner and a path are no secrets', () => {
    const digest = 'a'.repeat(16) + '0123456789abcdef'.repeat(3);
    expect(
      redacted('filehash58_item', {
        filepath: '/etc/ssl/certs/ca-certificates.crt',
        hash_type: 'SHA-256',
        hash: digest,
      }),
    ).toEqual({ filepath: '/etc/ssl/certs/ca-certificates.crt', hash_type: 'SHA-256', hash: digest });
    const file = { filepath: '/etc/shadow', user_id: '0', group_id: '42', uread: 'true', oread: 'false' };
    expect(redacted('file_item', file)).toEqual(file);
  });
});

describe('secret-named values and credentials', () => {
  it.each<[number, string, string]>([
    [1, 'DB_PWD', 'hunter2-db-pwd'],
    [2, 'MYSQL_PWD', 'mysqlpwd-SECRET4'],
    [3, 'APP_CREDS', 'creds-SECRET9'],
    [4, 'SENTRY_DSN', 'https://dsnkey-SECRET5@o1.ingest.sentry.io/1'],
    [5, 'JWT', 'eyJhbGciOiJIUzI1NiJ9.jwt-SECRET10'],
    [6, 'DB_PASSWD', 'passwd-SECRET'],
    [7, 'STRIPE_APIKEY', 'sk_live_SECRET'],
    [8, 'NPM_CONFIG__AUTH', 'npmauth-SECRET8'],
  ])('%i. environment variable %s: its value goes', (_n, name, value) => {
    expect(redacted('environmentvariable58_item', { pid: '1', name, value })).toEqual({
      pid: '1',
      name,
      value: VALUE,
    });
  });

  it.each<[number, string, string]>([
    [1, 'PWD', '/root'],
    [2, 'KEYBOARD', 'us'],
    [3, 'SSL_CERT_FILE', '/etc/ssl/certs/ca-certificates.crt'],
    [4, 'XAUTHORITY', '/root/.Xauthority'],
    [5, 'KEYMAP', 'de-latin1'],
  ])('%i. environment variable %s: not a secret, kept', (_n, name, value) => {
    expect(redacted('environmentvariable58_item', { pid: '1', name, value }).value).toBe(value);
  });

  it.each<[number, string, string, string]>([
    [
      1,
      'postgres://app:SuperSecretPw@db.internal:5432/app',
      'SuperSecretPw',
      `postgres://app:${SECRET}@db.internal:5432/app`,
    ],
    [2, 'redis://:redispw-SECRET7@cache:6379', 'redispw-SECRET7', `redis://:${SECRET}@cache:6379`],
    [
      3,
      'https://dsnkey-SECRET5@o1.ingest.sentry.io/1',
      'dsnkey-SECRET5',
      `https://${SECRET}@o1.ingest.sentry.io/1`,
    ],
    [4, 'see amqp://guest:p@ss@mq/vhost now', 'p@ss', `see amqp://guest:${SECRET}@mq/vhost now`],
  ])('%i. a credential in a URL, whatever the variable is called: %s', (_n, value, secret, expected) => {
    const item = redacted('environmentvariable58_item', { pid: '1', name: 'DATABASE_URL', value });
    expect(item.value).not.toContain(secret);
    expect(item.value).toBe(expected);
  });

  it.each<[number, string, string, string]>([
    [
      1,
      'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'wJalrXUtnFEMI',
      `AWS_SECRET_ACCESS_KEY=${VALUE}`,
    ],
    [2, 'export DB_PASSWORD="hunter 2"', 'hunter', `export DB_PASSWORD=${VALUE}`],
    [3, 'api_key: abc123SECRET', 'abc123SECRET', `api_key: ${VALUE}`],
    [
      4,
      'PATH=/usr/bin\nGITHUB_TOKEN=ghp_AAAA\nLANG=C',
      'ghp_AAAA',
      `PATH=/usr/bin\nGITHUB_TOKEN=${VALUE}\nLANG=C`,
    ],
    [5, 'ldap_default_authtok = s3cretSECRET', 's3cretSECRET', `ldap_default_authtok = ${VALUE}`],
  ])('%i. a secret-named KEY=value line in a file: %s', (_n, text, secret, expected) => {
    const item = tfc('/etc/environment', text);
    expect(item.text).not.toContain(secret);
    expect(item.text).toBe(expected);
  });

  it.each<[number, string]>([
    [1, 'PASS_MAX_DAYS 60'],
    [2, 'PasswordAuthentication=no'],
    [3, 'PermitEmptyPasswords no'],
    [4, 'minlen = 15'],
    [5, 'dcredit = -1'],
    [6, 'HostKey /etc/ssh/ssh_host_ed25519_key'],
    [7, 'auth required pam_faillock.so preauth silent deny=3'],
    [8, 'SSL_KEY_FILE=/etc/ssl/private/server.key'],
  ])('%i. a setting that is no secret is kept: %s', (_n, text) => {
    expect(tfc('/etc/some.conf', text).text).toBe(text);
  });

  it('a process command line loses its secret options, keeps the rest', () => {
    const item = redacted('process58_item', {
      command_line: 'mysqld --password=cmdline-SECRET11 --user=root',
      pid: '7',
    });
    expect(item.command_line).toBe(`mysqld --password=${VALUE} --user=root`);
    expect(
      redacted('process58_item', { command_line: 'agent --token tok-SECRET --port 80' }).command_line,
    ).toBe(`agent --token ${VALUE} --port 80`);
    expect(redacted('process58_item', { command_line: 'env DB_PASS=x1SECRET app' }).command_line).toBe(
      `env DB_PASS=${VALUE} app`,
    );
    const plain = 'docker login --password-stdin --username ci';
    expect(redacted('process58_item', { command_line: plain }).command_line).toBe(plain);
  });
});
