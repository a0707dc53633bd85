export function canonicalJson(value: unknown): string;
export function readerDigest(file: string, read: () => Promise<object>): Promise<object>;
