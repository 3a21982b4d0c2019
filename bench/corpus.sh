#!/usr/bin/env bash
# End-to-end throughput and peak memory of batch runs on a generated corpus of
# invented judgments (not a test: run it by hand, on an idle machine).
#
#   bench/corpus.sh            # 200 MB in ~20,000 files, then a 1 GB JSON Lines stream
#   BENCH_MB=50 BENCH_JSONL_MB=0 bench/corpus.sh
#
# Prints, for each run: bytes, wall seconds, MB/s (10^6 bytes per second) and
# the peak resident memory (GNU time's "Maximum resident set size").
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${BENCH_DIR:-/tmp/depersonalize-bench}
mb=${BENCH_MB:-200}
jsonl_mb=${BENCH_JSONL_MB:-1024}
threads=${BENCH_THREADS:-$(nproc)}

cargo build --release --locked --bin depersonalize --example gen_corpus
bin=target/release/depersonalize
gen=target/release/examples/gen_corpus
mkdir -p "$dir"

if [ ! -d "$dir/in-$mb" ]; then
    "$gen" "$dir/in-$mb" --bytes "${mb}M" >/dev/null
fi
bytes=$(find "$dir/in-$mb" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
files=$(find "$dir/in-$mb" -type f -name '*.txt' | wc -l)

report() { # name bytes timefile
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$3" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$3")
    awk -v n="$1" -v b="$2" -v w="$wall" -v r="$rss" \
        'BEGIN { printf "%-28s %8.1f MB  %6.2f s  %7.1f MB/s  peak RSS %6.1f MB\n", n, b/1e6, w, b/1e6/w, r/1024 }'
}

echo "corpus: $files files, $((bytes / 1000000)) MB, $threads threads"
rm -rf "$dir/out-$mb"
/usr/bin/time -v "$bin" -q -j "$threads" redact "$dir/in-$mb" --out "$dir/out-$mb" 2>"$dir/time-redact.txt" || true
report "redact --out (all)" "$bytes" "$dir/time-redact.txt"
/usr/bin/time -v "$bin" -q -j "$threads" check --format jsonl "$dir/in-$mb" >/dev/null 2>"$dir/time-check.txt" || true
report "check (all)" "$bytes" "$dir/time-check.txt"

if [ "$jsonl_mb" -gt 0 ]; then
    if [ ! -f "$dir/corpus-$jsonl_mb.jsonl" ]; then
        "$gen" --jsonl "$dir/corpus-$jsonl_mb.jsonl" --bytes "${jsonl_mb}M" >/dev/null
    fi
    jbytes=$(stat -c %s "$dir/corpus-$jsonl_mb.jsonl")
    /usr/bin/time -v "$bin" -q -j "$threads" redact --field text <"$dir/corpus-$jsonl_mb.jsonl" >/dev/null 2>"$dir/time-jsonl.txt" || true
    report "redact --field text (stdin)" "$jbytes" "$dir/time-jsonl.txt"
fi
