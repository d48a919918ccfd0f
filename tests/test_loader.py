"""The loader: YAML 1.2 meanings, positions, and a clear error for every bad input."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest

from bhxh_plan import codes
from bhxh_plan.io.loader import LoadError, load_bytes


def test_yaml_12_meanings() -> None:
    doc = load_bytes(b"a: no\nb: yes\nc: 010\nd: 3.10\ne: 2023-01-10\nf: '3.10'\ng: on\nh: ~\n")
    assert doc.data == {
        "a": "no",
        "b": "yes",
        "c": 10,
        "d": 3.1,
        "e": dt.date(2023, 1, 10),
        "f": "3.10",
        "g": "on",
        "h": None,
    }


def test_positions_and_source_text() -> None:
    doc = load_bytes(b"scenario:\n  - group: x\n    rows:\n      - lead: A\n        code: 3.10\n")
    assert doc.position(("scenario", 0, "rows", 0, "lead")) == (4, 15)
    assert doc.position(("scenario", 0, "rows", 0, "lead"), key=True) == (4, 9)
    assert doc.source_text(("scenario", 0, "rows", 0, "code")) == "3.10"
    # a missing key points at the deepest existing node
    assert doc.position(("scenario", 0, "rows", 0, "nope")) == (4, 9)


def test_bom_is_accepted() -> None:
    assert load_bytes(b"\xef\xbb\xbfa: 1\n").data == {"a": 1}


CASES = [
    ("utf16", "a: Đồng Nai\n".encode("utf-16"), codes.ENCODING, 1, 1, "UTF-16"),
    ("cp1258", "a: Đông Nai\n".encode("cp1258"), codes.ENCODING, 1, 4, "không phải mã UTF-8"),
    ("binary", b"a: 1\n\x00\x01\x02\x03\x04", codes.ENCODING, 2, 1, "nhị phân"),
    (
        "duplicate",
        b"a: 1\nb: 2\na: 3\n",
        codes.DUPLICATE_KEY,
        3,
        1,
        "khóa 'a' bị lặp (đã có ở dòng 1)",
    ),
    ("multi", b"a: 1\n---\nb: 2\n", codes.YAML_SYNTAX, 2, 1, "nhiều tài liệu"),
    ("tab", b"a:\n\tb: 1\n", codes.YAML_SYNTAX, 2, 1, "tab"),
    ("bad date", b"x:\n  d: 2023-02-31\n", codes.BAD_VALUE, 2, 6, "2023-02-31"),
    (
        "python tag",
        b"a: !!python/object/apply:os.system [ls]\n",
        codes.YAML_SYNTAX,
        1,
        4,
        "không được phép",
    ),
    ("custom tag", b"a: !secret x\n", codes.YAML_SYNTAX, 1, 4, "không được phép"),
    ("flow deep", b"a: " + b"[" * 100_000 + b"]" * 100_000, codes.LIMITS, 1, 67, "lồng quá sâu"),
    (
        "block deep",
        b"".join(b" " * i + b"- \n" for i in range(0, 300, 2)),
        codes.LIMITS,
        65,
        129,
        "lồng quá sâu",
    ),
    # 5 MB of flow items would cost seconds and hundreds of MB to compose: refused at the
    # first node past the limit, found by a constant-memory walk
    ("flow many", b"a: [" + b"1," * 300_000 + b"1]", codes.LIMITS, 1, 499_999, "quá nhiều phần tử"),
    (
        "block many",
        b"".join(b"- %d\n" % i for i in range(260_000)),
        codes.LIMITS,
        250_000,
        3,
        "quá nhiều phần tử",
    ),
    # libyaml breaks lines at NEL/LS/PS, YAML 1.2 and our line numbers do not: refused
    ("nel", "a: 1\n# x\u0085y\n".encode(), codes.ENCODING, 2, 4, "ngắt dòng đặc biệt U+0085"),
    ("line sep", 'a: "x\u2028y"\n'.encode(), codes.ENCODING, 1, 6, "U+2028"),
    ("empty", b"", codes.YAML_SYNTAX, 1, 1, "tệp rỗng"),
    ("unclosed", b"a: [1, 2\nb: 3\n", codes.YAML_SYNTAX, 2, 2, "thiếu dấu ',' hoặc ']'"),
    ("colon", b"a: b: c\n", codes.YAML_SYNTAX, 1, 5, "dấu ':'"),
]


@pytest.mark.parametrize(
    ("name", "raw", "code", "line", "col", "text"), CASES, ids=[c[0] for c in CASES]
)
def test_bad_input(name: str, raw: bytes, code: str, line: int, col: int, text: str) -> None:
    with pytest.raises(LoadError) as info:
        load_bytes(raw)
    err = info.value
    assert (err.code, err.line, err.column) == (code, line, col)
    assert text in err.message
    assert unicodedata.is_normalized("NFC", err.message)


def test_alias_bomb() -> None:
    lines = ["a: &a [x,x,x,x,x,x,x,x,x]"]
    for prev, cur in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    with pytest.raises(LoadError) as info:
        load_bytes("\n".join(lines).encode())
    assert info.value.code == codes.LIMITS
    assert "bí danh" in info.value.message


def test_small_aliases_are_fine() -> None:
    doc = load_bytes(b"base: &u [BHXH huyen]\nrow: {partners: *u}\n")
    assert doc.data["row"]["partners"] == ["BHXH huyen"]


@pytest.mark.parametrize(
    ("name", "raw", "code", "line", "col", "text"), CASES, ids=[c[0] for c in CASES]
)
def test_bad_input_through_cli(
    invoke: Any, write: Any, name: str, raw: bytes, code: str, line: int, col: int, text: str
) -> None:
    """Every bad input is a positioned finding with exit code 1, never a traceback."""
    path = write(raw, "bad.yaml")
    res = invoke("validate", str(path))
    assert res.exit_code == 1, res.output
    assert f"bad.yaml:{line}:{col}: lỗi [{code}]" in res.output
    assert text in res.output
    assert "Traceback" not in res.output
