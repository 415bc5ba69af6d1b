"""Knowledge-base uploads: the file rules, then what reaches the API."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import data_of, error_of

pytestmark = pytest.mark.anyio

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
UPLOAD = "/knowledge-base-document-upload"


@pytest.fixture
def upload_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "uploads"
    folder.mkdir()
    return folder


@pytest.fixture
def settings_overrides(upload_dir: Path) -> dict[str, Any]:
    return {"toolsets": "all", "upload_dir": str(upload_dir)}


@asynccontextmanager
async def connected(sandbox: Any, **overrides: Any) -> AsyncIterator[Any]:
    """A client on a server with these settings, for rules the default fixture cannot show."""
    from mcp import Client

    from jobmojito_mcp.server import build_server
    from jobmojito_mcp.settings import Settings

    server = build_server(Settings(sandbox=True, toolsets="all", **overrides), sandbox=sandbox)
    async with Client(server) as client:
        yield client


def store_id(sandbox: Any) -> str:
    store = sandbox.store
    return next(
        kb["id"]
        for kb in store.knowledge_bases.values()
        if kb["merchant_id"] == store.main_merchant_id
    )


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


async def test_base64_content_is_sent_as_the_json_form(client: Any, sandbox: Any) -> None:
    kb = store_id(sandbox)
    data = data_of(
        await client.call_tool(
            "upload_knowledge_base_document",
            {"knowledge_base_store_id": kb, "content": b64(PDF), "file_name": "handbook.pdf"},
        )
    )

    sent = next(w for w in sandbox.writes() if w.path == UPLOAD)
    assert sent.json == {"knowledge_base_store_id": kb, "name": "handbook.pdf", "file": b64(PDF)}
    assert data["knowledge_base_id"] in sandbox.store.documents
    assert data["size_bytes"] == len(PDF)


async def test_a_data_url_with_line_breaks_is_accepted(client: Any, sandbox: Any) -> None:
    encoded = b64(b"# Notes\n\nShift rota and holidays.\n")
    wrapped = "data:text/markdown;base64," + "\n".join(
        encoded[i : i + 10] for i in range(0, len(encoded), 10)
    )
    data_of(
        await client.call_tool(
            "upload_knowledge_base_document",
            {
                "knowledge_base_store_id": store_id(sandbox),
                "content": wrapped,
                "file_name": "notes.md",
            },
        )
    )

    assert sandbox.writes()[-1].json["file"] == encoded


async def test_a_file_inside_the_upload_folder_is_read(
    client: Any, sandbox: Any, upload_dir: Path
) -> None:
    (upload_dir / "policies").mkdir()
    (upload_dir / "policies" / "leave.txt").write_text("Annual leave: 28 days.")

    data = data_of(
        await client.call_tool(
            "upload_knowledge_base_document",
            {"knowledge_base_store_id": store_id(sandbox), "file_path": "policies/leave.txt"},
        )
    )

    assert data["file_name"] == "leave.txt"
    assert sandbox.writes()[-1].json["file"] == b64(b"Annual leave: 28 days.")


@pytest.mark.parametrize("where", ["dotdot", "absolute", "symlink"])
async def test_a_file_path_outside_the_upload_folder_is_refused(
    client: Any, sandbox: Any, upload_dir: Path, tmp_path: Path, where: str
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("not for upload")
    paths = {"dotdot": "../secret.txt", "absolute": str(secret), "symlink": "link.txt"}
    (upload_dir / "link.txt").symlink_to(secret)

    message = error_of(
        await client.call_tool(
            "upload_knowledge_base_document",
            {"knowledge_base_store_id": store_id(sandbox), "file_path": paths[where]},
        )
    )

    assert "outside the upload folder" in message
    assert sandbox.requests == []


async def test_file_path_without_an_upload_folder_says_how_to_set_one(sandbox: Any) -> None:
    async with connected(sandbox) as client:
        message = error_of(
            await client.call_tool(
                "upload_knowledge_base_document",
                {"knowledge_base_store_id": store_id(sandbox), "file_path": "/etc/hostname"},
            )
        )

    assert "JOBMOJITO_UPLOAD_DIR" in message
    assert sandbox.requests == []


async def test_file_path_is_refused_over_http(sandbox: Any, upload_dir: Path) -> None:
    (upload_dir / "a.txt").write_text("text")
    async with connected(
        sandbox, transport="streamable-http", upload_dir=str(upload_dir)
    ) as client:
        message = error_of(
            await client.call_tool(
                "upload_knowledge_base_document",
                {"knowledge_base_store_id": store_id(sandbox), "file_path": "a.txt"},
            )
        )

    assert "content (base64)" in message
    assert sandbox.requests == []


async def test_an_oversize_file_is_refused_with_the_limit(sandbox: Any) -> None:
    async with connected(sandbox, max_upload_bytes=1000) as client:
        message = error_of(
            await client.call_tool(
                "upload_knowledge_base_document",
                {
                    "knowledge_base_store_id": store_id(sandbox),
                    "content": b64(b"x" * 5000),
                    "file_name": "big.txt",
                },
            )
        )

    assert "limit of 1,000 bytes" in message
    assert "JOBMOJITO_MAX_UPLOAD_BYTES" in message
    assert sandbox.requests == []


@pytest.mark.parametrize(
    ("content", "file_name", "expected"),
    [
        (b64(b"MZ\x90\x00"), "tool.exe", "'.exe'"),
        ("not base64!!", "notes.txt", "not valid base64"),
        (b64(b"plain words"), "report.pdf", "not one"),
        (b64(b"words"), None, "file_name"),
    ],
)
async def test_a_wrong_type_or_encoding_is_refused_before_sending(
    client: Any, sandbox: Any, content: str, file_name: str | None, expected: str
) -> None:
    arguments = {"knowledge_base_store_id": store_id(sandbox), "content": content}
    if file_name:
        arguments["file_name"] = file_name
    message = error_of(await client.call_tool("upload_knowledge_base_document", arguments))

    assert expected in message
    assert sandbox.requests == []


async def test_content_and_file_path_together_are_refused(client: Any, sandbox: Any) -> None:
    message = error_of(
        await client.call_tool(
            "upload_knowledge_base_document",
            {
                "knowledge_base_store_id": store_id(sandbox),
                "content": b64(b"x"),
                "file_name": "a.txt",
                "file_path": "a.txt",
            },
        )
    )

    assert "not both" in message


async def test_an_unknown_store_is_named_in_the_server_error(client: Any) -> None:
    unknown = "3f2b8c1e-5a4d-4c2b-9e7f-1a2b3c4d5e6f"
    message = error_of(
        await client.call_tool(
            "upload_knowledge_base_document",
            {"knowledge_base_store_id": unknown, "content": b64(b"x"), "file_name": "a.txt"},
        )
    )

    assert f"knowledge_base_store_id ({unknown}) is not a store" in message
