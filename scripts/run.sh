#!/usr/bin/env bash
# Installs what is missing, builds, and starts Waymark on the default portfolio.
set -euo pipefail
WAYMARK_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$WAYMARK_ROOT/scripts/deps.sh"
waymark_install_missing
waymark_build
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "Waymark is built, but there is no display to open its window on."
  echo "  On a machine without a desktop:  xvfb-run -a $WAYMARK_ROOT/build/src/gui/waymark"
  echo "  The command-line tool:           $WAYMARK_ROOT/build/src/cli/waymark-cli --help"
  exit 1
fi
exec "$WAYMARK_ROOT/build/src/gui/waymark" "$@"
