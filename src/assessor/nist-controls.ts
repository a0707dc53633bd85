/**
 * CCI → NIST SP 800-53 controls, from DISA's CCI list through the generated, committed
 * cci-nist.json (scripts/generate-cci-map.mjs; its `provenance` says which list).
 */
import data from './cci-nist.json' with { type: 'json' };

const REV5: Readonly<Record<string, string[] | undefined>> = data.rev5;
const REV4_ONLY: Readonly<Record<string, string[] | undefined>> = data.rev4Only;

/** Where the map came from: DISA's list version and its sha256. */
export const CCI_MAP_PROVENANCE = data.provenance;

/**
 * The controls of one CCI: DISA's Revision 5 references (`CM-6 b`), else its Revision 4 ones (DISA gives
 * some CCIs no Revision 5 reference; the control ids are the same family and number), else none.
 */
export function controlsOfCci(cci: string): string[] {
  return REV5[cci] ?? REV4_ONLY[cci] ?? [];
}

/** The controls of a rule's CCIs, each once, in CCI order. */
export function controlsOfCcis(ccis: readonly string[]): string[] {
  return [...new Set(ccis.flatMap(controlsOfCci))];
}

/** `CM-6 b` → `CM-6`; `AC-11 (1)` → `AC-11(1)`: the control (or enhancement) without its statement part. */
export function baseControl(control: string): string {
  const match = /^([A-Z]{2}-\d+)(?: \((\d+)\))?/.exec(control);
  if (!match) return control;
  return match[2] ? `${match[1]}(${match[2]})` : match[1]!;
}

/**
 * The OSCAL id of a control's statement: `CM-6 b` → `cm-6_smt.b`, `AC-11 (1)` → `ac-11.1_smt`,
 * `AC-1 a 1 (a)` → `ac-1_smt.a.1.a` (NIST's 800-53 Rev 5 OSCAL catalog's ids).
 */
export function oscalStatementId(control: string): string {
  let id = STATEMENT_IDS.get(control);
  if (id === undefined) {
    id = statementId(control);
    STATEMENT_IDS.set(control, id);
  }
  return id;
}

/** Statement ids already made: a scan names a few hundred controls thousands of times. */
const STATEMENT_IDS = new Map<string, string>();

function statementId(control: string): string {
  const [family, ...rest] = control.trim().split(/\s+/);
  let id = (family ?? control).toLowerCase();
  const parts = [...rest];
  const enhancement = /^\((\d+)\)$/.exec(parts[0] ?? '');
  if (enhancement) {
    id += `.${enhancement[1]}`;
    parts.shift();
  }
  const items = parts.map((part) => part.replace(/[()]/g, '').toLowerCase()).filter(Boolean);
  return `${id}_smt${items.length > 0 ? `.${items.join('.')}` : ''}`;
}

/** The OSCAL control id: `CM-6 b` → `cm-6`, `AC-11 (1)` → `ac-11.1`. */
export function oscalControlId(control: string): string {
  return oscalStatementId(control).replace(/_smt.*$/, '');
}
