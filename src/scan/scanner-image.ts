/**
 * The scanner image made ready once for a set of scans: each scan then starts with it in the engine
 * (`scannerReady`) instead of looking it up or pulling it again, which for N images would be N pulls of
 * the same image racing each other.
 */
import { ConfigurationError, toError } from '../errors.js';
import { describeConnectFailure, isEngineUnreachable } from './diagnose.js';
import { ensureImage, logIn, type RegistryLogin } from './images.js';
import {
  checkImageReference,
  DEFAULT_SCANNER_IMAGE,
  normaliseRegistry,
  registryOf,
  socketPathOf,
  type ScanOptions,
} from './options.js';
import { execDockerRunner, type DockerRunner } from './runner.js';
import { redactError, secretParts } from './secrets.js';
import { ScanError } from './scan-error.js';
import type { ScanLogger } from './types.js';

export type ScannerPullOptions = Pick<ScanOptions, 'scannerImage' | 'pull' | 'registry' | 'dockerHost'>;

/**
 * Makes the scanner image present as `options.pull` says (default `always`), logged as the phase
 * `pull scanner` of a single scan is. Fails with a {@link ScanError} at `pull scanner` (or `inspect scanner`,
 * `log in to registry`, `connect to docker`), so that no scan of the set starts.
 */
export async function pullScannerOnce(
  options: ScannerPullOptions,
  logger: ScanLogger,
  runner?: DockerRunner,
): Promise<void> {
  let docker: DockerRunner;
  let scannerImage: string;
  try {
    scannerImage = checkImageReference('scanner image', options.scannerImage ?? DEFAULT_SCANNER_IMAGE);
    const dockerHost = `unix://${socketPathOf(options.dockerHost ?? process.env.DOCKER_HOST)}`;
    const raw = runner ?? execDockerRunner(dockerHost);
    docker = async (args, commandOptions) => {
      const result = await raw(args, commandOptions);
      if (isEngineUnreachable(result))
        throw new ScanError('connect to docker', describeConnectFailure(result, dockerHost));
      return result;
    };
  } catch (thrown) {
    const error = toError(thrown);
    if (error instanceof ConfigurationError && !(error instanceof ScanError))
      throw new ScanError('check options', error.message);
    throw error;
  }
  const pull = options.pull ?? 'always';
  const credentials = options.registry;
  let login: RegistryLogin | undefined;
  const started = performance.now();
  logger.info(`pull scanner: ${scannerImage} (pull ${pull}), once for every image`);
  try {
    if (credentials && normaliseRegistry(credentials.server) === registryOf(scannerImage)) {
      login = await logIn(docker, { ...credentials, server: normaliseRegistry(credentials.server) });
    }
    await ensureImage(docker, scannerImage, pull, 'pull scanner', login);
  } catch (thrown) {
    // Whatever docker said may quote the password it was given: it is taken out before anyone sees it.
    const secrets = credentials ? secretParts(credentials.password) : [];
    const error = toError(thrown);
    if (error instanceof ScanError) throw redactError(error, secrets);
    if (error instanceof ConfigurationError)
      throw redactError(new ScanError('pull scanner', error.message), secrets);
    throw redactError(error, secrets);
  } finally {
    await login?.close().catch((error: unknown) => {
      logger.warning(`docker logout failed: ${toError(error).message}`);
    });
  }
  logger.info(`pull scanner: done in ${((performance.now() - started) / 1000).toFixed(2)} s`);
}
