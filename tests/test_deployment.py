"""The scaled deployment's files (Dockerfile, compose.yaml) name commands and paths that exist.

No Docker engine runs here, so the image is not built in the tests; these checks catch the
drift that breaks a deployment silently: a renamed subcommand, an option that no longer
exists, a copied folder that moved, a port the processes do not serve.
"""
from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from bot.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> list[list[str]]:
    """Every process command of the deployment: compose's ``command:`` lists and the image's CMD."""
    compose = (ROOT / "compose.yaml").read_text(encoding="utf-8")
    found = [json.loads(m) for m in re.findall(r"^\s+command:\s*(\[.*\])\s*$", compose, re.M)]
    cmd = re.search(r"^CMD\s+(\[.*\])\s*$", (ROOT / "Dockerfile").read_text(encoding="utf-8"), re.M)
    assert cmd is not None
    return found + [json.loads(cmd.group(1))]


def test_compose_runs_the_front_ends_and_the_workers() -> None:
    commands = _commands()
    assert ["digestbot", "web"] in commands
    assert any(c[:2] == ["digestbot", "worker"] for c in commands)


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c))
def test_every_deployment_command_parses(command: list[str]) -> None:
    assert command[0] == "digestbot"
    args = build_parser().parse_args(command[1:])  # argparse exits (SystemExit) on an unknown command/option
    assert callable(args.func)


def test_the_image_copies_what_the_package_needs() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    copied = [part for line in re.findall(r"^COPY\s+(.+)$", dockerfile, re.M) for part in shlex.split(line)[:-1]]
    assert {"pyproject.toml", "bot", "summarizer"} <= set(copied)
    assert all((ROOT / p).exists() for p in copied), copied
    assert "'.[postgres]'" in dockerfile  # the workers need psycopg and procrastinate


def test_the_health_port_the_image_probes_is_the_one_it_configures() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    port = re.search(r"DIGESTBOT_HEALTH_PORT=(\d+)", dockerfile)
    assert port is not None and f"127.0.0.1:{port.group(1)}/health" in dockerfile
