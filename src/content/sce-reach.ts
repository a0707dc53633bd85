/**
 * Whether an SCE script could read the scanned tree. SCE scripts run in the scanner itself, not under the
 * probe root: the tree is at a path of the scanner's, which a script finds only by being told
 * (OSCAP_PROBE_ROOT), by walking the file system, or by naming paths. A script is taken as not reaching the
 * tree only when none of that is in its text: every absolute path it names is one of the kernel's own
 * views (/proc, /sys, /dev) or the interpreter on its first line, it names no probe root, steps up no
 * directory and runs no command that walks directories. The GPOS ASLR script (`sysctl
 * kernel.randomize_va_space`) passes; anything else widens the reach to the whole tree.
 */

/** Where the kernel's own state is, not the image's: the scanner's, wherever the tree is. */
const KERNEL_VIEWS = ['/proc/', '/sys/', '/dev/'];

/** Commands that walk directories or change the working one; words as the shell splits them. */
const WALKERS = new Set([
  'find',
  'locate',
  'du',
  'ls',
  'tree',
  'cd',
  'pushd',
  'rsync',
  'tar',
  'cpio',
  'grep',
]);

/** undefined when the script cannot reach the tree; else what could (for the log). */
export function analyseScript(script: string): string | undefined {
  const [first = '', ...rest] = script.replace(/^\s+/, '').split('\n');
  const body = first.startsWith('#!') ? rest.join('\n') : script;
  if (/PROBE_ROOT/.test(body)) return 'names the probe root';
  if (body.includes('..')) return "steps up a directory ('..')";
  for (const match of body.matchAll(/(?:^|[^\w.$-])(\/[^\s'"`;|&()<>]*)/g)) {
    const path = match[1]!;
    if (!KERNEL_VIEWS.some((view) => path.startsWith(view))) return `names the path ${path}`;
  }
  for (const word of body.split(/[^\w.-]+/)) {
    if (WALKERS.has(word)) return `runs ${word}`;
  }
  if (/[*?]/.test(body.replace(/'[^']*'|"[^"]*"/g, ''))) return 'expands a file name pattern';
  return undefined;
}
