#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan, UBSan) in build-fuzz/ and runs each one for
# SECONDS (default 60). New inputs go to build-fuzz/corpus/<target>/, crashes and leaks to
# build-fuzz/findings/<target>/; the seeds in the repository are only read.
# Usage: bash fuzz/run.sh [SECONDS] [TARGET...]   (targets: pathway_loader archive_import archive_sql)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(pathway_loader archive_import archive_sql)
build="${WAYMARK_FUZZ_BUILD:-$root/build-fuzz}"

command -v clang++ >/dev/null || { echo "fuzz/run.sh needs clang and libFuzzer: apt-get install clang libclang-rt-14-dev" >&2; exit 2; }
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DWAYMARK_FUZZ=ON -DWAYMARK_BUILD_TESTS=OFF -DWAYMARK_BUILD_BENCHMARKS=OFF -DWAYMARK_BUILD_GUI=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

# Seeds beyond fuzz/corpus/<target>/: the files the tests already keep, not copied twice,
# among them each input a fuzzer found a fault with (tests/data/fuzz/<target>/).
seeds_pathway_loader=("$root/frameworks" "$root/tests/data/pathways" "$root/tests/data/fuzz/pathway_loader")
seeds_archive_import=()
seeds_archive_sql=()

export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
status=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  findings="$build/findings/$target"
  mkdir -p "$corpus" "$findings"
  seeds_var="seeds_${target}[@]"
  dict=()
  [ -f "$root/fuzz/$target.dict" ] && dict=(-dict="$root/fuzz/$target.dict")
  echo "== $target for ${seconds}s"
  "$build/fuzz/fuzz_$target" "$corpus" "$root/fuzz/corpus/$target" "${!seeds_var}" "${dict[@]}" \
    -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$findings/" \
    2>&1 | tee "$findings/last-run.log" | grep -E "^(INFO: Seed|#[0-9]+[[:space:]]+(INITED|DONE))|ERROR|SUMMARY|stat::" || true
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done
exit $status
