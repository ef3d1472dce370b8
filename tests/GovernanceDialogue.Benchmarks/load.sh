#!/usr/bin/env bash
# The HTTP load benchmark (issue 8): the app in Release and its raw-Npgsql floor against the large city, six reads
# driven by wrk, the table written into docs/performance.md ("load" section).
#
#   tests/GovernanceDialogue.Benchmarks/load.sh                   everything: build, generate, measure, write the docs
#   tests/GovernanceDialogue.Benchmarks/load.sh --no-docs         print the table only
#   tests/GovernanceDialogue.Benchmarks/load.sh --reuse           keep the large city from the last run (GOVERNANCE_BENCH_POSTGRES only)
#   GD_LOAD_DURATION=30s GD_LOAD_CONNECTIONS=32 GD_LOAD_THREADS=2 …   the wrk settings (defaults shown)
#
# PostgreSQL: GOVERNANCE_BENCH_POSTGRES (a connection string that may create databases) or, when unset, a throwaway
# local cluster with fsync on (db/local-postgres.sh), removed afterwards. Installs Debian's wrk when missing and
# allowed (root or passwordless sudo). The app runs as in production (Production environment behind a TLS proxy,
# simulated with X-Forwarded-Proto; Hangfire's job server off, as on a web-only instance) with the token rate limit
# lifted: the benchmark's single token would otherwise get 429 after 600 requests a minute.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

docs=1; reuse=0
for arg in "$@"; do
  case "$arg" in
    --no-docs) docs=0 ;;
    --reuse) reuse=1 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done
duration=${GD_LOAD_DURATION:-30s}; connections=${GD_LOAD_CONNECTIONS:-32}; threads=${GD_LOAD_THREADS:-2}
bench=tests/GovernanceDialogue.Benchmarks

work=$(mktemp -d); chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  [ -d "$work/pg" ] && db/local-postgres.sh stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing Debian wrk..."
  if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo"; else sudo="none"; fi
  if [ "$sudo" != none ]; then
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi
  command -v wrk >/dev/null 2>&1 || { echo "wrk is missing and cannot be installed here; install it (apt-get install wrk)." >&2; exit 1; }
fi

if [ -z "${GOVERNANCE_BENCH_POSTGRES:-}" ]; then
  [ "$reuse" = 1 ] && { echo "--reuse needs GOVERNANCE_BENCH_POSTGRES (a throwaway cluster is gone after the run)." >&2; exit 2; }
  port=$(db/local-postgres.sh free-port)
  db/local-postgres.sh start "$work/pg" "$port" >/dev/null
  export GOVERNANCE_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
fi

echo "Building (Release)..."
dotnet build $bench -c Release -v quiet -nologo -clp:ErrorsOnly
dotnet build tests/GovernanceDialogue.Benchmarks.Floor -c Release -v quiet -nologo -clp:ErrorsOnly

ids=.local/large-city.env
mkdir -p .local
if [ "$reuse" = 1 ] && [ -f "$ids" ]; then
  echo "Reusing the large city described in $ids"
else
  dotnet run -c Release --no-build --project $bench -- large-city --database gd_large --ids "$ids"
fi
# shellcheck disable=SC1090
source "$ids"

free_port() { db/local-postgres.sh free-port; }
wait_for() { for _ in $(seq 1 120); do curl -sf -o /dev/null -H "X-Forwarded-Proto: https" "$1" && return 0; sleep 0.5; done; echo "$1 did not answer" >&2; return 1; }

app_port=$(free_port)
(cd src/GovernanceDialogue.Web && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$app_port" \
  ASPNETCORE_FORWARDEDHEADERS_ENABLED=true ConnectionStrings__Governance="$GD_CONNECTION" Jobs__Server=false \
  Database__MigrateOnStartup=false RateLimiting__TokenRequestsPerMinute=1000000000 Logging__LogLevel__Default=Warning \
  dotnet bin/Release/net10.0/GovernanceDialogue.Web.dll >"$work/app.log" 2>&1) &
app_pid=$!; pids+=("$app_pid")
floor_port=$(free_port)
(cd tests/GovernanceDialogue.Benchmarks.Floor && exec env ASPNETCORE_URLS="http://127.0.0.1:$floor_port" ConnectionStrings__Governance="$GD_CONNECTION" \
  dotnet bin/Release/net10.0/GovernanceDialogue.Benchmarks.Floor.dll >"$work/floor.log" 2>&1) &
floor_pid=$!; pids+=("$floor_pid")
wait_for "http://127.0.0.1:$app_port/health/live"
wait_for "http://127.0.0.1:$floor_port/health"

# The app reads a unit's record as the administration's executive (signed in: dialogues are not for tokens); the rest
# as the read token or anonymously. The floor checks the token for every non-public read.
curl -sf -o /dev/null -c "$work/cookies" -H "X-Forwarded-Proto: https" -H "Content-Type: application/json" \
  -d "{\"email\":\"$GD_EXECUTIVE_EMAIL\",\"password\":\"$GD_EXECUTIVE_PASSWORD\"}" "http://127.0.0.1:$app_port/api/v1/session"
cookie=$(awk '$6 == "gd.auth" {print $6 "=" $7}' "$work/cookies")
[ -n "$cookie" ] || { echo "Signing in as $GD_EXECUTIVE_EMAIL failed" >&2; exit 1; }
search=$(printf '%s' "$GD_SEARCH" | od -An -tx1 | tr -d ' \n' | sed 's/../%&/g')

# name|path|how the app is asked (cookie, token or anonymous)
endpoints=(
  "A unit's five-finger record (mission, analysis, goals, themes, dialogue, agreements)|/api/v1/units/$GD_UNIT/cycles/$GD_CLOSED_CYCLE/record|cookie"
  "Dialogues of the open cycle in an administration (page 1 of 50)|/api/v1/cycles/$GD_OPEN_CYCLE/dialogues?unitId=$GD_ADMINISTRATION&page=1&pageSize=50|token"
  "Published city summary (open data)|/api/v1/public/summaries/$GD_CITY_SUMMARY|anonymous"
  "Search \"$GD_SEARCH\" (read token over the city)|/api/v1/search?q=$search|token"
  "Public mission|/api/v1/public/missions/$GD_UNIT|anonymous"
  "Line of sight of an administration|/api/v1/line-of-sight?unitId=$GD_ADMINISTRATION|token"
)

cat >"$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d\n", summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout + e.status, summary.bytes))
end
LUA

# Samples the app's resident memory every 100 ms while wrk runs; prints the peak in kB.
sample_rss() { local pid=$1 stop=$2 peak=0 kb; while [ ! -f "$stop" ]; do
  kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0); [ "${kb:-0}" -gt "$peak" ] && peak=$kb; sleep 0.1; done; echo "$peak"; }

# run <port> <auth> <path> <seconds> → "requests duration_us p50_us p99_us errors bytes rss_kb"
run() {
  local port=$1 auth=$2 path=$3 time=$4 pid=$5 header
  case "$auth" in
    cookie) header="Cookie: $cookie" ;;
    token) header="Authorization: Bearer $GD_TOKEN" ;;
    *) header="X-Anonymous: 1" ;;
  esac
  rm -f "$work/stop"; sample_rss "$pid" "$work/stop" >"$work/rss" &
  local sampler=$!
  local out; out=$(wrk -t"$threads" -c"$connections" -d"$time" -s "$work/report.lua" -H "X-Forwarded-Proto: https" -H "$header" "http://127.0.0.1:$port$path" | awk '/^RESULT/ {$1=""; print}')
  touch "$work/stop"; wait "$sampler"
  echo "$out $(cat "$work/rss")"
}

echo "Warming up (5 s per read and program)..."
for e in "${endpoints[@]}"; do
  IFS='|' read -r name path auth <<<"$e"
  case "$auth" in cookie) header="Cookie: $cookie" ;; token) header="Authorization: Bearer $GD_TOKEN" ;; *) header="X-Anonymous: 1" ;; esac
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Forwarded-Proto: https" -H "$header" "http://127.0.0.1:$app_port$path")
  [ "$code" = 200 ] || { echo "The app answered $code to $path" >&2; exit 1; }
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $GD_TOKEN" "http://127.0.0.1:$floor_port$path")
  [ "$code" = 200 ] || { echo "The floor answered $code to $path" >&2; exit 1; }
  run "$app_port" "$auth" "$path" 5s "$app_pid" >/dev/null
  run "$floor_port" token "$path" 5s "$floor_pid" >/dev/null
done

results="$work/results.tsv"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
for e in "${endpoints[@]}"; do
  IFS='|' read -r name path auth <<<"$e"
  echo "Measuring $name ($duration, $connections connections)..."
  app=$(run "$app_port" "$auth" "$path" "$duration" "$app_pid")
  floor=$(run "$floor_port" token "$path" "$duration" "$floor_pid")
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$path" "$auth" "$app" "$floor" >>"$results"
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
app_hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$app_pid/status")

report_args=(load-report "$results" --app-peak-kb "$app_hwm" --load "$load_start → $load_end" --wrk "wrk -t$threads -c$connections -d$duration"
  --generated "$GD_GENERATED_SECONDS" --rows "$GD_ROWS")
[ "$docs" = 1 ] || report_args+=(--no-docs)
dotnet run -c Release --no-build --project $bench -- "${report_args[@]}"
