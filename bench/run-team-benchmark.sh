#!/usr/bin/env bash
# Team mode at county scale: starts a throwaway PostgreSQL server, generates an organisation of
# 2,000 workers and 1,000,000 evidence items, times the supervisor's home, a head of service's
# readiness list and 50 workers adding evidence at once, and stops the server. About 10 minutes.
#   bash bench/run-team-benchmark.sh        (WAYMARK_BENCH_BUILD: the build folder, default build-bench)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${WAYMARK_BENCH_BUILD:-$root/build-bench}"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DWAYMARK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target waymark-team-bench
server="$(mktemp -d /tmp/waymark-team-bench.XXXXXX)"
trap 'bash "$root/scripts/pg-test-server.sh" stop "$server"' EXIT
bash "$root/scripts/pg-test-server.sh" start "$server"
"$build/bench/waymark-team-bench" --server "$(cat "$server/uri")" "$@"
