#!/usr/bin/env node
'use strict';

var node_crypto = require('node:crypto');
var imageKey = require('./image-key-BqiSW_Ju.js');

/**
 * What identifies one gate's reports across runs: the image (without a digest, so a rebuilt image keeps
 * its comment) and the profile. The sticky comment's marker and the default artifact name derive from it.
 */
const MAX_ARTIFACT_NAME = 200;
/**
 * The default artifact name: `stig-gate-<image>-<profile>` with every character the artifact service
 * refuses (and any other outside `A-Za-z0-9._-`) turned into `_`. Different images or profiles in one
 * matrix get different names; a name past 200 characters is cut and ends in a hash of the whole.
 */
function defaultArtifactName(image, profile) {
    const name = `stig-gate-${sanitise(imageKey.imageKey(image))}-${sanitise(profile)}`;
    if (name.length <= MAX_ARTIFACT_NAME)
        return name;
    const hash = node_crypto.createHash('sha256')
        .update(`${imageKey.imageKey(image)}\n${profile}`)
        .digest('hex')
        .slice(0, 12);
    return `${name.slice(0, MAX_ARTIFACT_NAME - hash.length - 1)}-${hash}`;
}
function sanitise(text) {
    return text.replace(/[^A-Za-z0-9._-]/g, '_');
}

exports.defaultArtifactName = defaultArtifactName;
