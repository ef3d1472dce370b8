#!/usr/bin/env bash
# Production migration artefacts (see README "Operations"):
#
#   db/migrations.sh script [file]   an idempotent SQL script (default artifacts/migrate.sql): safe to run on any version
#   db/migrations.sh bundle [file]   a self-contained executable (default artifacts/efbundle); run it with
#                                    --connection "<connection string>"
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts
dotnet tool restore >/dev/null
ef=(dotnet ef --project db/GovernanceDialogue.Migrations --startup-project db/GovernanceDialogue.Migrations --configuration Release)
case "${1:-}" in
  script) "${ef[@]}" migrations script --idempotent -o "${2:-artifacts/migrate.sql}" ;;
  bundle) "${ef[@]}" migrations bundle --self-contained -r linux-x64 --force -o "${2:-artifacts/efbundle}" ;;
  *) sed -n '2,7p' "$0"; exit 2 ;;
esac
