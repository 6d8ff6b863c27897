#!/usr/bin/env bash
# Hip Routine benchmark: startup time, throughput and latency of the main pages on a database of
# realistic size, memory after load, a static-file reference (nginx serving a saved copy of
# /exercises) and the weight of the pages.
#
#   bash bench/run.sh
#
# Not a test and not part of .ci/run. It builds the jar, makes a fresh database in a temporary
# directory, runs everything on free ports and stops it all again. Figures are noisy on a small
# machine: compare runs of the same machine, several runs when a difference is small.
#
# The output ends with one "figure NAME VALUE" line per figure, in a fixed order, to diff between
# commits. Optional knobs (defaults are what the figures mean):
#   BENCH_ROUTINES=100000   routines in the database
#   BENCH_DURATION=20s      each measured wrk run
#   BENCH_WARMUP=7s         warm-up wrk run for each of the 5 URLs (5 x 7 s = 35 s in total)
set -euo pipefail
export LC_ALL=C # decimal points, whatever the user's locale

ROUTINES=${BENCH_ROUTINES:-100000}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-7s}
# wrk's own timeout (2 s) would leave every slower response out of the percentiles (the PDF is
# that slow under 32 connections), so it is raised; a fast page is not affected.
WRK_OPTS=(-t2 -c32 --timeout 30s --latency -H 'Accept-Encoding: gzip')
WRK_SHOWN="wrk -t2 -c32 --timeout 30s --latency -H 'Accept-Encoding: gzip'"

# The routine the share page, sheet and PDF are measured on: all 8 exercises, a key the script knows.
SHARE_KEY=bench-share-key-000001
EDIT_KEY=bench-edit-key-0000001

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
STARTED=$SECONDS

say() { printf '\n== %s\n' "$*"; }
die() {
  echo "bench: $*" >&2
  exit 1
}
now_ms() { date +%s%3N; }

# ---------------------------------------------------------------------------------------------
# Clean-up: whatever this script starts is stopped on exit, whatever the way out.
WORK=$(mktemp -d /tmp/hip-routine-bench.XXXXXX)
chmod 755 "$WORK" # nginx's workers (user nobody when run as root) read the saved page under it
APP_PID=""
NGINX_PID=""
WRK_PID=""

stop_pid() { # pid: TERM, up to 20 s to finish, then KILL
  local pid=$1 i
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 200; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  set +e
  [ -n "$WRK_PID" ] && stop_pid "$WRK_PID"
  [ -n "$APP_PID" ] && stop_pid "$APP_PID"
  [ -n "$NGINX_PID" ] && stop_pid "$NGINX_PID"
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() { # preferred: that port if nothing listens on it (on 127.0.0.1), else a random free one
  local port=$1
  # the same port from run to run keeps the pages' bytes the same (the sheet shows its own URL)
  while :; do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
    port=$((20000 + RANDOM % 30000))
  done
}

# Figures are collected as they come and printed together at the very end.
FIGURES=()
figure() { FIGURES+=("figure $1 $2"); }

# ---------------------------------------------------------------------------------------------
say "Tools"
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "installing ${missing[*]}"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java # the one ./mvnw uses too
echo "cores: $(nproc)   $("$JAVA" -version 2>&1 | head -1)   $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)   $("$NGINX" -v 2>&1)"

# ---------------------------------------------------------------------------------------------
say "Build"
./mvnw -q -B -Dmaven.test.skip=true package
JAR=""
for jar in target/*.jar; do # the executable jar (not a "-plain" one, should the build make one)
  case $jar in *-plain.jar) ;; *) JAR=$jar ;; esac
done
[ -f "$JAR" ] || die "no jar in target/"
echo "$JAR"
# Run it as ./mvnw spring-boot:run does: classes and plain jars on the class path, not jars nested
# in a jar (whose class loading adds about two seconds to startup).
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APP_JAR="$WORK/app/$(basename "$JAR")"
echo "extracted to $WORK/app"

# The JVM options `./mvnw spring-boot:run` passes from the pom (jvmArguments of the
# spring-boot-maven-plugin, or the spring-boot.run.jvmArguments property), ${...} resolved from
# the pom's properties; and whether the pom turns off the plugin's optimizedLaunch.
POM_RUN=$(python3 - pom.xml <<'PY'
import re, sys, xml.etree.ElementTree as ET
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
pom = ET.parse(sys.argv[1]).getroot()
props = {el.tag.split("}")[1]: (el.text or "").strip() for el in pom.findall("m:properties/*", ns)}
args = optimized = None
env = {}
for path in ("m:build/m:pluginManagement/m:plugins/m:plugin", "m:build/m:plugins/m:plugin"):
    for plugin in pom.findall(path, ns):
        if plugin.findtext("m:artifactId", namespaces=ns) == "spring-boot-maven-plugin":
            args = plugin.findtext("m:configuration/m:jvmArguments", namespaces=ns) or args
            optimized = plugin.findtext("m:configuration/m:optimizedLaunch", namespaces=ns) or optimized
            for var in plugin.findall("m:configuration/m:environmentVariables/*", ns):
                env[var.tag.split("}")[1]] = (var.text or "").strip()
args = args or props.get("spring-boot.run.jvmArguments", "")
optimized = optimized or props.get("spring-boot.run.optimizedLaunch", "true")
def resolve(text):
    for _ in range(5):
        text = re.sub(r"\$\{([^}]+)\}", lambda m: props.get(m.group(1), m.group(0)), text)
    return " ".join(text.split())
print(resolve(args))
print(resolve(optimized))
print(" ".join(f"{k}={resolve(v)}" for k, v in env.items()))
PY
)
read -r -a JVM_OPTS <<<"$(sed -n 1p <<<"$POM_RUN")"
read -r -a APP_ENV <<<"$(sed -n 3p <<<"$POM_RUN")"
[ ${#APP_ENV[@]} -eq 0 ] || echo "environment from the pom: ${APP_ENV[*]}"
if [ ${#JVM_OPTS[@]} -eq 0 ]; then
  echo "JVM options: none in the pom, so plain 'java -jar' with no extra options"
else
  echo "JVM options from the pom: ${JVM_OPTS[*]}"
fi
if [ "$(sed -n 2p <<<"$POM_RUN")" != false ]; then
  echo "  (note: './mvnw spring-boot:run' also adds -XX:TieredStopAtLevel=1, the plugin's"
  echo "   optimizedLaunch default, which the pom leaves on; this benchmark does not add it)"
fi

# ---------------------------------------------------------------------------------------------
DB="$WORK/db/hip-routine"
DB_URL="jdbc:h2:file:$DB"
APP_LOG="$WORK/app.log"

start_app() { # port: the jar on the bench database, from the repository root like spring-boot:run
  env "${APP_ENV[@]}" HIP_ROUTINE_DB_URL="$DB_URL;AUTO_SERVER=FALSE" SERVER_PORT="$1" \
    "$JAVA" "${JVM_OPTS[@]}" -jar "$APP_JAR" >"$APP_LOG" 2>&1 &
  APP_PID=$!
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

say "Database: $ROUTINES routines in $WORK/db"
# 1. The schema comes from the app's own Flyway migrations: start the app once on an empty file.
PORT=$(free_port 18080)
start_app "$PORT"
wait_for_200 "http://127.0.0.1:$PORT/actuator/health" 180 "$APP_PID" "$APP_LOG"
stop_pid "$APP_PID"
APP_PID=""
echo "schema made by Flyway"

# 2. H2's own RunScript inserts the data, set-based, with the H2 jar the app ships with.
H2_JAR="$WORK/h2.jar"
python3 - "$JAR" "$H2_JAR" <<'PY'
import re, shutil, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as fat:
    name = next(n for n in fat.namelist() if re.fullmatch(r"BOOT-INF/lib/h2-[0-9.]+\.jar", n))
    with fat.open(name) as src, open(sys.argv[2], "wb") as dst:
        shutil.copyfileobj(src, dst)
print("H2 from the jar:", name.rsplit("/", 1)[1])
PY

cat >"$WORK/data.sql" <<SQL
-- The measured routine: all 8 exercises in the order of the "all eight" template, 2 sets each.
INSERT INTO routine (edit_key, share_key, name, notes, times_per_day, days_per_week,
                     created_at, updated_at, version)
VALUES ('$EDIT_KEY', '$SHARE_KEY', 'All eight for my back',
        'From my physio: slow and steady, stop if the pain gets worse.', 2, 5,
        CURRENT_TIMESTAMP - INTERVAL '30' DAY, CURRENT_TIMESTAMP - INTERVAL '2' DAY, 3);

INSERT INTO routine_item (routine_id, item_index, exercise_id, sets, amount, note)
SELECT r.id, t.item_index, t.exercise_id, 2, t.amount + 3,
       CASE WHEN t.item_index = 0 THEN 'Keep the knees soft.' END
FROM routine r
JOIN routine_template tpl ON tpl.slug = 'all-eight'
JOIN routine_template_item t ON t.template_id = tpl.id
WHERE r.share_key = '$SHARE_KEY';

-- Everybody else's routines. Edit keys: 22 hex digits of a random UUID (hex fits the key
-- pattern); share keys: "bench" and the row number in 17 digits, so the spread runs can ask
-- for any routine's pages at random.
-- Dates: created within the last year, changed since; deterministic from X, so updated >= created.
INSERT INTO routine (edit_key, share_key, name, notes, times_per_day, days_per_week,
                     created_at, updated_at, version)
SELECT LEFT(REPLACE(CAST(RANDOM_UUID() AS VARCHAR), '-', ''), 22),
       'bench' || LPAD(CAST(X AS VARCHAR), 17, '0'),
       CASE MOD(X, 6) WHEN 0 THEN 'Morning stretches' WHEN 1 THEN 'Back care'
                      WHEN 2 THEN 'Physio plan' WHEN 3 THEN 'Desk breaks'
                      WHEN 4 THEN 'Evening routine' ELSE 'Before my run' END || ' ' || X,
       CASE WHEN MOD(X, 4) = 0 THEN 'Go gently on the left side. Stop if it hurts.' END,
       1 + CAST(FLOOR(RAND() * 3) AS INT),
       1 + CAST(FLOOR(RAND() * 7) AS INT),
       DATEADD('SECOND', -(MOD(X * 7919, 300 * 86400) + MOD(X * 104729, 60 * 86400)), CURRENT_TIMESTAMP),
       DATEADD('SECOND', -MOD(X * 104729, 60 * 86400), CURRENT_TIMESTAMP),
       MOD(X, 5)
FROM SYSTEM_RANGE(1, $ROUTINES);

-- Each routine's items: 1-8 (mostly 3-6), exercises taken by catalog position from a random start
-- with a stride of 1, 3, 5 or 7 (co-prime with 8, so no exercise twice), item_index 0..n-1.
CREATE TABLE bench_plan AS
SELECT id AS routine_id,
       1 + CAST(FLOOR(RAND() * 4) AS INT) + CAST(FLOOR(RAND() * 5) AS INT) AS item_count,
       CAST(FLOOR(RAND() * 8) AS INT) AS first_position,
       1 + 2 * CAST(FLOOR(RAND() * 4) AS INT) AS stride
FROM routine WHERE share_key <> '$SHARE_KEY';

-- Sets 1-5 (mostly 1 or 2); amounts within each dose kind's usual range.
INSERT INTO routine_item (routine_id, item_index, exercise_id, sets, amount, note)
SELECT p.routine_id, i.X, e.id,
       1 + CAST(FLOOR(RAND() * RAND() * 5) AS INT),
       CASE e.dose_kind WHEN 'HOLD' THEN 15 + CAST(FLOOR(RAND() * 16) AS INT)
                        WHEN 'REPETITIONS' THEN 12 + CAST(FLOOR(RAND() * 9) AS INT)
                        ELSE 10 + CAST(FLOOR(RAND() * 6) AS INT) END,
       CASE WHEN RAND() < 0.05 THEN 'Slowly, both sides.' END
FROM bench_plan p
JOIN SYSTEM_RANGE(0, 7) i ON i.X < p.item_count
JOIN exercise e ON e.position = 1 + MOD(p.first_position + i.X * p.stride, 8);

DROP TABLE bench_plan;

-- A bulk load leaves the file several times larger than a database grown by use; compact it.
SHUTDOWN COMPACT;
SQL

t0=$(now_ms)
"$JAVA" -cp "$H2_JAR" org.h2.tools.RunScript -url "$DB_URL" -user sa -script "$WORK/data.sql"
echo "inserted in $(($(now_ms) - t0)) ms"
"$JAVA" -cp "$H2_JAR" org.h2.tools.Shell -url "$DB_URL" -user sa -sql "
  SELECT (SELECT COUNT(*) FROM routine) routines, (SELECT COUNT(*) FROM routine_item) items,
         (SELECT COUNT(*) FROM routine_item WHERE routine_id =
            (SELECT id FROM routine WHERE share_key = '$SHARE_KEY')) measured_routine_items"
echo "database file: $(du -h "$DB.mv.db" | cut -f1)"

# ---------------------------------------------------------------------------------------------
say "Startup"
PORT=$(free_port 18080)
BASE="http://127.0.0.1:$PORT"
t0=$(now_ms)
start_app "$PORT"
wait_for_200 "$BASE/exercises" 180 "$APP_PID" "$APP_LOG"
STARTUP_MS=$(($(now_ms) - t0))
echo "launch to first 200 from /exercises: $STARTUP_MS ms (port $PORT, pid $APP_PID)"
grep -o 'Started [A-Za-z]* in [0-9.]* seconds[^)]*)' "$APP_LOG" || true
figure startup_ms "$STARTUP_MS"

# The measured URLs: figure name and path.
NAMES=(exercises exercise_glute_bridges share sheet sheet_pdf)
PATHS=(/exercises /exercises/glute-bridges "/s/$SHARE_KEY" "/s/$SHARE_KEY/sheet" "/s/$SHARE_KEY/sheet.pdf")

say "Pages answer"
for path in "${PATHS[@]}"; do
  curl -s -o /dev/null -H 'Accept-Encoding: gzip' \
    -w "%{http_code}  %{content_type}  %{size_download} bytes as served  $path\n" "$BASE$path"
done

# wrk prints its usual report; this script adds one exact line to read the figures from.
cat >"$WORK/summary.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("summary rps=%.1f p50_ms=%.3f p99_ms=%.3f non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
LUA

run_wrk() { # duration url: prints wrk's report, leaves its summary line in $SUMMARY
  local out
  # in the background and waited for, so that a signal stops the script (and wrk) at once
  wrk "${WRK_OPTS[@]}" -d"$1" -s "$WORK/summary.lua" "$2" >"$WORK/wrk.out" &
  WRK_PID=$!
  wait "$WRK_PID"
  WRK_PID=""
  out=$(<"$WORK/wrk.out")
  SUMMARY=$(grep '^summary ' <<<"$out") || die "wrk printed no summary for $2"
  grep -v '^summary ' <<<"$out" | sed 's/^/    /'
  if [ "$(field non2xx)" != 0 ] || [ "$(field socket_errors)" != 0 ]; then
    echo "    WARNING: $(field non2xx) responses not 2xx/3xx, $(field socket_errors) socket errors" \
      "(timeouts and broken connections: in no percentile)"
  fi
}
rps() { awk -v r="$1" 'BEGIN { printf (r < 100 ? "%.1f" : "%.0f"), r }'; } # 5.7, 934, 55655
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$SUMMARY"; }

# When wrk stops, the app may still be working through requests it had accepted (32 PDFs take
# seconds), which would slow the next run down; so each run waits for the app to be idle first.
TICKS=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
wait_idle() { # pid: until it uses under 10% of a core for half a second (60 s at most)
  local before after i
  for ((i = 0; i < 120; i++)); do
    before=$(cpu_ticks "$1")
    sleep 0.5
    after=$(cpu_ticks "$1")
    if [ $((after - before)) -le $((TICKS / 20)) ]; then
      [ "$i" -lt 2 ] || echo "    (waited $((i / 2)) s for the app to finish the previous run's requests)"
      return 0
    fi
  done
  echo "    (the app is still busy after 60 s)"
}

say "Warm-up: $WARMUP on each URL"
for path in "${PATHS[@]}"; do
  wait_idle "$APP_PID"
  run_wrk "$WARMUP" "$BASE$path" >/dev/null
  printf '  %-45s %8.0f req/s  non-2xx/3xx %s  socket errors %s\n' \
    "$path" "$(field rps)" "$(field non2xx)" "$(field socket_errors)"
done

for i in "${!PATHS[@]}"; do
  name=${NAMES[$i]}
  say "$WRK_SHOWN -d$DURATION $BASE${PATHS[$i]}"
  wait_idle "$APP_PID"
  run_wrk "$DURATION" "$BASE${PATHS[$i]}"
  figure "${name}_rps" "$(rps "$(field rps)")"
  figure "${name}_p50_ms" "$(printf '%.2f' "$(field p50_ms)")"
  figure "${name}_p99_ms" "$(printf '%.2f' "$(field p99_ms)")"
  figure "${name}_non2xx" "$(field non2xx)"
  # timeouts and broken connections: such requests are in no percentile, so watch this one too
  figure "${name}_socket_errors" "$(field socket_errors)"
  if [ "$name" = exercises ]; then APP_EXERCISES_RPS=$(field rps); fi
done

# The runs above ask for one routine again and again, which the app serves from memory once it
# has rendered it. These ask for a different routine each time, at random among all of them, so
# nearly every page is rendered afresh from the database: the figures a crowd of readers gets.
cat >"$WORK/spread.lua" <<LUA
local routines = $ROUTINES
local suffix = os.getenv("BENCH_SUFFIX") or ""
math.randomseed(os.time())
request = function()
  return wrk.format("GET", string.format("/s/bench%017d", math.random(1, routines)) .. suffix)
end
LUA
cat "$WORK/summary.lua" >>"$WORK/spread.lua"

SPREAD_NAMES=(share_spread sheet_spread sheet_pdf_spread)
SPREAD_SUFFIXES=("" /sheet /sheet.pdf)
for i in "${!SPREAD_NAMES[@]}"; do
  name=${SPREAD_NAMES[$i]}
  say "$WRK_SHOWN -d$DURATION $BASE/s/<any of $ROUTINES routines>${SPREAD_SUFFIXES[$i]}"
  wait_idle "$APP_PID"
  BENCH_SUFFIX=${SPREAD_SUFFIXES[$i]} wrk "${WRK_OPTS[@]}" -d"$DURATION" -s "$WORK/spread.lua" \
    "$BASE/" >"$WORK/wrk.out" &
  WRK_PID=$!
  wait "$WRK_PID"
  WRK_PID=""
  SUMMARY=$(grep '^summary ' "$WORK/wrk.out") || die "wrk printed no summary for $name"
  grep -v '^summary ' "$WORK/wrk.out" | sed 's/^/    /'
  figure "${name}_rps" "$(rps "$(field rps)")"
  figure "${name}_p50_ms" "$(printf '%.2f' "$(field p50_ms)")"
  figure "${name}_p99_ms" "$(printf '%.2f' "$(field p99_ms)")"
  figure "${name}_non2xx" "$(field non2xx)"
  figure "${name}_socket_errors" "$(field socket_errors)"
done

say "Memory after the load"
wait_idle "$APP_PID"
RSS_MB=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
PEAK_MB=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
echo "java pid $APP_PID: resident $RSS_MB MB (peak $PEAK_MB MB)"
figure rss_mb "$RSS_MB"
figure rss_peak_mb "$PEAK_MB"

# ---------------------------------------------------------------------------------------------
# Page weight: each page and every resource it makes a browser fetch (stylesheets, scripts,
# icons, images, url() in CSS), raw and as served to a browser that accepts gzip. Resources on
# other hosts are counted, not fetched. The same pass saves /exercises and its resources, as
# served (the .gz beside each file is the app's own gzip), for nginx to serve.
say "Page weight"
WWW="$WORK/www"
cat >"$WORK/pageweight.py" <<'PY'
import os, re, sys, urllib.error, urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

FETCHED_RELS = {"stylesheet", "icon", "apple-touch-icon", "preload", "modulepreload", "manifest"}
CSS_REFS = re.compile(r"""url\(\s*['"]?([^'")]+?)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")
NOT_REQUESTS = ("data:", "blob:", "javascript:", "mailto:", "tel:", "about:", "#")


class Refs(HTMLParser):
    """What a browser fetches for a page (resources), and where it only links to (links)."""

    def __init__(self):
        super().__init__()
        self.resources, self.links, self.css = [], [], []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "link":
            rels = set(a.get("rel", "").lower().split())
            (self.resources if rels & FETCHED_RELS else self.links).append(a.get("href", ""))
        if tag in ("script", "img", "iframe", "embed", "audio", "video", "source", "track", "input"):
            self.resources.append(a.get("src", ""))
        for srcset in (a.get("srcset", ""), a.get("imagesrcset", "")):
            self.resources += [part.split()[0] for part in srcset.split(",") if part.strip()]
        self.resources += [a.get("poster", ""), a.get("data", "") if tag == "object" else ""]
        if tag in ("a", "area"):
            self.links.append(a.get("href", ""))
        if tag == "form":
            self.links.append(a.get("action", ""))
        self.css.append(a.get("style", ""))
        self.in_style = self.in_style or tag == "style"

    def handle_endtag(self, tag):
        self.in_style = self.in_style and tag != "style"

    def handle_data(self, data):
        if self.in_style:
            self.css.append(data)


def fetch(url, accept_gzip):
    headers = {"Accept-Encoding": "gzip" if accept_gzip else "identity", "User-Agent": "bench"}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=60) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def css_refs(text):
    return [m.group(1) or m.group(2) for m in CSS_REFS.finditer(text)]


def mirror(www, url, raw, served, encoding):
    path = urlsplit(url).path.lstrip("/") or "index.html"
    os.makedirs(os.path.join(www, os.path.dirname(path)), exist_ok=True)
    with open(os.path.join(www, path), "wb") as f:
        f.write(raw)
    if encoding == "gzip":
        with open(os.path.join(www, path + ".gz"), "wb") as f:
            f.write(served)


def weigh(name, page, www):
    host = urlsplit(page).netloc
    queue, seen, other_hosts, rows = [("page", page)], set(), [], []
    while queue:
        kind, url = queue.pop(0)
        url = urljoin(page, url).split("#")[0]
        if url in seen:
            continue
        seen.add(url)
        if urlsplit(url).netloc != host:
            other_hosts.append(url)
            continue
        status, headers, raw = fetch(url, False)
        _, served_headers, served = fetch(url, True)
        encoding = served_headers.get("Content-Encoding", "identity")
        ctype = (headers.get("Content-Type") or "").split(";")[0]
        rows.append((kind, url, status, ctype, len(raw), len(served), encoding))
        if www and name == "exercises":
            mirror(www, url, raw, served, encoding)
        text = raw.decode("utf-8", "replace")
        refs = []
        if ctype == "text/html":
            parser = Refs()
            parser.feed(text)
            refs = parser.resources + [r for css in parser.css for r in css_refs(css)]
            for link in parser.links:
                link = urljoin(page, link)
                if link and not link.startswith(NOT_REQUESTS) and urlsplit(link).netloc != host:
                    print(f"  link (not fetched by the browser) to another host: {link}")
        elif ctype == "text/css":
            refs = css_refs(text)
        for ref in refs:
            ref = ref.strip()
            if ref and not ref.lower().startswith(NOT_REQUESTS):
                queue.append((ctype.split("/")[-1] + " ref", urljoin(url, ref)))
    print(f"{name}: {page}")
    print(f"  {'status':>6} {'type':<24} {'raw':>9} {'served':>9} {'encoding':<9} url")
    for kind, url, status, ctype, raw, served, encoding in rows:
        path = urlsplit(url).path + (("?" + urlsplit(url).query) if urlsplit(url).query else "")
        print(f"  {status:>6} {ctype:<24} {raw:>9} {served:>9} {encoding:<9} {path}")
    bad = [r for r in rows if r[2] != 200]
    total_raw, total_served = sum(r[4] for r in rows), sum(r[5] for r in rows)
    print(f"  {len(rows)} requests, {total_raw} bytes raw, {total_served} bytes served with gzip"
          + (f", {len(bad)} NOT 200" if bad else ""))
    for url in other_hosts:
        print(f"  REQUEST TO ANOTHER HOST: {url}")
    print(f"figure {name}_requests {len(rows)}")
    print(f"figure {name}_bytes_raw {total_raw}")
    print(f"figure {name}_bytes_gzip {total_served}")
    return len(other_hosts)


www = sys.argv[1]
others = sum(weigh(*arg.split("=", 1), www) for arg in sys.argv[2:])
print(f"figure other_host_requests {others}")
PY
python3 "$WORK/pageweight.py" "$WWW" "exercises=$BASE/exercises" "sheet=$BASE/s/$SHARE_KEY/sheet" \
  >"$WORK/pageweight.out"
grep -v '^figure ' "$WORK/pageweight.out"
while read -r _ name value; do figure "$name" "$value"; done < <(grep '^figure ' "$WORK/pageweight.out")

# ---------------------------------------------------------------------------------------------
# The static reference: nginx serving the saved /exercises (the app's own gzip bytes when the app
# compressed it; gzipped here otherwise) with gzip_static, on the same machine, same wrk command.
say "nginx serving a saved copy of /exercises"
[ -f "$WWW/exercises" ] || die "no saved copy of /exercises"
if [ -f "$WWW/exercises.gz" ]; then
  echo "the app's own gzip bytes: $(stat -c %s "$WWW/exercises.gz") bytes"
else
  gzip -k -6 -n "$WWW/exercises"
  echo "the app did not compress /exercises; gzipped here: $(stat -c %s "$WWW/exercises.gz") bytes"
fi
chmod -R a+rX "$WWW"
NGINX_PORT=$(free_port 18081)
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx/nginx.conf" <<NGINX
daemon off;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  types {
    text/html html; text/css css; application/javascript js; image/svg+xml svg;
    image/png png; image/jpeg jpg; image/webp webp; font/woff2 woff2;
  }
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  gzip_static on;
  gzip on;
  gzip_types text/css application/javascript image/svg+xml;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WWW;
    location = /exercises { default_type "text/html; charset=utf-8"; }
  }
}
NGINX
"$NGINX" -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
wait_for_200 "http://127.0.0.1:$NGINX_PORT/exercises" 30 "$NGINX_PID" "$WORK/nginx/error.log"
curl -s -o /dev/null -H 'Accept-Encoding: gzip' \
  -w "%{http_code}  %{content_type}  %{size_download} bytes as served\n" \
  "http://127.0.0.1:$NGINX_PORT/exercises"

say "$WRK_SHOWN -d$DURATION http://127.0.0.1:$NGINX_PORT/exercises"
run_wrk "$DURATION" "http://127.0.0.1:$NGINX_PORT/exercises"
NGINX_RPS=$(field rps)
figure nginx_exercises_rps "$(rps "$NGINX_RPS")"
figure nginx_exercises_non2xx "$(field non2xx)"
PCT=$(awk -v a="$APP_EXERCISES_RPS" -v n="$NGINX_RPS" 'BEGIN { printf "%.1f", (n > 0 ? 100 * a / n : 0) }')
echo "app /exercises: $(printf '%.0f' "$APP_EXERCISES_RPS") req/s = $PCT % of nginx's"
figure exercises_vs_nginx_pct "$PCT"

# ---------------------------------------------------------------------------------------------
say "Stopping"
stop_pid "$NGINX_PID"
NGINX_PID=""
stop_pid "$APP_PID"
APP_PID=""
echo "bench took $(((SECONDS - STARTED) / 60)) min $(((SECONDS - STARTED) % 60)) s"

say "Figures"
# In the order they were measured, the same in every run.
printf '%s\n' "${FIGURES[@]}"
