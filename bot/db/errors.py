"""The store's error (the engine's own errors are in :mod:`summarizer.errors`)."""
from __future__ import annotations

from summarizer.errors import DigestbotError


class StoreError(DigestbotError):
    """The store cannot be opened or written (nothing is lost: the transaction rolled back)."""
