"""The README stays true to the code: every tool, every setting, the CI's test command."""

from pathlib import Path

from jobmojito_mcp.settings import Settings
from jobmojito_mcp.tools.catalog import TOOLS

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_tool_is_listed_with_its_description():
    for spec in TOOLS:
        assert f"`{spec.name}`" in README and spec.description in README, spec.name


def test_every_setting_is_in_the_settings_table():
    for name in Settings.model_fields:
        assert f"`JOBMOJITO_{name.upper()}`" in README, name


def test_ci_runs_the_readme_test_command_as_written():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = next(
        line
        for line in README.splitlines()
        if line.startswith("python3 -m venv") and "pytest" in line
    )
    assert test_command in ci.splitlines()
