/**
 * Evidence of SCE (script) checks: OpenSCAP records a script's output in the rule-result, as
 * `<check-import import-name="stdout">` (and `stderr`), in XCCDF results and ARF alike.
 */
import { EVIDENCE_LIMITS, type SceEvidence } from '../why-model.js';
import { SCE_CHECK_SYSTEM, type FailingRuleResult } from './failing-checks.js';
import { allText, childrenNamed } from './fragment.js';
import { redactText } from './redact.js';

/** The SCE evidence of a failing rule-result, or undefined when it ran no SCE check. */
export function sceEvidence(rule: FailingRuleResult): SceEvidence | undefined {
  const check = rule.checks.find((c) => c.attributes.system === SCE_CHECK_SYSTEM);
  if (!check) return undefined;
  const script = childrenNamed(check, 'check-content-ref')[0]?.attributes.href ?? '(script)';
  const lines = childrenNamed(check, 'check-import')
    .filter((i) => i.attributes['import-name'] === 'stdout' || i.attributes['import-name'] === 'stderr')
    // The whole output is redacted before it is split and cut: a private key spans lines.
    .flatMap((i) => redactText(allText(i)).split(/\r?\n/))
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
  const output = lines
    .slice(0, EVIDENCE_LIMITS.outputLines)
    .map((line) =>
      line.length <= EVIDENCE_LIMITS.valueChars ? line : `${line.slice(0, EVIDENCE_LIMITS.valueChars - 1)}…`,
    );
  return { kind: 'sce', script, output, outputOmitted: lines.length - output.length };
}
