/**
 * The action and the CLI build one run plan (#20): an action input and the CLI option of the same name must
 * give the same default, and every input the CLI has no option of that name for, or whose default differs,
 * is named in docs/cli.md's "Where the action and the CLI differ", which says why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { gateOptions } from '../../src/cli/gate-options.js';
import { scanOptionSpec } from '../../src/cli/scan.js';
import { INPUT_DEFAULTS, INPUT_NAMES } from '../../src/inputs/action-inputs.js';
import { REPO_ROOT } from '../support/paths.js';

const cliOptions: Record<string, { default?: unknown }> = { ...scanOptionSpec, ...gateOptions };

/** The inline code spans of docs/cli.md's section on the differences, read with a Markdown parser. */
function namedInDifferences(): Set<string> {
  const tokens = new MarkdownIt().parse(readFileSync(join(REPO_ROOT, 'docs/cli.md'), 'utf8'), {});
  const named = new Set<string>();
  let inSection = false;
  for (const [index, token] of tokens.entries()) {
    if (token.type === 'heading_open') {
      inSection = tokens[index + 1]?.content === 'Where the action and the CLI differ';
      continue;
    }
    if (!inSection || token.type !== 'inline') continue;
    for (const child of token.children ?? []) if (child.type === 'code_inline') named.add(child.content);
  }
  return named;
}

describe('the action and the CLI agree, or the docs say where and why not', () => {
  const documented = namedInDifferences();

  it('finds the section', () => {
    expect(documented.size).toBeGreaterThan(0);
  });

  it.each([...INPUT_NAMES])('input %s', (name) => {
    const option = cliOptions[name];
    const actionDefault = (INPUT_DEFAULTS as Record<string, string>)[name];
    if (option === undefined) {
      expect(documented, `no CLI option --${name}: docs/cli.md must name \`${name}\``).toContain(name);
      return;
    }
    if (actionDefault === undefined || option.default === undefined) return;
    if (String(option.default) !== actionDefault)
      expect(documented, `defaults differ (${actionDefault} vs ${String(option.default)})`).toContain(name);
  });
});
