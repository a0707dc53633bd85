/**
 * A set of images in one step: the scanner made ready once, then each image gated by the caller's
 * single-image path, at most `parallel` at a time. One image's error never stops the others: every image
 * gets its own outcome, and the set's verdict is decided from all of them (see src/report/set-report.ts).
 */
import { availableParallelism } from 'node:os';
import { toError } from '../errors.js';

/** What one image of the set came to: its value, or the error that stopped it. */
export type FleetOutcome<T> = { ok: true; value: T } | { ok: false; error: Error };

export interface FleetOptions<E, T> {
  /** How many images are gated at once; default the machine's cores. */
  parallel?: number;
  /**
   * Run once before any image (the scanner pull). When it fails, no image is gated and each gets its error:
   * a scan that never ran is an error, never "no findings".
   */
  prepare?: () => Promise<void>;
  /** The single-image path, for entry `index`. */
  gate: (entry: E, index: number) => Promise<T>;
}

/** The default bound: one scan per core (oscap is single-threaded; the engine does the rest). */
export function defaultParallel(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Calls `work` for every item, at most `limit` at once, starting them in order; resolves when all have
 * settled, with their outcomes in the items' order.
 */
export async function mapBounded<E, T>(
  items: readonly E[],
  limit: number,
  work: (item: E, index: number) => Promise<T>,
): Promise<FleetOutcome<T>[]> {
  const outcomes: FleetOutcome<T>[] = new Array<FleetOutcome<T>>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        outcomes[index] = { ok: true, value: await work(items[index]!, index) };
      } catch (thrown) {
        outcomes[index] = { ok: false, error: toError(thrown) };
      }
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(limit), items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return outcomes;
}

/** Prepares once, then gates every entry (see {@link FleetOptions}). */
export async function runFleet<E, T>(
  entries: readonly E[],
  options: FleetOptions<E, T>,
): Promise<FleetOutcome<T>[]> {
  if (options.prepare) {
    try {
      await options.prepare();
    } catch (thrown) {
      const error = toError(thrown);
      return entries.map(() => ({ ok: false, error }));
    }
  }
  return mapBounded(entries, options.parallel ?? defaultParallel(), options.gate);
}
