"""Plan text made safe for an XML file or a terminal: the one filter every output uses.

YAML lets a plan carry any character through escapes (``"\\e]0;x\\a"``, ``"\\uFFFE"``).
XML 1.0 cannot hold most C0 controls, U+FFFE or U+FFFF (lxml refuses them and a
hand-written file is not well-formed), and a terminal obeys ESC, OSC and C1
sequences. So:

- :func:`xml_text` — for docx, xlsx, JUnit, SARIF, HTML, Markdown files and iCalendar:
  every control character except tab and line feed (and U+FFFE, U+FFFF, lone
  surrogates) becomes U+FFFD; CR and CRLF become LF. Replacing rather than
  deleting follows Unicode TR #36 (3.5): deleting can join the pieces around it
  into something new, and it would hide a change that only touched such a
  character (a comparison table showing "old" and "new" as the same text). The
  reader sees that something was there and can fix the plan.
- :func:`terminal_text` — for text written to a terminal or CI log: the same
  characters (and CR) are shown as visible ``\\x1b``-style escapes, the spelling a
  YAML double-quoted string uses, so the author can find them in the file.
  Only ``\\n`` and ``\\t`` pass through.
- :func:`shown` — for file names in any output: a POSIX name is bytes, and Python
  hands undecodable bytes over as lone surrogates (``\\udcff``) that UTF-8
  encoders, JSON readers and Office XML refuse; they and control characters are
  written as ``\\xNN``, so the name stays recognisable (the file itself is still
  opened by its real name).

:func:`clean` is plan text as a document stores it (NFC, then :func:`xml_text`), and
:func:`one_line` a multi-line framework name as outputs print it on one line; the
renderer and the importer (which matches the printed names) share them.
"""

from __future__ import annotations

import re
import unicodedata

REPLACEMENT = "\ufffd"

# XML 1.0 ``Char`` excludes C0 but tab/LF/CR, the surrogates, U+FFFE and U+FFFF. DEL
# and C1 are allowed by XML but are terminal controls (U+009B is a one-byte CSI):
# the project's rule is "no control character from plan text in an XML file".
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NOT_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def xml_text(text: str) -> str:
    """``text`` as an XML file can hold it: controls → U+FFFD, CR/CRLF → LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_XML.sub(REPLACEMENT, text)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_text(text: str) -> str:
    """``text`` a terminal shows as written: controls but LF and tab as ``\\x1b`` escapes."""
    return _NOT_TERMINAL.sub(_visible, text)


def _name_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, as surrogateescape keeps it
        return f"\\x{code - 0xDC00:02x}"
    return _visible(match)


_NOT_NAME = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def shown(name: str) -> str:
    """File ``name`` fit for every output: undecodable bytes and controls as ``\\xNN``."""
    if name.isprintable():  # the common case: nothing to do
        return name
    return _NOT_NAME.sub(_name_escape, name)


def clean(text: str | None) -> str:
    """Plan text as stored in a document: NFC, CRLF → LF, controls → U+FFFD (``xml_text``)."""
    if not text:
        return ""
    return xml_text(unicodedata.normalize("NFC", text))


def one_line(text: str) -> str:
    """A framework name that spans lines ("… thông qua:\\n+ Hội nghị …\\n+ Lễ …") on one line.

    The first line keeps its colon; the items follow it joined by "; ".
    """
    lines = [x.strip() for x in clean(text).split("\n") if x.strip()]
    if len(lines) < 2:
        return lines[0] if lines else ""
    items = [x[2:] if x[:2] in ("- ", "+ ") else x for x in lines[1:]]
    head = lines[0] if lines[0].endswith(":") else lines[0] + ":"
    return f"{head} {'; '.join(items)}"
