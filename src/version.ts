/**
 * stig-gate's name and version, as `--version` prints them and the evidence names its generator. A test
 * holds it to package.json's (the bundles do not read package.json at run time).
 */
export const TOOL = { name: 'stig-gate', version: '0.1.0' } as const;
