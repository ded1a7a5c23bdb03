#!/usr/bin/env bash
# hush benchmark: throughput against ripgrep, memory, files/s, start-up, and recall/precision per type.
# See Benchmarks/README.md. Usage:
#
#   Benchmarks/run.sh [--small] [--size-mb N] [--repeat N] [--small-files N] [--encoding gb18030|utf-16le]
#                     [--big] [--big-gb G] [--keep] [--workdir DIR]
#
#   --small          ~5 MB corpus and 10,000 small files: a quick run (figures are indicative only)
#   --size-mb N      corpus size in MB (default 120)
#   --repeat N       timed runs of each throughput command; the median is reported (default 3)
#   --small-files N  files for the files/s figure (default 100000; 0 skips it)
#   --encoding ENC   also time and score hush on a copy of the corpus in ENC (decoding figures, reported apart)
#   --big            also scan one 2 GiB file and report hush's peak RSS (--big-gb to change the size)
#   --keep           keep the temporary folder (corpus, ground truth, hush's reports) and print its path
#   --workdir DIR    put the temporary folder under DIR (default: $TMPDIR or /tmp)
#
# Environment:
#   HUSH_BIN   hush binary to measure (default: `swift build -c release` in the repository, .build/release/hush)
#   RG_BIN     ripgrep binary (default: rg; Debian: apt-get install -y ripgrep)
#   THREADS    "all cores" thread count (default: nproc)
#   BIG_TIMEOUT  seconds after which the --big scan is stopped (default 3600; its peak RSS so far is still reported)
#   HUSH_LABEL what to call the binary in the report (default: the repository's commit when run.sh builds it,
#              "HUSH_BIN" otherwise: say which commit a binary of your own was built from)
#
# Needs: python3, rg, /usr/bin/time (Debian package `time`) for peak RSS; hyperfine is used for start-up if present.
# MB is 10^6 bytes. Throughput is end to end: process start, walking, reading, matching, writing the report.

set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

SIZE_MB=120
REPEAT=3
SMALL_FILES=100000
SMALL_FILES_SET=0
ENCODING=""
BIG=0
BIG_GB=2
KEEP=0
BASE="${TMPDIR:-/tmp}"
SMALL=0

while [ $# -gt 0 ]; do
  case "$1" in
    --small) SMALL=1; SIZE_MB=5 ;;
    --size-mb) SIZE_MB="$2"; shift ;;
    --repeat) REPEAT="$2"; shift ;;
    --small-files) SMALL_FILES="$2"; SMALL_FILES_SET=1; shift ;;
    --encoding) ENCODING="$2"; shift ;;
    --big) BIG=1 ;;
    --big-gb) BIG=1; BIG_GB="$2"; shift ;;
    --keep) KEEP=1 ;;
    --workdir) BASE="$2"; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ "$SMALL" = 1 ] && [ "$SMALL_FILES_SET" = 0 ]; then SMALL_FILES=10000; fi

THREADS="${THREADS:-$(nproc)}"
RG="${RG_BIN:-rg}"
PATTERN='[0-9]{17}[0-9Xx]|1[3-9][0-9]{9}|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}'

say() { printf '%s\n' "$*" >&2; }
die() { say "run.sh: $*"; exit 2; }

command -v python3 >/dev/null || die "python3 is needed for the corpus generator"
command -v "$RG" >/dev/null || die "ripgrep not found ($RG): apt-get install -y ripgrep"
HAVE_TIME=0; [ -x /usr/bin/time ] && HAVE_TIME=1
[ "$HAVE_TIME" = 1 ] || say "run.sh: /usr/bin/time not found (apt-get install -y time): peak RSS is skipped"

# ---------------------------------------------------------------------------------------------------------------
# hush binary

if [ -n "${HUSH_BIN:-}" ]; then
  HUSH="$HUSH_BIN"
  BUILT=0
else
  BUILT=1
  say "building hush (swift build -c release)…"
  (cd "$ROOT" && swift build -c release >&2)
  HUSH="$ROOT/.build/release/hush"
fi
[ -x "$HUSH" ] || die "no hush binary at $HUSH"
HUSH="$(cd "$(dirname "$HUSH")" && pwd)/$(basename "$HUSH")"

# ---------------------------------------------------------------------------------------------------------------
# temporary folder and disk space

need_mb=$(awk -v s="$SIZE_MB" -v n="$SMALL_FILES" -v e="${ENCODING:+1}" 'BEGIN {
  mb = s * 1.6 + 100                 # corpus + hush reports + ground truth
  if (e) mb += s * 2.2               # encoded copy (UTF-16 doubles ASCII) + its ground truth
  mb += n * 4.5 / 1000               # one 4 KiB block per small file
  printf "%d", mb }')
avail_mb=$(df -Pm "$BASE" | awk 'NR == 2 { print $4 }')
[ "$avail_mb" -gt "$need_mb" ] || die "need ${need_mb} MB free in $BASE, have ${avail_mb} MB"

WORK="$(mktemp -d "$BASE/hush-bench.XXXXXX")"
cleanup() {
  if [ "$KEEP" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
CORPUS="$WORK/corpus"

say "generating the corpus (${SIZE_MB} MB${ENCODING:+, + $ENCODING copy}, $SMALL_FILES small files)…"
gen_args=("$WORK" --size-mb "$SIZE_MB")
[ -n "$ENCODING" ] && gen_args+=(--encoding "$ENCODING")
[ "$SMALL_FILES" -gt 0 ] && gen_args+=(--small-files "$SMALL_FILES")
python3 "$HERE/corpus/make_corpus.py" "${gen_args[@]}"

corpus_bytes() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%d", s }'; }
BYTES=$(corpus_bytes "$CORPUS")
NFILES=$(find "$CORPUS" -type f | wc -l)
warm() { find "$1" -type f -print0 | xargs -0 cat > /dev/null; }

# ---------------------------------------------------------------------------------------------------------------
# timing helpers: wall seconds of one run, output through a pipe into wc -c, like a consumer would read it

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", b - a }'; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { printf "%.4f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", b / s / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { r = a / b; printf (r < 0.1 ? "%.3f" : "%.2f"), r }'; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f/%.2f", a, b }'; }

# hush exits 1 when it finds something; 2 (or a signal) is a failure
hush_ok() { [ "$1" = 0 ] || [ "$1" = 1 ] || die "hush failed (exit $1): $2"; }

time_hush() {   # threads dir -> seconds
  local t0 t1 st
  t0=$(now)
  "$HUSH" scan "$2" --format json --threads "$1" 2>"$WORK/hush.stderr" | wc -c > "$WORK/hush.outbytes"
  st=${PIPESTATUS[0]}
  t1=$(now)
  echo "$st" > "$WORK/hush.status"
  elapsed "$t0" "$t1"
}

time_rg() {     # threads dir -> seconds
  local t0 t1 st
  t0=$(now)
  "$RG" -o --no-filename -j "$1" -e "$PATTERN" "$2" | wc -c > "$WORK/rg.outbytes"
  st=${PIPESTATUS[0]}
  t1=$(now)
  echo "$st" > "$WORK/rg.status"
  elapsed "$t0" "$t1"
}

# run: ARRAY-NAME hush|rg threads dir — append the seconds of one run to the array, stop on a failure
run() {
  local s st
  s=$("time_$2" "$3" "$4")
  st=$(cat "$WORK/$2.status")
  if [ "$2" = hush ]; then
    hush_ok "$st" "hush scan $4 --threads $3: $(head -c 500 "$WORK/hush.stderr")"
  else
    [ "$st" -le 1 ] || die "rg failed (exit $st) on $4"
  fi
  eval "$1+=(\"\$s\")"
}

# ---------------------------------------------------------------------------------------------------------------
# throughput, interleaved so that both tools see the same machine load

say "warming the page cache…"
warm "$CORPUS"
"$HUSH" scan "$CORPUS" --format json --threads "$THREADS" > /dev/null 2>&1 || true

H1=(); HN=(); R1=(); RN=()
for i in $(seq 1 "$REPEAT"); do
  say "throughput run $i/$REPEAT…"
  run H1 hush 1 "$CORPUS"
  run R1 rg 1 "$CORPUS"
  run HN hush "$THREADS" "$CORPUS"
  run RN rg "$THREADS" "$CORPUS"
done
h1=$(echo "${H1[*]}" | median); hn=$(echo "${HN[*]}" | median)
r1=$(echo "${R1[*]}" | median); rn=$(echo "${RN[*]}" | median)
HUSH_OUT=$(cat "$WORK/hush.outbytes"); RG_OUT=$(cat "$WORK/rg.outbytes")

# ---------------------------------------------------------------------------------------------------------------
# peak RSS on the corpus (all cores), and the report that is scored

say "scoring run (peak RSS)…"
REPORT="$WORK/hush-report.json"
rss_kb() { awk -F': *' '/Maximum resident set size/ { print $2 }' "$1"; }
st=0
if [ "$HAVE_TIME" = 1 ]; then
  /usr/bin/time -v -o "$WORK/time.txt" "$HUSH" scan "$CORPUS" --format json --threads "$THREADS" \
    --output "$REPORT" 2>"$WORK/score.stderr" || st=$?
  RSS_KB=$(rss_kb "$WORK/time.txt")
else
  "$HUSH" scan "$CORPUS" --format json --threads "$THREADS" --output "$REPORT" 2>"$WORK/score.stderr" || st=$?
  RSS_KB=""
fi
hush_ok "$st" "scoring run: $(head -c 500 "$WORK/score.stderr")"

# ---------------------------------------------------------------------------------------------------------------
# files/s on many small files

if [ "$SMALL_FILES" -gt 0 ]; then
  say "small files…"
  warm "$WORK/small-files"
  FS_H=(); FS_R=()
  run FS_H hush "$THREADS" "$WORK/small-files"
  run FS_R rg "$THREADS" "$WORK/small-files"
  fs_h=${FS_H[0]}; fs_r=${FS_R[0]}
fi

# ---------------------------------------------------------------------------------------------------------------
# start-up: hush scanning an empty file (rules compiled, nothing scanned), median of 20 runs

say "start-up…"
EMPTY="$WORK/empty.txt"; : > "$EMPTY"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs 20 -i --export-json "$WORK/startup.json" \
    "$HUSH scan $EMPTY --format json" > /dev/null 2>&1 || hyperfine --warmup 3 --runs 20 -i \
    --export-json "$WORK/startup.json" "'$HUSH' scan '$EMPTY' --format json" > /dev/null 2>&1
  STARTUP_MS=$(python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"] * 1000))' \
    "$WORK/startup.json")
  STARTUP_HOW="hyperfine, median of 20"
else
  S=()
  for i in $(seq 1 23); do
    t0=$(now); "$HUSH" scan "$EMPTY" --format json > /dev/null 2>&1 || true; t1=$(now)
    [ "$i" -gt 3 ] && S+=("$(elapsed "$t0" "$t1")")
  done
  STARTUP_MS=$(echo "${S[*]}" | median | awk '{ printf "%.1f", $1 * 1000 }')
  STARTUP_HOW="shell loop, median of 20"
fi

# ---------------------------------------------------------------------------------------------------------------
# another encoding (reported apart)

if [ -n "$ENCODING" ]; then
  say "$ENCODING copy…"
  ECORPUS="$WORK/corpus-$ENCODING"
  EBYTES=$(corpus_bytes "$ECORPUS")
  warm "$ECORPUS"
  E1=(); EN=()
  for i in $(seq 1 "$REPEAT"); do
    run E1 hush 1 "$ECORPUS"
    run EN hush "$THREADS" "$ECORPUS"
  done
  e1=$(echo "${E1[*]}" | median); en=$(echo "${EN[*]}" | median)
  st=0
  "$HUSH" scan "$ECORPUS" --format json --threads "$THREADS" --output "$WORK/hush-report-$ENCODING.json" \
    2>/dev/null || st=$?
  hush_ok "$st" "scan of the $ENCODING copy"
fi

# ---------------------------------------------------------------------------------------------------------------
# the 2 GiB single-file memory test

if [ "$BIG" = 1 ]; then
  big_need=$(awk -v g="$BIG_GB" 'BEGIN { printf "%d", g * 1100 + 200 }')
  avail_mb=$(df -Pm "$WORK" | awk 'NR == 2 { print $4 }')
  if [ "$avail_mb" -le "$big_need" ]; then
    say "run.sh: --big needs ${big_need} MB free, have ${avail_mb} MB: skipped"
    BIG=0
  else
    say "big file (${BIG_GB} GiB)…"
    python3 "$HERE/corpus/make_corpus.py" "$WORK" --no-corpus --big-gb "$BIG_GB"
    BIGF="$WORK/big/big.log"
    BIG_BYTES=$(stat -c %s "$BIGF")
    FMT=json
    if "$HUSH" scan "$EMPTY" --format jsonl > /dev/null 2>&1; then FMT=jsonl; fi
    st=0
    t0=$(now)
    if [ "$HAVE_TIME" = 1 ]; then
      /usr/bin/time -v -o "$WORK/time-big.txt" timeout "${BIG_TIMEOUT:-3600}" "$HUSH" scan "$BIGF" --format "$FMT" --threads "$THREADS" \
        --output "$WORK/big-report.$FMT" 2>"$WORK/big.stderr" || st=$?
      BIG_RSS_KB=$(rss_kb "$WORK/time-big.txt")
    else
      timeout "${BIG_TIMEOUT:-3600}" "$HUSH" scan "$BIGF" --format "$FMT" --threads "$THREADS" --output "$WORK/big-report.$FMT" \
        2>"$WORK/big.stderr" || st=$?
      BIG_RSS_KB=""
    fi
    t1=$(now)
    BIG_S=$(elapsed "$t0" "$t1")
    BIG_STATUS=$st
    rm -rf "$WORK/big" "$WORK/big-report.$FMT"
  fi
fi

# ---------------------------------------------------------------------------------------------------------------
# report

commit=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(cd "$ROOT" && git status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo " + uncommitted changes" || true)
if [ -n "${HUSH_LABEL:-}" ]; then label="$HUSH_LABEL"
elif [ "$BUILT" = 1 ]; then label="built from commit $commit$dirty"
else label="HUSH_BIN (repository at $commit$dirty)"; fi
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "hush benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "hush: $HUSH ($("$HUSH" --version 2>/dev/null || echo '?')), $label"
echo "machine: $(nproc) cores, ${cpu:-unknown CPU}, $(awk '/MemTotal/ { printf "%.1f GB RAM", $2 / 1e6 }' /proc/meminfo), $(uname -sr); ripgrep $("$RG" --version | awk 'NR == 1 { print $2 }')"
echo "corpus: $NFILES files, $(mbps "$BYTES" 1) MB; median of $REPEAT runs; all cores = $THREADS threads"
echo
printf '%-34s %10s %10s %10s\n' "throughput (MB/s, end to end)" "hush" "ripgrep" "hush/rg"
printf '%-34s %10s %10s %10s\n' "1 thread" "$(mbps "$BYTES" "$h1")" "$(mbps "$BYTES" "$r1")" "$(ratio "$r1" "$h1")"
printf '%-34s %10s %10s %10s\n' "all cores ($THREADS)" "$(mbps "$BYTES" "$hn")" "$(mbps "$BYTES" "$rn")" "$(ratio "$rn" "$hn")"
printf '%-34s %10s %10s\n' "  seconds, 1 thread / all cores" "$(secs "$h1" "$hn")" "$(secs "$r1" "$rn")"
printf '%-34s %10s %10s\n' "  output bytes (JSON / rg -o)" "$HUSH_OUT" "$RG_OUT"
echo
[ -n "$RSS_KB" ] && printf '%-34s %10s\n' "hush peak RSS on the corpus" "$(awk -v k="$RSS_KB" 'BEGIN { printf "%.1f MB", k * 1024 / 1e6 }')"
if [ "$SMALL_FILES" -gt 0 ]; then
  printf '%-34s %10s %10s %10s\n' "files/s ($SMALL_FILES small files)" \
    "$(awk -v n="$SMALL_FILES" -v s="$fs_h" 'BEGIN { printf "%.0f", n / s }')" \
    "$(awk -v n="$SMALL_FILES" -v s="$fs_r" 'BEGIN { printf "%.0f", n / s }')" "$(ratio "$fs_r" "$fs_h")"
fi
printf '%-34s %10s\n' "start-up (empty file)" "$STARTUP_MS ms ($STARTUP_HOW)"
if [ -n "$ENCODING" ]; then
  printf '%-34s %10s\n' "$ENCODING copy, 1 thread" "$(mbps "$EBYTES" "$e1") MB/s ($(mbps "$EBYTES" 1) MB)"
  printf '%-34s %10s\n' "$ENCODING copy, all cores" "$(mbps "$EBYTES" "$en") MB/s"
fi
if [ "$BIG" = 1 ]; then
  big_rss=$(awk -v k="${BIG_RSS_KB:-0}" 'BEGIN { printf "%.1f MB", k * 1024 / 1e6 }')
  if [ "$BIG_STATUS" = 124 ]; then big_speed="not finished: stopped after ${BIG_TIMEOUT:-3600} s"
  else big_speed="$(mbps "$BIG_BYTES" "$BIG_S") MB/s, exit $BIG_STATUS"; fi
  printf '%-34s %10s\n' "$(awk -v b="$BIG_BYTES" 'BEGIN { printf "%.2f GiB", b / 2^30 }') file, --format $FMT" \
    "peak RSS $big_rss, $big_speed"
fi
echo
echo "recall and precision per type (a finding matches a planted value of its type whose byte range it overlaps):"
python3 "$HERE/score.py" --truth "$WORK/ground-truth.jsonl" --findings "$REPORT" --corpus "$CORPUS" \
  --json-out "$WORK/scores.json"
if [ -n "$ENCODING" ]; then
  echo
  echo "recall and precision on the $ENCODING copy:"
  python3 "$HERE/score.py" --truth "$WORK/ground-truth-$ENCODING.jsonl" --findings "$WORK/hush-report-$ENCODING.json" \
    --corpus "$ECORPUS" --examples 0
fi
