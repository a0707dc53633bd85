/** Name-based UUIDs (RFC 9562 version 5): the same names give the same UUID on every run and machine. */
import { createHash } from 'node:crypto';

/** stig-gate's namespace for its evidence documents (a random UUID, fixed once). */
const NAMESPACE = Buffer.from('6f1d8a52c3e04b7a9d2e5c8f1a0b3d47', 'hex');

/** A version 5 UUID of `names` (joined with NUL, which no name contains) in stig-gate's namespace. */
export function stableUuid(...names: string[]): string {
  const hash = createHash('sha1').update(NAMESPACE).update(names.join('\u0000')).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
