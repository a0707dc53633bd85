/**
 * The action. The one place that touches @actions/core; everything else is plain functions.
 * (Filled in by the action work: inputs → scan → results → gate → report → publish.)
 */
import * as core from '@actions/core';
import { isUserError, toError } from './errors.js';

export async function run(): Promise<void> {
  try {
    throw new Error('the action is not wired yet');
  } catch (thrown) {
    const error = toError(thrown);
    core.setFailed(isUserError(error) ? error.message : `stig-gate bug: ${error.stack ?? error.message}`);
  }
}
