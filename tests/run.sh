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

# PostgreSQL server binaries: the db fixtures start their own throwaway server (tests/conftest.py).
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null 2>&1 \
      || echo "tests/run.sh: could not install postgresql; the PostgreSQL tests will fail" >&2
  else
    echo "tests/run.sh: PostgreSQL is not installed (apt-get install -y postgresql); its tests will fail" >&2
  fi
fi

# Packs: schema, quotes and every .test.yaml case.
"$VENV/bin/mailguard" packs check
# Everything else.
exec "$VENV/bin/python" -m pytest "$@"
