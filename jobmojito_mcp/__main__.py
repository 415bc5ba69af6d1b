from jobmojito_mcp.cli import main

raise SystemExit(main())
