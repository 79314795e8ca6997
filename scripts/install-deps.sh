#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages EntityDesk needs to build, test and run, if any is missing.
set -euo pipefail

packages=(build-essential cmake ninja-build qt6-base-dev qt6-tools-dev qt6-l10n-tools
          libqt6sql6-sqlite libqt6sql6-psql libgl-dev libsqlite3-dev)
if [ "${1:-}" = "--test" ]; then
    # The tests start a throwaway PostgreSQL server and compare with python3's csv module.
    packages+=(postgresql postgresql-client python3 sqlite3)
fi
if [ "${1:-}" = "--run" ] || [ "${1:-}" = "--test" ]; then
    packages+=(fonts-dejavu-core)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
