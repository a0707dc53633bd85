/** Getting the two images into the engine and recording exactly which ones were scanned. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toError } from '../errors.js';
import { containerImageArgs, inspectImageArgs } from './commands.js';
import { describeLoginFailure, describeMissingImage, describePullFailure, lastLines } from './diagnose.js';
import { registryOf, type PullPolicy, type RegistryCredentials } from './options.js';
import type { DockerResult, DockerRunner } from './runner.js';
import { ScanError, type ScanStep } from './scan-error.js';

/** What `docker image inspect` says about an image, as far as a scan needs it. */
export interface ImageInfo {
  /** `sha256:…`, the local image id. */
  id: string;
  repoTags: string[];
  /** `name@sha256:…` for each registry the image was pulled from or pushed to. */
  repoDigests: string[];
}

/** The repository part of a reference: no tag, no digest (`host:5000/a/b:tag@sha256:x` → `host:5000/a/b`). */
export function repositoryOf(reference: string): string {
  const withoutDigest = reference.split('@')[0] ?? reference;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const lastColon = withoutDigest.lastIndexOf(':');
  return lastColon > lastSlash ? withoutDigest.slice(0, lastColon) : withoutDigest;
}

/**
 * The digest to record for `reference`: its registry digest (`repo@sha256:…`) when it has one for the same
 * repository, else any registry digest, else the local image id (an image that never left this engine).
 */
export function recordedDigest(reference: string, info: ImageInfo): string {
  const repository = repositoryOf(reference);
  const sameRepository = info.repoDigests.find((digest) => repositoryOf(digest) === repository);
  return sameRepository ?? info.repoDigests[0] ?? info.id;
}

/** Parses one line of {@link inspectImageArgs}' JSON; null arrays (docker's empty) become []. */
export function parseImageInfo(stdout: string): ImageInfo {
  const parsed = JSON.parse(stdout.trim()) as {
    id?: unknown;
    repoTags?: unknown;
    repoDigests?: unknown;
  };
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
  if (typeof parsed.id !== 'string' || !parsed.id.startsWith('sha256:')) {
    throw new Error(`docker image inspect gave no image id: ${stdout.trim()}`);
  }
  return {
    id: parsed.id,
    repoTags: strings(parsed.repoTags),
    repoDigests: strings(parsed.repoDigests),
  };
}

/**
 * Whether the engine has `reference`, with docker's answer (which says why when it has not); an answer
 * other than "no such image" is an error.
 */
async function lookUp(
  docker: DockerRunner,
  reference: string,
): Promise<{ local: boolean; answer: DockerResult }> {
  const answer = await docker(inspectImageArgs(reference));
  if (answer.exitCode === 0) return { local: true, answer };
  if (/no such (image|object)/i.test(answer.stderr)) return { local: false, answer };
  throw new Error(`docker image inspect ${reference} failed: ${answer.stderr.trim()}`);
}

/** The non-empty lines of a command's output. */
function outputLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.trim() !== '');
}

/**
 * The images `containers` were created from, in the same order: what was really scanned, whatever a tag
 * pointed to before or after. Read from the containers while the scanner runs, so that recording them costs
 * the scan no time (inspecting each image between its pull and its use did: about 50 ms every run).
 */
export async function imagesOfContainers(
  docker: DockerRunner,
  containers: readonly string[],
): Promise<ImageInfo[]> {
  const ofContainers = await docker(containerImageArgs(containers));
  if (ofContainers.exitCode !== 0)
    throw new Error(`docker container inspect: ${lastLines(ofContainers.stderr)}`);
  const ids = outputLines(ofContainers.stdout).map((line) => JSON.parse(line) as unknown);
  if (
    ids.length !== containers.length ||
    !ids.every((id) => typeof id === 'string' && id.startsWith('sha256:'))
  )
    throw new Error(`docker container inspect gave no image ids: ${ofContainers.stdout.trim()}`);
  const images = await docker(inspectImageArgs(...(ids as string[])));
  if (images.exitCode !== 0) throw new Error(`docker image inspect: ${lastLines(images.stderr)}`);
  const infos = outputLines(images.stdout).map(parseImageInfo);
  if (infos.length !== ids.length)
    throw new Error(`docker image inspect described ${infos.length} of ${ids.length} images`);
  return infos;
}

/**
 * A private docker client configuration holding one login, so that the user's ~/.docker is never written and
 * two scans logging in at once do not meet. {@link RegistryLogin.close} logs out and deletes it.
 */
export interface RegistryLogin {
  server: string;
  configDir: string;
  close(): Promise<void>;
}

/** `docker login --password-stdin` into a fresh configuration directory; the password goes only to stdin. */
export async function logIn(docker: DockerRunner, credentials: RegistryCredentials): Promise<RegistryLogin> {
  const configDir = await mkdtemp(join(tmpdir(), 'stig-gate-docker-config-'));
  const close = async () => {
    try {
      await docker(['--config', configDir, 'logout', credentials.server]);
    } finally {
      await rm(configDir, { recursive: true, force: true });
    }
  };
  const result = await docker(
    [
      '--config',
      configDir,
      'login',
      '--username',
      credentials.username,
      '--password-stdin',
      credentials.server,
    ],
    { input: Buffer.from(credentials.password, 'utf8') },
  );
  if (result.exitCode !== 0) {
    await close().catch(() => undefined);
    throw new ScanError(
      'log in to registry',
      describeLoginFailure(credentials.server, credentials.username, result),
    );
  }
  return { server: credentials.server, configDir, close };
}

/**
 * Makes `reference` present in the engine as `policy` says, pulling with `login` when the image is from that
 * registry. Which image that is gets recorded from the containers made of it (see imagesOfContainers).
 */
export async function ensureImage(
  docker: DockerRunner,
  reference: string,
  policy: PullPolicy,
  step: Extract<ScanStep, 'pull target' | 'pull scanner'>,
  login: RegistryLogin | undefined,
): Promise<void> {
  const inspectStep: ScanStep = step === 'pull target' ? 'inspect target' : 'inspect scanner';
  if (policy !== 'always') {
    let found: Awaited<ReturnType<typeof lookUp>>;
    try {
      found = await lookUp(docker, reference);
    } catch (thrown) {
      if (thrown instanceof ScanError) throw thrown;
      throw new ScanError(inspectStep, `${reference}: ${toError(thrown).message}`);
    }
    if (found.local) return;
    if (policy === 'never') throw new ScanError(inspectStep, describeMissingImage(reference, found.answer));
  }
  const useLogin = login !== undefined && registryOf(reference) === login.server;
  const configArgs = useLogin ? ['--config', login.configDir] : [];
  const pulled = await docker([...configArgs, 'pull', '--quiet', reference]);
  if (pulled.exitCode !== 0) throw new ScanError(step, describePullFailure(reference, pulled, useLogin));
}
