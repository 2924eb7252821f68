#!/usr/bin/env bash
# The replica tests and the load bench put Debian's nginx in front of two API processes. Installs it
# from Debian's packages when it is missing and this runs as root; the tests start their own nginx
# on loopback ports with a config of their own, so the packaged service is left stopped.
set -euo pipefail
if [ -x /usr/sbin/nginx ]; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "nginx is missing at /usr/sbin/nginx. Install it (Debian: apt-get install nginx)." >&2
  exit 1
fi
echo "Installing nginx from Debian's packages..." >&2
# Keep the package's own service from starting on port 80 during the install (a policy-rc.d
# that is already there stays as it was).
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
