/**
 * Which waiver covers which failure: rule references, image scopes and expiry. Pure; reading the YAML
 * file is in waivers-file.ts.
 */
import type { RuleOutcome } from '../results/model.js';
import type { Waiver } from './types.js';

/** A waiver's `rule`, understood. */
export type RuleReference =
  | { kind: 'xccdf'; ruleId: string }
  | { kind: 'sv'; stigRuleId: string; revision?: string }
  | { kind: 'v'; vulnId: string };

const XCCDF_ID = /^xccdf_[^\s]+$/;
const SV_ID = /^(SV-\d+)(r\d+)?(?:_rule)?$/;
const V_ID = /^V-\d+$/;

/** What a waiver's `rule` may be, for error messages. */
export const RULE_REFERENCE_FORMS =
  'a full XCCDF rule id (xccdf_mil.disa.stig_rule_SV-203629r982199_rule), an SV- id (SV-203629 or ' +
  'SV-203629r982199) or a V- id (V-203629)';

/** Parses a waiver's `rule`; undefined when it is none of {@link RULE_REFERENCE_FORMS}. */
export function parseRuleReference(text: string): RuleReference | undefined {
  if (XCCDF_ID.test(text)) return { kind: 'xccdf', ruleId: text };
  const sv = SV_ID.exec(text);
  if (sv) return { kind: 'sv', stigRuleId: sv[1]!, revision: sv[2] };
  if (V_ID.test(text)) return { kind: 'v', vulnId: text };
  return undefined;
}

/** True when the waiver names this rule (by full id, SV- id with or without revision, or V- id). */
export function waiverNamesRule(
  waiver: Pick<Waiver, 'rule'>,
  rule: Pick<RuleOutcome, 'ruleId' | 'stig'>,
): boolean {
  const reference = parseRuleReference(waiver.rule);
  if (reference === undefined) return false;
  switch (reference.kind) {
    case 'xccdf':
      return rule.ruleId === reference.ruleId;
    case 'sv':
      return (
        rule.stig.ruleId === reference.stigRuleId &&
        (reference.revision === undefined || rule.stig.revision === reference.revision)
      );
    case 'v':
      return rule.stig.vulnId === reference.vulnId;
  }
}

/** The first moment a waiver no longer holds: the start of the day after `expires`, in UTC. */
export function expiryInstant(expires: string): Date {
  const [year, month, day] = expires.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1));
}

/** True when `now` is past the end (UTC) of the waiver's expiry day. Waivers without one never expire. */
export function isExpired(waiver: Pick<Waiver, 'expires'>, now: Date): boolean {
  return waiver.expires !== undefined && now.getTime() >= expiryInstant(waiver.expires).getTime();
}

/** `registry/repo` without `:tag` or `@digest`. */
function repositoryOf(image: string): string {
  const withoutDigest = image.split('@')[0]!;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  return colon === -1 ? withoutDigest : withoutDigest.slice(0, colon);
}

/**
 * True when `pattern` names `image`: the same reference; the same repository when the pattern has no tag
 * or digest (`cgr.dev/acme/app` names `cgr.dev/acme/app:1.2`); or a `*` glob (`cgr.dev/acme/*`).
 */
export function imageMatches(pattern: string, image: string): boolean {
  if (pattern === image) return true;
  if (pattern.includes('*')) {
    const regex = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
    return regex.test(image);
  }
  return repositoryOf(pattern) === pattern && repositoryOf(image) === pattern;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when the waiver is meant for this image. A waiver limited to images applies to none when the image
 * is not known: a waiver that cannot be shown to apply waives nothing.
 */
export function appliesToImage(waiver: Pick<Waiver, 'images'>, image: string | undefined): boolean {
  if (waiver.images === undefined) return true;
  if (image === undefined) return false;
  return waiver.images.some((pattern) => imageMatches(pattern, image));
}
