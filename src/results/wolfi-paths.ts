/**
 * Which rules of a SCAP source data stream look only at files of apk, the package manager of Wolfi and
 * Chainguard's images (`/etc/apk/…`, `/usr/lib/apk/…`): on an image of another distribution those files do
 * not exist, and a check that passes when nothing matches passes without having looked at anything. The
 * rules are found by following each Rule's OVAL check through its tests, objects and variables to the
 * paths they read, so the list follows the content, not a list written here.
 */
import { parseXmlFragment, textContent, type XmlElement } from './xml-fragment.js';

/** apk's configuration and database: present on Wolfi and Chainguard images, on no other distro we meet. */
const WOLFI_ONLY_PATH = /^\/(etc\/apk|usr\/lib\/apk|lib\/apk)(\/|$)/;

/** The elements whose text is a path an OVAL object reads (`filepath` whole, `path` the directory). */
const PATH_ELEMENTS = new Set(['path', 'filepath']);

/**
 * Rule id → the Wolfi-only paths its OVAL checks read, for the rules whose checks read any.
 * `collection` is the data stream collection (`<ds:data-stream-collection>`), as the scanner's data stream
 * file holds it or an ARF embeds it in its report request.
 */
export function wolfiOnlyChecks(collection: XmlElement): Map<string, string[]> {
  const byId = new Map<string, XmlElement>();
  const rules: XmlElement[] = [];
  walk(collection, (element) => {
    const id = element.attributes.id;
    if (element.name === 'Rule') rules.push(element);
    else if (id !== undefined && !byId.has(id)) byId.set(id, element);
  });
  const pathsOf = new Map<string, Set<string>>();
  // The paths an OVAL element reads, following every *_ref (tests, objects, states, variables, definitions).
  const follow = (id: string): Set<string> => {
    const known = pathsOf.get(id);
    if (known) return known;
    const paths = new Set<string>();
    pathsOf.set(id, paths); // before recursing: a cycle ends here
    const element = byId.get(id);
    if (element === undefined) return paths;
    walk(element, (node) => {
      if (PATH_ELEMENTS.has(node.name)) paths.add(textContent(node).trim());
      for (const [name, value] of Object.entries(node.attributes))
        if (name.endsWith('_ref') && value !== id) for (const path of follow(value)) paths.add(path);
    });
    return paths;
  };
  const checks = new Map<string, string[]>();
  for (const rule of rules) {
    const read = new Set<string>();
    walk(rule, (node) => {
      if (node.name === 'check-content-ref' && node.attributes.name !== undefined)
        for (const path of follow(node.attributes.name)) read.add(path);
    });
    const wolfiOnly = [...read].filter((path) => WOLFI_ONLY_PATH.test(path)).sort();
    if (wolfiOnly.length > 0 && rule.attributes.id !== undefined) checks.set(rule.attributes.id, wolfiOnly);
  }
  return checks;
}

function walk(element: XmlElement, visit: (element: XmlElement) => void): void {
  visit(element);
  for (const child of element.content) if (typeof child !== 'string') walk(child, visit);
}

/**
 * The data stream collection in an XML text (a data stream file, or the head of an ARF up to the end of
 * its report requests), parsed; undefined when the text holds none.
 */
export function dataStreamCollection(xml: string): XmlElement | undefined {
  const open = /<([\w.-]+:)?data-stream-collection[\s>]/.exec(xml);
  if (open === null) return undefined;
  const close = `</${open[1] ?? ''}data-stream-collection>`;
  const end = xml.indexOf(close, open.index);
  if (end < 0) return undefined;
  return parseXmlFragment(xml.slice(open.index, end + close.length));
}
