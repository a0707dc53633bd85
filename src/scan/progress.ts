/**
 * Where oscap is, from its INFO log (rootfs mode gives `--verbose INFO` on stderr): the XCCDF rule being
 * evaluated, the OVAL object being collected and the last file opened. Read so that a scan stopped at its
 * timeout names what it was stuck on; the lines themselves quote collected values (secrets, maybe) and are
 * never kept, logged or shown.
 */

/** oscap's log lines: `I: oscap: …` (and D:, W:, E:). */
const LOG_LINE = /^[DIWE]: oscap: /;
const RULE = /^I: oscap: Evaluating XCCDF rule '([^']+)'/;
const OBJECT = /^I: oscap: Querying (\S+) object '([^']+)'/;
const FILE = /^I: oscap: Opening file '([^']*)'/;

/** The last rule, object and file oscap's log named. */
export class OscapProgress {
  private rule: string | undefined;
  private object: string | undefined;
  private file: string | undefined;

  /** `treeRoot`: OSCAP_PROBE_ROOT, taken off the front of file paths (they are the image's). */
  constructor(private readonly treeRoot = '') {}

  /** Whether `line` is one of oscap's log lines (then it was read here, and is not to be kept). */
  see(line: string): boolean {
    if (!LOG_LINE.test(line)) return false;
    const rule = RULE.exec(line);
    if (rule) {
      this.rule = rule[1];
      this.object = undefined;
      this.file = undefined;
      return true;
    }
    const object = OBJECT.exec(line);
    if (object) {
      this.object = `${object[1]} object ${object[2]}`;
      this.file = undefined;
      return true;
    }
    const file = FILE.exec(line);
    if (file?.[1] !== undefined) {
      const path = file[1];
      this.file =
        this.treeRoot !== '' && path.startsWith(this.treeRoot)
          ? path.slice(this.treeRoot.length) || '/'
          : path;
    }
    return true;
  }

  /** `rule X (textfilecontent54 object Y, file /etc/z)`, or undefined before the first rule. */
  describe(): string | undefined {
    if (this.rule === undefined) return undefined;
    const where = [this.object, this.file && `file ${this.file}`].filter(Boolean).join(', ');
    return `rule ${this.rule}${where ? ` (${where})` : ''}`;
  }
}
