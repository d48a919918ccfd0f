"""Shared helpers of the render tests: fixture plans, payloads, rendering in-process."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from bhxh_plan.render import build_view, render
from bhxh_plan.render.view import PlanView
from bhxh_plan.validate import check_file
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden" / "render"
FIXTURE = GOLDEN / "plan.yaml"
DONG_NAI = ROOT / "examples" / "dong-nai-2023.yaml"

# Plan text that must come out literally in every format.
HYPERLINK = '=HYPERLINK("http://x","x")'
JINJA = "{{ 7*7 }}"
JINJA_BLOCK = '{% include "plan.css" %}'
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
PAYLOADS = (HYPERLINK, JINJA, JINJA_BLOCK, SCRIPT, IMG, "+SUM(1,2)", "@SUM(A1)", "-2+3")


def _q(text: str) -> str:
    """A YAML single-quoted scalar."""
    return "'" + text.replace("'", "''") + "'"


def payload_plan() -> str:
    """The golden fixture with payloads in titles, cells, names, lists and amounts' labels."""
    text = FIXTURE.read_text(encoding="utf-8")
    swaps = {
        "  title: Kế hoạch công tác thông tin, truyền thông năm 2023": f"  title: {_q(JINJA)}",
        "subject: Huyện ủy, UBND huyện": f"subject: {_q(SCRIPT)}",
        "form_text: Báo cáo kết quả": f"form_text: {_q(HYPERLINK)}",
        "frequency: Thường xuyên": f"frequency: {_q('+SUM(1,2)')}",
        "lead: BHXH huyện\n        partners: [Văn phòng Huyện ủy]": (
            f"lead: {_q('@SUM(A1)')}\n        partners: [{_q(JINJA_BLOCK)}, {_q('-2+3')}]"
        ),
        "name: Nguyễn Văn A": f"name: {_q(JINJA)}",
        "coordination: Ký chương trình phối hợp": f"coordination: {_q(IMG)}",
        "recipients: [BHXH tỉnh (để b/c)": f"recipients: [{_q(IMG)}",
        "name: Hội nghị truyền thông,": f"name: {_q(HYPERLINK)},",
        "  - Nâng cao nhận thức": f"  - {_q(SCRIPT)}\n  - Nâng cao nhận thức",
    }
    for old, new in swaps.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def view_of(path: Path) -> PlanView:
    checked = check_file(path)
    assert checked.ok and checked.plan and checked.framework, checked.problems
    return build_view(checked.plan, checked.framework.framework, path)


def rendered(path: Path, fmt: str, template_dir: Path | None = None) -> bytes:
    return render(view_of(path), fmt, template_dir)


def zip_text(data: bytes, member: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(member).decode("utf-8")
