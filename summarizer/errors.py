"""Errors the engine raises on purpose. Each carries a one-line message for the user.

    DigestbotError          base: anything digestbot reports as a clear one-line error
    ├── InputError          a file or record cannot be read as an article (skipped, logged)
    │   ├── EmptyInput      nothing usable (empty file, no sentences)
    │   ├── BinaryInput     not text (NUL bytes, undecodable)
    │   └── TooLarge        over the size cap
    └── (bot.db.errors.StoreError: the store cannot be opened or written)
"""
from __future__ import annotations


class DigestbotError(Exception):
    """Base class: ``str(exc)`` is a one-line message fit for a user."""


class InputError(DigestbotError):
    """An input cannot be turned into an article."""


class EmptyInput(InputError):
    """The input holds no usable text."""


class BinaryInput(InputError):
    """The input is not text."""


class TooLarge(InputError):
    """The input exceeds the size cap."""

