#!/usr/bin/env bash
# Run by `npm test` before anything else: the browser specs need Chromium, and a new machine
# must get it from the project's own files. Installs Debian's `chromium` when it is missing
# and this runs as root with apt-get; otherwise stops at once and says what to do, rather
# than letting 19 browser suites fail one by one minutes later.
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ "${SKIP_BROWSER_SPECS:-}" = "1" ]; then
  echo "test-deps: SKIP_BROWSER_SPECS=1: the browser specs will be skipped" >&2
  exit 0
fi
if [ -x "$chromium" ]; then
  exit 0
fi

# the Debian package puts it at /usr/bin/chromium: of no use for another CHROMIUM_PATH
if [ -z "${CHROMIUM_PATH:-}" ] && [ "$EUID" -eq 0 ] && command -v apt-get >/dev/null 2>&1
then
  echo "test-deps: $chromium is missing; installing the Debian package chromium..." >&2
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null \
    && [ -x "$chromium" ]; then
    exit 0
  fi
  echo "test-deps: apt-get could not install chromium (see above)." >&2
fi

cat >&2 <<MESSAGE
test-deps: Chromium is missing ($chromium); the browser specs need it.
  Install it (Debian or Ubuntu):  sudo apt-get install chromium
  or point CHROMIUM_PATH to a Chromium or Chrome binary,
  or skip the browser specs:      SKIP_BROWSER_SPECS=1 npm test
MESSAGE
exit 1
