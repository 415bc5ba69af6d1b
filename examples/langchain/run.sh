#!/usr/bin/env bash
# Run the LangChain example in its own virtual environment (examples/langchain/.venv), as a
# LangChain user would: `jobmojito-mcp` must be on PATH (CI puts the project's .venv/bin first).
#
#   examples/langchain/run.sh          # over stdio, against the sandbox
#   examples/langchain/run.sh URL      # over Streamable HTTP, against a running server
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"

if [ ! -x "$venv/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$venv"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
PYTHONIOENCODING=utf-8 "$venv/bin/python" "$here/agent_tools.py" "$@"
