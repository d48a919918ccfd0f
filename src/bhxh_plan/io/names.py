"""File names as text every output can hold.

A POSIX file name is bytes: Python hands undecodable bytes over as lone
surrogates (``\\udcff``), which UTF-8 encoders, JSON readers and Office XML
refuse; control characters (``\\x1b``) are refused by Office XML and rewrite
a terminal. Outputs show such characters as ``\\xNN`` escapes instead, so the
name stays recognisable; the original name is still used to open the file.
"""

from __future__ import annotations

import unicodedata


def _escape(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, as surrogateescape keeps it
        return f"\\x{code - 0xDC00:02x}"
    if 0xD800 <= code <= 0xDFFF:
        return f"\\u{code:04x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def shown(name: str) -> str:
    """``name`` with undecodable bytes and control characters written as ``\\xNN``."""
    if name.isprintable():  # the common case: nothing to do
        return name
    return "".join(_escape(ch) if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in name)
