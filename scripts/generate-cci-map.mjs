#!/usr/bin/env node
/**
 * Generates src/assessor/cci-nist.json, the CCI → NIST SP 800-53 map, from DISA's CCI list (default
 * ../shared/cci/U_CCI_List.xml beside the repository; or the path given as the first argument).
 *
 * For each CCI it keeps DISA's NIST SP 800-53 Revision 5 references (`CM-6 b`); for a CCI DISA gives no
 * Revision 5 reference it keeps the Revision 4 ones, in a separate map, so that a reader can tell them
 * apart. Indices are whitespace-normalised; order is DISA's. The file records where it came from (the
 * list's version, its sha256) so that it can be checked and regenerated:
 *
 *   node scripts/generate-cci-map.mjs [path/to/U_CCI_List.xml [output.json]]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(process.argv[2] ?? join(repo, '..', 'shared', 'cci', 'U_CCI_List.xml'));
const target = resolve(process.argv[3] ?? join(repo, 'src', 'assessor', 'cci-nist.json'));

let xml;
try {
  xml = readFileSync(source);
} catch (error) {
  console.error(`generate-cci-map: cannot read the CCI list ${source}: ${error.message}`);
  console.error('Pass the path of DISA U_CCI_List.xml as the first argument.');
  process.exit(1);
}
const text = xml.toString('utf8');
if (/<!DOCTYPE/i.test(text)) {
  console.error(`generate-cci-map: ${source} has a DTD; refusing it (no entity is expanded)`);
  process.exit(1);
}
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  isArray: (name) => ['cci_item', 'reference'].includes(name),
});
const doc = parser.parse(text);
const list = doc.cci_list;
if (!list?.cci_items?.cci_item) {
  console.error(`generate-cci-map: ${source} is not a CCI list (no cci_list/cci_items/cci_item)`);
  process.exit(1);
}
const norm = (index) => String(index).replace(/\s+/g, ' ').trim();
const rev5 = {};
const rev4Only = {};
for (const item of list.cci_items.cci_item) {
  const refs = item.references?.reference ?? [];
  const of = (version) => [
    ...new Set(
      refs
        .filter((ref) => ref.title?.startsWith('NIST SP 800-53') && String(ref.version) === version)
        .map((ref) => norm(ref.index)),
    ),
  ];
  const five = of('5');
  if (five.length > 0) rev5[item.id] = five;
  else {
    const four = of('4');
    if (four.length > 0) rev4Only[item.id] = four;
  }
}
const out = {
  provenance: {
    source: 'DISA Control Correlation Identifier (CCI) List, U_CCI_List.xml',
    version: String(list.metadata?.version ?? ''),
    publishdate: String(list.metadata?.publishdate ?? ''),
    sha256: createHash('sha256').update(xml).digest('hex'),
    items: list.cci_items.cci_item.length,
    generator: 'scripts/generate-cci-map.mjs',
    note: 'rev5: NIST SP 800-53 Revision 5 references as DISA gives them; rev4Only: CCIs DISA maps to Revision 4 only. A U.S. Government work.',
  },
  rev5,
  rev4Only,
};
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log(
  `wrote ${target}: ${Object.keys(rev5).length} CCIs with Revision 5 references, ${Object.keys(rev4Only).length} with Revision 4 only (of ${out.provenance.items})`,
);
