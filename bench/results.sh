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
ratio() { # two / one, when both are there
  awk -v a="${R[$1]:-}" -v b="${R[$2]:-}" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", b / a; else printf "-" }'
}

say "Results: commit $COMMIT$DIRTY, $(date '+%F %R'), the run took $((SECONDS / 60)) min $((SECONDS % 60)) s"
echo "load average now $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS," \
  "$DURATION a run after $WARMUP of warm-up; CPU: the app's own per request (/proc/<pid>/stat)"

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
    printf "$row" "$name" "$(val "$name.fresh.cpu")" "$(val "$name.fresh.rps")" "$(val "$name.fresh.p99")" \
      "$(val "$name.kept.cpu")" "$(val "$name.kept.rps")" "$(val "$name.kept.p99")" "$(val "$name.nginx.rps")"
  done
  echo "(a page under the edit key is never kept: its second column is the same page made again;"
  echo " the app had $(shares "${CHOSEN[@]/%/.fresh.share}" "${CHOSEN[@]/%/.kept.share}") of the machine's" \
    "CPU time in these runs; wrk, nginx and other work had the rest)"
fi

if part saves; then
  echo
  row='%-44s %9s %12s %9s\n'
  printf "$row" "Saves through the edit form (8 items), H2" "saves/s" "CPU ms/save" "p99 ms"
  printf "$row" "  WRITE_DELAY=0, the default: durable commits" "$(val saves.h2_delay_0.rps)" "$(val saves.h2_delay_0.cpu)" "$(val saves.h2_delay_0.p99)"
  printf "$row" "  WRITE_DELAY=500, H2's old default" "$(val saves.h2_delay_500.rps)" "$(val saves.h2_delay_500.cpu)" "$(val saves.h2_delay_500.p99)"
fi

if part postgres && [ -n "${R[pg.one.share.rps]:-}" ]; then
  echo
  row='%-46s %13s %14s %10s\n'
  printf "$row" "PostgreSQL, behind nginx (round robin)" "one instance" "two instances" "two / one"
  for what in share saves; do
    [ $what = share ] && printf "$row" "  share page made afresh, req/s" "$(val pg.one.share.rps)" "$(val pg.two.share.rps)" "$(ratio pg.one.share.rps pg.two.share.rps)"
    [ $what = saves ] && printf "$row" "  saves/s" "$(val pg.one.saves.rps)" "$(val pg.two.saves.rps)" "$(ratio pg.one.saves.rps pg.two.saves.rps)"
    printf "$row" "    p99 ms" "$(val pg.one.$what.p99)" "$(val pg.two.$what.p99)" ""
    printf "$row" "    app CPU ms/request (the instances together)" "$(val pg.one.$what.cpu)" "$(val pg.two.$what.cpu)" ""
    printf "$row" "    PostgreSQL CPU ms/request (its backends)" "$(val pg.one.$what.db_cpu)" "$(val pg.two.$what.db_cpu)" ""
    printf "$row" "    the app's share of the machine's CPU time" "$(val pg.one.$what.share)%" "$(val pg.two.$what.share)%" ""
  done
fi

echo
[ -z "${R[startup_ms]:-}" ] || echo "start-up, launch to first 200 from /exercises: ${R[startup_ms]} ms"
[ -z "${R[rss_mb]:-}" ] || echo "resident memory after the load: ${R[rss_mb]} MB (peak ${R[rss_peak_mb]} MB)"
for page in exercises sheet; do
  [ -z "${R[${page}_requests]:-}" ] ||
    echo "$page transfer: ${R[${page}_bytes_gzip]} bytes with gzip in ${R[${page}_requests]} requests" \
      "(${R[${page}_bytes_raw]} raw); requests to other hosts: ${R[other_host_requests]}"
done
for key in "${!R[@]}"; do echo "$key ${R[$key]}"; done | sort >"$OUT/figures.txt"
echo "commit $COMMIT$DIRTY; figures, wrk reports and app logs in $OUT"
