#!/usr/bin/env bash
# Run the whole test suite with all of its output kept in a file, then count the test
# tokens in that file. The expected count is zero: no token the tests configure may reach
# a result, an error text or a log line that the suite prints.
#
# The test tokens are found in the test sources: module-level string constants named
# *TOKEN or *SECRET (16 characters or more, no slash), and every string literal that
# starts with "jm_test_secret_". The suite runs without output capture (-s), with live
# logging at DEBUG and a report line for every test (-rA).
#
# Usage: scripts/scan_for_token.sh [extra pytest arguments]
#   SCAN_OUTPUT=path  keep the suite's output there (default: a temporary file)
#   PYTHON=path       the interpreter (default: .venv/bin/python)
# Exit status: 0 when no token appeared and the suite passed, 1 when a token appeared,
# otherwise pytest's own status.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-.venv/bin/python}
output=${SCAN_OUTPUT:-$(mktemp -t jobmojito-suite-output.XXXXXX)}
tokens=$(mktemp -t jobmojito-test-tokens.XXXXXX)
trap 'rm -f "$tokens"' EXIT

"$python" - >"$tokens" <<'PY'
import ast
import pathlib
import re

NAMED = re.compile(r"(TOKEN|SECRET)$")
found = set()
for path in sorted(pathlib.Path("tests").rglob("*.py")):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
            if (
                isinstance(target, ast.Name)
                and NAMED.search(target.id)
                and isinstance(value, ast.Constant)
                and isinstance(value.value, str)
                and len(value.value) >= 16
                and "/" not in value.value
            ):
                found.add(value.value)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value.startswith("jm_test_secret_"):
                found.add(node.value)
print("\n".join(sorted(found)))
PY

count=$(grep -c . "$tokens" || true)
echo "scanning for $count test tokens; suite output: $output"

set +e
"$python" -m pytest -s -rA -p no:cacheprovider -o log_cli=true -o log_cli_level=DEBUG "$@" \
    >"$output" 2>&1
suite=$?
set -e
echo "suite exit status: $suite; $(wc -l <"$output") lines of output"

appeared=0
while IFS= read -r token; do
    [ -n "$token" ] || continue
    hits=$(grep -cF -- "$token" "$output" || true)
    echo "  ${token:0:12}... (${#token} characters): $hits lines"
    appeared=$((appeared + hits))
done <"$tokens"

if [ "$appeared" -gt 0 ]; then
    echo "a test token appeared in the suite's output on $appeared lines"
    exit 1
fi
echo "no test token appeared in the suite's output"
exit "$suite"
