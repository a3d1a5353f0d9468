#!/usr/bin/env bash
# One entry point for a fresh machine with only Python 3.11+:
#   ./dev.sh run    sets up .venv if needed, then starts the bot
#                   (Telegram with TELEGRAM_BOT_TOKEN, otherwise the console chat)
#   ./dev.sh test   sets up .venv if needed, then runs the whole test suite, in parallel
#                   (pytest-xdist, one worker per core and two more, as tests also wait on real
#                   bot processes; TEST_WORKERS=n to choose; a single test id, -n or
#                   -p no:xdist runs as given)
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
    local cores
    cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
    echo "-n ${TEST_WORKERS:-$((cores + 2))} --dist worksteal"
}

cmd="${1:-run}"
shift || true
case "$cmd" in
    run)  setup; exec "$VENV/bin/python" -m bot "$@" ;;
    # Compiled modules are kept (as on any fresh clone), even where the environment says not
    # to: every worker and every `python -m bot` a test starts would compile them again.
    test) setup; unset PYTHONDONTWRITEBYTECODE
          exec "$VENV/bin/python" -m pytest $(parallel "$@") "$@" ;;
    *)    echo "usage: ./dev.sh run|test [args...]" >&2; exit 2 ;;
esac
