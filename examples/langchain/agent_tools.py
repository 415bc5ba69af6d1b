"""JobMojito's tools as LangChain tools, called the way an agent calls them.

    python agent_tools.py                          # starts `jobmojito-mcp --sandbox` over stdio
    python agent_tools.py http://127.0.0.1:8000/mcp  # a server already serving Streamable HTTP

No language model is involved: each step hands a tool the same tool call a model would
produce, and prints the ToolMessage the agent would get back. Point it at a real account by
removing --sandbox from SERVER and setting JOBMOJITO_API_TOKEN.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from typing import Any

from langchain_core.messages import ToolMessage
from langchain_core.tools import BaseTool
from langchain_mcp_adapters.client import MultiServerMCPClient
from langchain_mcp_adapters.tools import load_mcp_tools

SERVER = ["jobmojito-mcp", "--sandbox", "--log-level", "WARNING"]


def connection(url: str | None) -> dict[str, Any]:
    """How LangChain reaches the server: a stdio subprocess, or a Streamable HTTP URL."""
    if url:
        headers = {}
        if os.environ.get("JOBMOJITO_MCP_AUTH_TOKEN"):
            headers["Authorization"] = f"Bearer {os.environ['JOBMOJITO_MCP_AUTH_TOKEN']}"
        return {"transport": "streamable_http", "url": url, "headers": headers}
    # A stdio server inherits only a few of this process's variables (PATH, HOME, ...), so
    # the token is passed on by name.
    token = os.environ.get("JOBMOJITO_API_TOKEN")
    env = {"JOBMOJITO_API_TOKEN": token} if token else None
    return {"transport": "stdio", "command": SERVER[0], "args": SERVER[1:], "env": env}


async def call(tools: dict[str, BaseTool], name: str, args: dict[str, Any]) -> ToolMessage:
    """Run one tool call as an agent loop would, and print what comes back."""
    tool_call = {"type": "tool_call", "id": f"call-{name}", "name": name, "args": args}
    message = await tools[name].ainvoke(tool_call)
    assert isinstance(message, ToolMessage)
    print(f"\n{name}({args}) -> {message.status}")
    return message


def text_of(message: ToolMessage) -> str:
    """The text of a ToolMessage, whose content is a string or a list of content blocks."""
    blocks = message.content if isinstance(message.content, list) else [message.content]
    return "".join(b if isinstance(b, str) else b.get("text", "") for b in blocks)


def result(message: ToolMessage) -> dict[str, Any]:
    """A successful tool result as a dict, list tables turned back into one dict per row.

    The server sends each result as compact JSON text; a list's rows come as a table (column
    names once, then one array per row), which this reads back into dicts.
    """
    assert message.status == "success", text_of(message)
    data = json.loads(text_of(message))
    for key, value in data.items():
        if isinstance(value, dict) and set(value) == {"columns", "rows"}:
            data[key] = [dict(zip(value["columns"], row, strict=True)) for row in value["rows"]]
    return data


async def main(url: str | None) -> None:
    client = MultiServerMCPClient({"jobmojito": connection(url)})
    # One session for every call: the server remembers the ids it has returned within a
    # session, which is what lets it correct a mixed-up id below.
    async with client.session("jobmojito") as session:
        tools = {tool.name: tool for tool in await load_mcp_tools(session)}
        print(f"{len(tools)} JobMojito tools loaded as LangChain tools")

        interviews = result(await call(tools, "list_interviews", {"limit": 3}))
        for row in interviews["interviews"]:
            print(f"  {row['name']}  ({row['interview_id']})")

        results = result(
            await call(
                tools, "list_interview_results", {"tab": "completed", "limit": 3, "fields": "full"}
            )
        )
        row = next(r for r in results["results"] if r.get("interview_result_id"))

        # A row's own id where the result's id belongs: the server puts the right one in.
        details = result(
            await call(
                tools,
                "get_interview_result_details",
                {"interview_result_id": row["id"], "view": "summary"},
            )
        )
        assert details["interview_result_id"] == row["interview_result_id"]
        for note in details.get("notes") or ():
            print(f"  note: {note}")

        link = result(
            await call(
                tools, "build_admin_link", {"interview_result_id": details["interview_result_id"]}
            )
        )
        print(f"  {link['markdown']}")

        refused = await call(tools, "get_interview_definition", {"interview_id": "no such one"})
        assert refused.status == "error"
        print(f"  {text_of(refused)}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else None))
