// Two bundles, each runnable by plain `node` with no node_modules: the action and the CLI.
// The @actions/* packages are ESM-only, which is why this is rollup and not ncc. The output is CommonJS
// (dist/package.json says so): Node starts a CommonJS entry about 20 ms sooner than an ES module, as its
// ES module loader is then never set up, and both bundles are started once per step or command.

import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { isBuiltin } from 'node:module';
import typescript from '@rollup/plugin-typescript';

// scripts/check-dist.sh builds into another folder to compare with the committed dist/.
const out = process.env.STIG_GATE_DIST_DIR ?? 'dist';

/** dist/package.json: the bundles are CommonJS, whatever the root package.json says for src/. */
const markCommonJs = {
  name: 'mark-commonjs',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'package.json', source: '{ "type": "commonjs" }\n' });
  },
};

/**
 * One entry point and the chunks it loads on demand (the CLI's commands), under dist/<name>-chunks/.
 * @returns {import('rollup').RollupOptions}
 */
const bundle = (name, banner) => ({
  input: { [name]: `src/${name === 'cli' ? 'cli' : 'index'}.ts` },
  output: {
    dir: out,
    format: 'cjs',
    // The CLI's commands are still loaded on demand, with require rather than import().
    dynamicImportInCjs: false,
    interop: 'auto',
    sourcemap: false,
    banner,
    entryFileNames: '[name].js',
    chunkFileNames: `${name}-chunks/[name]-[hash].js`,
  },
  // A Node built-in imported only for its side effects (e.g. @actions/io's unused `assert`) is left out:
  // they have none we need, and each costs start-up time (assert: ~3 ms).
  treeshake: { moduleSideEffects: (id, external) => !(external && isBuiltin(id)) },
  plugins: [
    markCommonJs,
    typescript({ tsconfig: './tsconfig.build.json', outDir: out }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json(),
  ],
  onwarn(warning, warn) {
    // Circular imports inside third-party packages are theirs, and harmless.
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules')))
      return;
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
});

export default [bundle('index'), bundle('cli', '#!/usr/bin/env node')];
