#!/usr/bin/env bash
# Install Arize Phoenix into its own virtualenv for tests/telemetry/test_phoenix.py.
#
# Phoenix pins anthropic<2, which conflicts with the project's anthropic 2.x, so it must
# never share the project venv. The test finds this venv through the same variable:
#   PHOENIX_VENV   where to create it (default /tmp/safeguard-phoenix-venv, outside the repo)
#   PHOENIX_PYTHON the interpreter to build it from (default python3.11, then python3)
#   PHOENIX_SPEC   the pip requirement (default arize-phoenix==20.26.1)
set -euo pipefail

venv="${PHOENIX_VENV:-/tmp/safeguard-phoenix-venv}"
spec="${PHOENIX_SPEC:-arize-phoenix==20.26.1}"  # pinned: the test reads its REST API
python="${PHOENIX_PYTHON:-$(command -v python3.11 || command -v python3)}"

started=$(date +%s)
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet "$spec"
# Import check: a broken install must fail here, not half-way through the test.
"$venv/bin/python" -c "import phoenix, importlib.metadata as m; print('arize-phoenix', m.version('arize-phoenix'))"
echo "phoenix venv ready at $venv in $(( $(date +%s) - started )) s"
