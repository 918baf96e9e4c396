#!/bin/sh
# Installs the real MCP servers the inventory tests run against, from the npm registry, into
# the build tree (never into the source tree). Versions are pinned to the ones the tests were
# verified with; a stamp file makes a second run a no-op.
set -eu

prefix=${1:?usage: install-mcp-servers.sh BUILD_DIR/mcp-servers}
packages="@modelcontextprotocol/server-filesystem@2026.8.31 @modelcontextprotocol/server-everything@2026.8.31 @modelcontextprotocol/server-memory@2026.8.31"
stamp="$prefix/.installed"

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$packages" ]; then
    exit 0
fi
command -v npm >/dev/null 2>&1 || { echo "install-mcp-servers: npm is not installed (apt-get install npm)" >&2; exit 1; }
mkdir -p "$prefix"
# shellcheck disable=SC2086 # the package list is meant to split into words
npm install --no-audit --no-fund --prefix "$prefix" $packages
for bin in mcp-server-filesystem mcp-server-everything mcp-server-memory; do
    [ -x "$prefix/node_modules/.bin/$bin" ] || { echo "install-mcp-servers: $bin missing after npm install" >&2; exit 1; }
done
printf '%s' "$packages" > "$stamp"
