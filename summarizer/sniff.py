"""What a file's bytes are: text (decoded, whatever its encoding) or binary data (refused)."""
from __future__ import annotations

import codecs

from summarizer.errors import BinaryInput, EmptyInput

__all__ = ["decode", "looks_binary"]


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (with BOM), else a detected encoding; binary data is refused."""
    if not data.strip():
        raise EmptyInput(f"{name}: empty input")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # UTF-16 text has NULs but is text
        text = data.decode("utf-16", errors="replace")
        if not text.strip():
            raise EmptyInput(f"{name}: empty input")
        if not _looks_textual(text):
            raise BinaryInput(f"{name}: not readable text")
        return text
    if b"\x00" in data[:8192]:
        raise BinaryInput(f"{name}: binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            text = data.decode(best.encoding, errors="replace")
            if _looks_textual(text):
                return text
    except ImportError:  # pragma: no cover - charset_normalizer comes with trafilatura's deps
        pass
    text = data.decode("cp1252", errors="replace")
    if not _looks_textual(text):
        raise BinaryInput(f"{name}: not readable text")
    return text


def _looks_textual(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t") or ch == "\ufffd")
    return bad / len(sample) < 0.05


def looks_binary(head: bytes) -> bool:
    """True when a file's first bytes are not text: many NULs (UTF-16, a binary file) or not UTF-8 at all.

    A stray NUL in one record is that record's problem (it is skipped), not the file's.
    """
    if head.count(b"\x00") > max(1, len(head) // 20):
        return True
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start < len(head) - 4 and b"\x00" in head  # a cut multi-byte character at the end is fine
    return False
