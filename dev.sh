#!/usr/bin/env bash
# The project's two set-up commands, needing only Python 3.11 and pip (no make):
#   bash dev.sh demo    set up .venv, then dry-run the seed articles (no tokens, throwaway SQLite)
#   bash dev.sh test    set up .venv, then run the whole test suite
#   bash dev.sh check   set up .venv, then lint (ruff), types (mypy) and the whole test suite; its PostgreSQL
#                       half runs only when $DIGESTBOT_TEST_PG_URL names a server
#   bash dev.sh pg CMD  run `bash dev.sh CMD` with a throwaway PostgreSQL server, its half required (what CI
#                       runs as `bash dev.sh pg check`; needs Debian's postgresql package: tests/pg/server.py)
# Also: bash dev.sh bench (benchmarks), bash dev.sh replay (seeds replay scored by ../shared/bench).
set -euo pipefail
cd "$(dirname "$0")"
VENV="${VENV:-.venv}"
PY="$VENV/bin/python"
STAMP="$VENV/.installed"

setup() {
  if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
    python3 -m venv "$VENV"
    "$PY" -m pip install -q --upgrade pip
    "$PY" -m pip install -q -e '.[dev]'
    touch "$STAMP"
  fi
}

case "${1:-}" in
  demo)   setup; "$VENV/bin/digestbot" dry-run seeds/ ;;
  test)   setup; shift; "$PY" -m pytest -q "$@" ;;
  check)  setup; shift
          "$VENV/bin/ruff" check .
          "$VENV/bin/mypy"
          "$PY" -m pytest -q "$@" ;;
  pg)     setup; shift; [ $# -gt 0 ] || { echo "usage: bash dev.sh pg check|test [ARGS]" >&2; exit 2; }
          DIGESTBOT_TEST_PG_REQUIRED=1 python3 tests/pg/server.py run -- bash ./dev.sh "$@" ;;
  bench)  setup; shift; "$PY" benchmarks/run.py "$@" ;;
  replay) setup
          "$VENV/bin/digestbot" replay --jsonl --every article seeds/*.txt > /tmp/seeds.jsonl
          "$PY" ../shared/bench/score_deltas.py ../shared/bench/seeds_gold.json /tmp/seeds.jsonl ;;
  *)      echo "usage: bash dev.sh demo|test|check|pg CMD|bench|replay" >&2; exit 2 ;;
esac
