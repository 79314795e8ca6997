#!/usr/bin/env bash
# Installs what is missing, builds, and opens EntityDesk on the embedded demo store.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" --run
"$root/scripts/build.sh"
exec "$root/build/app/entitydesk" "$@"
