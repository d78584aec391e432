#!/usr/bin/env bash
# Runs a command with a desktop keyring of its own: a private D-Bus session and a Secret Service
# (gnome-keyring) unlocked with a throwaway password, both gone when the command ends.
#   with-keyring.sh COMMAND [ARG...]
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }
command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null \
  || { echo "$0: needs dbus-run-session and gnome-keyring-daemon (Debian: dbus, gnome-keyring)" >&2; exit 1; }
home="$(mktemp -d /tmp/waymark-keyring.XXXXXX)"
trap 'rm -rf "$home"' EXIT
# The keyring lives in this home, not the user's.
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
  head -c 24 /dev/urandom | base64 | tr -d "\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' keyring "$@"
