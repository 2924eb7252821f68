#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core cannot download its own browser
# here). Installs it from Debian's packages when missing and this runs as root.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "Chromium is missing at /usr/bin/chromium. Install it (Debian: apt-get install chromium)." >&2
  exit 1
fi
echo "Installing Chromium from Debian's packages..." >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
