"""Hypothesis profiles of the fuzz suite, and a count of the examples generated in this run.

``DIGESTBOT_FUZZ=full`` (CI, ``.ci/run``) loads the ``ci`` profile: over 10,000 generated
inputs in total across the suite; otherwise the ``quick`` profile runs a few dozen per test.
The run's total is printed in pytest's summary (``fuzz: N generated examples``).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

from fuzzkit import COUNTS, FULL, QUICK_EXAMPLES

_COMMON = dict(deadline=None, derandomize=False, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.function_scoped_fixture])
settings.register_profile("quick", max_examples=QUICK_EXAMPLES, **_COMMON)  # type: ignore[arg-type]
settings.register_profile("ci", max_examples=1000, **_COMMON)  # type: ignore[arg-type]
settings.load_profile("ci" if FULL else "quick")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line: how many inputs each fuzz target received."""
    if COUNTS:
        parts = ", ".join(f"{name} {n}" for name, n in sorted(COUNTS.items()))
        terminalreporter.write_line(f"fuzz: {sum(COUNTS.values())} generated examples ({parts})")
