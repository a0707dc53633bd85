/**
 * Checks a user can trust the docs with: every relative link (and its #anchor) resolves, every YAML block
 * parses, and every workflow asks for the permissions its steps need, pushes no release tag before the gate
 * and keeps the scanner's default (unprivileged) mode. Pure over text, except that links are resolved on disk.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';

const markdown = new MarkdownIt({ html: true });

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const tokens = markdown.parse(text, {});
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const inline = tokens[i + 1]!;
    const plain = (inline.children ?? [])
      .filter((child) => child.type === 'text' || child.type === 'code_inline')
      .map((child) => child.content)
      .join('');
    const slug = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  });
  return anchors;
}

function walk(tokens: Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if (token.children) walk(token.children, visit);
  }
}

/** Every link and image target in a Markdown text, with the line of its block. */
export function markdownLinks(text: string): { target: string; line: number }[] {
  const links: { target: string; line: number }[] = [];
  let line = 0;
  walk(markdown.parse(text, {}), (token) => {
    if (token.map) line = token.map[0] + 1;
    const target =
      token.type === 'link_open'
        ? token.attrGet('href')
        : token.type === 'image'
          ? token.attrGet('src')
          : null;
    if (target !== null) links.push({ target: String(target), line });
  });
  return links;
}

/** What is wrong with the relative links of `file` (absolute path), naming each; [] when nothing is. */
export function brokenLinks(file: string, text: string): string[] {
  const problems: string[] = [];
  for (const { target, line } of markdownLinks(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue; // https:, mailto:
    const [path = '', anchor] = target.split('#', 2);
    const where = `${relative(process.cwd(), file)}:${line}: ${target}`;
    const resolved = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
    if (!existsSync(resolved)) {
      problems.push(`${where}: no such file`);
      continue;
    }
    if (anchor === undefined || anchor === '') continue;
    if (statSync(resolved).isDirectory() || !resolved.endsWith('.md')) {
      problems.push(`${where}: an anchor into something that is not a Markdown page`);
      continue;
    }
    const anchors = headingAnchors(resolved === file ? text : readFileSync(resolved, 'utf8'));
    if (!anchors.has(decodeURIComponent(anchor).toLowerCase())) problems.push(`${where}: no such heading`);
  }
  return problems;
}

/** The ```yaml (or ```yml) blocks of a Markdown text, with their first line. */
export function yamlBlocks(text: string): { yaml: string; line: number }[] {
  return markdown
    .parse(text, {})
    .filter((token) => token.type === 'fence' && /^ya?ml\b/.test(token.info.trim()))
    .map((token) => ({ yaml: token.content, line: (token.map?.[0] ?? 0) + 1 }));
}

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string> | string;
  strategy?: { matrix?: Record<string, unknown> };
  steps?: Step[];
}

/** The values `text` may take in `job`: itself, or each value of the matrix key it names. */
function matrixValues(text: string, job: Job): string[] {
  const key = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(text)?.[1];
  if (key === undefined) return [text];
  const matrix = job.strategy?.matrix ?? {};
  const include = Array.isArray(matrix.include) ? (matrix.include as Record<string, unknown>[]) : [];
  const listed = Array.isArray(matrix[key]) ? (matrix[key] as unknown[]) : [];
  return [...listed, ...include.map((entry) => entry[key])].filter((v) => v !== undefined).map(String);
}
export interface Workflow {
  on?: unknown;
  permissions?: Record<string, string> | string;
  jobs?: Record<string, Job>;
}

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };

/** A step of the action, from this repository (`./`) or as users take it. */
export const isStigGate = (step: Step): boolean =>
  step.uses === './' || /(^|\/)stig-gate@/.test(step.uses ?? '');

function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return on && typeof on === 'object' ? Object.keys(on) : [];
}

/** The `baseline` forms of a step that fetch an artifact (the step's own, or a line of `images`). */
function usesArtifactBaseline(step: Step): boolean {
  const forms = [String(step.with?.baseline ?? '')];
  for (const line of String(step.with?.images ?? '').split('\n'))
    if (line.includes('=')) forms.push(line.slice(line.indexOf('=') + 1));
  return forms.some((form) => /(^|\|\|)\s*artifact(\s*$|\s*:|\s*\|\|)/.test(form.trim()));
}

/** The permissions (scope, level, why) a step needs of the job's token. */
export function neededPermissions(step: Step, workflow: Workflow): [string, 'read' | 'write', string][] {
  const needs: [string, 'read' | 'write', string][] = [];
  const uses = step.uses ?? '';
  if (uses.startsWith('github/codeql-action/upload-sarif'))
    needs.push(['security-events', 'write', 'upload-sarif']);
  if (/^actions\/attest(-build-provenance)?@/.test(uses)) {
    needs.push(['id-token', 'write', 'actions/attest signs with Sigstore']);
    needs.push(['attestations', 'write', 'actions/attest stores the attestation']);
  }
  if (isStigGate(step)) {
    const onPullRequests = triggers(workflow.on).some((name) => name.startsWith('pull_request'));
    if (onPullRequests && String(step.with?.comment ?? 'on-failure') !== 'never')
      needs.push(['pull-requests', 'write', 'the stig-gate pull request comment']);
    if (usesArtifactBaseline(step)) needs.push(['actions', 'read', 'the baseline artifact lookup']);
  }
  return needs;
}

function grants(permissions: Record<string, string> | string, scope: string, level: string): boolean {
  const granted = typeof permissions === 'string' ? permissions.replace(/-all$/, '') : permissions[scope];
  return (LEVEL[granted ?? 'none'] ?? 0) >= LEVEL[level]!;
}

/** What is wrong with a workflow a user would paste; [] when nothing is. */
export function workflowProblems(text: string): string[] {
  let workflow: Workflow;
  try {
    workflow = parse(text) as Workflow;
  } catch (error) {
    return [`does not parse: ${(error as Error).message.split('\n', 1)[0]}`];
  }
  const problems: string[] = [];
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    // A job's own permissions replace the workflow's entirely, as GitHub applies them.
    const permissions = job.permissions ?? workflow.permissions;
    const steps = job.steps ?? [];
    if (permissions === undefined) {
      if (steps.some(isStigGate)) problems.push(`job ${name}: states no permissions`);
      continue;
    }
    const gateAt = steps.findIndex(isStigGate);
    steps.forEach((step, index) => {
      for (const [scope, level, why] of neededPermissions(step, workflow))
        if (!grants(permissions, scope, level)) problems.push(`job ${name}: ${why} needs ${scope}: ${level}`);
      if (gateAt >= 0 && index < gateAt) {
        const tagsPushed =
          step.uses?.startsWith('docker/build-push-action') && step.with?.push !== undefined
            ? step.with.tags !== undefined && /push=true|true/.test(String(step.with.push))
            : false;
        if (tagsPushed || /\bdocker (image )?push\b|imagetools create/.test(step.run ?? ''))
          problems.push(`job ${name}: step ${index + 1} pushes a tag before the gate has run`);
      }
      if (!isStigGate(step)) return;
      for (const mode of matrixValues(String(step.with?.['scan-mode'] ?? ''), job))
        if (mode === 'container' || mode === 'image')
          problems.push(
            `job ${name}: scan-mode ${mode} hands the scanner the engine's socket; use the default`,
          );
    });
  }
  return problems;
}

/** Every problem of a Markdown file: links, YAML blocks, and the workflows among them. */
export function markdownProblems(file: string, text: string): string[] {
  const problems = brokenLinks(file, text);
  for (const { yaml, line } of yamlBlocks(text)) {
    const where = `${relative(process.cwd(), file)}:${line}`;
    let doc: unknown;
    try {
      doc = parse(yaml);
    } catch (error) {
      problems.push(`${where}: YAML does not parse: ${(error as Error).message.split('\n', 1)[0]}`);
      continue;
    }
    if (doc && typeof doc === 'object' && 'jobs' in doc)
      problems.push(...workflowProblems(yaml).map((problem) => `${where}: ${problem}`));
  }
  return problems;
}

/** The Markdown pages a user reads: README.md and docs/*.md. */
export function docPages(root: string): string[] {
  const docs = join(root, 'docs');
  const pages = readdirSync(docs).filter((name) => name.endsWith('.md'));
  return [join(root, 'README.md'), ...pages.sort().map((name) => join(docs, name))];
}
