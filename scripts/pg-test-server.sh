#!/usr/bin/env bash
# A throwaway PostgreSQL server for the team-mode tests.
#   pg-test-server.sh start DIR   initdb in DIR, start on a free port of 127.0.0.1 (and a socket
#                                 in DIR), and write DIR/uri: the superuser's libpq URI
#   pg-test-server.sh stop DIR    stop it and remove DIR
# PostgreSQL refuses to run as root, so under root (as in CI) the cluster belongs to the
# unprivileged 'postgres' user that Debian's postgresql package creates.
set -euo pipefail
action="${1:-}"
dir="${2:-}"
[ -n "$action" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[ -x "$bin/initdb" ] || { echo "$0: PostgreSQL's server programs are not installed (Debian: postgresql)" >&2; exit 1; }
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  printf '%s\n' "$password" > "$dir/pwfile"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"
  as_owner "$bin/initdb" -D "$dir/data" -U waymark_admin --pwfile="$dir/pwfile" --auth=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  rm -f "$dir/pwfile"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=200 -c fsync=off" start >/dev/null
  printf 'postgresql://waymark_admin:%s@127.0.0.1:%s/postgres\n' "$password" "$port" > "$dir/uri"
  chmod 600 "$dir/uri"
  echo "PostgreSQL $(basename "$(dirname "$bin")") on 127.0.0.1:$port ($dir)"
  ;;
stop)
  [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
