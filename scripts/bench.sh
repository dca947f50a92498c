#!/usr/bin/env bash
# Scale benchmark: generate corpora of 1,000, 10,000 and 100,000 documents,
# check each with the built-in rules, and print wall time, throughput, peak
# memory, and the recall and precision on the planted conflicts.
#
# "MB/s per core" divides by the cores present; "MB per CPU s" divides by
# the CPU time used, which is the fairer figure on a busy machine; "vs
# smallest" is the time per megabyte over that of the first size. The last
# columns check that nothing is lost at scale: the stories of the smallest
# corpus are the first stories of every larger one, and must score the same
# there; a false finding (one that matches no planted conflict or
# look-alike) would most likely join unrelated stories.
#
#   scripts/bench.sh                    # all three sizes
#   SIZES="1000 10000" scripts/bench.sh # some of them
#
# Corpora are kept in $BENCH_DIR (default ${TMPDIR:-/tmp}/factlint-bench)
# and reused while the generator's seed and size match. Peak memory comes
# from GNU time (/usr/bin/time -v), installed here if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000 10000 100000"}
SEED=${SEED:-1}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/factlint-bench}
JOBS=${JOBS:-0}

# GNU time reports peak memory; it is /usr/bin/time on Linux, gtime from
# Homebrew.
find_time() {
  for t in /usr/bin/time gtime; do
    if "$t" -v true >/dev/null 2>&1; then TIME=$t; return 0; fi
  done
  return 1
}
if ! find_time; then
  echo "bench: installing GNU time for peak memory" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then sudo=sudo; fi
  if command -v apt-get >/dev/null; then
    $sudo apt-get install -y time >/dev/null 2>&1 || { $sudo apt-get update >/dev/null && $sudo apt-get install -y time >/dev/null; }
  elif command -v dnf >/dev/null; then
    $sudo dnf install -y time >/dev/null
  elif command -v apk >/dev/null; then
    $sudo apk add --no-cache time >/dev/null
  elif command -v brew >/dev/null; then
    brew install gnu-time >/dev/null
  fi
  find_time || { echo "bench: cannot find or install GNU time" >&2; exit 2; }
fi

mkdir -p "$BENCH_DIR/bin"
go build -o "$BENCH_DIR/bin/factlint" ./cmd/factlint
go build -o "$BENCH_DIR/bin/corpusgen" ./internal/corpusgen/cmd/corpusgen
factlint="$BENCH_DIR/bin/factlint"

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || true)
cores=$(getconf _NPROCESSORS_ONLN)
mem=$(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo 2>/dev/null || true)
echo "machine: ${cpu:-unknown cpu}, $cores cores, ${mem:-? GB}; $(go version | cut -d' ' -f3-4)"
echo "corpora: $BENCH_DIR (seed $SEED)"
echo

rows=()
base_spm=""
for n in $SIZES; do
  dir="$BENCH_DIR/corpus-$n-seed-$SEED"
  if ! grep -q "\"factlint-scale-$n-seed-$SEED\"" "$dir/gold.json" 2>/dev/null; then
    rm -rf "$dir"
    "$BENCH_DIR/bin/corpusgen" -seed "$SEED" "$n" "$dir"
  fi
  out="$BENCH_DIR/run-$n-seed-$SEED" # outside the corpus, which is checked whole
  mkdir -p "$out"
  bytes=$(find "$dir" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) -printf '%s\n' | awk '{s+=$1} END {print s}')

  # Warm the page cache, so the run measures checking, not the disk.
  find "$dir" -type f -exec cat {} + >/dev/null

  status=0
  "$TIME" -v -o "$out/time.txt" "$factlint" check --quiet --jobs "$JOBS" --format json "$dir" >"$out/report.json" || status=$?
  if [ "$status" -gt 1 ]; then
    cat "$out/time.txt" >&2
    echo "bench: factlint check failed on $dir (exit $status)" >&2
    exit "$status"
  fi
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for (i=1;i<=n;i++) s=s*60+t[i]; print s}' "$out/time.txt")
  cpu_s=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$out/time.txt")
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")

  # Score the planted conflicts and look-alikes (a separate run).
  "$factlint" test "$dir" >"$out/test.txt" 2>/dev/null || true
  total=$(grep -E '^total:' "$out/test.txt" || true)
  # Nothing lost at scale: the stories of the smallest corpus (but its last,
  # which may be cut short) must score the same inside every larger one.
  if [ -z "$base_spm" ]; then
    awk '$3 == "explicit" || $3 == "implicit" || $3 == "trap" {print substr($1, 1, 6)}' "$out/test.txt" |
      sort -u | sed '$d' >"$BENCH_DIR/stories-$SEED.txt"
  fi
  same=$(awk -v keep="$BENCH_DIR/stories-$SEED.txt" '
    BEGIN { while ((getline l < keep) > 0) k[l] = 1 }
    ($3 == "explicit" || $3 == "implicit") && (substr($1, 1, 6) in k) { n++; if ($4 == "found") f++ }
    $3 == "trap" && (substr($1, 1, 6) in k) && $4 == "violated" { v++ }
    $3 == "finding" && $4 == "false" { x++ }
    END { printf "%d/%d, %d | %d", f, n, v, x }' "$out/test.txt")
  recall=$(sed -nE 's/.*recall ([0-9.]+).*/\1/p' <<<"$total")
  precision=$(sed -nE 's/.*precision ([0-9.]+).*/\1/p' <<<"$total")
  found=$(sed -nE 's/.*conflicts ([0-9]+\/[0-9]+) found.*/\1/p' <<<"$total")

  row=$(awk -v n="$n" -v b="$bytes" -v w="$wall" -v c="$cpu_s" -v r="$rss_kb" -v k="$cores" \
    -v f="$found" -v rec="$recall" -v p="$precision" -v base="$base_spm" -v same="$same" '
    BEGIN {
      mb = b / 1e6; mbs = mb / w; spm = w / mb
      ratio = (base == "") ? 1 : spm / base
      printf "| %d | %.1f | %.2f | %.1f | %.1f | %.1f | %.0f%% | %.0f | %.3f | %.2f | %s | %s | %s | %s |",
        n, mb, w, mbs, mbs / k, mb / c, 100 * c / (w * k), r / 1024, spm, ratio, f, rec, p, same
    }')
  [ -n "$base_spm" ] || base_spm=$(awk -v b="$bytes" -v w="$wall" 'BEGIN {print w / (b / 1e6)}')
  rows+=("$row")
  echo "$row"
done

echo
echo "| documents | MB | wall s | MB/s | MB/s per core | MB per CPU s | CPU use | peak RSS MB | s per MB | vs smallest | conflicts found | recall | precision | smallest's stories: found, traps violated | false findings |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
