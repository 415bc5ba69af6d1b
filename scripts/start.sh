#!/bin/sh
# Start jobmojito-mcp as the container image does: MCP over stdio unless JOBMOJITO_TRANSPORT
# (or a --transport flag) names an HTTP transport, which then listens on every interface.
#
#   scripts/start.sh [FLAGS...]      e.g. --sandbox, or the `check` command
#
# VENV_DIR is the environment scripts/install.sh made (default: /opt/jobmojito-mcp).
# JOBMOJITO_HOST and JOBMOJITO_PORT (default 0.0.0.0 and 8000) choose the HTTP address;
# stdio ignores them. Every other setting is read by the server itself.
set -eu

exec "${VENV_DIR:-/opt/jobmojito-mcp}/bin/jobmojito-mcp" \
    --host "${JOBMOJITO_HOST:-0.0.0.0}" --port "${JOBMOJITO_PORT:-8000}" "$@"
