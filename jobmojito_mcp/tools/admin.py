"""Account administration tools: invite people to the account.

Roles that grant administrative access are refused unless the operator allows them:
text written by candidates (resumes, answers) reaches the same model that calls these
tools, and must not be able to talk it into handing out access to the account.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from pydantic import BaseModel, ConfigDict, Field, model_validator

from jobmojito_mcp.ids import IdKind
from jobmojito_mcp.ids.arguments import normalize_arguments
from jobmojito_mcp.ids.fields import place_ids
from jobmojito_mcp.tools.batch import BatchSummary, summarize_batch
from jobmojito_mcp.tools.call import Call, calling
from jobmojito_mcp.tools.params import MerchantId
from jobmojito_mcp.tools.rows import shape_row

ADMIN_ROLES = ("merchant_owner", "merchant", "merchant_selection")
InviteType = Literal[
    "user", "mentor", "candidate", "merchant_owner", "merchant", "merchant_selection"
]

_ROW_KEEP = ("email", "type", "result", "candidate_id", "person_id", "reason")


# One person to invite. (No docstring: every schema holding it would repeat it.)
class InvitedUser(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(min_length=3, max_length=320)
    name: str | None = Field(None, max_length=200)
    type: InviteType = Field(
        "user",
        description="user or mentor: coaching portal; candidate: needs interview_id; "
        "merchant*: team members with admin access (if the server allows).",
    )
    interview_id: str | None = Field(
        None, description="Interview or position, for candidates.", max_length=500
    )

    @model_validator(mode="before")
    @classmethod
    def _upstream_names(cls, value: Any) -> Any:
        """Accept the upstream spellings of interview_id (interview_def_set_id, ...)."""
        if not isinstance(value, dict):
            return value
        return normalize_arguments("a user entry", cls.model_fields, value)


async def invite_users(
    ctx: Context,
    users: Annotated[
        list[InvitedUser],
        Field(description="Each gets an email.", min_length=1),
    ],
    message_from_recruiter: Annotated[
        str | None, Field(description="A note added to the invitation email.", max_length=2_000)
    ] = None,
    mojito_language_code: Annotated[
        str | None,
        Field(description="Of new profiles (default 'en').", max_length=8),
    ] = None,
    force_invite: Annotated[
        bool | None,
        Field(description="Email again those invited who never joined."),
    ] = None,
    merchant_id: MerchantId = None,
) -> BatchSummary:
    async with calling(ctx) as call:
        settings = call.state.settings
        if len(users) > settings.max_batch_users:
            raise ToolError(
                f"users: {len(users)} people, over this server's limit of "
                f"{settings.max_batch_users} per call (JOBMOJITO_MAX_BATCH_USERS). "
                "Split them into smaller batches."
            )
        _check_roles(users, allowed=settings.allow_admin_invites)

        entries = await _entries(call, users)
        merchant = await call.ids.resolve_optional("merchant_id", merchant_id, IdKind.MERCHANT)
        request: dict[str, Any] = {
            "users": entries,
            "message_from_recruiter": message_from_recruiter,
            "mojito_language_code": mojito_language_code,
            "force_invite": force_invite,
        }
        answer = await call.api("invite_users", request, ids={"merchant_id": merchant})
        rows = [row for row in answer if isinstance(row, dict)] if isinstance(answer, list) else []
        call.remember("invite", rows)
        shaped = [shape_row("invite", row, _ROW_KEEP, full=False) for row in rows]
        return summarize_batch(rows, "invited", shaped, call.all_notes())


def _check_roles(users: list[InvitedUser], *, allowed: bool) -> None:
    for index, user in enumerate(users):
        if user.type == "candidate" and not user.interview_id:
            raise ToolError(
                f"users[{index}].interview_id: a candidate is invited to an interview; pass "
                "its interview_id (list_interviews), or choose another type."
            )
        if user.type in ADMIN_ROLES and not allowed:
            raise ToolError(
                f"users[{index}].type: {user.type!r} gives administrative access to the "
                "account, and this server does not grant it: text written by candidates "
                "reaches the same assistant that calls this tool, so such invites are off "
                "unless the operator sets JOBMOJITO_ALLOW_ADMIN_INVITES=true. Invite as "
                "'user', 'mentor' or 'candidate', or add team members in the JobMojito app."
            )


async def _entries(call: Call, users: list[InvitedUser]) -> list[dict[str, Any]]:
    """The upstream user entries, each interview checked by the id layer once."""
    resolved: dict[str, str] = {}
    entries: list[dict[str, Any]] = []
    for index, user in enumerate(users):
        entry: dict[str, Any] = {"email": user.email.strip(), "name": user.name, "type": user.type}
        entry = {key: value for key, value in entry.items() if value is not None}
        if user.interview_id is not None:
            key = user.interview_id.strip()
            if key not in resolved:
                argument = f"users[{index}].interview_id"
                found = await call.ids.resolve(argument, key, IdKind.INTERVIEW, write=True)
                resolved[key] = found.id
            place_ids("invite_users", {"users": [entry]}, {"interview_id": resolved[key]})
        entries.append(entry)
    return entries


__all__ = ["invite_users"]
