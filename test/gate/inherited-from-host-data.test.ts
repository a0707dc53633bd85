import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const SHARED_SCAP = path.resolve(here, '../../../shared/scap');
const DATA_FILE = path.resolve(here, '../../src/gate/inherited-from-host.json');

const DECLARED_CATEGORIES = [
  'auditing',
  'isolation',
  'host-hardware',
  'minimal-image',
  'aslr',
  'host-firewall',
  'host-filesystem',
  'vulnerability-scanning',
  'time',
];
const SOURCES = ['rationale', 'description', 'title'];

interface InheritedRule {
  ruleId: string;
  stigId: string;
  category: string;
  rationale: string;
  source: string;
}

interface InheritedData {
  description: string;
  datastream: { file: string; commit: string };
  categories: Record<string, string>;
  rules: InheritedRule[];
}

const data = JSON.parse(readFileSync(DATA_FILE, 'utf8')) as InheritedData;
const datastream = readFileSync(path.join(SHARED_SCAP, data.datastream.file), 'utf8');

/** Ids of the XCCDF 1.2 Rule elements in the data stream (prefix ns0:, or any other). */
const datastreamRuleIds = new Set(
  [...datastream.matchAll(/<(?:[\w.-]+:)?Rule\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1] as string),
);

describe('inherited-from-host waiver data', () => {
  it('names the pinned data stream and describes itself', () => {
    expect(data.datastream.file).toBe('ssg-chainguard-gpos-ds.xml');
    expect(data.datastream.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(data.description.trim().length).toBeGreaterThan(0);
    expect(datastreamRuleIds.size).toBe(198);
  });

  it('declares exactly the reviewed categories, each with a one-line explanation', () => {
    expect(Object.keys(data.categories).sort()).toEqual([...DECLARED_CATEGORIES].sort());
    for (const [name, explanation] of Object.entries(data.categories)) {
      expect(explanation.trim(), name).not.toBe('');
      expect(explanation, name).not.toMatch(/[\r\n]/);
    }
  });

  it('is not empty', () => {
    expect(data.rules.length).toBeGreaterThan(0);
  });

  it('lists only rules that exist as Rule elements in the data stream', () => {
    const missing = data.rules.map((r) => r.ruleId).filter((id) => !datastreamRuleIds.has(id));
    expect(missing).toEqual([]);
    for (const rule of data.rules) {
      expect(datastream.includes(`id="${rule.ruleId}"`), rule.ruleId).toBe(true);
    }
  });

  it('gives each rule a stigId matching its rule id', () => {
    for (const rule of data.rules) {
      const m = /^xccdf_mil\.disa\.stig_rule_(SV-\d+)r\d+_rule$/.exec(rule.ruleId);
      expect(m, rule.ruleId).not.toBeNull();
      expect(rule.stigId, rule.ruleId).toBe(m?.[1]);
    }
  });

  it('uses only declared categories and every declared category', () => {
    const used = new Set(data.rules.map((r) => r.category));
    for (const rule of data.rules) {
      expect(DECLARED_CATEGORIES, rule.ruleId).toContain(rule.category);
    }
    for (const category of Object.keys(data.categories)) {
      expect(used.has(category), category).toBe(true);
    }
  });

  it('gives each rule a non-empty single-line rationale of at most 200 characters and a known source', () => {
    for (const rule of data.rules) {
      expect(rule.rationale.trim(), rule.ruleId).not.toBe('');
      expect(rule.rationale, rule.ruleId).not.toMatch(/[\r\n]/);
      expect(rule.rationale.length, rule.ruleId).toBeLessThanOrEqual(200);
      expect(SOURCES, rule.ruleId).toContain(rule.source);
    }
  });

  it('has no duplicate rule ids or STIG ids', () => {
    const ids = data.rules.map((r) => r.ruleId);
    expect(new Set(ids).size).toBe(ids.length);
    const stigIds = data.rules.map((r) => r.stigId);
    expect(new Set(stigIds).size).toBe(stigIds.length);
  });

  it('is sorted by ruleId', () => {
    const ids = data.rules.map((r) => r.ruleId);
    const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(ids).toEqual(sorted);
  });
});
