#!/usr/bin/env bash
# Set up if needed, then run the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The browser tests drive Debian's Chromium (never a Playwright-downloaded browser): install it when missing.
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing Debian's chromium for the browser tests" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
    || echo "could not install chromium (needs root and apt-get); the browser tests will fail" >&2
fi
exec .venv/bin/python -m pytest "$@"
