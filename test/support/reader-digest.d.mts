export function canonicalJson(value: unknown): string;
export function readerDigest(
  file: string,
  read: () => Promise<object>,
  options?: { evidence?: boolean },
): Promise<object>;
