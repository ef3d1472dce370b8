#!/usr/bin/env bash
# Runs GovernanceDialogue on http://localhost:5080 with the demo city.
#
#   ./run.sh            start (first time: create a local PostgreSQL in .local/postgres, migrate, seed the demo city)
#   ./run.sh --reset    throw the local database away first and start from a fresh demo city
#
# Uses ConnectionStrings__Governance when set (then no local cluster is started). Ctrl+C stops the app and the
# local cluster; the data stays for the next run. GD_PG_PORT picks the local cluster's port (default 55433).
set -euo pipefail
cd "$(dirname "$0")"

reset=0
for arg in "$@"; do
  case "$arg" in
    --reset) reset=1 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
data=.local/postgres
app_pid=

cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [ -z "${external_db:-}" ] && db/local-postgres.sh stop "$data" || true
}

if [ -n "${ConnectionStrings__Governance:-}" ]; then
  external_db=1
  [ "$reset" = 1 ] && { echo "--reset only applies to the local cluster; ConnectionStrings__Governance is set." >&2; exit 2; }
  echo "Using the database from ConnectionStrings__Governance."
else
  port=${GD_PG_PORT:-55433}
  if [ "$reset" = 1 ]; then
    db/local-postgres.sh stop "$data"
    rm -rf "$data"
    echo "Local database reset."
  fi
  db/local-postgres.sh start "$data" "$port"
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  db/local-postgres.sh createdb "$port" governance
  export ConnectionStrings__Governance="Host=127.0.0.1;Port=$port;Database=governance;Username=postgres"
  echo "Local PostgreSQL on 127.0.0.1:$port (data in $data)."
fi
trap cleanup EXIT

# Notification e-mails go to a folder you can open (.eml files), unless you configure e-mail yourself.
export Email__Delivery="${Email__Delivery:-PickupDirectory}"
export Email__PickupDirectory="${Email__PickupDirectory:-$PWD/.local/mail}"

echo "Building and starting the app (migrations and the demo city are applied at start-up)..."
dotnet run --project src/GovernanceDialogue.Web --launch-profile http &
app_pid=$!

for _ in $(seq 1 240); do
  if curl -fsS http://localhost:5080/health/live >/dev/null 2>&1; then
    cat <<MSG

  GovernanceDialogue is running.
    Pages:       http://localhost:5080/
    Swagger UI:  http://localhost:5080/swagger
    Health:      http://localhost:5080/health/live  ·  http://localhost:5080/health/ready
    Jobs:        http://localhost:5080/admin/jobs (as admin@solvik.example)
    E-mails:     $Email__PickupDirectory
  Press Ctrl+C to stop (the data stays; ./run.sh --reset starts afresh).

MSG
    break
  fi
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 1
done
wait "$app_pid"
