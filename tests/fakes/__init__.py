"""The one home of test doubles: fake platform servers, fake services, digest builders."""
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]  # the repository root (seeds/, docs/, bot/)
