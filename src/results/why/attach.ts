/**
 * Gives each failing rule of a scan its evidence: OVAL (from the reports the collector kept, when the file
 * was an ARF) or SCE (from the TestResult itself).
 */
import type { CarvedDocument } from '../carve.js';
import type { ScanResults } from '../model.js';
import { isFailing } from '../vocabulary.js';
import { OVAL_CHECK_SYSTEM } from './failing-checks.js';
import type { OvalCollector } from './oval-collect.js';
import { ovalEvidence } from './oval-evidence.js';
import { sceEvidence } from './sce-evidence.js';

/** Sets `evidence` on the failing rules of `results` (read from `carved`) and `evidenceFrom`. */
export function attachEvidence(results: ScanResults, carved: CarvedDocument, collector: OvalCollector): void {
  results.evidenceFrom = carved.root.name === 'asset-report-collection' ? 'arf' : 'xccdf';
  const chosen = carved.testResults[carved.testResults.length - 1];
  const failingRules = results.rules.filter((r) => isFailing(r.result));
  if (!chosen || failingRules.length === 0) return;
  // Rule-results in document order, so that a rule checked twice gets each check's own evidence.
  const failing = collector.failingRules(chosen.xml);
  let next = 0;
  for (const rule of failingRules) {
    const parsed = failing[next]?.ruleId === rule.ruleId ? failing[next++] : undefined;
    const sce = parsed && sceEvidence(parsed);
    if (sce) {
      rule.evidence = sce;
      continue;
    }
    for (const check of rule.checks) {
      if (check.system !== OVAL_CHECK_SYSTEM || !check.href?.startsWith('#') || !check.name) continue;
      const report = collector.reports.get(check.href.slice(1));
      const evidence = report && ovalEvidence(report, check.name);
      if (evidence) {
        rule.evidence = evidence;
        break;
      }
    }
  }
}
