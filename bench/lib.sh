# Helpers for bench/run.sh (sourced, not run): processes, ports, wrk runs and CPU time.
# They read run.sh's settings: BENCH, OUT, THREADS, CONNECTIONS.

say() { printf '\n== %s\n' "$*"; }
die() {
  echo "bench: $*" >&2
  exit 1
}
now_ms() { date +%s%3N; }

# ---------------------------------------------------------------------------------------------
# Processes. Every one the benchmark starts is in STARTED until stopped, and stopped on exit.
STARTED=()

stop() { # pid: TERM, up to 20 s to finish, then KILL
  local pid=$1 i
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 200; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
  fi
  forget "$pid"
}

forget() { # pid: a process that has ended, no longer ours to stop
  local i kept=()
  for i in "${STARTED[@]}"; do [ "$i" = "$1" ] || kept+=("$i"); done
  STARTED=(${kept[@]+"${kept[@]}"})
}

stop_all() {
  while [ ${#STARTED[@]} -gt 0 ]; do stop "${STARTED[-1]}"; done
}

free_port() { # preferred: that port if nothing listens on it, else a random free one
  local port=$1 # the same port from run to run keeps the pages' bytes the same (links, QR codes)
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((20000 + RANDOM % 30000))
  done
  echo "$port"
}

wait_for_200() { # url timeout_s pid log: polls until the url answers 200; fails if pid dies first
  local url=$1 deadline=$((SECONDS + $2)) pid=$3 log=$4
  while [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)" != 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -40 "$log" >&2
      die "process $pid stopped before $url answered 200"
    fi
    [ $SECONDS -lt "$deadline" ] || die "no 200 from $url within $2 s"
    sleep 0.02
  done
}

# ---------------------------------------------------------------------------------------------
# CPU time: utime + stime of whole processes (every thread: request threads, GC, JIT), in ticks.
TICKS_PER_S=$(getconf CLK_TCK)

cpu_ticks() { # pids...: their CPU time together
  local pid sum=0 t
  for pid in "$@"; do
    t=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null) || t=0
    sum=$((sum + ${t:-0}))
  done
  echo "$sum"
}

machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }

wait_idle() { # pids...: until together they use under 10% of a core for half a second (60 s at most)
  local before after i # when wrk stops, an app may still be busy with requests it had accepted
  for ((i = 0; i < 120; i++)); do
    before=$(cpu_ticks "$@")
    sleep 0.5
    after=$(cpu_ticks "$@")
    [ $((after - before)) -gt $((TICKS_PER_S / 20)) ] || return 0
  done
  echo "    (still busy after 60 s)"
}

# ---------------------------------------------------------------------------------------------
# wrk with bench/walk.lua. Its report goes to $OUT/wrk/LABEL.txt; its summary line, to $SUMMARY.
run_wrk() { # label duration base_url path first count [csrf_token csrf_cookie]
  local label=$1 duration=$2 base=$3 path=$4 first=$5 count=$6 report pid
  shift 6
  report="$OUT/wrk/${label//[^A-Za-z0-9=._-]/-}.txt"
  mkdir -p "$OUT/wrk"
  # in the background and waited for, so that a signal stops the script (and wrk) at once
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout 30s --latency \
    -H 'Accept-Encoding: gzip' -s "$BENCH/walk.lua" "$base" \
    -- "$path" "$first" "$count" "$THREADS" "$@" >"$report" 2>&1 &
  pid=$!
  STARTED+=("$pid")
  wait "$pid" || { forget "$pid"; die "wrk failed: $(tail -n 3 "$report")"; }
  forget "$pid"
  SUMMARY=$(grep '^summary ' "$report") || die "wrk printed no summary for $label"
}

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$SUMMARY"; }

# One measured run: run_wrk's arguments. CPU time per request sent (a request in flight when wrk
# stops is still served), of the processes in APPS, idle before and after: CPU_MS; of those in
# DB_PIDS (a database server's backends), if any: DB_CPU_MS. How much of the machine's CPU time the
# app had during the run, and how busy the machine was (other work slows req/s): SHARE, BUSY.
measure() {
  local label=$1 app0 app1 app_end db0 db1 busy0 busy1 all0 all1 sent
  wait_idle "${APPS[@]}"
  app0=$(cpu_ticks "${APPS[@]}")
  db0=$(cpu_ticks ${DB_PIDS[@]+"${DB_PIDS[@]}"})
  read -r busy0 all0 <<<"$(machine_ticks)"
  run_wrk "$@"
  read -r busy1 all1 <<<"$(machine_ticks)"
  app_end=$(cpu_ticks "${APPS[@]}")
  wait_idle "${APPS[@]}"
  app1=$(cpu_ticks "${APPS[@]}")
  db1=$(cpu_ticks ${DB_PIDS[@]+"${DB_PIDS[@]}"})
  sent=$(field sent)
  CPU_MS=$(per_request $((app1 - app0)) "$sent")
  DB_CPU_MS=""
  [ -z "${DB_PIDS[*]:-}" ] || DB_CPU_MS=$(per_request $((db1 - db0)) "$sent")
  SHARE=$(percent $((app_end - app0)) $((all1 - all0)))
  BUSY=$(percent $((busy1 - busy0)) $((all1 - all0)))
  report "$label" "CPU $CPU_MS ms/request${DB_CPU_MS:+ + database $DB_CPU_MS}; app $SHARE% of the CPU, machine $BUSY% busy"
}

percent() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", (b > 0 ? 100 * a / b : 0) }'; }

per_request() { # ticks requests: milliseconds per request
  awk -v t="$1" -v hz="$TICKS_PER_S" -v n="$2" 'BEGIN { printf "%.2f", (n > 0 ? 1000 * t / hz / n : 0) }'
}

report() { # label extra: one line per run, and a warning when the run was not what it claims
  printf '  %-28s %7s req/s  p50 %8s ms  p99 %8s ms  %6s requests  %s\n' "$1" "$(rps "$(field rps)")" \
    "$(field p50_ms)" "$(field p99_ms)" "$(field requests)" "$2"
  [ "$(field non2xx)" = 0 ] && [ "$(field socket_errors)" = 0 ] ||
    echo "    WARNING: $(field non2xx) answers 4xx/5xx, $(field socket_errors) socket errors (timeouts, broken connections)"
  [ "$(field repeats)" = 0 ] ||
    echo "    WARNING: the walk ran out of routines: $(field repeats) requests asked for one again (raise BENCH_WALK)"
  [ "$(field unsaved)" = 0 ] || echo "    WARNING: $(field unsaved) saves not answered with a redirect (not saved)"
}

rps() { awk -v r="$1" 'BEGIN { printf (r < 100 ? "%.1f" : "%.0f"), r }'; } # 5.7, 934, 55655
