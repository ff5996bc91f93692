#!/usr/bin/env bash
# Gets what the browser test and the audit need, for CI and developers alike:
# Debian's chromium (playwright-core drives it; it never downloads a browser)
# and this folder's npm packages from package-lock.json.
# Idempotent and quick when both are already there.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
packages=()
# fonts-liberation is only a Recommends of chromium; it gives pages (and screenshots) readable fonts.
[[ -x "$chromium_path" ]] || packages+=(chromium fonts-liberation)
command -v npm >/dev/null || packages+=(nodejs npm)

if ((${#packages[@]})); then
  if ! command -v apt-get >/dev/null; then
    echo "install.sh: missing ${packages[*]} and no apt-get to install them (Debian's chromium at $chromium_path, Node.js 18+ with npm)" >&2
    exit 1
  fi
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
  echo "install.sh: installing ${packages[*]} (apt-get)"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# npm ci wipes node_modules, so only run it when the lock file changed since the
# last install (npm keeps a copy of what it installed in node_modules/.package-lock.json).
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "install.sh: npm ci in tests/e2e"
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "install.sh: ready ($("$chromium_path" --version 2>/dev/null || echo "$chromium_path"), node $(node --version))"
