/**
 * A compact, order-insensitive fingerprint of what the results reader returns, shared by
 * scripts/reader-golden.mjs (which writes test/results/golden/readers.json from a given revision of the
 * reader) and test/results/reader-golden.test.ts (which compares today's reader with it). Rules are kept as
 * one SHA-256 prefix each (of their key-sorted JSON, prose included) so that a difference names the rule;
 * everything else in the model is kept as it is, but for the failing rules' evidence (`evidence`,
 * `evidenceFrom`): the golden's reader read none, and test/results/why/ checks it; `{ evidence: true }`
 * keeps them (test/results/whole-benchmark.test.ts, whose golden's reader read evidence).
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';

/** JSON with object keys sorted, so that property order does not matter (as in a deep-equality check). */
export function canonicalJson(value) {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.keys(inner)
            .sort()
            .map((key) => [key, inner[key]]),
        )
      : inner,
  );
}

function sha(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * The fingerprint of one read: the model (source replaced by the file's base name, each rule replaced by
 * `ruleId sha`), or the error's class and message (the path replaced by its base name).
 * @param {string} file the path that was read
 * @param {() => Promise<object>} read
 * @param {{ evidence?: boolean }} [options] evidence: keep the evidence in the fingerprint
 */
export async function readerDigest(file, read, { evidence = false } = {}) {
  try {
    // JSON round trip: reads every enumerable property, prose getters included.
    const model = JSON.parse(JSON.stringify(await read()));
    const { rules, ...rest } = model;
    if (!evidence) delete rest.evidenceFrom;
    rest.source = basename(rest.source);
    const digest = (rule) => {
      if (!evidence) delete rule.evidence;
      return `${rule.ruleId} ${sha(canonicalJson(rule))}`;
    };
    return { model: rest, rules: rules.map(digest) };
  } catch (error) {
    return { error: { name: error.name, message: String(error.message).replaceAll(file, basename(file)) } };
  }
}
