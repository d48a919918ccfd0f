"""Pydantic's wrong-type errors, worded from one table (model/errors.py ``_TYPES``)."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import BaseModel, ValidationError

from bhxh_plan import codes
from bhxh_plan.io.loader import load_bytes
from bhxh_plan.model.errors import problems_from_error


class _Inner(BaseModel):
    a: int = 0


class _Sample(BaseModel):
    n: int = 0
    x: float = 0.0
    flag: bool = False
    day: dt.date = dt.date(2023, 1, 1)
    items: list[int] = []
    table: dict[str, int] = {}
    inner: _Inner = _Inner()


@pytest.mark.parametrize(
    ("text", "message", "hint"),
    [
        ("n: abc", "cần số nguyên, nhưng gặp văn bản", "ghi số nguyên"),
        ("n: 1.5", "cần số nguyên, nhưng gặp số thập phân", "ghi số nguyên"),
        ("n: [1]", "cần số nguyên, nhưng gặp danh sách", "ghi số nguyên"),
        ("x: [1]", "cần số, nhưng gặp danh sách", ""),
        ("flag: [1]", "cần true/false, nhưng gặp danh sách", ""),
        ("day: abc", "cần ngày (NĂM-THÁNG-NGÀY), nhưng gặp văn bản", "dạng NĂM-THÁNG-NGÀY"),
        ("items: 3", "cần danh sách, nhưng gặp số nguyên", ""),
        ("table: 3", "cần bảng khóa: giá trị, nhưng gặp số nguyên", ""),
        ("inner: 3", "cần bảng khóa: giá trị, nhưng gặp số nguyên", ""),
    ],
)
def test_wrong_types_are_worded(text: str, message: str, hint: str) -> None:
    doc = load_bytes(text.encode("utf-8"))
    with pytest.raises(ValidationError) as info:
        _Sample.model_validate(doc.data)
    (problem,) = problems_from_error(info.value, doc, _Sample)
    assert problem.rule == codes.SCHEMA and problem.line == 1
    assert message in problem.message, problem.message
    assert hint in problem.hint and bool(hint) == bool(problem.hint), problem.hint
