/**
 * Debian's Chromium, driven by playwright-core, for tests that look at an output as its reader does
 * (Markdown as GitHub renders it, an HDF file in Heimdall Lite). playwright-core downloads no browser: the
 * test environment installs `chromium` (scripts/testenv/up.sh), and CHROMIUM_PATH may name another.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `no Chromium at ${path}: run scripts/testenv/up.sh (it installs Debian's chromium) or set CHROMIUM_PATH`,
    );
  }
  return path;
}

/** A headless browser that reaches only loopback; the caller closes it. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Root in CI containers: Chromium's sandbox needs user namespaces that are not always there.
    args: ['--no-sandbox', '--disable-gpu', '--proxy-server=direct://', '--proxy-bypass-list=*'],
  });
}
