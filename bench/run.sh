#!/usr/bin/env bash
# Hip Routine benchmark: what each page costs made afresh (a person's own edit page, a routine's
# pages the first time they are opened: what people live in) and kept (the same page asked for
# again), next to nginx serving the same bytes; saves per second on H2, with H2's old write delay
# for comparison; one instance against two behind nginx on PostgreSQL; start-up, memory, weight.
#
#   bash bench/run.sh                  everything
#   bash bench/run.sh --page edit      one page (repeatable; the names are in bench/pages)
#   bash bench/run.sh --only saves     one part (repeatable): pages, saves, postgres, weight
#   bash bench/run.sh --no-build       measure target/*.jar as it is
#
# Not a test and not part of .ci/run. It installs wrk and nginx when missing (Debian packages),
# builds the jar, fills an H2 database from bench/data.sql (a copy is kept in target/bench/cache/
# for the next run), runs everything on free ports and stops it all again. The output is printed
# and kept in target/bench/<time>-<commit>/, with every wrk report, the app's logs and figures.txt
# (one "NAME VALUE" line per figure, to diff between commits).
#
# CPU per request is the app's own: utime + stime of its process (/proc/<pid>/stat) around a run,
# the app idle at both ends, divided by the requests sent. It stays meaningful on a busy machine,
# where requests per second do not; each run also says how busy the whole machine was.
#
# Knobs (the defaults are what the figures mean):
#   BENCH_DURATION=10s   each measured run        BENCH_WARMUP=5s   each warm-up run (see warm)
#   BENCH_RUNS=3         measured runs of a page made afresh and of saves; the median is kept
#   BENCH_CONNECTIONS=32 BENCH_THREADS=2          wrk's connections and threads
#   BENCH_WALK=60000     routines of eight exercises, walked by "made afresh" runs and saves
#   BENCH_JVM_OPTS=...   JVM options instead of the pom's app.jvmArguments, to measure another
#                        setting (a collector, a heap, the JIT) against them
#   BENCH_OTHERS=40000   everybody else's routines (1-8 exercises), for tables of a real size
#   BENCH_PG_HOST=127.0.0.1 BENCH_PG_PORT=5432 BENCH_PG_USER=postgres   a PostgreSQL server with
#                        trust authentication; a database is made for the run and dropped after
set -euo pipefail
export LC_ALL=C # decimal points, whatever the user's locale

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
cd "$REPO"
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"

DURATION=${BENCH_DURATION:-10s}
RUNS=${BENCH_RUNS:-3}
WARMUP=${BENCH_WARMUP:-5s}
KEPT_WARMUP=2s # the JIT is warm by then; this renders the kept page once and settles the store
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
WALK=${BENCH_WALK:-60000}
OTHERS=${BENCH_OTHERS:-40000}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java # the one ./mvnw uses too

PAGE_NAMES=()
PAGE_PATHS=()
declare -A BUDGET # made afresh, CPU ms per request, by page name
while read -r name path budget; do
  case $name in '' | '#'*) continue ;; esac
  PAGE_NAMES+=("$name")
  PAGE_PATHS+=("$path")
  BUDGET[$name]=${budget:-}
done <"$BENCH/pages"
page_path() { # name: its path in bench/pages
  local i
  for i in "${!PAGE_NAMES[@]}"; do
    [ "${PAGE_NAMES[$i]}" != "$1" ] || { echo "${PAGE_PATHS[$i]}" && return; }
  done
  return 1
}

PARTS=()
CHOSEN=()
BUILD=true
while [ $# -gt 0 ]; do
  case $1 in
  --page)
    page_path "${2:-}" >/dev/null || die "--page takes one of: ${PAGE_NAMES[*]}"
    CHOSEN+=("$2")
    shift
    ;;
  --only)
    [[ " pages saves postgres weight " == *" ${2:-?} "* ]] || die "--only takes pages, saves, postgres or weight"
    PARTS+=("$2")
    shift
    ;;
  --no-build) BUILD=false ;;
  -h | --help)
    sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
    exit 0
    ;;
  *) die "unknown option $1 (see --help)" ;;
  esac
  shift
done
[ ${#CHOSEN[@]} -eq 0 ] || PARTS+=(pages)
[ ${#PARTS[@]} -gt 0 ] || PARTS=(pages saves postgres weight)
[ ${#CHOSEN[@]} -gt 0 ] || CHOSEN=("${PAGE_NAMES[@]}")
part() { [[ " ${PARTS[*]} " == *" $1 "* ]]; }

COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
OUT="$REPO/target/bench/$(date +%Y%m%d-%H%M%S)-$COMMIT"
mkdir -p "$OUT"
exec > >(tee "$OUT/output.txt") 2>&1
WORK=$(mktemp -d /tmp/hip-routine-bench.XXXXXX)
chmod 755 "$WORK" # nginx's workers (user nobody when run as root) read the saved pages under it
PG_DB=""
APPS=()    # the app processes whose CPU time is measured
DB_PIDS=() # and, on PostgreSQL, its backends
declare -A R # the figures, by name: printed in the tables at the end and into figures.txt

psql_on() { # database, psql arguments
  local db=$1
  shift
  psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$db" "$@"
}

cleanup() {
  local status=$?
  set +e
  stop_all
  [ -z "$PG_DB" ] || psql_on postgres -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)"
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------
say "Hip Routine benchmark: ${PARTS[*]}$(! part pages || echo " (${CHOSEN[*]})")"
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v curl >/dev/null || missing+=(curl)
! part postgres || command -v psql >/dev/null || missing+=(postgresql-client)
! part weight || command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  echo "installing ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
DIRTY=$([ -z "$(git status --porcelain 2>/dev/null)" ] || echo ", with uncommitted changes")
echo "commit $COMMIT$DIRTY: $(git log -1 --format=%s 2>/dev/null)"
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (other work on this machine slows req/s, not CPU/request)"
echo "$("$JAVA" -version 2>&1 | head -1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); $("$NGINX" -v 2>&1)"
echo "results: $OUT"

say "Build"
if $BUILD; then ./mvnw -q -B -Dmaven.test.skip=true package; fi
JAR=""
for jar in target/*.jar; do case $jar in *-plain.jar) ;; *) JAR=$jar ;; esac; done
[ -f "$JAR" ] || die "no jar in target/"
echo "$JAR, built $(date -r "$JAR" '+%F %T')"
# Run as ./mvnw spring-boot:run does, classes and jars on the class path, not jars nested in a jar.
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APP_JAR="$WORK/app/$(basename "$JAR")"
# The pom's JVM options (used by spring-boot:run and the production launch) and malloc arenas.
read -r -a JVM_OPTS <<<"${BENCH_JVM_OPTS:-$(sed -n '/<app.jvmArguments>[^$]/{s:.*<app.jvmArguments>\(.*\)</app.jvmArguments>.*:\1:p;q}' pom.xml)}"
ARENAS=$(sed -n '/<MALLOC_ARENA_MAX>/{s:.*<MALLOC_ARENA_MAX>\([0-9]*\)</MALLOC_ARENA_MAX>.*:\1:p;q}' pom.xml)
ARENAS=${ARENAS:-2}
echo "JVM options $([ -n "${BENCH_JVM_OPTS:-}" ] && echo "from BENCH_JVM_OPTS, not the pom" || echo "from the pom's app.jvmArguments"): ${JVM_OPTS[*]:-none}; MALLOC_ARENA_MAX=$ARENAS"

APP_STARTS=0
start_app() { # port VAR=value...: the app with the pom's JVM options, from $WORK; APP_PID, APP_LOG
  local port=$1
  shift
  APP_STARTS=$((APP_STARTS + 1))
  APP_LOG="$OUT/app-$APP_STARTS-$port.log"
  (cd "$WORK" && exec env MALLOC_ARENA_MAX="$ARENAS" "$@" "$JAVA" "${JVM_OPTS[@]}" \
    -jar "$APP_JAR" --server.port="$port") >"$APP_LOG" 2>&1 &
  APP_PID=$!
  STARTED+=("$APP_PID")
}

keys_of() { # path n: the path with routine n's keys (see bench/data.sql)
  local share edit
  printf -v share 'share%017d' "$2"
  printf -v edit 'edit-%017d' "$2"
  sed -e "s/{share}/$share/g" -e "s/{edit}/$edit/g" <<<"$1"
}

data_sql() { # bench/data.sql with its numbers filled in
  local next=$((WALK + OTHERS + 2)) # routine n has id n + 1
  sed -e "s/@WALK@/$WALK/g" -e "s/@OTHERS@/$OTHERS/g" -e "s/@NEXT_ROUTINE_ID@/$next/" \
    -e "s/@NEXT_ITEM_ID@/$((next * 8))/" "$BENCH/data.sql"
}

# The walks: made-afresh runs take routines from READ_NEXT on (a page's store keys are its own, so
# each page starts again at 1 in a new JVM); saves, from SAVE_NEXT (versions live in the database).
# Warmed means settled: warm-up runs go on until one costs within a tenth of the CPU per request of
# the one before (the JIT has compiled what the page runs) and 200 requests were answered (a busy
# machine gives the app little), at most six. A fixed 5 s left the first page of a new JVM still
# being compiled: it measured a fifth to a third dearer than the same page measured later.
warm() { # label base path next_var [token cookie]: warm-up walks until the app is warm
  local label=$1 base=$2 path=$3 var=$4 first run answered ticks0 ticks1 cpu previous="" settled
  shift 4
  first=${!var}
  for ((run = 1, answered = 0; run <= 6; run++)); do
    [ "$first" -le "$WALK" ] || die "no routines left to walk (raise BENCH_WALK)"
    wait_idle "${APPS[@]}"
    ticks0=$(cpu_ticks "${APPS[@]}")
    run_wrk "$label-warmup-$run" "$WARMUP" "$base" "$path" "$first" $((WALK - first + 1)) "$@"
    wait_idle "${APPS[@]}"
    ticks1=$(cpu_ticks "${APPS[@]}")
    cpu=$(per_request $((ticks1 - ticks0)) "$(field sent)")
    report "$label (warm-up)" "CPU $cpu ms/request"
    first=$((first + $(field walked)))
    answered=$((answered + $(field requests)))
    settled=$(awk -v a="$cpu" -v b="${previous:-0}" 'BEGIN { print (b > 0 && a <= 1.1 * b && a >= 0.9 * b) }')
    [ "$settled" = 1 ] && [ "$answered" -ge 200 ] && break
    previous=$cpu
  done
  printf -v "$var" %d "$first"
}

fitting_duration() { # first rps runs: DURATION, or fewer whole seconds (2 at least) if the runs
  # at that rate would walk past the last routine
  awk -v left=$((WALK - $1 + 1)) -v rps="$2" -v runs="$3" -v raw="$DURATION" 'BEGIN {
    d = raw; sub(/s$/, "", d)
    fits = (rps > 0 ? int(left / runs / rps / 1.1) : d)
    if (d !~ /^[0-9]+$/ || fits >= d + 0) print raw; else print (fits < 2 ? 2 : fits) "s"
  }'
}

walk() { # label base path next_var [token cookie]: warm-up walks and RUNS measured ones
  local label=$1 base=$2 path=$3 var=$4 first run cpus=()
  shift 4
  warm "$label" "$base" "$path" "$var" "$@"
  first=${!var}
  FIRST_WALKED=$first
  # a database server's own CPU: the backends of the run's database (the pools' connections)
  [ -z "$PG_DB" ] || mapfile -t DB_PIDS < <(psql_on postgres -Atc \
    "SELECT pid FROM pg_stat_activity WHERE datname = '$PG_DB' AND pid <> pg_backend_pid()")
  # A fast page on a fast machine would use up the routines before the last run: the runs are
  # made shorter instead, to share what is left (from the last warm-up's rate, a tenth to spare).
  duration=$(fitting_duration "$first" "$(field rps)" "$RUNS")
  [ "$duration" = "$DURATION" ] ||
    echo "    $label: measured runs of $duration, not $DURATION: $((WALK - first + 1)) routines left to walk"
  for ((run = 1; run <= RUNS; run++)); do
    [ "$first" -le "$WALK" ] || die "no routines left to walk (raise BENCH_WALK)"
    if [ "$run" -gt 1 ] && [ $((first + $(field walked) * 11 / 10)) -gt "$WALK" ]; then
      echo "    $label: $((run - 1)) measured runs only: not enough routines left (raise BENCH_WALK)"
      break
    fi
    measure "$label$([ "$RUNS" = 1 ] || echo " $run/$RUNS")" "$duration" "$base" "$path" \
      "$first" $((WALK - first + 1)) "$@"
    cpus+=("$CPU_MS")
    first=$((first + $(field walked)))
  done
  printf -v "$var" %d "$first"
  # the figure kept is the median run's CPU per request (the other figures are the last run's)
  CPU_MS=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  [ "$RUNS" = 1 ] || echo "    $label: median CPU $CPU_MS ms/request (runs: ${cpus[*]})"
}

csrf() { # base: a CSRF token and its cookie, from the measured routine's edit page: TOKEN, COOKIE
  local page
  page=$(curl -s -c "$WORK/cookies" "$1$(keys_of '/routines/{edit}' 0)")
  TOKEN=$(sed -n '/name="_csrf"/{s/.*name="_csrf" value="\([^"]*\)".*/\1/p;q}' <<<"$page")
  COOKIE=$(awk '$6 == "XSRF-TOKEN" { print "XSRF-TOKEN=" $7 }' "$WORK/cookies")
  [ -n "$TOKEN" ] && [ -n "$COOKIE" ] || die "no CSRF token on the edit page"
}

saves() { # label base: saves through the edit form, each routine's form posted once, 8 items
  local label=$1 base=$2 page
  csrf "$base"
  walk "$label" "$base" '/routines/{edit}' SAVE_NEXT "$TOKEN" "$COOKIE"
  # the first routine surely posted (wrk builds a first request only to check the script)
  page=$(curl -s "$base$(keys_of '/routines/{edit}' $((FIRST_WALKED + 1)))")
  grep -q 'name="version" value="1"' <<<"$page" ||
    echo "    WARNING: routine $((FIRST_WALKED + 1)) is not at version 1 after its save"
}

keep() { # prefix: the last run's figures under that name
  R[$1.rps]=$(rps "$(field rps)")
  R[$1.p99]=$(printf %.1f "$(field p99_ms)")
  R[$1.cpu]=${CPU_MS:-}
  R[$1.db_cpu]=${DB_CPU_MS:-}
  R[$1.share]=${SHARE:-}
}

# ---------------------------------------------------------------------------------------------
if part pages || part saves || part weight; then
  say "H2 database: the measured routine, $WALK more like it to walk, $OTHERS others"
  H2=$(ls "$WORK/app/lib/"h2-*.jar)
  key=$({ cat "$BENCH/data.sql" src/main/resources/db/migration/*; echo "$WALK $OTHERS ${H2##*/}"; } | sha256sum | cut -c1-16)
  CACHED="$REPO/target/bench/cache/h2-$key.mv.db"
  mkdir -p "$WORK/db"
  if [ -f "$CACHED" ]; then
    cp "$CACHED" "$WORK/db/hip-routine.mv.db"
    echo "copied from $CACHED (made by an earlier run from the same data.sql and migrations)"
  else
    PORT=$(free_port 18080) # the schema: the app's own Flyway migrations, on an empty file
    start_app "$PORT" HIP_ROUTINE_DATA_DIR="$WORK/db"
    wait_for_200 "http://127.0.0.1:$PORT/actuator/health" 180 "$APP_PID" "$APP_LOG"
    stop "$APP_PID"
    t0=$(now_ms)
    { data_sql; echo "SHUTDOWN COMPACT;"; } >"$WORK/data.sql"
    "$JAVA" -cp "$H2" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK/db/hip-routine" -user sa -script "$WORK/data.sql"
    echo "filled in $(($(now_ms) - t0)) ms; kept as $CACHED"
    rm -rf "${CACHED%/*}"
    mkdir -p "${CACHED%/*}"
    cp "$WORK/db/hip-routine.mv.db" "$CACHED"
  fi
  echo "database file: $(du -h "$WORK/db/hip-routine.mv.db" | cut -f1)"

  DEFAULT_URL=$(sed -n 's/^spring.datasource.url=\${HIP_ROUTINE_DB_URL:\(.*\)}$/\1/p' src/main/resources/application.properties |
    sed "s|\${hip-routine.data-dir:[^}]*}|$WORK/db|")
  say "Start-up on H2, the app's default URL: $DEFAULT_URL"
  PORT=$(free_port 18080)
  BASE="http://127.0.0.1:$PORT"
  t0=$(now_ms)
  start_app "$PORT" HIP_ROUTINE_DATA_DIR="$WORK/db"
  wait_for_200 "$BASE/exercises" 180 "$APP_PID" "$APP_LOG"
  R[startup_ms]=$(($(now_ms) - t0))
  echo "launch to first 200 from /exercises: ${R[startup_ms]} ms (pid $APP_PID, port $PORT)"
  grep -o 'Started [A-Za-z]* in [0-9.]* seconds[^)]*)' "$APP_LOG" || true
  APPS=("$APP_PID")
  DB_PIDS=()
fi

if part pages; then
  say "Pages of the measured routine (8 exercises), as served; nginx gets the same bytes"
  WWW="$WORK/www"
  mkdir -p "$WWW"
  MEASURED=()
  for name in "${CHOSEN[@]}"; do
    path=$(keys_of "$(page_path "$name")" 0)
    code=$(curl -s -o "$WORK/page" -D "$WORK/headers" -w '%{http_code}' "$BASE$path")
    if [ "$code" != 200 ]; then
      echo "  $name: $path answers $code$([ "$code" != 404 ] || echo ': not in this build'); skipped"
      R[$name.skipped]=$code
      continue
    fi
    case $(grep -i '^content-type:' "$WORK/headers") in *text/html*) ext=html ;; *pdf*) ext=pdf ;; *) ext=bin ;; esac
    mv "$WORK/page" "$WWW/$name.$ext"
    curl -s -o "$WWW/$name.$ext.gz" -D "$WORK/headers" -H 'Accept-Encoding: gzip' "$BASE$path"
    grep -qi '^content-encoding: gzip' "$WORK/headers" || rm "$WWW/$name.$ext.gz"
    printf '  %-10s %8d bytes, %8s gzipped  %s\n' "$name" "$(stat -c %s "$WWW/$name.$ext")" \
      "$(stat -c %s "$WWW/$name.$ext.gz" 2>/dev/null || echo -)" "$path"
    R[$name.file]=$name.$ext
    MEASURED+=("$name")
  done
  chmod -R a+rX "$WWW"
  [ ${#MEASURED[@]} -gt 0 ] || die "no page to measure"
  NGINX_PORT=$(free_port 18081)
  mkdir -p "$WORK/nginx-static"
  sed -e "s|@DIR@|$WORK/nginx-static|g" -e "s|@PORT@|$NGINX_PORT|" -e "s|@ROOT@|$WWW|" \
    "$BENCH/nginx-static.conf" >"$WORK/nginx-static/nginx.conf"
  "$NGINX" -e "$WORK/nginx-static/error.log" -p "$WORK/nginx-static" -c "$WORK/nginx-static/nginx.conf" &
  NGINX_PID=$!
  STARTED+=("$NGINX_PID")
  wait_for_200 "http://127.0.0.1:$NGINX_PORT/${R[${MEASURED[0]}.file]}" 30 "$NGINX_PID" "$WORK/nginx-static/error.log"

  for name in "${MEASURED[@]}"; do
    path=$(page_path "$name")
    say "$name: $path, wrk -t$THREADS -c$CONNECTIONS, $DURATION a run"
    if [ "$(keys_of "$path" 0)" != "$path" ]; then
      READ_NEXT=1
      walk "$name made afresh" "$BASE" "$path" READ_NEXT
      keep "$name.fresh"
    fi
    CPU_MS=""
    run_wrk "$name-kept-warmup" "$KEPT_WARMUP" "$BASE" "$(keys_of "$path" 0)" 0 1
    measure "$name kept" "$DURATION" "$BASE" "$(keys_of "$path" 0)" 0 1
    keep "$name.kept"
    CPU_MS="" SHARE=""
    run_wrk "$name-nginx" "$DURATION" "http://127.0.0.1:$NGINX_PORT" "/${R[$name.file]}" 0 1
    report "$name nginx" ""
    keep "$name.nginx"
  done
  stop "$NGINX_PID"
fi

if [ -n "${APPS[*]:-}" ]; then # the app of the pages, still running
  if part weight; then
    say "Page weight: the page and what a browser fetches for it"
    python3 "$BENCH/pageweight.py" "exercises=$BASE/exercises" "sheet=$BASE$(keys_of '/s/{share}/sheet' 0)" \
      >"$WORK/weight.out"
    grep -v '^figure ' "$WORK/weight.out"
    while read -r _ name value; do R[$name]=$value; done < <(grep '^figure ' "$WORK/weight.out")
  fi
  if part pages; then
    say "Memory after the load"
    wait_idle "${APPS[@]}"
    R[rss_mb]=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/${APPS[0]}/status")
    R[rss_peak_mb]=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/${APPS[0]}/status")
    echo "resident ${R[rss_mb]} MB (peak ${R[rss_peak_mb]} MB)"
  fi
  stop "${APPS[0]}"
fi

if part saves; then
  # each in a JVM of its own, warmed up alike: the write delay is the only difference
  URL500=$(sed 's/WRITE_DELAY=[0-9]*/WRITE_DELAY=500/' <<<"$DEFAULT_URL")
  [[ $URL500 == *WRITE_DELAY=500* ]] || URL500="$URL500;WRITE_DELAY=500"
  SAVE_NEXT=1
  for delay in 0 500; do
    db=(HIP_ROUTINE_DATA_DIR="$WORK/db")
    if [ $delay = 0 ]; then
      say "Saves through the edit form (8 items each) on H2, the app's default URL (WRITE_DELAY=0)"
    else
      say "Saves on H2 with WRITE_DELAY=500 (H2's old default: commits written within half a second)"
      echo "$URL500"
      db+=(HIP_ROUTINE_DB_URL="$URL500")
    fi
    PORT=$(free_port 18080)
    start_app "$PORT" "${db[@]}"
    wait_for_200 "http://127.0.0.1:$PORT/exercises" 180 "$APP_PID" "$APP_LOG"
    APPS=("$APP_PID")
    saves "saves, WRITE_DELAY=$delay" "http://127.0.0.1:$PORT"
    keep "saves.h2_delay_$delay"
    stop "$APP_PID"
  done
fi

# ---------------------------------------------------------------------------------------------
postgres() { # one instance, then two, behind nginx: the share page made afresh and saves
  local lb a b
  PG_DB=hip_routine_bench_$$
  psql_on postgres -c "CREATE DATABASE $PG_DB"
  lb=$(free_port 18090)
  a=$(free_port 18091)
  b=$(free_port 18092)
  local env=(HIP_ROUTINE_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB"
    HIP_ROUTINE_DB_USER="$PG_USER" HIP_ROUTINE_PUBLIC_URL="http://127.0.0.1:$lb"
    SPRING_DATASOURCE_USERNAME="$PG_USER") # for a build whose properties don't read HIP_ROUTINE_DB_USER
  start_app "$a" "${env[@]}"
  APPS=("$APP_PID")
  wait_for_200 "http://127.0.0.1:$a/exercises" 180 "$APP_PID" "$APP_LOG"
  t0=$(now_ms)
  data_sql | psql_on "$PG_DB" -f -
  psql_on "$PG_DB" -c "VACUUM ANALYZE"
  echo "database $PG_DB filled in $(($(now_ms) - t0)) ms"
  READ_NEXT=1
  SAVE_NEXT=1
  for n in one two; do
    if [ $n = two ]; then
      start_app "$b" "${env[@]}"
      APPS+=("$APP_PID")
      wait_for_200 "http://127.0.0.1:$b/exercises" 180 "$APP_PID" "$APP_LOG"
      say "PostgreSQL, the second instance warmed up alone, as the first was"
      warm "pg: second instance" "http://127.0.0.1:$b" '/s/{share}' READ_NEXT
      csrf "http://127.0.0.1:$b"
      warm "pg: second instance, saves" "http://127.0.0.1:$b" '/routines/{edit}' SAVE_NEXT "$TOKEN" "$COOKIE"
      stop "$NGINX_PID" # in front of one instance
    fi
    mkdir -p "$WORK/nginx-$n"
    sed -e "s|@DIR@|$WORK/nginx-$n|g" -e "s|@PORT@|$lb|" \
      -e "s|@SERVERS@|server 127.0.0.1:$a;$([ $n = one ] || echo " server 127.0.0.1:$b;")|" \
      "$BENCH/nginx-balancer.conf" >"$WORK/nginx-$n/nginx.conf"
    "$NGINX" -e "$WORK/nginx-$n/error.log" -p "$WORK/nginx-$n" -c "$WORK/nginx-$n/nginx.conf" &
    NGINX_PID=$!
    STARTED+=("$NGINX_PID")
    wait_for_200 "http://127.0.0.1:$lb/exercises" 30 "$NGINX_PID" "$WORK/nginx-$n/error.log"
    say "PostgreSQL, $n instance$([ $n = one ] || echo s) behind nginx (pids ${APPS[*]})"
    walk "pg $n: share made afresh" "http://127.0.0.1:$lb" '/s/{share}' READ_NEXT
    keep "pg.$n.share"
    saves "pg $n: saves" "http://127.0.0.1:$lb"
    keep "pg.$n.saves"
  done
  DB_PIDS=()
  stop_all
  psql_on postgres -c "DROP DATABASE $PG_DB"
  PG_DB=""
}

if part postgres; then
  say "PostgreSQL at $PG_HOST:$PG_PORT: one instance against two behind nginx"
  if ! ls "$WORK/app/lib/"postgresql-*.jar >/dev/null 2>&1; then
    echo "skipped: this build has no PostgreSQL driver (org.postgresql:postgresql in the pom)"
  elif ! psql_on postgres -c 'SELECT 1' >/dev/null 2>&1; then
    echo "skipped: no PostgreSQL server answers at $PG_HOST:$PG_PORT as $PG_USER"
  else
    postgres
  fi
fi

source "$BENCH/results.sh"
