#!/usr/bin/env bash
# Makes sure a MySQL-protocol server answers on 127.0.0.1:3306 for the test suite: uses the running
# one, else starts an installed MariaDB, else installs MariaDB from Debian's packages (root only).
set -euo pipefail

ping_db() {
  node -e "
    const net = require('node:net');
    const s = net.connect(3306, '127.0.0.1');
    s.once('data', () => { s.destroy(); process.exit(0); });
    s.once('error', () => process.exit(1));
    setTimeout(() => process.exit(1), 2000);
  "
}

wait_db() {
  for _ in $(seq 1 60); do ping_db && return 0; sleep 1; done
  return 1
}

if ping_db; then exit 0; fi

if [ ! -x /usr/sbin/mariadbd ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "No MySQL/MariaDB on 127.0.0.1:3306. Install MariaDB (Debian: apt-get install mariadb-server) and start it." >&2
    exit 1
  fi
  echo "Installing MariaDB from Debian's packages..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
  fresh=1
fi

echo "Starting MariaDB..." >&2
mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
wait_db || { echo "MariaDB did not come up on 127.0.0.1:3306" >&2; exit 1; }

if [ "${fresh:-0}" = 1 ]; then
  # Debian's root account authenticates by unix socket only; the tests connect over TCP as root
  # with an empty password, as on the development machines.
  mariadb -uroot -e "ALTER USER root@localhost IDENTIFIED VIA mysql_native_password USING PASSWORD('') OR unix_socket; FLUSH PRIVILEGES;"
fi
