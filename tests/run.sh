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

# Real servers the tests start themselves: PostgreSQL (tests/conftest.py), Dovecot IMAP, and
# headless Chromium for the review pages. Debian packages, installed once.
need=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
[ -x /usr/sbin/dovecot ] || need+=(dovecot-imapd)
[ -x /usr/bin/chromium ] || need+=(chromium chromium-driver)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ "${#need[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    # The packaged services must not start on their own: the tests start private instances.
    made_policy=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=1
    fi
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"; } \
      >/dev/null 2>&1 || echo "tests/run.sh: could not install ${need[*]}; their tests will fail" >&2
    [ "$made_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d
  else
    echo "tests/run.sh: missing ${need[*]} (apt-get install -y ${need[*]}); their tests will fail" >&2
  fi
fi

# Microsoft's add-in manifest converter (npm), for the manifest schema test (tests/addin/test_manifest.py).
NODE_PREFIX="${MAILGUARD_NODE_PREFIX:-$VENV/node}"
if [ ! -x "$NODE_PREFIX/node_modules/.bin/office-addin-manifest-converter" ]; then
  npm install --silent --prefix "$NODE_PREFIX" --no-audit --no-fund office-addin-manifest-converter@0.4.1 >/dev/null 2>&1 \
    || echo "tests/run.sh: could not install office-addin-manifest-converter; the manifest test will fail" >&2
fi
export MAILGUARD_NODE_PREFIX="$(cd "$NODE_PREFIX" 2>/dev/null && pwd || echo "$NODE_PREFIX")"

# Packs: schema, quotes and every .test.yaml case.
"$VENV/bin/mailguard" packs check
# Everything else.
exec "$VENV/bin/python" -m pytest "$@"
