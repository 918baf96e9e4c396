#!/usr/bin/env bash
# Installs the Debian 12 packages that Gatehouse needs to build, to run and to be tested.
# It only installs what is missing, so running it again costs a few seconds.
set -euo pipefail

packages=(
    # build
    cmake make g++ pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6sql6-sqlite qtkeychain-qt6-dev libssl-dev libsqlite3-dev
    libsimdjson-dev libxkbcommon-dev
    # run: QtKeychain loads libsecret at run time without depending on it
    libsecret-1-0 openssl fonts-dejavu-core
    # test: real peers and verifiers
    poppler-utils qpdf gnome-keyring dbus-x11 dbus libsecret-tools libnss3-tools
    xvfb xauth imagemagick sqlite3 clang-format
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Node.js runs the MCP servers that the inventory tests talk to; machines that already carry a
# Node.js from elsewhere conflict with Debian's npm, so only install it when npm is missing.
if ! command -v npm >/dev/null 2>&1; then
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends nodejs npm
fi
