#!/usr/bin/env bash
# Builds Waymark's benchmarks (Release, in their own build folder) and runs everything:
# the Google Benchmark suite, the sqlite3 floor for durable inserts, application start-up
# against a minimal Qt window, and peak memory. Prints every figure with its target, floor
# and ratio at the end, and keeps the raw results under <build>/bench-results/<time>/.
#
#   bash bench/run-benchmarks.sh
#
# Environment (all optional):
#   WAYMARK_BENCH_BUILD    build folder for the core and the benchmarks (default build-bench)
#   WAYMARK_BENCH_GUI_BUILD build folder for the application, GUI on (default build-bench-gui)
#   WAYMARK_APP            an already built waymark executable to time instead of building one
#   WAYMARK_BENCH_FILTER   a --benchmark_filter regex for the Google Benchmark suite
#   WAYMARK_BENCH_QUICK=1  fewer runs of the process timings (a smoke test, not figures)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${WAYMARK_BENCH_BUILD:-$root/build-bench}
gui_build=${WAYMARK_BENCH_GUI_BUILD:-$root/build-bench-gui}
stamp=$(date +%Y%m%d-%H%M%S)
out=$build/bench-results/$stamp
jobs=$(nproc)
runs=15; floor_runs=10; mem_runs=3
if [[ ${WAYMARK_BENCH_QUICK:-0} == 1 ]]; then runs=3; floor_runs=2; mem_runs=1; fi

say() { printf '\n== %s\n' "$*" >&2; }

# ---- tools ---------------------------------------------------------------------------
need_pkg() { # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  if [[ $(id -u) == 0 ]]; then
    apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "$2" >/dev/null 2>&1; } || true
  fi
  command -v "$1" >/dev/null 2>&1
}
for t in cmake sqlite3 python3; do
  command -v "$t" >/dev/null || { echo "run-benchmarks: $t is needed" >&2; exit 1; }
done
have_hyperfine=1; need_pkg hyperfine hyperfine || have_hyperfine=0
[[ -x /usr/bin/time ]] || need_pkg /usr/bin/time time || true

# ---- build ---------------------------------------------------------------------------
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# The source as built (others may commit while this runs).
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$root" status --porcelain -- src include 2>/dev/null | wc -l)
say "Building the benchmarks (Release) in $build"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DWAYMARK_BUILD_GUI=OFF -DWAYMARK_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" -j"$jobs" --target waymark_bench waymark-bench-portfolio waymark_minimal_window >/dev/null
bench=$build/bench/waymark_bench
gen=$build/bench/waymark-bench-portfolio
minimal=$build/bench/waymark_minimal_window
mkdir -p "$out"

app=${WAYMARK_APP:-}
app_note=""
if [[ -z $app ]]; then
  say "Building the application (Release, GUI on) in $gui_build"
  if cmake -S "$root" -B "$gui_build" -DCMAKE_BUILD_TYPE=Release -DWAYMARK_BUILD_GUI=ON -DWAYMARK_BUILD_TESTS=OFF \
         -DWAYMARK_BUILD_BENCHMARKS=OFF >"$out/gui-build.log" 2>&1 \
     && cmake --build "$gui_build" -j"$jobs" --target waymark >>"$out/gui-build.log" 2>&1; then
    app=$gui_build/src/gui/waymark
  else
    app_note="the application did not build (see $out/gui-build.log); start-up and memory were not measured"
    echo "run-benchmarks: $app_note" >&2
  fi
fi

# ---- portfolios ----------------------------------------------------------------------
say "Synthetic portfolios (cached in $build/bench-portfolios)"
portfolio() { "$gen" --evidence "$@"; }
p100=$(portfolio 100); p200=$(portfolio 200); p5k=$(portfolio 5000)
p10k=$(portfolio 10000 --judgements 500); p100k=$(portfolio 100000)
ls -l "$p100" "$p200" "$p5k" "$p10k" "$p100k" >&2

# ---- Google Benchmark suite ----------------------------------------------------------
say "Google Benchmark suite"
QT_QPA_PLATFORM=offscreen "$bench" --benchmark_out="$out/bench.json" --benchmark_out_format=json \
  ${WAYMARK_BENCH_FILTER:+--benchmark_filter="$WAYMARK_BENCH_FILTER"}

# ---- sqlite3 floor for durable inserts -----------------------------------------------
# The rows addEvidence writes (evidence + its version + 2 mappings, FTS by the schema's
# trigger), one transaction each, WAL and synchronous=FULL, into a copy of the same
# portfolio. Per insert = (time for K inserts - time for none) / K.
inserts=200
work=$out/work; mkdir -p "$work"
"$gen" --floor-sql "$inserts" --out "$work/floor-$inserts.sql"
"$gen" --floor-sql 0 --out "$work/floor-0.sql"
if [[ $have_hyperfine == 1 ]]; then
  for n in 100 5000 100000; do
    case $n in 100) src=$p100;; 5000) src=$p5k;; 100000) src=$p100k;; esac
    say "sqlite3 floor, $inserts durable inserts into a portfolio of $n"
    db=$work/floor-$n.waymark
    hyperfine --style basic --runs "$floor_runs" --export-json "$out/floor-$n.json" \
      --prepare "rm -f '$db' '$db-wal' '$db-shm' && cp '$src' '$db' && sync" \
      -n "inserts" "sqlite3 '$db' < '$work/floor-$inserts.sql' > /dev/null" \
      -n "none" "sqlite3 '$db' < '$work/floor-0.sql' > /dev/null" >&2
    rm -f "$db" "$db-wal" "$db-shm"
  done
else
  echo "run-benchmarks: hyperfine is missing; the sqlite3 floor and start-up were not measured" >&2
fi

# ---- application start-up and memory -------------------------------------------------
# A private home so the application reads and writes no one's settings.
export XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data XDG_CACHE_HOME=$work/home/cache
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
export QT_QPA_PLATFORM=offscreen
if [[ -n $app && $have_hyperfine == 1 ]]; then
  cp "$p5k" "$work/app-5000.waymark"
  say "Start-up: Waymark on 5,000 evidence records against a minimal Qt window"
  hyperfine --style basic --warmup 2 --runs "$runs" --export-json "$out/startup.json" \
    -n "minimal" "'$minimal'" \
    -n "waymark-5000" "'$app' --portfolio '$work/app-5000.waymark' --quit-when-shown" >&2
fi
peak_kb_of() { # command... -> "kB seconds": maximum resident set size and wall time, medians of the runs
  local log=$work/time.log kb=() secs=()
  for ((i = 0; i < mem_runs; i++)); do
    local t0=$(date +%s.%N)
    /usr/bin/time -v -o "$log" "$@" >/dev/null 2>&1 || true
    secs+=("$(python3 -c 'import sys; print(round(float(sys.argv[2]) - float(sys.argv[1]), 2))' "$t0" "$(date +%s.%N)")")
    kb+=("$(awk -F: '/Maximum resident/ {gsub(/ /, "", $2); print $2}' "$log")")
  done
  local median='{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'
  echo "$(printf '%s\n' "${kb[@]}" | sort -n | awk "$median") $(printf '%s\n' "${secs[@]}" | sort -n | awk "$median")"
}
: > "$out/memory.txt"
if [[ -x /usr/bin/time ]]; then
  say "Peak memory (maximum resident set size)"
  echo "minimal $(peak_kb_of "$minimal")" >> "$out/memory.txt"
  if [[ -n $app ]]; then
    cp "$p100k" "$work/app-100000.waymark"
    [[ -f $work/app-5000.waymark ]] || cp "$p5k" "$work/app-5000.waymark"
    echo "waymark-5000 $(peak_kb_of "$app" --portfolio "$work/app-5000.waymark" --quit-when-shown)" >> "$out/memory.txt"
    echo "waymark-100000 $(peak_kb_of "$app" --portfolio "$work/app-100000.waymark" --quit-when-shown)" >> "$out/memory.txt"
  fi
  cat "$out/memory.txt" >&2
fi
rm -f "$work"/*.waymark "$work"/*.waymark-wal "$work"/*.waymark-shm

# ---- every figure ---------------------------------------------------------------------
say "Figures"
{
  echo "Measured $(date -I) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "Source: commit $commit$([[ $dirty != 0 ]] && echo ", with $dirty uncommitted change(s) under src/ and include/")"
  echo "Load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  python3 "$root/bench/summarise.py" --results "$out" --inserts "$inserts" ${app_note:+--note "$app_note"}
} | tee "$out/summary.md"
echo "raw results: $out" >&2
