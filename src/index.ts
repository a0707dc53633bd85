/** The action's entry point, as in actions/typescript-action: it only calls run(). */
import { run } from './main.js';

void run();
