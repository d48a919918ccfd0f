"""What a requirement rests on sets how severe a finding about it can be."""

from __future__ import annotations

import pytest

from bhxh_plan.model.common import Basis, BasisKind
from bhxh_plan.problems import Severity
from bhxh_plan.rules.base import basis_severity, basis_text

E, W, INF = Severity.ERROR, Severity.WARNING, Severity.INFO


@pytest.mark.parametrize(
    ("basis", "default", "expected"),
    [
        (None, E, W),  # no basis named: a reading, at most a warning
        (Basis(kind=BasisKind.SOURCE, quote="trước ngày 15/01/2023"), E, E),
        (Basis(kind=BasisKind.SOURCE, quote="x", severity=INF), E, INF),
        (Basis(kind=BasisKind.INTERPRETATION, reason="r"), E, W),
        (Basis(kind=BasisKind.INTERPRETATION, reason="r", severity=E), E, W),  # capped
        (Basis(kind=BasisKind.INTERPRETATION, reason="r", severity=INF), E, INF),
        (Basis(kind=BasisKind.INTERPRETATION, reason="r"), INF, INF),
    ],
)
def test_basis_severity(basis: Basis | None, default: Severity, expected: Severity) -> None:
    assert basis_severity(basis, default) is expected


def test_basis_text_says_source_or_reading() -> None:
    assert basis_text(Basis(kind=BasisKind.SOURCE, quote="gửi về")) == "theo văn bản: “gửi về”"
    reading = Basis(kind=BasisKind.INTERPRETATION, reason="cả tháng chứa ngày 1/7")
    assert basis_text(reading) == "diễn giải của khung: cả tháng chứa ngày 1/7"
    assert basis_text(None).startswith("diễn giải của khung")
