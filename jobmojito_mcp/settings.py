"""The server's settings: one class, read once at start-up from `JOBMOJITO_*` variables."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from jobmojito_mcp.api.client import Timeouts
from jobmojito_mcp.tools.catalog import DEFAULT_TOOLSETS, TOOLSETS

DEFAULT_API_URL = "https://cool.jobmojito.com/functions/v1"
DEFAULT_ADMIN_URL = "https://app.jobmojito.com"

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]


class Settings(BaseSettings):
    """Everything the server can be configured with; the README's settings table mirrors it."""

    model_config = SettingsConfigDict(
        env_prefix="JOBMOJITO_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        frozen=True,
    )

    api_token: SecretStr | None = Field(
        default=None, description="JobMojito bearer token: a user's access token or a service key."
    )
    api_url: str = Field(default=DEFAULT_API_URL, description="Base URL of the JobMojito API.")
    admin_url: str = Field(default=DEFAULT_ADMIN_URL, description="Base URL of the admin app.")
    merchant_id: str | None = Field(default=None, description="Default merchant to act for.")
    sandbox: bool = Field(default=False, description="Serve from the embedded sandbox.")
    log_level: LogLevel = Field(default="INFO", description="Log level; logs go to stderr.")
    toolsets: Annotated[tuple[str, ...], NoDecode] = Field(
        default=DEFAULT_TOOLSETS, description="Comma-separated toolsets to offer, or 'all'."
    )
    read_only: bool = Field(default=False, description="Offer only tools that change nothing.")

    transport: Literal["stdio", "sse", "streamable-http"] = Field(
        default="stdio", description="How MCP clients connect."
    )
    host: str = Field(default="127.0.0.1", description="Address the HTTP transports bind.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port of the HTTP transports.")
    stateless: bool = Field(
        default=False, description="Streamable HTTP without sessions, so any replica can answer."
    )
    allowed_hosts: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(), description="Extra Host names the HTTP transports accept (comma-separated)."
    )
    mcp_auth_token: SecretStr | None = Field(
        default=None, description="Bearer token HTTP clients must send to this server."
    )
    keepalive_seconds: float = Field(
        default=15.0, gt=0, description="Seconds between keep-alive comments on idle SSE streams."
    )

    max_result_chars: int = Field(
        default=60_000, ge=2_000, description="Largest tool result, counting every copy sent."
    )
    structured_content: bool = Field(
        default=False,
        description="Also send results as structured content, with output schemas.",
    )
    timeout_read: float = Field(default=30.0, gt=0, description="Seconds for an ordinary call.")
    timeout_long: float = Field(
        default=120.0, gt=0, description="Seconds for reports, uploads and AI generation."
    )
    retry_attempts: int = Field(default=3, ge=1, le=10, description="Tries for a failed read.")

    upload_dir: str | None = Field(
        default=None, description="Folder local file_path uploads may come from (stdio only)."
    )
    max_upload_bytes: int = Field(default=10 * 1024 * 1024, ge=1, description="Largest upload.")
    max_batch_users: int = Field(default=500, ge=1, description="Most users per registration.")
    allow_admin_invites: bool = Field(
        default=False, description="Let invite_users grant administrative roles."
    )

    @field_validator("toolsets", mode="before")
    @classmethod
    def _split_toolsets(cls, value: object) -> object:
        names = value.split(",") if isinstance(value, str) else value
        if not isinstance(names, list | tuple):
            return value
        names = [str(name).strip().lower() for name in names if str(name).strip()]
        if not names:
            raise ValueError(f"name at least one toolset: {', '.join(TOOLSETS)}, or 'all'")
        if "all" in names:
            return TOOLSETS
        unknown = sorted(set(names) - set(TOOLSETS))
        if unknown:
            raise ValueError(
                f"unknown toolset {', '.join(unknown)}; choose from {', '.join(TOOLSETS)} or 'all'"
            )
        return tuple(names)

    @field_validator("api_url", "admin_url")
    @classmethod
    def _strip_trailing_slash(cls, value: str) -> str:
        value = value.strip()
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    def timeouts(self) -> Timeouts:
        """The API client's time budgets from these settings."""
        return Timeouts(read=self.timeout_read, long=self.timeout_long)

    @field_validator("allowed_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(host.strip() for host in value.split(",") if host.strip())
        return value

    @field_validator("api_token", "mcp_auth_token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("merchant_id")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value
