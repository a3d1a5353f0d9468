#!/usr/bin/env bash
# One entry point for a fresh machine with only Python 3.11+:
#   ./dev.sh run    sets up .venv if needed, then starts the bot
#                   (Telegram with TELEGRAM_BOT_TOKEN, otherwise the console chat)
#   ./dev.sh test   sets up .venv if needed, then runs the whole test suite, in parallel
#                   (pytest-xdist, one worker per core; TEST_WORKERS=n to choose; a single test
#                   id, -n or -p no:xdist runs as given)
set -euo pipefail
cd "$(dirname "$0")"
PY="${PYTHON:-python3}"
VENV="${VENV_DIR:-.venv}"
STAMP="$VENV/.installed-$(sha1sum pyproject.toml | cut -c1-12)"

setup() {
    if [ ! -x "$VENV/bin/python" ]; then
        "$PY" -m venv "$VENV"
    fi
    if [ ! -f "$STAMP" ]; then
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
        "$VENV/bin/python" -m pip install --quiet -e ".[dev]"
        rm -f "$VENV"/.installed-*
        touch "$STAMP"
    fi
}

parallel() {
    for arg in "$@"; do
        case "$arg" in
            -n|-n*|--numprocesses*|no:xdist|-pno:xdist|*::*) return ;;
        esac
    done
    echo "-n ${TEST_WORKERS:-auto} --dist worksteal"
}

cmd="${1:-run}"
shift || true
case "$cmd" in
    run)  setup; exec "$VENV/bin/python" -m bot "$@" ;;
    test) setup; exec "$VENV/bin/python" -m pytest $(parallel "$@") "$@" ;;
    *)    echo "usage: ./dev.sh run|test [args...]" >&2; exit 2 ;;
esac
