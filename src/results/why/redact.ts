/**
 * Keeping secrets out of evidence. Everything an item holds was read from the scanned image, and reports
 * are public (a PR comment), so secrets are replaced here, in the model, and no report ever sees them.
 * {@link redactText} is the one pass over free text (matched lines, command lines, variable values,
 * scanner messages, script output); {@link redactItemFields} adds the rules that need to know which
 * field of which item a value is. What stays: the account, the setting's name, the URL's host, and what
 * kind of value was there. Redact before cutting a value short: a cut secret no longer matches.
 */
import type { EvidenceField } from '../why-model.js';

export const REDACTED_HASH = '[password hash redacted]';
/** The value of something named like a secret (`DB_PASSWORD=…`, `--token …`). */
export const REDACTED_VALUE = '[value redacted]';
/** A secret known by its form: a URL's password, a private key. */
export const REDACTED_SECRET = '[secret redacted]';

const MARKERS = [REDACTED_HASH, REDACTED_VALUE, REDACTED_SECRET];

/**
 * Password fields that hold no hash: empty, locked or disabled (`!`, `*`, `!!`, `!*`, Solaris `*LK*` and
 * `NP`), or `x` (passwd: the hash is in the shadow file). They say something and are safe to show.
 */
const NOT_A_HASH = /^(?:[!*]+|x|\*LK\*|NP)$/;

/** What a password field is, without its value: empty, a lock marker, or a hash (redacted). */
export function describePasswordField(field: string): string {
  if (field === '') return '(empty: no password)';
  if (NOT_A_HASH.test(field) || MARKERS.includes(field)) return field;
  // A lock prefix says the account is locked; what follows it is still the hash.
  const lock = /^[!*]+/.exec(field)?.[0] ?? '';
  return `${lock}${REDACTED_HASH}`;
}

/**
 * Files laid out as `name:password:…`: shadow, gshadow, passwd, master.passwd, opasswd, htpasswd, and their
 * backups (`shadow-`, `shadow.bak`, `shadow~`, `/etc/tcb/alice/shadow`), in any case. PAM's files of the
 * same names (`/etc/pam.d/passwd`) are settings, not accounts.
 */
const SHADOW_FILE = /(?:^|\/)[^/]*(?:shadow|passwd)[^/]*$/i;
const PAM_FILE = /(?:^|\/)pam\.d\//;
/** opasswd (pam_unix's old passwords) is `name:uid:count:hash,hash…`: its hashes are the fourth field. */
const OPASSWD_FILE = /(?:^|\/)opasswd[^/]*$/i;

/** Private keys whose lines a pattern may match one by one, without the PEM armour around them. */
const PRIVATE_KEY_FILE =
  /(?:^|\/)(?:id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?|ssh_host_\w+_key|[^/]+\.key)$|\/private\//;

/** Characters a password hash and its parameters are written with (crypt's alphabet, `$`, `,`, `=`, `+`). */
const HASH_CHARS = /^[./0-9A-Za-z$,=+]+$/;

/**
 * A traditional DES crypt hash: 13 characters of the crypt alphabet. An account name can look the same, so
 * one made of lowercase letters only (what DES gives about once in 100,000 hashes) is taken for a name.
 */
function looksLikeDes(text: string): boolean {
  return /^[./0-9A-Za-z]{13}$/.test(text) && !/^[a-z]+$/.test(text);
}

/**
 * A field before the password field that is safe to show: a number (opasswd's uid), or an account name. A
 * match may start inside the hash, so a name that could be (part of) one is not taken for an account: one
 * with a `$`, DES- or BSDi-shaped, or written in hash characters only and not as a lowercase name. A name
 * with a character no hash has (`www-data`, `_apt`, whatever an attacker wrote) is no hash.
 */
function safeBeforePassword(field: string): boolean {
  const name = field.trim();
  if (/^\d*$/.test(name)) return true;
  if (name.includes('$') || looksLikeDes(name) || /^_[./0-9A-Za-z]{19}$/.test(name)) return false;
  return !HASH_CHARS.test(name) || /^[a-z][a-z0-9.]*$/.test(name);
}

/**
 * One line of a shadow-like file with its password field described. The text a pattern matched may start
 * mid-line, so a field before the password field is kept only when it reads as an account name (else it
 * may be the hash itself: `HASH:19000`); fields after it (dates, uid, home, shell, members) never hold it.
 * A number of a few digits where the password should be shows the match started later: kept.
 */
function redactShadowLine(line: string, passwordIndex: number): string {
  const fields = line.split(':');
  if (fields.length < 2) return line.trim() === '' || /^\d+$/.test(line.trim()) ? line : REDACTED_HASH;
  return fields
    .map((field, i) => {
      if (i < passwordIndex) return safeBeforePassword(field) ? field : describePasswordField(field);
      if (i === passwordIndex) return /^\d{1,12}$/.test(field) ? field : describePasswordField(field);
      return field;
    })
    .join(':');
}

/** Every line of a shadow-like file's matched text, with its password field described. */
function redactShadowText(text: string, passwordIndex: number): string {
  return text
    .split('\n')
    .map((line) => redactShadowLine(line, passwordIndex))
    .join('\n');
}

/**
 * Password hashes by their form, anywhere in text: modular crypt (`$1$` MD5, `$2a$`… bcrypt, `$5$` `$6$`
 * SHA-crypt, `$7$` `$y$` `$gy$` scrypt and yescrypt, `$apr1$`, `$md5$`/`$md5,rounds=…$` SunMD5, `$sha1$`,
 * `$argon2…$`, `$scrypt$`, `$pbkdf2…$` as passlib writes them, phpass `$P$`/`$H$`), LDAP's `{SSHA}`,
 * `{CRYPT}`… prefixes, GRUB's `grub.pbkdf2.…` and BSDi extended DES (`_` and 19 characters).
 */
const HASHES: readonly RegExp[] = [
  /\{(?:S?SHA(?:256|384|512)?|S?MD5|CRYPT|PBKDF2[\w-]*|ARGON2\w*|BCRYPT|SCRYPT|CLEARTEXT)\}[^\s'"`;,<>|]+/gi,
  /\$(?:1|2[abxy]?|5|6|7|y|gy|P|H|apr1|md5(?:,rounds=\d+)?|sha1|argon2(?:id|i|d)|scrypt|pbkdf2[\w-]*|bcrypt[\w-]*)\$[^\s:'"`;<>|]{2,}/g,
  /\bgrub\.pbkdf2\.[^\s'"`;<>|]+/g,
];
/** BSDi's count and salt are crypt characters too: required to hold a digit, capital or dot, not a path. */
const BSDI_HASH = /(^|[\s:=,'"])(_[./0-9A-Za-z]{19})(?=$|[\s:,'";])/gm;

/** Replaces anything that looks like a password hash in free text. */
export function redactHashes(text: string): string {
  let redacted = text;
  for (const pattern of HASHES) redacted = redacted.replace(pattern, REDACTED_HASH);
  return redacted.replace(BSDI_HASH, (match, before: string, hash: string) =>
    /[0-9A-Z.]/.test(hash) ? `${before}${REDACTED_HASH}` : match,
  );
}

/**
 * A `name:DES-hash:` line in any file (a shadow backup under another name, a passwd with hashes, a script
 * that printed one): the field after an account name, 13 crypt characters then a `:`. Other hash forms
 * are caught by {@link redactHashes} wherever they are.
 */
const DES_LINE = /(^|[\s'"=])([A-Za-z_][\w.-]*:)([!*]*)([./0-9A-Za-z]{13})(?=:)/gm;

function redactDesLines(text: string): string {
  return text.replace(DES_LINE, (match, before: string, name: string, lock: string, hash: string) =>
    looksLikeDes(hash) ? `${before}${name}${lock}${REDACTED_HASH}` : match,
  );
}

/**
 * PEM private keys (`-----BEGIN … PRIVATE KEY-----`, PGP's `… PRIVATE KEY BLOCK-----`): the key material
 * up to the end armour, or to the end of the text when a line or a cut left none.
 */
const PRIVATE_KEY =
  /(-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----)(\s*)[\s\S]*?(\s*)(-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/g;

function redactPrivateKeys(text: string): string {
  return text.replace(PRIVATE_KEY, (_m, begin: string, gap: string, endGap: string, end: string) =>
    end
      ? `${begin}${gap || ' '}${REDACTED_SECRET}${endGap || ' '}${end}`
      : `${begin}${gap || ' '}${REDACTED_SECRET}`,
  );
}

/**
 * Credentials in a URL (`postgres://app:pw@db`, `redis://:pw@cache`): the password goes, scheme, user and
 * host stay. Userinfo without a password is a key in many services' URLs (Sentry's DSN), so it goes.
 */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#]*)@/gi;

function redactUrlCredentials(text: string): string {
  return text.replace(URL_USERINFO, (_m, scheme: string, userinfo: string) => {
    const colon = userinfo.indexOf(':');
    return colon < 0
      ? `${scheme}${REDACTED_SECRET}@`
      : `${scheme}${userinfo.slice(0, colon)}:${REDACTED_SECRET}@`;
  });
}

/**
 * Words that make a name a secret's, in an environment variable, a `KEY=value` line or a command-line
 * option. Matched in the name upper-cased with camelCase split (`apiKey` → `API_KEY`). `AUTH` not in
 * `AUTHOR…` (XAUTHORITY, AuthorizedKeysFile); `PASS` and `KEY` only as words of their own (`DB_PASS`,
 * `SSH_KEY`, not `KEYBOARD`), or at the end (`DBPASS`).
 */
const SECRET_WORDS =
  /PASSW(?:OR)?D|PASSPHRASE|PWD|SECRET|TOKEN|CREDENTIAL|CREDS|PRIVATE|COOKIE|SESSION|JWT|DSN|APIKEY|ACCESSKEY|AUTH(?!OR)/;
const SECRET_TOKENS = /(?:^|[^A-Z0-9])(?:PASS|KEY|PSK)(?:$|[^A-Z0-9])|PASS$/;

/** Whether a variable, setting or option of this name holds a secret by convention. */
export function isSecretName(name: string): boolean {
  const upper = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  // The shell's working directories, not passwords.
  if (/^(?:OLD)?PWD$/.test(upper)) return false;
  // login.defs' PASS_MAX_DAYS, PASS_MIN_LEN…: how passwords are kept, what the STIG checks.
  return SECRET_WORDS.test(upper) || (SECRET_TOKENS.test(upper) && !/^PASS_/.test(upper));
}

/**
 * Values a secret-named setting can hold that are no secret and are the evidence: an on/off switch (sshd's
 * `PasswordAuthentication=no`), a file's path (`SSL_KEY_FILE=/etc/ssl/private/x.key`), or a value
 * redaction already replaced.
 */
function harmlessValue(value: string): boolean {
  const bare = value.trim().replace(/^(["'])(.*)\1$/, '$2');
  return (
    /^(?:yes|no|true|false|on|off|none|null|)$/i.test(bare) ||
    /^\/[\w.@+-]+(?:\/[\w.@+-]+)+$/.test(bare) ||
    MARKERS.some((marker) => bare.includes(marker))
  );
}

/** `NAME=value`, `export NAME="value"`, `name: value` as a whole line: the value is the rest of it. */
const LINE_ASSIGNMENT =
  /^([ \t]*(?:export[ \t]+)?["']?)([A-Za-z_][\w.-]*)(["']?[ \t]*[=:][ \t]*)(.*?)[ \t]*$/gm;
/**
 * `NAME=value` inside a line (`env DB_PASS=x app`, `--password=x`, `?token=x&…`): up to a separator, and
 * not a marker a rule before this one left.
 */
const INLINE_ASSIGNMENT = /(^|[\s;&?'"(])(-{0,2}[A-Za-z_][\w.-]*)(=)((?!\[[a-z ]+ redacted\])[^\s&;,'")]+)/g;
/** `--token value`: an option's separate argument (not one that is the next option). */
const OPTION_ARGUMENT = /(^|\s)(--?[A-Za-z][\w-]*)([ \t]+)((?!\[[a-z ]+ redacted\])[^\s-]\S*)/g;

function redactNamedValues(text: string): string {
  const replace = (match: string, before: string, name: string, sep: string, value: string) =>
    isSecretName(name.replace(/^-+/, '')) && !harmlessValue(value)
      ? `${before}${name}${sep}${REDACTED_VALUE}`
      : match;
  return text
    .replace(LINE_ASSIGNMENT, replace)
    .replace(INLINE_ASSIGNMENT, replace)
    .replace(OPTION_ARGUMENT, replace);
}

/**
 * Free text from the image with every secret found by its form or its name replaced: private keys, URL
 * credentials, password hashes, `name:hash:` lines, and values of secret-named settings and options.
 * The one text pass every evidence path uses; run it on the whole value, before it is cut.
 */
export function redactText(text: string): string {
  return redactNamedValues(redactDesLines(redactHashes(redactUrlCredentials(redactPrivateKeys(text)))));
}

/**
 * A variable's value through {@link redactText}, and replaced whole when it is nothing but a DES-shaped
 * token: a local variable can hold a field an object collected (a shadow password field), and alone its
 * form is all there is to tell it by. A file name (`libcrypto.so3`) is kept.
 */
export function redactVariableValue(value: string): string {
  const bare = value.trim();
  if (looksLikeDes(bare) && !/^[\w-]+\.[a-z0-9]{1,4}$/i.test(bare)) return REDACTED_HASH;
  return redactText(value);
}

function fieldValue(fields: readonly EvidenceField[], name: string): string | undefined {
  return fields.find((field) => field.name === name)?.value;
}

/** The file an item is about, from `filepath` or `path` + `filename`. */
export function itemFile(fields: readonly EvidenceField[]): string | undefined {
  const filepath = fieldValue(fields, 'filepath');
  if (filepath) return filepath;
  const path = fieldValue(fields, 'path');
  const filename = fieldValue(fields, 'filename');
  if (path && filename) return `${path.replace(/\/+$/, '')}/${filename}`;
  return path ?? filename;
}

/** Fields holding what a pattern matched in a file. */
const MATCHED_TEXT = new Set(['text', 'line']);
/** Unix items whose `password` field is the account's password field (shadow_item, password_item). */
const PASSWORD_ITEM = /^(?:shadow|password)_item$/;

/**
 * An item's fields with secrets replaced. A shadow-like file's matched text keeps its accounts and
 * describes each line's password field; a subexpression is kept only when it is one of those accounts,
 * a lock marker, a number or a bare hash algorithm (`$6$`), else redacted (unsure, in such a file, means
 * secret). A private key file's text goes whole. A shadow_item's or password_item's password field is
 * described whatever it holds. An environment variable with a secret-sounding name loses its value. Then
 * every field goes through {@link redactText}.
 */
export function redactItemFields(type: string, fields: EvidenceField[]): EvidenceField[] {
  const file = itemFile(fields);
  const shadow = file !== undefined && SHADOW_FILE.test(file) && !PAM_FILE.test(file);
  const passwordIndex = file !== undefined && OPASSWD_FILE.test(file) ? 3 : 1;
  const keyFile = file !== undefined && PRIVATE_KEY_FILE.test(file) && !file.endsWith('.pub');
  const accounts = new Set<string>();
  if (shadow) {
    for (const field of fields)
      if (MATCHED_TEXT.has(field.name))
        for (const line of field.value.split('\n')) {
          const first = line.split(':')[0] ?? '';
          if (line.includes(':') && first.trim() !== '' && safeBeforePassword(first)) accounts.add(first);
        }
  }
  const secretVariable =
    type.startsWith('environmentvariable') && isSecretName(fieldValue(fields, 'name') ?? '');
  return fields.map((field) => {
    let value = field.value;
    if (keyFile && MATCHED_TEXT.has(field.name)) value = value === '' ? value : REDACTED_SECRET;
    else if (shadow && MATCHED_TEXT.has(field.name)) value = redactShadowText(value, passwordIndex);
    else if (shadow && field.name === 'subexpression') {
      const safe =
        accounts.has(value) || /^[!*]*$/.test(value) || /^\d+$/.test(value) || /^\$[a-z0-9-]+\$$/.test(value);
      if (!safe) value = value.includes(':') ? redactShadowText(value, passwordIndex) : REDACTED_HASH;
    } else if (PASSWORD_ITEM.test(type) && field.name === 'password') value = describePasswordField(value);
    else if (secretVariable && field.name === 'value') value = REDACTED_VALUE;
    value = redactText(value);
    return value === field.value ? field : { ...field, value, redacted: true };
  });
}
