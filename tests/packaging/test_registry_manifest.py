"""server.json, the MCP Registry entry: in step with pyproject.toml, the settings and the README."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from jobmojito_mcp.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SERVER = json.loads((ROOT / "server.json").read_text())
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def test_the_registry_entry_has_the_package_version_and_name_from_pyproject():
    [package] = SERVER["packages"]

    assert SERVER["version"] == PROJECT["version"]
    assert package["version"] == PROJECT["version"]
    assert package["identifier"] == PROJECT["name"]
    assert package["registryType"] == "pypi"
    assert package["registryBaseUrl"] == "https://pypi.org"
    assert package["transport"] == {"type": "stdio"}


def test_the_registry_entry_keeps_to_the_registry_limits():
    assert re.fullmatch(r"io\.github\.[A-Za-z0-9-]+/jobmojito-mcp", SERVER["name"])
    assert 1 <= len(SERVER["description"]) <= 100
    schema = (
        r"https://static\.modelcontextprotocol\.io/schemas/\d{4}-\d\d-\d\d/server\.schema\.json"
    )
    assert re.fullmatch(schema, SERVER["$schema"])


def test_every_environment_variable_it_lists_is_a_setting_the_server_reads():
    [package] = SERVER["packages"]
    settings = {f"JOBMOJITO_{name.upper()}" for name in Settings.model_fields}

    names = [variable["name"] for variable in package["environmentVariables"]]
    secret = [v["name"] for v in package["environmentVariables"] if v.get("isSecret")]

    assert set(names) <= settings
    assert len(names) == len(set(names))
    assert secret == ["JOBMOJITO_API_TOKEN"]
    for variable in package["environmentVariables"]:
        assert variable["description"]
        if variable.get("format") == "boolean":
            assert variable.get("default") in ("true", "false")


def test_the_readme_carries_the_registry_name_that_proves_the_package_is_ours():
    # The registry checks a PyPI package's description for this marker before listing it.
    readme = (ROOT / "README.md").read_text()

    assert f"<!-- mcp-name: {SERVER['name']} -->" in readme
