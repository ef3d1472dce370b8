#!/usr/bin/env bash
# Runs every test: unit, integration (real PostgreSQL) and browser (headless Chromium + axe).
#
#   ./test.sh                 all test projects
#   ./test.sh Unit            only projects whose name contains "Unit" (also: Integration, Browser)
#
# Starts a throwaway PostgreSQL cluster on a free port (removed afterwards, even on failure), installs Debian's
# chromium when missing and allowed (root or passwordless sudo), and ends with a line "N passed, N failed, N skipped".
# Exits non-zero when any test fails or no test ran.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
filter=${1:-}

work=$(mktemp -d)
chmod 755 "$work"
results="$work/results"
cleanup() {
  db/local-postgres.sh stop "$work/pg" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A throwaway cluster: fsync off, it is thrown away anyway.
port=$(db/local-postgres.sh free-port) || exit 1
GD_PG_FSYNC=off db/local-postgres.sh start "$work/pg" "$port" || { echo "Could not start PostgreSQL for the tests." >&2; exit 1; }
export GOVERNANCE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Maximum Pool Size=20"
echo "PostgreSQL for tests on 127.0.0.1:$port"

if [ -z "$filter" ] || [[ "Browser" == *"$filter"* ]]; then
  if ! command -v chromium >/dev/null 2>&1; then
    echo "Installing Debian chromium for the browser tests..."
    if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo"; else sudo="none"; fi
    if [ "$sudo" != none ]; then
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
    command -v chromium >/dev/null 2>&1 || { echo "chromium is missing and cannot be installed here; install it (apt-get install chromium)." >&2; exit 1; }
  fi
  (cd tests/GovernanceDialogue.BrowserTests && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
    || { echo "npm ci failed in tests/GovernanceDialogue.BrowserTests (axe-core)." >&2; exit 1; }
fi

echo "Building..."
dotnet build GovernanceDialogue.sln -c Debug -v quiet -nologo -clp:ErrorsOnly || { echo "0 passed, 1 failed"; echo "The build failed." >&2; exit 1; }

status=0
for project in tests/*Tests/*.csproj; do
  name=$(basename "$project" .csproj)
  if [ -n "$filter" ] && [[ "$name" != *"$filter"* ]]; then continue; fi
  echo "== $name"
  dotnet test "$project" --no-build -c Debug -nologo --blame-hang-timeout 10m \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=1
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  p=$(get passed); f=$(get failed); e=$(get error); t=$(get total); x=$(get executed)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0}))
  skipped=$((skipped + ${t:-0} - ${x:-0}))
done
if [ $((passed + failed)) -eq 0 ]; then
  echo "No test ran." >&2
  status=1
fi
[ "$failed" -gt 0 ] && status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
