/** The mode a scan ran in is in every report: text, JSON, Markdown (comment and job summary) and SARIF. */
import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/gate/index.js';
import type { GateResult } from '../../src/gate/types.js';
import { gateJson } from '../../src/report/gate-json.js';
import { gateText } from '../../src/report/gate-text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { outcome, scan, stigRuleId } from '../gate/build-scan.js';

function gate(scanMode?: string): GateResult {
  return evaluateGate({
    current: scan([outcome(stigRuleId(1), 'fail', 'high')]),
    inheritedFromHost: false,
    policy: { failOn: 'new', severityThreshold: 'low' },
    now: new Date(0),
    image: 'ghcr.io/acme/app:1',
    ...(scanMode !== undefined && { currentFacts: { mode: scanMode } }),
  });
}

describe('the scan mode in the reports', () => {
  it('is named in each format when the run scanned the image', () => {
    const result = gate('rootfs');
    expect(gateText(result)).toContain('rootfs mode');
    expect(gateJson(result).scanMode).toBe('rootfs');
    expect(renderMarkdown(result)).toMatch(/\*\*Current scanner:\*\* .*rootfs mode/);
    expect(renderSarif(result).runs[0]!.properties.scan.mode).toBe('rootfs');
  });

  it('is absent (null in JSON) when a results file was gated', () => {
    const result = gate();
    expect(gateText(result)).not.toContain(' mode');
    expect(gateJson(result).scanMode).toBeNull();
    expect(renderMarkdown(result)).not.toContain(' mode');
    expect(renderSarif(result).runs[0]!.properties.scan).not.toHaveProperty('mode');
  });
});
