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

A small workbook can still make openpyxl build an enormous sheet: it creates
one object per cell of every merged range while loading (a 27 KB file merging
``A1:XFD1048576`` asks for 17 billion). So each worksheet is streamed first and
refused when its cells, or the cells its merged ranges cover, pass
:data:`MAX_CELLS`.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from bhxh_plan.i18n import t

MAX_FILE: Final = 50 * 1024 * 1024
MAX_ENTRIES: Final = 5_000
MAX_UNCOMPRESSED: Final = 200 * 1024 * 1024
MAX_PART: Final = 100 * 1024 * 1024
# cells of one table (sheet or Word table) and cells its merged ranges cover; a scenario
# table has a few thousand, and openpyxl spends ~300 bytes on each merged one
MAX_CELLS: Final = 500_000
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


# how to convert an old binary file, by its suffix or by the kind it was named as
_OLD_FORMAT_HINT: Final = {
    ".xls": "import.old_format.hint.xls",
    ".doc": "import.old_format.hint.doc",
    "xlsx": "import.old_format.hint.xlsx",
    "docx": "import.old_format.hint.docx",
}


def kind_of(path: Path) -> str:
    """``xlsx`` or ``docx`` by the file name; old formats and others are refused."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix == ".docx":
        return "docx"
    if suffix in (".xls", ".doc"):
        raise Refused("import.old_format", {"suffix": suffix}, _OLD_FORMAT_HINT[suffix])
    raise Refused(
        "import.unknown_type",
        {"suffix": suffix or t("import.no_suffix")},
        "import.unknown_type.hint",
    )


def check(path: Path, kind: str, limits: Limits = Limits()) -> None:
    """Raise :class:`Refused` unless ``path`` is a sane ``kind`` archive."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise Refused("import.not_found", {}, "import.not_found.hint") from None
    except OSError as exc:
        raise Refused("import.unreadable", {"error": exc.strerror or str(exc)}) from None
    if size > limits.max_file:
        raise Refused("import.too_large", {"size": size, "limit": limits.max_file})
    if head == OLE_MAGIC:
        if _encrypted(path):
            raise Refused("import.encrypted", {}, "import.encrypted.hint")
        raise Refused("import.ole", {"kind": kind}, _OLD_FORMAT_HINT[kind])
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
            if kind == "xlsx":
                _check_sheets(zf, names)
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


def _encrypted(path: Path) -> bool:
    """Whether an OLE container holds the streams of an encrypted OOXML package.

    The names sit in directory entries, which start on 128-byte boundaries
    anywhere in the file (writers often put the directory last), so the whole
    file is read in aligned chunks; its size is already bounded.
    """
    chunk_size = 1024 * 1024  # a multiple of 128: no entry name straddles two chunks
    with path.open("rb") as fh:
        while chunk := fh.read(chunk_size):
            for name in _ENCRYPTED:
                at = chunk.find(name)
                while at != -1:
                    if at % 128 == 0:
                        return True
                    at = chunk.find(name, at + 1)
    return False


def _attr(elem: Any, local: str) -> str:
    """An attribute by its local name, whatever its namespace."""
    for key, value in elem.attrib.items():
        if key == local or key.endswith("}" + local):
            return str(value)
    return ""


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _sheet_parts(zf: zipfile.ZipFile, names: set[str]) -> list[tuple[str, str]]:
    """(sheet name, part) of every worksheet, found the way openpyxl finds them."""
    from defusedxml.ElementTree import fromstring

    rels_part = "xl/_rels/workbook.xml.rels"
    if rels_part not in names:
        return []
    targets = {
        _attr(rel, "Id"): _attr(rel, "Target")
        for rel in fromstring(zf.read(rels_part), forbid_dtd=True)
        if _attr(rel, "Type").endswith("/worksheet")
    }
    out = []
    for sheet in fromstring(zf.read(MAIN_PART["xlsx"]), forbid_dtd=True).iter():
        target = targets.get(_attr(sheet, "id")) if _local(sheet.tag) == "sheet" else None
        if target:
            part = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            part = posixpath.normpath(part)
            if part in names:
                out.append((_attr(sheet, "name"), part))
    return out


def _check_sheets(zf: zipfile.ZipFile, names: set[str]) -> None:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError

    part = MAIN_PART["xlsx"]
    try:
        for sheet, part in _sheet_parts(zf, names):
            _check_sheet(zf, sheet, part)
    except DefusedXmlException:
        raise Refused("import.dtd", {"part": part}, "import.corrupt.hint") from None
    except ParseError as exc:
        raise Refused(
            "import.corrupt", {"error": f"{part}: {exc}"}, "import.corrupt.hint"
        ) from None


def _check_sheet(zf: zipfile.ZipFile, sheet: str, part: str) -> None:
    """Refuse a sheet with more than :data:`MAX_CELLS` cells, or merges covering more."""
    from defusedxml.ElementTree import iterparse

    cells = merged = 0
    parents: list[Any] = []
    with zf.open(part) as fh:
        for event, elem in iterparse(fh, events=("start", "end"), forbid_dtd=True):
            if event == "start":
                parents.append(elem)
                continue
            parents.pop()
            tag = _local(elem.tag)
            if tag in ("c", "row"):
                cells += 1
            elif tag == "mergeCell":
                ref = _attr(elem, "ref")
                merged += _area(ref)
                if merged > MAX_CELLS:
                    raise Refused(
                        "import.merge_too_large",
                        {"sheet": sheet, "ref": ref[:40], "limit": MAX_CELLS},
                        "import.merge_too_large.hint",
                    )
            if cells > MAX_CELLS:
                raise Refused(
                    "import.too_many_cells",
                    {"sheet": sheet, "limit": MAX_CELLS},
                    "import.too_many_cells.hint",
                )
            if parents:  # a finished element is its parent's last child: drop it, memory stays flat
                del parents[-1][-1]


def _area(ref: str) -> int:
    """How many cells the range ``ref`` covers (whole rows or columns count in full)."""
    from openpyxl.utils.cell import range_boundaries  # type: ignore[import-untyped]

    try:
        c1, r1, c2, r2 = range_boundaries(ref)
    except (TypeError, ValueError):
        raise Refused(
            "import.corrupt", {"error": f"mergeCell ref='{ref[:40]}'"}, "import.corrupt.hint"
        ) from None
    width = (c2 or 16384) - (c1 or 1) + 1
    height = (r2 or 1048576) - (r1 or 1) + 1
    return max(width, 1) * max(height, 1)
