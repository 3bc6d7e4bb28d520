#!/usr/bin/env bash
# Installs what this repo needs on a fresh machine with only Node and npm:
# the pinned pnpm, the locked dependencies and, with --browser, Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.21.0

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "bootstrap: installing pnpm@$PNPM_VERSION"
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION"
fi

pnpm install --frozen-lockfile

if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "bootstrap: installing Debian's chromium"
  sudo_cmd=""
  if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
