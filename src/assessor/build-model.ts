/**
 * Builds the {@link EvidenceModel} from the gate's result, the current scan's rules and the scan's
 * facts. Statuses (documented in the README's section for assessors):
 * pass/fixed → not_a_finding; fail → open; notapplicable → not_applicable;
 * error/unknown/notchecked/informational → not_reviewed (a check that did not run observed nothing: DISA's
 * SCC and STIG Viewer record it Not Reviewed, and it is no weakness to remediate; the gate still fails
 * closed on error and unknown, so the verdict is unchanged); notselected rules are left out (the
 * checklist is the profile's). A waived failure stays open (a waiver accepts a risk, it does not remove the finding); a
 * failure in the inherited-from-host set is not_applicable with its reviewed rationale.
 */
import type { GateResult, GateRule } from '../gate/types.js';
import { isFailing } from '../results/vocabulary.js';
import type { RuleOutcome, RuleResultValue, ScanResults } from '../results/model.js';
import { EVIDENCE_LIMITS } from '../results/why-model.js';
import { comments, resultText, scanFactLines } from './finding-text.js';
import type {
  EvidenceModel,
  EvidenceRule,
  EvidenceStatus,
  GateClass,
  ScanFacts,
  StatusCounts,
} from './model.js';
import { recordedImageOs } from './image-os.js';
import { controlsOfCcis } from './nist-controls.js';
import { ruleEvidence } from './rule-evidence.js';
import { assessedSeverity } from './severity.js';
import { groupId, shortRuleId } from './stig-ids.js';

export interface EvidenceInput {
  result: GateResult;
  /** The current scan's results, as gated (their rules carry the benchmark's text). */
  current: ScanResults;
  facts: ScanFacts;
  tool: { name: string; version: string };
}

/** The checklist status of an XCCDF result; undefined for notselected (left out). */
export function statusOf(result: RuleResultValue): EvidenceStatus | undefined {
  switch (result) {
    case 'pass':
    case 'fixed':
      return 'not_a_finding';
    case 'fail':
      return 'open';
    case 'notapplicable':
      return 'not_applicable';
    case 'error':
    case 'unknown':
    case 'notchecked':
    case 'informational':
      return 'not_reviewed';
    case 'notselected':
      return undefined;
  }
}

/** Where the verification part of a GPOS rule's description starts (`Script Verification:`). */
const VERIFICATION = /\b(?:Script |Manual )?Verification:/i;

function splitDescription(description: string | undefined): { discussion: string; verification: string } {
  const text = description ?? '';
  const match = VERIFICATION.exec(text);
  if (!match) return { discussion: text, verification: '' };
  return { discussion: text.slice(0, match.index).trim(), verification: text.slice(match.index).trim() };
}

function checkContent(verification: string, outcome: RuleOutcome): string {
  const automated = outcome.checks.map((check) => {
    const name = [check.name, check.href].filter(Boolean).join(' in ');
    return `Automated check: ${check.system}${name ? ` ${name}` : ''}`;
  });
  return [verification, ...automated].filter(Boolean).join('\n\n');
}

/** Each listed rule's class, and its waiver or inherited match, by rule id. */
function classes(result: GateResult): Map<string, { gateClass: GateClass; rule: GateRule }> {
  const byId = new Map<string, { gateClass: GateClass; rule: GateRule }>();
  const lists: [GateClass, GateRule[]][] = [
    ['new-failure', result.newFailures],
    ['still-failing', result.stillFailing],
    ['waived', result.waived],
    ['inherited-from-host', result.inheritedFromHost],
    ['fixed', result.fixed],
    ['new-rule', result.newRules],
  ];
  for (const [gateClass, rules] of lists)
    for (const rule of rules) byId.set(rule.ruleId, { gateClass, rule });
  return byId;
}

/** The earliest scan known to fail the rule: the baseline's when it failed there too, else this one's. */
function detectedAt(rule: GateRule | undefined, result: GateResult): string {
  const current = result.current.startTime ?? result.current.endTime ?? result.evaluatedAt;
  const baseline = result.baseline?.startTime ?? result.baseline?.endTime;
  const failedBefore =
    rule?.baselineResult !== undefined && rule.baselineResult !== 'absent' && isFailing(rule.baselineResult);
  return failedBefore && baseline ? baseline : current;
}

/**
 * Why a check did not run, in the scanner's words: the rule-result's `<message>`s (OpenSCAP's "No candidate or
 * applicable check found."), else the messages OpenSCAP put on the deciding OVAL tests and their objects
 * (a probe's error). Undefined for a check that ran, or when the scan gave no reason.
 */
function scannerReason(outcome: RuleOutcome): string[] | undefined {
  if (outcome.result !== 'error' && outcome.result !== 'unknown' && outcome.result !== 'notchecked')
    return undefined;
  const cut = (text: string) =>
    text.length > EVIDENCE_LIMITS.valueChars ? `${text.slice(0, EVIDENCE_LIMITS.valueChars)}…` : text;
  if (outcome.messages?.length) return outcome.messages.map(cut);
  if (outcome.evidence?.kind !== 'oval') return undefined;
  const oval = outcome.evidence.tests.flatMap((test) => [...(test.object?.messages ?? []), ...test.messages]);
  return oval.length > 0 ? [...new Set(oval)].map(cut) : undefined;
}

function emptyCounts(): StatusCounts {
  return { not_a_finding: 0, open: 0, not_applicable: 0, not_reviewed: 0 };
}

/** Builds the evidence model; a plain function of its input. */
export function buildEvidenceModel(input: EvidenceInput): EvidenceModel {
  const { result, current } = input;
  const os = input.facts.image.os ?? recordedImageOs(result.current.facts, current);
  const facts: ScanFacts = os ? { ...input.facts, image: { ...input.facts.image, os } } : input.facts;
  const listed = classes(result);
  const counts = emptyCounts();
  const notRun: EvidenceModel['notRun'] = { error: 0, unknown: 0, notchecked: 0 };
  const rules: EvidenceRule[] = [];
  const factText = scanFactLines(facts).join('\n');
  for (const outcome of current.rules) {
    const scanStatus = statusOf(outcome.result);
    if (scanStatus === undefined) continue;
    const entry = listed.get(outcome.ruleId);
    const gateClass = entry?.gateClass ?? 'unchanged';
    const status = gateClass === 'inherited-from-host' ? 'not_applicable' : scanStatus;
    const { discussion, verification } = splitDescription(outcome.description);
    const evidence = ruleEvidence(outcome);
    const rule: EvidenceRule = {
      ruleId: outcome.ruleId,
      stigRuleId: shortRuleId(outcome),
      vulnId: groupId(outcome),
      // STIG Viewer's rule version is the STIG ID (the Rule's <version>), not the SRG the group title names.
      ruleVersion: outcome.stig.version ?? '',
      // The Group's title, as STIG Viewer shows it (DISA titles Groups by SRG); the GPOS stream's Groups are
      // named by check and untitled, so there the Rule's first SRG reference, else its title.
      groupTitle: outcome.stig.groupTitle ?? outcome.stig.srg[0] ?? outcome.title,
      title: outcome.title,
      severity: assessedSeverity(outcome.severity),
      contentSeverity: outcome.severity,
      result: outcome.result,
      status,
      gateClass,
      discussion,
      checkContent: checkContent(verification, outcome),
      checks: outcome.checks,
      fixText: outcome.fixText ?? '',
      ccis: outcome.stig.cci,
      // The content's own SP 800-53 references (SSG's), then DISA's CCI list's controls for its CCIs.
      controls: [...new Set([...(outcome.stig.nist ?? []), ...controlsOfCcis(outcome.stig.cci)])],
      resultText: '',
      findingDetails: '',
      comments: '',
    };
    if (outcome.rationale !== undefined) rule.rationale = outcome.rationale;
    if (evidence) rule.evidence = evidence;
    const reason = scannerReason(outcome);
    if (reason) rule.scannerReason = reason;
    if (entry?.rule.waiver) rule.waiver = entry.rule.waiver;
    if (entry?.rule.inherited) rule.inherited = entry.rule.inherited;
    if (isFailing(outcome.result)) rule.detectedAt = detectedAt(entry?.rule, result);
    rule.resultText = resultText(rule);
    rule.findingDetails = `${rule.resultText}\n${factText}`;
    rule.comments = comments(rule);
    counts[status] += 1;
    if (outcome.result === 'error' || outcome.result === 'unknown' || outcome.result === 'notchecked')
      notRun[outcome.result] += 1;
    rules.push(rule);
  }
  return {
    tool: input.tool,
    facts,
    verdict: result.verdict,
    reason: result.reason,
    evaluatedAt: result.evaluatedAt,
    policy: { ...result.policy },
    rules,
    benchmarkRules: current.rules.length,
    counts,
    notRun,
  };
}
