#!/usr/bin/env node
'use strict';

/** One image across its builds: what the comment, the artifact and the checklists of an image are keyed on. */
/** The image reference without `@sha256:…`, so that every build of one tag is the same image to report on. */
function imageKey(image) {
    return image.trim().replace(/@[A-Za-z0-9_+.-]+:[A-Fa-f0-9]+$/, '');
}

exports.imageKey = imageKey;
