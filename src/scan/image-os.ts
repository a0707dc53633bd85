/**
 * The image's distribution as the rootfs and mount scanner programs read it from the image's os-release (pure,
 * like diagnose.ts). The values came from the image: clipped, and kept only as text.
 */
import { ROOTFS_LINE_PREFIX } from './rootfs-script.js';

/** What the image's /etc/os-release says; `ids` is `none` when it has none. */
export interface ImageOs {
  /** `ID` then `ID_LIKE`, space-separated (`debian`, `rhel centos fedora`), or `none`. */
  ids: string;
  /** `PRETTY_NAME`, when given. */
  name?: string;
}

const LINE = `${ROOTFS_LINE_PREFIX} os-release: `;
const MAX = 200;

/** The os-release line of a rootfs or mount scanner run's output; undefined when there is none (other modes). */
export function imageOsFromOutput(output: string): ImageOs | undefined {
  // The program's own line comes before oscap runs: only a line that starts with its prefix counts.
  const line = output.split('\n').find((text) => text.startsWith(LINE));
  if (line === undefined) return undefined;
  let fields: unknown;
  try {
    fields = JSON.parse(line.slice(LINE.length));
  } catch {
    return undefined;
  }
  if (fields === null) return { ids: 'none' };
  if (typeof fields !== 'object' || Array.isArray(fields)) return undefined;
  const text = (key: string) => {
    const value = (fields as Record<string, unknown>)[key];
    return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, MAX) : '';
  };
  const ids = [text('ID'), text('ID_LIKE')].filter(Boolean).join(' ').toLowerCase();
  const name = text('PRETTY_NAME');
  return { ids: ids === '' ? 'unknown' : ids, ...(name !== '' && { name }) };
}
