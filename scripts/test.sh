#!/usr/bin/env bash
# The test command: installs what is missing, builds, starts a throwaway PostgreSQL server,
# runs every test with ctest against SQLite and PostgreSQL, and stops the server whatever happened.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh" --test
BUILD_DIR=$build "$root/scripts/build.sh"

pgdir=$(mktemp -d /tmp/entitydesk-pg.XXXXXX)
chmod 755 "$pgdir"
trap '"$root/scripts/pg-test-server.sh" stop "$pgdir"' EXIT
ENTITYDESK_TEST_PG=$("$root/scripts/pg-test-server.sh" start "$pgdir")
export ENTITYDESK_TEST_PG
# A PostgreSQL test fails (never skips) when the server is missing.
export ENTITYDESK_REQUIRE_PG=1
echo "PostgreSQL for tests: $ENTITYDESK_TEST_PG"

ctest --test-dir "$build" --output-on-failure -j2 "$@"
