# shellcheck shell=bash
# Where the test environment's datastream comes from. Sourced by up.sh after lib.sh.
#
# A fresh clone has no ../shared beside it, so, in this order:
#   1. STIG_GATE_DATASTREAM, a file the user names (used as it is; its sha256 is logged);
#   2. ../shared/scap/ssg-chainguard-gpos-ds.xml beside the clone (CI and this team's machines), or in
#      the folder STIG_GATE_SHARED names (as the tests read it);
#   3. the file from chainguard-dev/stigs at the pinned commit, downloaded once into
#      $CACHE/datastream/ and kept only when its sha256 is the pinned one.
# When none works, up.sh stops and says what it tried.

# The pinned upstream file: Chainguard's GPOS STIG, the content cgr.dev/chainguard/openscap carries.
DATASTREAM_COMMIT=94300ee5fcfbb6a4de7ea94a30f02ed39c9e628e
DATASTREAM_PATH=gpos/xml/scap/ssg/content/ssg-chainguard-gpos-ds.xml
DATASTREAM_SHA256=f4ff8b8680d3a763057bcf801f3dd96a8276853d8844b5064b1c6eeab055facc
# Overridable for a mirror of GitHub's raw files (same path layout: <base>/<commit>/<path>).
DATASTREAM_BASE_URL=${STIG_GATE_DATASTREAM_BASE_URL:-https://raw.githubusercontent.com/chainguard-dev/stigs}

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

# resolve_datastream: sets DATASTREAM to a readable file, or dies naming every source it tried.
resolve_datastream() {
  if [[ -n ${STIG_GATE_DATASTREAM:-} ]]; then
    [[ -f $STIG_GATE_DATASTREAM && -r $STIG_GATE_DATASTREAM ]] ||
      die "STIG_GATE_DATASTREAM=$STIG_GATE_DATASTREAM is not a readable file (expected a SCAP source data stream such as ssg-chainguard-gpos-ds.xml)"
    DATASTREAM=$(realpath -e "$STIG_GATE_DATASTREAM")
    log "datastream: $DATASTREAM (from STIG_GATE_DATASTREAM; sha256 $(sha256_of "$DATASTREAM"))"
    return
  fi
  local shared
  shared=$(realpath -m "${STIG_GATE_SHARED:-$REPO_ROOT/../shared}/scap/ssg-chainguard-gpos-ds.xml")
  if [[ -r $shared ]]; then
    DATASTREAM=$(realpath -e "$shared")
    log "datastream: $DATASTREAM (../shared/scap beside the clone)"
    return
  fi
  local dir=$CACHE/datastream
  local cached=$dir/ssg-chainguard-gpos-ds-${DATASTREAM_COMMIT:0:12}.xml
  if [[ -r $cached && $(sha256_of "$cached") == "$DATASTREAM_SHA256" ]]; then
    DATASTREAM=$cached
    log "datastream: $DATASTREAM (downloaded earlier, sha256 checked)"
    return
  fi
  local url=$DATASTREAM_BASE_URL/$DATASTREAM_COMMIT/$DATASTREAM_PATH
  mkdir -p "$dir"
  log "datastream: no STIG_GATE_DATASTREAM and no $shared; downloading $url"
  local why="" got
  if ! curl -fsSL --max-time 120 --retry 2 -o "$cached.tmp" "$url" 2>"$dir/download.log"; then
    why="download failed: $(tail -n 1 "$dir/download.log")"
  else
    got=$(sha256_of "$cached.tmp")
    [[ $got == "$DATASTREAM_SHA256" ]] || why="downloaded file has sha256 $got, expected $DATASTREAM_SHA256"
  fi
  if [[ -n $why ]]; then
    rm -f "$cached.tmp"
    die "no datastream: STIG_GATE_DATASTREAM is not set, $shared does not exist, and $url could not be used ($why). Set STIG_GATE_DATASTREAM to a copy of ssg-chainguard-gpos-ds.xml (chainguard-dev/stigs commit $DATASTREAM_COMMIT, sha256 $DATASTREAM_SHA256)."
  fi
  mv "$cached.tmp" "$cached"
  DATASTREAM=$cached
  log "datastream: $DATASTREAM (downloaded, sha256 checked)"
}
