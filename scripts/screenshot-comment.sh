#!/usr/bin/env bash
# Regenerates docs/images/comment-46-failures.png: the first screen (1000 x 1200 px) of the pull request
# comment for issue #21's 46-failure case, as test/publish/comment-render.test.ts renders it (markdown-it
# like GitHub's comments, GitHub's comment styles, Debian's Chromium). The test also checks that the
# verdict, the cause and the folded waivers file are on that screen; the screenshot is saved only when it
# passes. Needs Debian's chromium (scripts/testenv/up.sh installs it); installs the emoji font the
# verdict's icon needs when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-docs/images/comment-46-failures.png}
if ! fc-list 2>/dev/null | grep -qi 'color emoji'; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-noto-color-emoji >/dev/null
fi
mkdir -p "$(dirname "$out")"
tmp=$(mktemp --suffix .png)
trap 'rm -f "$tmp"' EXIT
STIG_GATE_SCREENSHOT=$tmp npx vitest run test/publish/comment-render.test.ts
mv "$tmp" "$out"
chmod 644 "$out"
trap - EXIT
echo "wrote $out"
