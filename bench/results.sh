# The end of bench/run.sh (sourced by it): its figures, in R, as tables, and into figures.txt.

val() { echo "${R[$1]:--}"; }
shares() { # keys...: the least and the most of the machine's CPU time the app had in those runs
  local key lo="" hi=""
  for key; do
    [ -n "${R[$key]:-}" ] || continue
    [ -n "$lo" ] && [ "${R[$key]}" -ge "$lo" ] || lo=${R[$key]}
    [ -n "$hi" ] && [ "${R[$key]}" -le "$hi" ] || hi=${R[$key]}
  done
  echo "${lo:-?}-${hi:-?}%"
}
ratio() { # one two: two / one, when both are there
  awk -v a="${R[$1]:-}" -v b="${R[$2]:-}" \
    'BEGIN { if (a > 0 && b > 0) printf "%.2f", b / a; else printf "-" }'
}

say "Results: commit $COMMIT$DIRTY, $(date '+%F %R'), the run took $((SECONDS / 60)) min $((SECONDS % 60)) s"
echo "load average now $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores;" \
  "wrk -t$THREADS -c$CONNECTIONS, $DURATION a run after warm-up runs of $WARMUP until the CPU per request settles;" \
  "CPU: the app's own per request (/proc/<pid>/stat)"

if part pages; then
  echo
  echo "Pages of a routine of 8 exercises, on H2"
  row='%-10s | %10s %9s %9s | %10s %9s %9s | %9s\n'
  printf '%-10s | %-30s | %-30s | %s\n' "" "made afresh" "kept (same page again)" "nginx"
  printf "$row" page "CPU ms/req" "req/s" "p99 ms" "CPU ms/req" "req/s" "p99 ms" "req/s"
  for name in "${CHOSEN[@]}"; do
    if [ -n "${R[$name.skipped]:-}" ]; then
      printf '%-10s | answers %s: not measured\n' "$name" "${R[$name.skipped]}"
      continue
    fi
    fresh=$name.fresh kept=$name.kept
    printf "$row" "$name" "$(val "$fresh.cpu")" "$(val "$fresh.rps")" "$(val "$fresh.p99")" \
      "$(val "$kept.cpu")" "$(val "$kept.rps")" "$(val "$kept.p99")" "$(val "$name.nginx.rps")"
  done
  echo "(a page under the edit key is never kept: its second column is the same page made again;"
  echo " the app had $(shares "${CHOSEN[@]/%/.fresh.share}" "${CHOSEN[@]/%/.kept.share}") of the" \
    "machine's CPU time in these runs; wrk, nginx and other work had the rest)"
  if [ -f "$BENCH/baseline.txt" ]; then
    declare -A BEFORE
    while read -r key value; do
      case $key in '' | '#'*) ;; *) BEFORE[$key]=${value:-} ;; esac
    done <"$BENCH/baseline.txt"
    echo
    echo "Made afresh, CPU ms per request: $(sed -n '1s/^# bench\/run.sh figures of //;1s/:.*//p' "$BENCH/baseline.txt"), this run, the budget"
    row='%-10s | %10s %10s %8s | %10s\n'
    printf "$row" page before now "now/before" budget
    for name in "${CHOSEN[@]}"; do
      before=${BEFORE[$name.fresh.cpu]:-} now=${R[$name.fresh.cpu]:-}
      printf "$row" "$name" "${before:--}" "${now:--}" \
        "$(awk -v a="$before" -v b="$now" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", b / a; else printf "-" }')" \
        "${BUDGET[$name]:--}"
    done
  fi
fi

if part saves; then
  echo
  row='%-44s %9s %12s %9s %11s\n'
  printf "$row" "Saves through the edit form (8 items), H2" saves/s "CPU ms/save" "p99 ms" "app's CPU"
  for delay in 0 500; do
    key=saves.h2_delay_$delay
    printf "$row" "  WRITE_DELAY=$delay$([ $delay = 0 ] && echo ", the default: durable commits" ||
      echo ", H2's old default")" "$(val $key.rps)" "$(val $key.cpu)" "$(val $key.p99)" "$(val $key.share)%"
  done
fi

if part postgres && [ -n "${R[pg.one.share.rps]:-}" ]; then
  echo
  row='%-50s %13s %14s %10s\n'
  pg_row() { # label figure [ratio [unit]]
    printf "$row" "$1" "$(val "pg.one.$2")${4:-}" "$(val "pg.two.$2")${4:-}" \
      "${3:+$(ratio "pg.one.$2" "pg.two.$2")}"
  }
  printf "$row" "PostgreSQL, behind nginx (round robin)" "one instance" "two instances" "two / one"
  for what in share saves; do
    pg_row "  $([ $what = share ] && echo "share page made afresh, req/s" || echo saves/s)" $what.rps ratio
    pg_row "    p99 ms" $what.p99
    pg_row "    app CPU ms/request (the instances together)" $what.cpu
    pg_row "    PostgreSQL CPU ms/request (its backends)" $what.db_cpu
    pg_row "    the app's share of the machine's CPU time" $what.share "" %
  done
fi

echo
[ -z "${R[startup_ms]:-}" ] || echo "start-up, launch to first 200 from /exercises: ${R[startup_ms]} ms"
[ -z "${R[rss_mb]:-}" ] || echo "resident memory after the load: ${R[rss_mb]} MB (peak ${R[rss_peak_mb]} MB)"
for page in exercises sheet; do
  [ -z "${R[${page}_requests]:-}" ] || echo "$page transfer: ${R[${page}_bytes_gzip]} bytes with gzip" \
    "in ${R[${page}_requests]} requests (${R[${page}_bytes_raw]} raw);" \
    "requests to other hosts: ${R[other_host_requests]}"
done
for key in "${!R[@]}"; do echo "$key ${R[$key]}"; done | sort >"$OUT/figures.txt"
echo "commit $COMMIT$DIRTY; figures, wrk reports and app logs in $OUT"
