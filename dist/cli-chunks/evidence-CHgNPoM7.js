#!/usr/bin/env node
'use strict';

var promises = require('node:fs/promises');
var node_path = require('node:path');
var cli = require('../cli.js');
var evidenceOutput = require('./evidence-output-gZnvMw7E.js');
var args = require('./args-Cjw6L1O6.js');
var compare = require('./compare-BEEPQjfh.js');
require('./image-key-DiHdaawd.js');
require('node:os');
require('node:child_process');
require('node:fs');
require('string_decoder');
require('os');
require('events');
require('child_process');
require('path');
require('fs');
require('timers');
require('node:readline');
require('node:crypto');
require('./gate-files-BZ9zFXBw.js');
require('node:util');

/**
 * `stig-gate evidence --current C [--baseline B] … --output-dir DIR`: gate a results file as `compare`
 * does and write the assessor evidence (checklists, POA&M, OSCAL, HDF, manifest) into DIR.
 */
const evidenceUsage = `Usage: stig-gate evidence --current FILE --output-dir DIR [--baseline FILE] [gate options]
                          [--image REF] [--evidence LIST] [--datastream PATH] [--tailoring-file PATH]

Gates the results as 'stig-gate compare' does and writes the assessor evidence into DIR:
stig-gate.cklb and stig-gate.ckl (STIG Viewer 3 and 2), stig-gate-poam.csv (FedRAMP POA&M),
stig-gate-oscal-ar.json and stig-gate-oscal-poam.json (OSCAL 1.2.2), stig-gate-hdf.json (Heimdall),
evidence.json (what was scanned with what, and every file's sha256) and stig-gate.intoto.json (an
unsigned in-toto statement about the image digest). A scan.json beside FILE (as 'stig-gate scan'
writes it) supplies the image and scanner digests when it records that very scan (the same result
counts), as in the action. Exits 0 gate passed, 2 gate failed, 1 error.

  --current FILE             results of the current scan (XCCDF --results or --results-arf output)
  --output-dir DIR           where the evidence goes (created when missing)
  --image REF                the scanned image (with @sha256:… for the in-toto statement's subject)
  --evidence LIST            formats: all (default), none, or any of cklb, ckl, poam-csv, oscal-ar,
                             oscal-poam, hdf, manifest (comma-separated)
  --datastream PATH          the data stream that was used, to record its sha256
  --tailoring-file PATH      the tailoring file that was used, to record its sha256
${compare.gateOptionsUsage}`;
async function evidence(argv, io, env = process.env) {
    const { values, positionals } = args.parseCommandArgs('evidence', argv, {
        ...compare.gateOptions,
        current: { type: 'string' },
        'output-dir': { type: 'string' },
        image: { type: 'string' },
        evidence: { type: 'string', default: 'all' },
        datastream: { type: 'string' },
        'tailoring-file': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.stdout(evidenceUsage);
        return cli.EXIT_PASS;
    }
    if (positionals.length > 0) {
        throw new cli.ConfigurationError(`evidence takes no positional arguments, got '${positionals[0]}'`);
    }
    if (values.current === undefined) {
        throw new cli.ConfigurationError(`evidence needs --current FILE: the results to gate\n\n${evidenceUsage}`);
    }
    const dir = values['output-dir'];
    if (dir === undefined) {
        throw new cli.ConfigurationError(`evidence needs --output-dir DIR: where the evidence goes\n\n${evidenceUsage}`);
    }
    const formats = evidenceOutput.parseEvidenceFormats('--evidence', values.evidence);
    const { image } = values;
    const outcome = await compare.runGate(values.current, values, { ...(image && { image }) });
    const workflowRun = await evidenceOutput.workflowRunFromEnv(env);
    const sources = {
        // The digests from the scan.json beside the results only when it is that scan's, as the action takes them.
        ...evidenceOutput.scannedWith(outcome.result),
        ...(image && { image }),
        ...(values.datastream && { datastream: values.datastream }),
        ...(values['tailoring-file'] && { tailoringFile: values['tailoring-file'] }),
        ...(workflowRun && { workflowRun }),
    };
    // The manifest records the results file that was gated (and the baseline) with their sha256.
    const inputs = [values.current, values.baseline].filter((file) => file !== undefined);
    return compare.reportGate(outcome, values, io, {
        // The folder is made once the report is out (--output or standard output), so that a folder that
        // cannot be made loses nothing already produced.
        afterReports: async () => {
            try {
                await promises.mkdir(dir, { recursive: true });
            }
            catch (error) {
                throw new cli.ConfigurationError(`cannot create --output-dir ${dir}: ${cli.toError(error).message}`);
            }
            await evidenceOutput.writeCliEvidence(outcome, sources, formats, dir, inputs.map((file) => node_path.resolve(file)), io);
        },
    });
}

exports.evidence = evidence;
exports.evidenceUsage = evidenceUsage;
