/**
 * What a data stream's checks can read of a scanned file system: for each OVAL object, the paths it can
 * reach (its path, filepath, filename and recursion) and whether it reads their contents or only their
 * metadata (owner, mode, times, size). rootfs mode extracts only that (see scan/rootfs-script.ts): a file
 * no object can reach is not written, a file whose metadata alone is read is written without its data.
 *
 * Soundness over thrift: whatever the analysis cannot bound — a path given by a pattern without a literal
 * start, a variable whose values are not in the content, an object type it does not know, a check system
 * other than OVAL and OCIL, an SCE script that could reach the tree — widens the reach to the whole subtree
 * it could be in, up to the whole tree, with the reason. A missing file can make a rule pass ("no file
 * matched"), so a file that could be read is never left out.
 *
 * Every OVAL object in the stream counts, selected by the profile or not: the reach is a superset of any
 * profile's, and a tailoring, which selects rules and sets values but adds no object, changes it only
 * through the values of external variables, which are taken from the stream's Values and the tailoring's.
 */
import { childElements, parseXmlFragment, textContent, type XmlElement } from '../results/xml-fragment.js';
import { boundOfValue, joinPath, type PathBound, type TreePath } from './path-bounds.js';
import { analyseScript } from './sce-reach.js';

/** What of a file is read: its metadata only (stat, link target), or its data too. */
export type ReadLevel = 'metadata' | 'data';

/** `file`: the path itself; `children`: the entries directly in the directory; `tree`: everything under it. */
export type ReachDepth = 'file' | 'children' | 'tree';

/** One place the content can read. A symbolic link in it leads the reach on to its target (the extractor's work). */
export interface ReachRegion {
  path: TreePath;
  depth: ReachDepth;
  read: ReadLevel;
  /** The OVAL object's id, or what made the analysis widen the reach. */
  why: string;
}

export interface ContentReach {
  regions: ReachRegion[];
  /** True when a region covers the whole tree with its data: nothing can be left out. */
  everything: boolean;
}

/** Object types that read a file's data (its lines, its hash, its XML or YAML). */
const READS_DATA = new Set([
  'textfilecontent54_object',
  'textfilecontent_object',
  'filehash58_object',
  'filehash_object',
  'xmlfilecontent_object',
  'yamlfilecontent_object',
]);

/** Object types that read only what stat, lstat, readlink and the extended attributes tell. */
const READS_METADATA = new Set([
  'file_object',
  'symlink_object',
  'fileextendedattribute_object',
  // A file's SELinux label is an extended attribute.
  'selinuxsecuritycontext_object',
]);

/** Object types that read fixed places in the tree, whatever their entities say. */
const FIXED_PLACES: Record<string, readonly { path: TreePath; depth: ReachDepth }[]> = {
  password_object: [{ path: '/etc/passwd', depth: 'file' }],
  shadow_object: [{ path: '/etc/shadow', depth: 'file' }],
  dpkginfo_object: [{ path: '/var/lib/dpkg', depth: 'tree' }],
  apkinfo_object: [{ path: '/lib/apk/db', depth: 'tree' }],
  rpminfo_object: rpmPlaces(),
  rpmverify_object: rpmPlaces(),
  rpmverifyfile_object: rpmPlaces(),
  rpmverifypackage_object: rpmPlaces(),
  xinetd_object: [
    { path: '/etc/xinetd.conf', depth: 'file' },
    { path: '/etc/xinetd.d', depth: 'tree' },
  ],
  sysctl_object: [{ path: '/proc/sys', depth: 'tree' }],
  process_object: [{ path: '/proc', depth: 'tree' }],
  process58_object: [{ path: '/proc', depth: 'tree' }],
  partition_object: [
    { path: '/proc', depth: 'tree' },
    { path: '/etc/mtab', depth: 'file' },
    { path: '/etc/fstab', depth: 'file' },
  ],
  inetlisteningservers_object: [{ path: '/proc/net', depth: 'tree' }],
  routingtable_object: [{ path: '/proc/net', depth: 'tree' }],
  runlevel_object: [{ path: '/etc', depth: 'tree' }],
  selinuxboolean_object: [{ path: '/sys/fs/selinux', depth: 'tree' }],
};

function rpmPlaces(): { path: TreePath; depth: ReachDepth }[] {
  // librpm reads its database and its macros and configuration under the probe root.
  return ['/var/lib/rpm', '/usr/lib/sysimage/rpm', '/usr/lib/rpm', '/etc/rpm'].map((path) => ({
    path,
    depth: 'tree' as const,
  }));
}

/** Object types that read nothing of the tree: the scanner's own environment, kernel, D-Bus or the content. */
const READS_NOTHING = new Set([
  'family_object',
  'environmentvariable_object',
  'environmentvariable58_object',
  'variable_object',
  'uname_object',
  'systemdunitproperty_object',
  'systemdunitdependency_object',
  'interface_object',
]);

const OVAL_SYSTEM = 'http://oval.mitre.org/XMLSchema/oval-definitions-5';
const OCIL_SYSTEM = 'http://scap.nist.gov/schema/ocil/2';
const SCE_SYSTEM = 'http://open-scap.org/page/SCE';

const WHOLE = (why: string): ReachRegion => ({ path: '/', depth: 'tree', read: 'data', why });

/**
 * The reach of a data stream (SCAP 1.2/1.3 source data stream, or a bare XCCDF or OVAL document), with
 * an optional XCCDF tailoring document whose values are added to the external variables' candidates.
 */
export function contentReach(datastream: string, tailoring?: string): ContentReach {
  const root = parseDocument(datastream);
  const tailored = tailoring === undefined ? [] : allElements(parseDocument(tailoring), 'set-value');
  const regions: ReachRegion[] = [];
  const variables = new Variables(root, tailored);
  for (const definitions of allElements(root, 'oval_definitions')) {
    for (const objects of childElements(definitions, 'objects')) {
      for (const object of objects.content) {
        if (typeof object !== 'string') regions.push(...objectReach(object, variables));
      }
    }
  }
  regions.push(...checkSystemsReach(root));
  const everything = regions.some((r) => r.path === '/' && r.depth === 'tree' && r.read === 'data');
  return {
    regions: everything ? regions.filter((r) => r.path === '/' && r.read === 'data') : regions,
    everything,
  };
}

function parseDocument(xml: string): XmlElement {
  // The fragment parser reads elements; a document's declaration is no element.
  return parseXmlFragment(xml.replace(/^\uFEFF?\s*<\?xml[^>]*\?>/, ''));
}

/** Every element named `name` at any depth (local names), in document order. */
function allElements(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const pending: XmlElement[] = [root];
  while (pending.length > 0) {
    const element = pending.pop()!;
    if (element.name === name) found.push(element);
    else {
      for (let i = element.content.length - 1; i >= 0; i--) {
        const child = element.content[i]!;
        if (typeof child !== 'string') pending.push(child);
      }
    }
  }
  return found;
}

/** One OVAL object's regions. */
export function objectReach(object: XmlElement, variables: Variables): ReachRegion[] {
  const type = object.name;
  const id = object.attributes['id'] ?? type;
  // A set object combines other objects, each analysed on its own; a filter only narrows.
  if (childElements(object, 'set').length > 0) return [];
  if (READS_NOTHING.has(type)) return [];
  const fixed = FIXED_PLACES[type];
  if (fixed !== undefined) return fixed.map((place) => ({ ...place, read: 'data' as const, why: id }));
  const read: ReadLevel | undefined = READS_DATA.has(type)
    ? 'data'
    : READS_METADATA.has(type)
      ? 'metadata'
      : undefined;
  if (read === undefined) return [WHOLE(`${id}: object type ${type} is not known to the analysis`)];
  const recursive = recursesDown(object);
  if (recursive === undefined) return [WHOLE(`${id}: recursion upwards`)];
  const filepath = entityOf(object, 'filepath');
  if (filepath !== undefined) {
    const bound = entityBound(filepath, variables);
    return [
      ...bound.exact.map((path) => ({ path, depth: 'file' as const, read, why: id })),
      ...bound.under.map((path) => ({ path, depth: 'tree' as const, read, why: `${id}: ${how(filepath)}` })),
    ];
  }
  const path = entityOf(object, 'path');
  if (path === undefined) return [WHOLE(`${id}: no path or filepath`)];
  const directories = entityBound(path, variables);
  const regions: ReachRegion[] = directories.under.map((under) => ({
    path: under,
    depth: 'tree',
    read,
    why: `${id}: ${how(path)}`,
  }));
  const filename = entityOf(object, 'filename');
  for (const directory of directories.exact) {
    if (recursive) {
      regions.push({ path: directory, depth: 'tree', read, why: id });
      continue;
    }
    // No filename (xsi:nil): the directory itself.
    if (filename === undefined || filename.attributes['xsi:nil'] === 'true') {
      regions.push({ path: directory, depth: 'file', read: 'metadata', why: id });
      continue;
    }
    const names = entityBound(filename, variables, true);
    for (const name of names.exact) {
      const joined = joinPath(directory, name);
      regions.push(
        joined === undefined
          ? { path: directory, depth: 'tree', read, why: `${id}: a filename that climbs` }
          : { path: joined, depth: 'file', read, why: id },
      );
    }
    if (names.under.length > 0) regions.push({ path: directory, depth: 'children', read, why: id });
  }
  return regions;
}

/** true: `recurse_direction="down"`; false: none; undefined: `up` (every ancestor's entries). */
function recursesDown(object: XmlElement): boolean | undefined {
  const behaviors = childElements(object, 'behaviors')[0];
  const direction = behaviors?.attributes['recurse_direction'] ?? 'none';
  if (direction === 'none') return false;
  if (direction === 'down') return behaviors?.attributes['max_depth'] !== '0';
  return undefined;
}

/** Why an entity is bounded by a directory, not a path (for the log). */
function how(entity: XmlElement): string {
  const reference = entity.attributes['var_ref'];
  if (reference !== undefined) return `${entity.name} from the variable ${reference}`;
  return `${entity.name} ${entity.attributes['operation'] ?? 'equals'} '${textContent(entity)}'`;
}

function entityOf(object: XmlElement, name: string): XmlElement | undefined {
  return childElements(object, name)[0];
}

/**
 * Where an entity's values can lead. `isName`: a filename, whose values are names in a directory, not
 * paths (any pattern on a name means "some entries of the directory").
 */
function entityBound(entity: XmlElement, variables: Variables, isName = false): PathBound {
  const operation = entity.attributes['operation'] ?? 'equals';
  const reference = entity.attributes['var_ref'];
  const values = reference === undefined ? [textContent(entity)] : variables.valuesOf(reference);
  if (values === undefined) return { exact: [], under: ['/'] };
  const bound: PathBound = { exact: [], under: [] };
  for (const value of values) {
    if (isName) {
      // A name is exact only when it equals; a pattern matches some entries of the directory.
      if (operation === 'equals') bound.exact.push(value);
      else bound.under.push('/');
      continue;
    }
    const one = boundOfValue(operation, value);
    bound.exact.push(...one.exact);
    bound.under.push(...one.under);
  }
  return bound;
}

/**
 * The values an OVAL variable can take, where the content says them: a constant variable's, a local
 * variable made only of literals (concatenated or not), an external variable's from the XCCDF Values
 * exported to it (every choice the stream offers, and the tailoring's). Undefined when unknown (a local
 * variable computed from what the scan collects, e.g. the users' home directories).
 */
export class Variables {
  private readonly byId = new Map<string, XmlElement>();
  private readonly exports = new Map<string, string[]>();
  private readonly values = new Map<string, string[]>();

  constructor(root: XmlElement, tailored: readonly XmlElement[]) {
    for (const definitions of allElements(root, 'oval_definitions'))
      for (const list of childElements(definitions, 'variables'))
        for (const variable of list.content)
          if (typeof variable !== 'string' && variable.attributes['id'] !== undefined)
            this.byId.set(variable.attributes['id'], variable);
    for (const exported of allElements(root, 'check-export')) {
      const name = exported.attributes['export-name'];
      const value = exported.attributes['value-id'];
      if (name !== undefined && value !== undefined)
        this.exports.set(name, [...(this.exports.get(name) ?? []), value]);
    }
    for (const value of allElements(root, 'Value')) {
      const id = value.attributes['id'];
      if (id !== undefined) this.values.set(id, childElements(value, 'value').map(textContent));
    }
    for (const set of tailored) {
      const id = set.attributes['idref'];
      if (id !== undefined) this.values.set(id, [...(this.values.get(id) ?? []), textContent(set)]);
    }
  }

  valuesOf(id: string): string[] | undefined {
    const variable = this.byId.get(id);
    if (variable === undefined) return undefined;
    if (variable.name === 'constant_variable') return childElements(variable, 'value').map(textContent);
    if (variable.name === 'local_variable') return literalValues(variable);
    if (variable.name === 'external_variable') {
      const valueIds = this.exports.get(id);
      if (valueIds === undefined) return undefined;
      const found: string[] = [];
      for (const valueId of valueIds) {
        const values = this.values.get(valueId);
        if (values === undefined) return undefined;
        found.push(...values);
      }
      return found;
    }
    return undefined;
  }
}

/** A local variable that is one literal, or a concat of literals; else undefined. */
function literalValues(variable: XmlElement): string[] | undefined {
  const [component] = variable.content.filter((c): c is XmlElement => typeof c !== 'string');
  if (component === undefined) return undefined;
  if (component.name === 'literal_component') return [textContent(component)];
  if (component.name !== 'concat') return undefined;
  const parts: string[] = [];
  for (const part of component.content) {
    if (typeof part === 'string') continue;
    if (part.name !== 'literal_component') return undefined;
    parts.push(textContent(part));
  }
  return [parts.join('')];
}

/** Checks other than OVAL: OCIL reads nothing; SCE scripts as sce-reach.ts reads them; anything else, all. */
function checkSystemsReach(root: XmlElement): ReachRegion[] {
  const systems = new Set(allElements(root, 'check').map((check) => check.attributes['system'] ?? ''));
  const regions: ReachRegion[] = [];
  for (const system of systems) {
    if (system === OVAL_SYSTEM || system === OCIL_SYSTEM) continue;
    if (system !== SCE_SYSTEM) {
      regions.push(WHOLE(`a check in the system ${system || '(none)'}, which the analysis does not read`));
      continue;
    }
    const scripts = allElements(root, 'script');
    if (scripts.length === 0) regions.push(WHOLE('SCE checks whose scripts are not in the data stream'));
    for (const script of scripts) {
      const reason = analyseScript(textContent(script));
      if (reason !== undefined) regions.push(WHOLE(`an SCE script ${reason}`));
    }
  }
  return regions;
}
