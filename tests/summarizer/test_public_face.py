"""The engine's public face: every name in ``__all__`` resolves, and ``import summarizer`` stays light."""
from __future__ import annotations

import json
import subprocess
import sys

import summarizer
from fakes import REPO


def test_every_public_name_resolves_to_its_module_object() -> None:
    assert sorted(summarizer.__all__) == sorted(summarizer._HOMES)
    for name in summarizer.__all__:
        value = getattr(summarizer, name)
        assert value is getattr(__import__(f"summarizer.{summarizer._HOMES[name]}", fromlist=[name]), name)


def test_importing_the_package_loads_no_heavy_library() -> None:
    code = "import json, sys, summarizer; print(json.dumps(sorted(m for m in ('sumy', 'nltk', 'trafilatura', "\
           "'numpy') if m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert json.loads(out.stdout) == []


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        summarizer.NoSuchThing  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchThing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")
