"""How well ``import`` maps the form cells of the Đồng Nai khung kịch bản to the framework's forms.

Each row of the table counts as *right* (mapped to a form a reviewer accepts, per the
hand-made ``tests/data/seed004-forms.yaml``), *wrong* (mapped to another form) or *open*
(left for the office with "có phải …?" and a ``<<ĐIỀN…>>`` mark). A wrong mapping is worse
than an open one: the office may never look again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.framework import load_framework
from bhxh_plan.importer.match import Matcher
from bhxh_plan.io.loader import load_file
from bhxh_plan.validate import check_file
from tests.seed004_table import ROWS, build_docx, build_xlsx

Invoke = Callable[..., Any]
EXPECTED: list[dict[str, Any]] = load_file(
    Path(__file__).parent / "data" / "seed004-forms.yaml"
).data["rows"]
_FORM_LINE = re.compile(r"^\s+(?:- )?form: (\S+)(\s+# <<ĐIỀN)?", re.MULTILINE)
RIGHT_FLOOR = 28  # 31 of 43 at the time of writing; 0 before (one wording was the name)


def _outcomes(plan_path: Path) -> list[tuple[str, str]]:
    """(outcome, form id) per row of the imported plan, in the table's order."""
    checked = check_file(plan_path)
    assert checked.ok, [p.message for p in checked.problems]
    text = plan_path.read_text(encoding="utf-8")
    scenario = text[text.index("\nscenario:") :]
    scenario = re.split(r"\n(?=[^\s#])", scenario[1:], maxsplit=1)[0]  # up to the next key
    found = _FORM_LINE.findall(scenario)
    assert len(found) == len(EXPECTED)
    out = []
    for (ident, mark), expected in zip(found, EXPECTED, strict=True):
        if mark:
            out.append(("open", ident))
        else:
            out.append(("right" if ident in expected["accept"] else "wrong", ident))
    return out


def test_expected_mapping_follows_the_table() -> None:
    assert [e["form"] for e in EXPECTED] == [row[1] for row in ROWS]
    fw = load_framework("vss-2023").framework
    ids = {f.id for f in fw.forms}
    assert all(set(e["accept"]) <= ids for e in EXPECTED)


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
def test_seed_forms_are_matched_without_a_wrong_guess(
    invoke: Invoke, tmp_path: Path, kind: str
) -> None:
    build = build_xlsx if kind == "xlsx" else build_docx
    src = build(tmp_path / f"khung.{kind}")
    out = tmp_path / "plan.yaml"
    result = invoke("import", str(src), "-o", str(out))
    assert result.exit_code == 0, result.output
    outcomes = _outcomes(out)
    counts = Counter(o for o, _ in outcomes)
    wrong = [(EXPECTED[i]["form"], f) for i, (o, f) in enumerate(outcomes) if o == "wrong"]
    assert wrong == []
    assert counts["right"] >= RIGHT_FLOOR, counts
    # rows no form fits stay open
    assert all(o == "open" for (o, _), e in zip(outcomes, EXPECTED, strict=True) if not e["accept"])


def test_report_to_the_party_committee_is_not_the_charity_topic() -> None:
    m = Matcher.of(load_framework("vss-2023").framework)
    match = m.form("Báo cáo kết quả để tranh thủ sự lãnh đạo, chỉ đạo về BHXH, BHYT")
    assert match.ident == "tham-muu-cap-uy"
    assert "cd-thien-nguyen" not in match.suggestions


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # open, but the first suggestion (the provisional pick) is a sensible one
        ("Truyền thông qua hội nghị", "hoi-nghi-nhom-nho"),
        ("Nhắn tin, gọi điện tư vấn", "ho-tro-tu-van"),
    ],
)
def test_weak_evidence_stays_open_with_good_suggestions(text: str, first: str) -> None:
    m = Matcher.of(load_framework("vss-2023").framework)
    match = m.form(text)
    assert match.ident is None
    assert match.suggestions[0] == first


@pytest.mark.parametrize(
    "text",
    [
        "Truyền thông lồng ghép",  # says nothing about which form
        "Lồng ghép trong các cuộc thanh tra, kiểm tra, giám sát việc thực hiện BHXH, BHYT",
        "Gặp mặt báo chí",
    ],
)
def test_vague_wording_is_never_guessed(text: str) -> None:
    m = Matcher.of(load_framework("vss-2023").framework)
    assert m.form(text).ident is None


def test_aliases_match_exactly() -> None:
    m = Matcher.of(load_framework("vss-2023").framework)
    assert m.form("hội nghị truyền thông").ident == "hoi-nghi-nhom-nho"
    assert m.form("Mạng xã hội").ident == "mang-xa-hoi"
