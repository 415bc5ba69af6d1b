"""The server's settings: one class, read once at start-up from `JOBMOJITO_*` variables."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

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

    @field_validator("toolsets", mode="before")
    @classmethod
    def _split_toolsets(cls, value: object) -> object:
        names = value.split(",") if isinstance(value, str) else value
        if not isinstance(names, list | tuple):
            return value
        names = [str(name).strip().lower() for name in names if str(name).strip()]
        if names == ["all"]:
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

    @field_validator("merchant_id")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value
