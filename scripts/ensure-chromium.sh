#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright-core cannot download its own browser
# here), with a Korean font so the Korean screens in the screenshots are legible. Installs
# what is missing from Debian's packages when this runs as root.
set -euo pipefail
can_install() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }
install() {
  echo "Installing $* from Debian's packages..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
if [ ! -x /usr/bin/chromium ]; then
  if ! can_install; then
    echo "Chromium is missing at /usr/bin/chromium. Install it (Debian: apt-get install chromium)." >&2
    exit 1
  fi
  install chromium
fi
# Without it the tests still pass; only the screenshots lose their Korean text.
if ! fc-list 2>/dev/null | grep -qi nanum; then
  if ! can_install || ! install fonts-nanum; then
    echo "No Korean font (Debian: apt-get install fonts-nanum): Korean text shows as boxes in screenshots." >&2
  fi
fi
