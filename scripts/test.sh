#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs every test.
set -euo pipefail
WAYMARK_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$WAYMARK_ROOT/scripts/deps.sh"
waymark_install_missing
waymark_build
cd "$WAYMARK_ROOT/build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)"
