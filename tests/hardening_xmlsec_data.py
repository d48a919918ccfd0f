"""Plans and a framework whose text carries control characters, as YAML escapes can."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import EXAMPLES

# what a plan can smuggle in: U+FFFE, ESC, BEL, VT and an OSC "set title" sequence
NASTY = "\\uFFFE \\e]0;pwned\\a \\x0b \\e[31mRED\\e[0m"
# anything XML 1.0 cannot hold, and the controls the project never writes to a file
NOT_IN_FILES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")

BASE = EXAMPLES[0]  # dong-nai-2023.yaml

FRAMEWORK = f"""\
id: khung-thu
name: "Khung {NASTY}"
year: 2023
extends: vss-2023
groups:
  - id: nsdld-nld
    name: "Người sử dụng lao động {NASTY}"
"""


def _swap(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def valid_plan_text() -> str:
    """A valid plan with control characters in its title, unit, a row, an activity."""
    text = BASE.read_text(encoding="utf-8")
    text = _swap(text, "framework: vss-2023", "framework: khung-thu.yaml")
    text = _swap(
        text,
        "  title: Kế hoạch công tác thông tin, truyền thông năm 2023",
        f'  title: "Kế hoạch {NASTY} BEGIN:VEVENT năm 2023"',
    )
    text = _swap(
        text,
        "    unit: BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI",
        f'    unit: "BẢO HIỂM XÃ HỘI {NASTY} TỈNH ĐỒNG NAI"',
    )
    text = _swap(
        text,
        "        form_text: Báo cáo kết quả để tranh thủ sự lãnh đạo, chỉ đạo về BHXH, BHYT",
        f'        form_text: "Báo cáo {NASTY}\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:giả"',
    )
    text = _swap(text, "        lead: BHXH huyện", f'        lead: "BHXH {NASTY} huyện"')
    # the first activity's name (two lines in the example) ends before its "event:" key
    name = re.compile(r"    name: Truyền thông nhân kỷ niệm 93 năm.*?\n(?=    event:)", re.DOTALL)
    assert name.search(text)
    line = f'    name: "{NASTY} BEGIN:VEVENT\\nEND:VEVENT"\n'
    return name.sub(lambda _: line, text, count=1)


def write_valid(folder: Path, name: str = "plan.yaml") -> Path:
    """The valid hostile plan and its framework in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "khung-thu.yaml").write_text(FRAMEWORK, encoding="utf-8")
    path = folder / name
    path.write_text(valid_plan_text(), encoding="utf-8")
    return path


def write_invalid(folder: Path) -> Path:
    """A plan whose error messages quote control characters (a bad form id)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = _swap(
        BASE.read_text(encoding="utf-8"),
        "        form: tham-muu-cap-uy",
        f'        form: "tham{NASTY}"',
    )
    path = folder / "invalid.yaml"
    path.write_text(text, encoding="utf-8")
    return path
