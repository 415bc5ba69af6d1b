#!/usr/bin/env bash
# Install jobmojito-mcp into a new virtual environment, with the versions in constraints.txt.
#
#   scripts/install.sh VENV_DIR [PACKAGE]
#
# PACKAGE is what pip installs: this source tree (the default), a built wheel, or
# "jobmojito-mcp" from PyPI. PYTHON chooses the interpreter (default: python3).
# The Dockerfile's build stage runs this script; so does the test of the scripts.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${1:?usage: scripts/install.sh VENV_DIR [PACKAGE]}"
package="${2:-$here}"

"${PYTHON:-python3}" -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check \
    --constraint "$here/constraints.txt" "$package"
"$venv/bin/jobmojito-mcp" --version
