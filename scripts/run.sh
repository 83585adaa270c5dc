#!/usr/bin/env bash
# Entry point of `npm start`, `npm test` and `npm run bench`: same Node and packages everywhere.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
what="${1:-}"; shift || true
case "$what" in
  start) exec node --import tsx scripts/start.ts "$@" ;;
  test)  exec node --import tsx scripts/test.ts "$@" ;;
  bench) exec node --import tsx bench/run.ts "$@" ;;
  exec)  exec "$@" ;;
  *) echo "usage: scripts/run.sh start|test|bench|exec CMD…" >&2; exit 2 ;;
esac
