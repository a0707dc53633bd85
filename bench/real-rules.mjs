/**
 * A real ARF with more rules (issue #13's evidence bench): the real SSG ARF of bench/real-arf.mjs (355
 * rules, their OVAL results and system characteristics) with each XCCDF Rule and its rule-result copied
 * under new ids until the scan has the rules asked for. Each copy keeps its Rule's text and check, so the
 * copies have real titles, descriptions, CCIs and OVAL evidence; they share the original's OVAL
 * definitions, so the file grows only by the XCCDF part. A real scan of that many rules carries that many
 * definitions' results and items too, so `compare` on this file is cheaper than on a real one: the
 * evidence's share of it measured here errs on the high side.
 *
 * The baseline variant turns every third copied failure into a pass, so the gate sees new failures.
 * Bench code: the ids are rewritten in the text with regular expressions, which is enough for a file
 * oscap wrote.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchError } from './generate.mjs';

const RULE = /<((?:[\w.-]+:)?)Rule\s[^>]*?\bid="([^"]+)"[\s\S]*?<\/\1Rule>/g;
const RULE_RESULT = /<((?:[\w.-]+:)?)rule-result\s[^>]*?\bidref="([^"]+)"[\s\S]*?<\/\1rule-result>/g;

/** Copy `n` of an XCCDF id (`…_rule_x` → `…_rule_x_copy2`: still a valid XCCDF 1.2 rule id). */
const copyId = (id, n) => `${id}_copy${n}`;

/** The ids of the evaluated Rules (those with a rule-result), in the TestResult's order. */
const evaluatedIds = (arf) => [...new Set([...arf.matchAll(RULE_RESULT)].map((m) => m[2]))];

/**
 * The ARF text with its evaluated Rules, and their rule-results, copied until it has `targetRules` of
 * them (the first ones once more than the rest). `variant: 'baseline'` passes every third copied failure.
 */
export function replicateRules(arf, targetRules, variant) {
  const ids = evaluatedIds(arf);
  const base = Math.floor(targetRules / ids.length) - 1;
  const remainder = targetRules % ids.length;
  /** Extra copies of each rule. */
  const copies = new Map(ids.map((id, index) => [id, base + (index < remainder ? 1 : 0)]));
  let rules = 0;
  let text = arf.replace(RULE, (rule, _prefix, id) => {
    const extra = copies.get(id);
    if (extra === undefined) return rule;
    rules += 1;
    let out = rule;
    for (let n = 2; n <= extra + 1; n++) out += rule.replace(`id="${id}"`, `id="${copyId(id, n)}"`);
    return out;
  });
  let flipped = 0;
  text = text.replace(RULE_RESULT, (result, _prefix, idref) => {
    let out = result;
    for (let n = 2; n <= (copies.get(idref) ?? 0) + 1; n++) {
      let copy = result.replace(`idref="${idref}"`, `idref="${copyId(idref, n)}"`);
      if (variant === 'baseline' && /<([\w.-]+:)?result>fail</.test(copy) && flipped++ % 3 === 0) {
        copy = copy.replace(/(<(?:[\w.-]+:)?result>)fail</, '$1pass<');
      }
      out += copy;
    }
    return out;
  });
  if (rules !== ids.length) {
    throw new BenchError(`found ${rules} of the ${ids.length} evaluated Rules in the real ARF`);
  }
  return { text, rules: targetRules, flipped: variant === 'baseline' ? Math.ceil(flipped / 3) : 0 };
}

/**
 * The current and baseline files for `targetRules` rules, made from `real.path` once and
 * cached beside it by its name and this file's code.
 */
export function ensureReplicatedArfs(real, targetRules) {
  const arf = readFileSync(real.path, 'utf8');
  if (evaluatedIds(arf).length > targetRules) {
    throw new BenchError(`the real ARF ${real.path} already has more than ${targetRules} rules`);
  }
  const hash = createHash('sha256')
    .update(basename(real.path))
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest('hex')
    .slice(0, 12);
  const files = {};
  for (const variant of ['current', 'baseline']) {
    const path = join(dirname(real.path), `rules-${targetRules}-${variant}-${hash}-arf.xml`);
    if (!existsSync(path)) {
      const { text } = replicateRules(arf, targetRules, variant);
      writeFileSync(`${path}.tmp`, text);
      renameSync(`${path}.tmp`, path);
    }
    files[variant] = path;
  }
  return { ...files, rules: targetRules };
}
