#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs what it needs, then runs everything.
#   bash tests/run.sh            # everything
#   bash tests/run.sh -k embedded  # extra arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${MAILGUARD_VENV:-.venv}"
PYTHON="${PYTHON:-python3}"

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
log="$(mktemp)"
if ! "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[test]' >"$log" 2>&1; then
  cat "$log" >&2
  echo "tests/run.sh: installing the project failed" >&2
  exit 1
fi
rm -f "$log"

# Packs: schema, quotes and every .test.yaml case.
"$VENV/bin/mailguard" packs check
# Everything else.
exec "$VENV/bin/python" -m pytest "$@"
