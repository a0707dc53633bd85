/**
 * How far one OVAL path entity can reach in the scanned tree, from its operation and value: a literal path,
 * or the directory a regular expression's literal start pins it under, or (anything else) the whole tree.
 * Pure string work over OVAL's own semantics; no path here is ever opened.
 */

/** An absolute, normalised path: `/`, `/etc`, `/etc/ssl/openssl.cnf`. */
export type TreePath = string;

/** Where an entity's values can lead: exactly these paths, or anywhere under these directories. */
export interface PathBound {
  exact: TreePath[];
  under: TreePath[];
}

/** Characters that end a regular expression's literal run (POSIX ERE and PCRE, which OVAL patterns use). */
const REGEX_SPECIAL = new Set(['.', '[', ']', '(', ')', '*', '+', '?', '{', '}', '|', '^', '$']);
/** Quantifiers that make the character before them optional or repeated. */
const QUANTIFIERS = new Set(['*', '?', '{']);
/** Escapes that stand for one literal character (`\.` `\/` `\-`); `\d`, `\s`, `\w`, … are classes. */
const LITERAL_ESCAPE = /[^A-Za-z0-9]/;

/** `/a/./b//c/` → `/a/b/c`; a relative path or one with `..` cannot be bounded (undefined). */
export function normalizePath(path: string): TreePath | undefined {
  if (!path.startsWith('/')) return undefined;
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) return undefined;
  return `/${parts.join('/')}`;
}

/**
 * The directories every match of an OVAL `pattern match` on a path must lie under: each branch's literal
 * start after `^`, cut back to its last `/`. `^/etc/audit/rules\.d/.*\.rules$` → `/etc/audit/rules.d`;
 * `^/etc/bashrc$|^/etc/profile\.d/.*$` → `/etc`, `/etc/profile.d`. An unanchored branch is bounded only
 * by `/`.
 */
export function patternDirectories(pattern: string): TreePath[] {
  return [...new Set(topLevelBranches(pattern).map(branchDirectory))];
}

function branchDirectory(pattern: string): TreePath {
  if (!pattern.startsWith('^')) return '/';
  let literal = '';
  for (let i = 1; i < pattern.length; i++) {
    const char = pattern.charAt(i);
    if (char === '\\') {
      const next = pattern.charAt(i + 1);
      if (next === '' || !LITERAL_ESCAPE.test(next)) break;
      if (QUANTIFIERS.has(pattern.charAt(i + 2))) break;
      literal += next;
      i++;
      continue;
    }
    if (REGEX_SPECIAL.has(char)) break;
    // A quantified character may be absent or repeated: the literal run ends before it.
    if (QUANTIFIERS.has(pattern.charAt(i + 1))) break;
    literal += char;
  }
  const cut = literal.lastIndexOf('/');
  if (cut < 0) return '/';
  return normalizePath(literal.slice(0, cut) || '/') ?? '/';
}

/**
 * Where a path entity with this operation can lead for one value. `equals` names the path itself;
 * `pattern match` a directory it lies under; any other operation (`not equal`, `case insensitive equals`, …)
 * can match almost any path: the whole tree.
 */
export function boundOfValue(operation: string, value: string): PathBound {
  if (operation === 'equals') {
    const path = normalizePath(value);
    return path === undefined ? { exact: [], under: ['/'] } : { exact: [path], under: [] };
  }
  if (operation === 'pattern match') return { exact: [], under: patternDirectories(value) };
  return { exact: [], under: ['/'] };
}

/** `/etc` and `ssl/openssl.cnf` joined as one normalised path; undefined when `name` climbs out (`..`). */
export function joinPath(directory: TreePath, name: string): TreePath | undefined {
  return normalizePath(`${directory}/${name}`);
}

/** The pattern split at each `|` outside every group and bracket expression: its alternatives. */
function topLevelBranches(pattern: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let inBracket = false;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern.charAt(i);
    if (char === '\\') i++;
    else if (inBracket) inBracket = char !== ']';
    else if (char === '[') {
      inBracket = true;
      // A ']' first in the bracket (or after '^') is a literal member, not its end.
      if (pattern.charAt(i + 1) === '^') i++;
      if (pattern.charAt(i + 1) === ']') i++;
    } else if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === '|' && depth === 0) {
      branches.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(pattern.slice(start));
  return branches;
}
