/**
 * The content-coverage notice for a scan made in this run (gate/content-coverage.ts): the image's
 * distribution is in its facts, the data stream that was evaluated is the one the ARF beside the results
 * embeds. Only the ARF's head is read, up to the end of that data stream.
 */
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { contentCoverageNotice, isWolfiLike, type ImageOs } from '../gate/content-coverage.js';
import type { ScanFacts } from '../gate/scan-facts.js';
import type { ScanResults } from '../results/model.js';
import { dataStreamCollection, wolfiOnlyChecks } from '../results/wolfi-paths.js';

/** An ARF's report request (the data stream) comes first; a data stream is a few MB at most. */
const HEAD_MAX_BYTES = 32 * 2 ** 20;
const COLLECTION_END = /<\/([\w.-]+:)?data-stream-collection>/;

/** The notice, or undefined: the image is Wolfi-like, its distribution was not recorded, or there is no ARF. */
export async function coverageNoticeFor(
  current: ScanResults,
  facts: ScanFacts | undefined,
): Promise<string | undefined> {
  if (facts?.imageOsIds === undefined) return undefined;
  const os: ImageOs = { ids: facts.imageOsIds, ...(facts.imageOsName && { name: facts.imageOsName }) };
  if (isWolfiLike(os)) return undefined;
  const arf = /arf/i.test(basename(current.source))
    ? current.source
    : join(dirname(current.source), 'results-arf.xml');
  const head = await readUntil(arf, COLLECTION_END);
  const collection = head === undefined ? undefined : dataStreamCollection(head);
  return collection && contentCoverageNotice(os, wolfiOnlyChecks(collection), current.rules);
}

/** The file's text up to the first match of `end`; undefined when the file is missing or has none early on. */
async function readUntil(path: string, end: RegExp): Promise<string | undefined> {
  const file = await open(path, 'r').catch(() => undefined);
  if (file === undefined) return undefined;
  try {
    const decoder = new TextDecoder();
    const buffer = Buffer.alloc(1 << 20);
    let text = '';
    let read = 0;
    while (read < HEAD_MAX_BYTES) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, read);
      if (bytesRead === 0) break;
      read += bytesRead;
      text += decoder.decode(buffer.subarray(0, bytesRead), { stream: true });
      // Search only the new part (and a tag's length back), so a long head is not searched again and again.
      const match = end.exec(text.slice(Math.max(0, text.length - bytesRead - 64)));
      if (match) return text;
    }
    return undefined;
  } finally {
    await file.close();
  }
}
