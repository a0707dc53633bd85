/** Types for synthetic-arf.mjs (the bench is plain JavaScript; these let the tests type-check). */

/** Splits the template ARF at each OVAL report's insertion points. Throws for a template with no OVAL. */
export function splitTemplate(template: string): { pieces: string[]; reports: { hasSystemData: boolean }[] };

/** One system-data item as oscap writes it. */
export function systemItem(id: number): string;

/** Writes a synthetic ARF of about `targetBytes` to `outPath`, through `outPath.tmp`. */
export function writeSyntheticArf(options: { template: string; outPath: string; targetBytes: number }): {
  bytes: number;
  items: number;
};
