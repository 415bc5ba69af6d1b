"""The tools: thin functions, each an input model, an id-layer-checked call and a shaped result.

`catalog` is the curated table of names, descriptions and hints; each other module holds
one area's implementations.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

_MODULES = (
    "interviews",
    "interview_writes",
    "interview_links",
    "results",
    "candidates",
    "account",
    "catalogue",
    "knowledge",
    "prescreening",
    "admin",
    "idtools",
)


def implementations() -> dict[str, Callable[..., Any]]:
    """Every tool function by name, gathered from the area modules."""
    found: dict[str, Callable[..., Any]] = {}
    for module_name in _MODULES:
        module = import_module(f"{__name__}.{module_name}")
        for name in getattr(module, "__all__", ()):
            found[name] = getattr(module, name)
    return found
