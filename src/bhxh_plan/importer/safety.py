"""Refuse what cannot or should not be opened, before any library parses it.

``.xlsx`` and ``.docx`` files are zip archives of XML parts. Before openpyxl or
python-docx sees one we check: the file's size; that it is a zip at all (an
old binary ``.xls``/``.doc`` and a password-protected file are OLE containers
instead); the number of entries and their declared uncompressed size (zip
bombs: Python's zipfile never returns more than an entry declares, and fails
the CRC check when the data says otherwise); that the main part exists; and
that no XML part declares a DTD (no DTD, no entity expansion; the parts are
parsed with defusedxml). openpyxl itself parses through defusedxml when it is
installed, which it is (a dependency of bhxh-plan).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

MAX_FILE: Final = 50 * 1024 * 1024
MAX_ENTRIES: Final = 5_000
MAX_UNCOMPRESSED: Final = 200 * 1024 * 1024
MAX_PART: Final = 100 * 1024 * 1024
OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAIN_PART: Final = {"xlsx": "xl/workbook.xml", "docx": "word/document.xml"}
# An encrypted OOXML file is an OLE container holding these streams (names in UTF-16LE).
_ENCRYPTED: Final = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))


@dataclass(slots=True)
class Refused(Exception):
    """Why a file cannot be imported: a message key and its arguments."""

    key: str
    args_: dict[str, object] = field(default_factory=dict)
    hint_key: str = ""


@dataclass(frozen=True, slots=True)
class Limits:
    """Size limits (tests lower them to build small bombs)."""

    max_file: int = MAX_FILE
    max_entries: int = MAX_ENTRIES
    max_uncompressed: int = MAX_UNCOMPRESSED
    max_part: int = MAX_PART


def kind_of(path: Path) -> str:
    """``xlsx`` or ``docx`` by the file name; old formats and others are refused."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix == ".docx":
        return "docx"
    if suffix in (".xls", ".doc"):
        raise Refused("import.old_format", {"suffix": suffix}, f"import.old_format.hint{suffix}")
    raise Refused(
        "import.unknown_type", {"suffix": suffix or "(không có)"}, "import.unknown_type.hint"
    )


def check(path: Path, kind: str, limits: Limits = Limits()) -> None:
    """Raise :class:`Refused` unless ``path`` is a sane ``kind`` archive."""
    body = b""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
            if head == OLE_MAGIC:
                body = head + fh.read(min(size, 4 * 1024 * 1024))
    except FileNotFoundError:
        raise Refused("import.not_found", {}, "import.not_found.hint") from None
    except OSError as exc:
        raise Refused("import.unreadable", {"error": exc.strerror or str(exc)}) from None
    if size > limits.max_file:
        raise Refused("import.too_large", {"size": size, "limit": limits.max_file})
    if head == OLE_MAGIC:
        if any(name in body for name in _ENCRYPTED):
            raise Refused("import.encrypted", {}, "import.encrypted.hint")
        raise Refused("import.ole", {"kind": kind}, f"import.old_format.hint.{kind}")
    if not head.startswith(b"PK"):
        raise Refused("import.not_zip", {"kind": kind}, "import.corrupt.hint")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_entries(infos, limits)
            names = {i.filename for i in infos}
            if MAIN_PART[kind] not in names:
                other = next((k for k, part in MAIN_PART.items() if part in names), None)
                if other:
                    raise Refused("import.wrong_kind", {"kind": kind, "other": other})
                raise Refused(
                    "import.no_main_part",
                    {"kind": kind, "part": MAIN_PART[kind]},
                    "import.corrupt.hint",
                )
            _check_xml(zf, infos, parse=kind == "docx")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise Refused("import.corrupt", {"error": str(exc)}, "import.corrupt.hint") from None


def _check_entries(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_entries:
        raise Refused("import.zip_entries", {"count": len(infos), "limit": limits.max_entries})
    total = sum(i.file_size for i in infos)
    if total > limits.max_uncompressed:
        raise Refused("import.zip_size", {"size": total, "limit": limits.max_uncompressed})
    big = next((i for i in infos if i.file_size > limits.max_part), None)
    if big is not None:
        raise Refused("import.zip_size", {"size": big.file_size, "limit": limits.max_part})


def _check_xml(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], *, parse: bool) -> None:
    """No DTD in any XML part; with ``parse``, every part must parse with defusedxml."""
    from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
    from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]

    for info in infos:
        if not info.filename.endswith((".xml", ".rels")):
            continue
        with zf.open(info) as fh:
            data = fh.read() if parse else fh.read(4096)
        if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]:
            raise Refused("import.dtd", {"part": info.filename}, "import.corrupt.hint")
        if parse:
            try:
                fromstring(data, forbid_dtd=True)
            except DefusedXmlException:
                raise Refused(
                    "import.dtd", {"part": info.filename}, "import.corrupt.hint"
                ) from None
            except Exception as exc:  # ParseError: the part is not XML
                raise Refused(
                    "import.corrupt", {"error": f"{info.filename}: {exc}"}, "import.corrupt.hint"
                ) from None
