# Add the server to Claude Code for every project of yours, with the token from your shell.
claude mcp add --scope user --transport stdio \
  --env JOBMOJITO_API_TOKEN="$JOBMOJITO_API_TOKEN" \
  jobmojito -- jobmojito-mcp
