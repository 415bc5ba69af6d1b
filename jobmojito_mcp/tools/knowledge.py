"""Knowledge-base tools: add a document to a store that interviews can draw on."""

from __future__ import annotations

from typing import Annotated

from mcp.server.mcpserver import Context
from pydantic import Field

from jobmojito_mcp.api.errors import ServerError
from jobmojito_mcp.ids import IdKind
from jobmojito_mcp.tools.call import calling
from jobmojito_mcp.tools.models import Lenient
from jobmojito_mcp.tools.params import MerchantId
from jobmojito_mcp.tools.uploads import FileContent, FileName, FilePath, read_upload

DOCUMENT_TYPES = ("pdf", "docx", "doc", "txt", "md", "html", "htm", "csv", "json")


class UploadedDocument(Lenient):
    knowledge_base_id: str | None = Field(
        None, description="The new document's id (not the store's)."
    )
    knowledge_base_store_id: str | None = None
    file_name: str | None = None
    size_bytes: int | None = None
    notes: list[str] | None = None


async def upload_knowledge_base_document(
    ctx: Context,
    knowledge_base_store_id: Annotated[
        str,
        Field(
            description="An interview's store, from get_interview_definition.",
            max_length=500,
        ),
    ],
    content: FileContent = None,
    file_name: FileName = None,
    file_path: FilePath = None,
    merchant_id: MerchantId = None,
) -> UploadedDocument:
    async with calling(ctx) as call:
        upload = read_upload(
            call.state.settings,
            content=content,
            file_name=file_name,
            file_path=file_path,
            allowed=DOCUMENT_TYPES,
        )
        store = await call.ids.resolve(
            "knowledge_base_store_id",
            knowledge_base_store_id,
            IdKind.KNOWLEDGE_BASE_STORE,
            write=True,
        )
        merchant = await call.ids.resolve_optional("merchant_id", merchant_id, IdKind.MERCHANT)
        try:
            answer = await call.api(
                "upload_knowledge_base_document",
                {"name": upload.name, "file": upload.base64()},
                ids={"knowledge_base_store_id": store.id, "merchant_id": merchant},
            )
        except ServerError as exc:
            # The API reports a store it does not know as a server error, not a 404.
            exc.next_step = (
                f"{exc.next_step} JobMojito answers this way too when knowledge_base_store_id "
                f"({store.id}) is not a store of this account: take it from an interview's "
                "get_interview_definition."
            )
            raise
        document_id = answer.get("knowledge_base_id")
        call.ids.remember(IdKind.KNOWLEDGE_BASE_DOCUMENT, document_id, name=upload.name)
        return UploadedDocument(
            knowledge_base_id=document_id,
            knowledge_base_store_id=store.id,
            file_name=upload.name,
            size_bytes=len(upload.data),
            notes=call.all_notes() or None,
        )


__all__ = ["upload_knowledge_base_document"]
