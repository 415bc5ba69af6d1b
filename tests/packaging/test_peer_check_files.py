"""The files scripts/peer_checks.sh runs from: pinned npm packages and the conformance baseline."""

from __future__ import annotations

import json
import re
from pathlib import Path

PEERS = Path(__file__).resolve().parents[2] / "peers"
PACKAGES = ("@modelcontextprotocol/inspector", "@modelcontextprotocol/conformance")


def test_both_npm_packages_are_pinned_to_one_version_in_the_manifest_and_the_lock():
    manifest = json.loads((PEERS / "package.json").read_text())["devDependencies"]
    lock = json.loads((PEERS / "package-lock.json").read_text())["packages"]

    for name in PACKAGES:
        assert re.fullmatch(r"\d+\.\d+\.\d+", manifest[name]), manifest[name]
        assert lock[f"node_modules/{name}"]["version"] == manifest[name]
    assert lock[""]["devDependencies"] == manifest


def test_every_expected_conformance_failure_says_why_in_one_line():
    lines = (PEERS / "conformance-baseline.yml").read_text().splitlines()
    entries = [line for line in lines if line.lstrip().startswith("- ")]

    assert "server:" in lines
    assert entries
    names = []
    for entry in entries:
        match = re.fullmatch(r"  - ([a-z0-9-]+) # (\S.{10,})", entry)
        assert match, entry
        names.append(match.group(1))
    assert len(names) == len(set(names))
