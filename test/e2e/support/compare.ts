/** Scan results made comparable across ways of reading the same image (mount, export, validation on/off). */
import { readFile } from 'node:fs/promises';
import { XMLParser } from 'fast-xml-parser';
import type { ScanResults } from '../../../src/results/model.js';

/**
 * Fields the kernel sets when a file is written or read, not the image: an extracted tree's files have the
 * extraction's ctime, and atime moves on every read. Everything else an item holds must be the same.
 */
const KERNEL_TIMES = new Set(['a_time', 'c_time']);

/** A directory's size is its file system's (4096 on ext4 and overlay, 20 bytes an entry on tmpfs), not the image's. */
function isDirectorySize(item: Record<string, unknown>, field: string): boolean {
  return field === 'size' && JSON.stringify(item.type) === '["directory"]';
}

/** Each rule's id and result. */
export function ruleResults(results: ScanResults): Record<string, string> {
  return Object.fromEntries(results.rules.map((rule) => [rule.ruleId, rule.result]));
}

/**
 * Each rule's id, result and evidence as the reports show it (its deciding tests and first items), with
 * kernel-set times left out. Which items come first follows the order oscap walks a directory in, which is
 * the file system's: equal for two runs on one tree, not between a tmpfs and an image mount (see
 * {@link collectedItems} for those).
 */
export function comparableRules(results: ScanResults): unknown[] {
  return results.rules.map((rule) => ({
    ruleId: rule.ruleId,
    result: rule.result,
    evidence: JSON.parse(JSON.stringify(rule.evidence ?? null), (key, value: unknown) =>
      key === 'fields' && Array.isArray(value)
        ? value.filter((field: { name?: string }) => !KERNEL_TIMES.has(field.name ?? ''))
        : value,
    ) as unknown,
  }));
}

function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Every item oscap collected (the ARF's OVAL system characteristics), as sorted `count× item` lines: each
 * item's type and fields without its id (a counter in collection order) and without kernel-set times.
 */
export async function collectedItems(arfFile: string): Promise<string[]> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    processEntities: false,
    isArray: () => true,
  });
  const document = parser.parse(await readFile(arfFile, 'utf8')) as unknown;
  const counts = new Map<string, number>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'system_data') {
        walk(value);
        continue;
      }
      for (const data of value as Record<string, unknown>[]) {
        for (const [type, items] of Object.entries(data)) {
          if (type.startsWith('@')) continue;
          for (const item of items as Record<string, unknown>[]) {
            const kept = Object.fromEntries(
              Object.entries(item).filter(
                ([name]) => name !== '@id' && !KERNEL_TIMES.has(name) && !isDirectorySize(item, name),
              ),
            );
            const line = `${type} ${sortedJson(kept)}`;
            counts.set(line, (counts.get(line) ?? 0) + 1);
          }
        }
      }
    }
  };
  walk(document);
  return [...counts].map(([line, count]) => `${count}× ${line}`).sort();
}
