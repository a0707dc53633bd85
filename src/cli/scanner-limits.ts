/** The scanner's resource limits as CLI options (the action's inputs of the same names). */
import { ConfigurationError } from '../errors.js';
import type { ScanOptions } from '../scan/options.js';

export const scannerLimitsUsage = `  --scanner-memory-mb N       the scanner's memory limit, tree included in rootfs mode (default: 3/4 of
                              this machine's memory, at least 2048)
  --scanner-pids-limit N      the scanner's limit of processes and threads (default 1024)
  --scanner-cpu-shares N      the scanner's CPU weight, docker's --cpu-shares (default 512: half the
                              weight of the runner's own work)`;

export const scannerLimitsSpec = {
  'scanner-memory-mb': { type: 'string' },
  'scanner-pids-limit': { type: 'string' },
  'scanner-cpu-shares': { type: 'string' },
} as const;

export interface ScannerLimitValues {
  'scanner-memory-mb'?: string;
  'scanner-pids-limit'?: string;
  'scanner-cpu-shares'?: string;
}

function wholeNumber(flag: string, text: string): number {
  if (!/^\s*\d+\s*$/.test(text))
    throw new ConfigurationError(`${flag} must be a whole number; got '${text}'`);
  return Number(text);
}

/** The limits given on the command line (planScan checks their ranges and applies the defaults). */
export function scannerLimitOptions(
  values: ScannerLimitValues,
): Pick<ScanOptions, 'scannerMemoryMb' | 'scannerPidsLimit' | 'scannerCpuShares'> {
  const memory = values['scanner-memory-mb'];
  const pids = values['scanner-pids-limit'];
  const cpu = values['scanner-cpu-shares'];
  return {
    ...(memory !== undefined && { scannerMemoryMb: wholeNumber('--scanner-memory-mb', memory) }),
    ...(pids !== undefined && { scannerPidsLimit: wholeNumber('--scanner-pids-limit', pids) }),
    ...(cpu !== undefined && { scannerCpuShares: wholeNumber('--scanner-cpu-shares', cpu) }),
  };
}
