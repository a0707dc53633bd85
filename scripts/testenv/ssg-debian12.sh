# shellcheck shell=bash
# SSG content that applies to the test targets: SCAP Security Guide's Debian 12 data stream, for the tests
# that compare ways of scanning on an SSG stream as well as on the GPOS one. Sourced by up.sh after
# engine28.sh (it uses that file's private apt for Debian unstable).
#
# Why unstable's: the targets are Debian 12 (bookworm) roots, and bookworm's own ssg-debian (0.1.65, the
# one up.sh installs) carries data streams for Debian 10 and 11 only. A stream whose platform does not
# match gives `notapplicable` for every rule, which proves nothing; unstable's ssg-debian (0.1.82 when
# this was written) has ssg-debian12-ds.xml, whose CIS level 2 server profile passes and fails rules on
# these roots. The .deb is unpacked with `dpkg -x` under $CACHE (nothing is installed), once.
#
# Knob: STIG_GATE_SSG_DEBIAN12=0 skips it (the tests that need it then fail, naming this knob).

SSG_DEBIAN12_DIR=$CACHE/ssg-debian12
SSG_DEBIAN12_DS=$SSG_DEBIAN12_DIR/root/usr/share/xml/scap/ssg/content/ssg-debian12-ds.xml

ssg_debian12_up() {
  if [[ ${STIG_GATE_SSG_DEBIAN12:-1} == 0 ]]; then
    log "SSG Debian 12 data stream skipped (STIG_GATE_SSG_DEBIAN12=0)"
    return
  fi
  if [[ -r $SSG_DEBIAN12_DS && -r $SSG_DEBIAN12_DIR/version ]]; then
    log "SSG Debian 12 data stream: ssg-debian $(<"$SSG_DEBIAN12_DIR/version") (cached)"
    return
  fi
  local mirror t0=$SECONDS archives=$SSG_DEBIAN12_DIR/archives
  mirror=$(debian_mirror)
  mkdir -p "$ENGINE28_APT/lists/partial" "$archives"
  printf 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s unstable main\n' "$mirror" \
    >"$ENGINE28_APT/sources.list"
  [[ -e $ENGINE28_APT/status ]] || : >"$ENGINE28_APT/status"
  log "fetching ssg-debian from Debian unstable into $SSG_DEBIAN12_DIR (log: $STATE/ssg-debian12.log)"
  rm -f "$archives"/*.deb
  if ! { engine28_apt update && (cd "$archives" && engine28_apt download ssg-debian); } \
    >"$STATE/ssg-debian12.log" 2>&1; then
    show_log_tail "$STATE/ssg-debian12.log"
    die "could not fetch ssg-debian from Debian unstable ($mirror); STIG_GATE_SSG_DEBIAN12=0 skips it"
  fi
  local deb
  deb=$(echo "$archives"/ssg-debian_*.deb)
  rm -rf "$SSG_DEBIAN12_DIR/root"
  dpkg -x "$deb" "$SSG_DEBIAN12_DIR/root"
  [[ -r $SSG_DEBIAN12_DS ]] || die "$deb has no ssg-debian12-ds.xml"
  dpkg-deb --field "$deb" Version >"$SSG_DEBIAN12_DIR/version"
  log "SSG Debian 12 data stream: ssg-debian $(<"$SSG_DEBIAN12_DIR/version") in $((SECONDS - t0))s"
}
