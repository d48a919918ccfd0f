"""Helpers, not tests: a batch of plans with known gaps, generated from the examples.

| file                     | what it is                                                          |
|--------------------------|---------------------------------------------------------------------|
| dong-nai.yaml            | examples/dong-nai-2023.yaml as it is (province, on time, complete)  |
| dong-nai-ban-2.yaml      | the same plan issued on 12/01: a duplicate that supersedes the first |
| binh-duong.yaml          | Đồng Nai without group 5 and sub-group 3.2, Ngày BHYT moved out of   |
|                          | its window, issued 20/01 (after the 15/01 deadline)                 |
| dinh-quan.yaml           | examples/huyen-dinh-quan-2023.yaml as it is (district, complete)     |
| tan-phu.yaml             | Định Quán without content area 9, the annual report and the         |
|                          | new-school-year activity                                            |
| phu-loi.yaml             | Định Quán at commune level, without groups 4 and 5                  |
| ha-giang.yaml            | the Tháng vận động 2021 campaign plan (a second framework)          |
| hong.yaml                | a YAML syntax error: fails to load, identity unknown                |
| dong-nai-sai.yaml        | Đồng Nai with ``level: Provinc``: fails to load, still a duplicate   |
| khung.yaml               | a framework file: set aside                                         |
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

from bhxh_plan.fmt.write import dump_yaml
from bhxh_plan.io.loader import load_file
from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"
DONG_NAI = EXAMPLES / "dong-nai-2023.yaml"
DINH_QUAN = EXAMPLES / "huyen-dinh-quan-2023.yaml"
HA_GIANG = EXAMPLES / "thang-van-dong-2021-ha-giang.yaml"
FRAMEWORK = ROOT / "src" / "bhxh_plan" / "frameworks" / "thang-van-dong-2021.yaml"

UNITS = {
    "dong-nai": "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI",
    "binh-duong": "BẢO HIỂM XÃ HỘI TỈNH BÌNH DƯƠNG",
    "dinh-quan": "BẢO HIỂM XÃ HỘI HUYỆN ĐỊNH QUÁN",
    "tan-phu": "BẢO HIỂM XÃ HỘI HUYỆN TÂN PHÚ",
    "phu-loi": "BẢO HIỂM XÃ HỘI XÃ PHÚ LỢI",
    "ha-giang": "BẢO HIỂM XÃ HỘI TỈNH HÀ GIANG",
}


def data(path: Path) -> dict[str, Any]:
    """A plan's data as the project's loader reads it (YAML 1.2, dates as dates)."""
    loaded = load_file(path).data
    assert isinstance(loaded, dict)
    return copy.deepcopy(loaded)


def _renamed(plan: dict[str, Any], unit: str, place: str) -> dict[str, Any]:
    plan["document"]["issuer"]["unit"] = unit
    plan["document"]["place"] = place
    return plan


def binh_duong() -> dict[str, Any]:
    plan = _renamed(data(DONG_NAI), UNITS["binh-duong"], "Bình Dương")
    plan["document"]["date"] = dt.date(2023, 1, 20)
    plan["scenario"] = [
        e
        for e in plan["scenario"]
        if e["group"] != "co-so-kcb" and e.get("subgroup") != "kinh-doanh-ca-the"
    ]
    for act in plan["activities"]:
        if act.get("event") == "ngay-bhyt":
            act["start"], act["end"] = dt.date(2023, 9, 15), dt.date(2023, 9, 20)
    return plan


def tan_phu() -> dict[str, Any]:
    plan = _renamed(data(DINH_QUAN), UNITS["tan-phu"], "Tân Phú")
    plan["content_areas"] = [a for a in plan["content_areas"] if a["area"] != "canh-bao-tin-xau"]
    plan["reporting"] = [r for r in plan["reporting"] if r["report"] != "nam"]
    plan["activities"] = [a for a in plan["activities"] if a.get("event") != "nam-hoc-moi"]
    return plan


def phu_loi() -> dict[str, Any]:
    plan = _renamed(data(DINH_QUAN), UNITS["phu-loi"], "Phú Lợi")
    plan["level"] = "commune"
    plan["document"]["issuer"]["parent"] = UNITS["dinh-quan"]
    plan["scenario"] = [
        e for e in plan["scenario"] if e["group"] not in ("hoc-sinh-sinh-vien", "co-so-kcb")
    ]
    return plan


def make_batch(folder: Path) -> dict[str, Path]:
    """Write the batch into ``folder``; returns name → path."""
    folder.mkdir(parents=True, exist_ok=True)
    dong_nai_text = DONG_NAI.read_text(encoding="utf-8")
    texts = {
        "dong-nai": dong_nai_text,
        "dong-nai-ban-2": dong_nai_text.replace("date: 2023-01-10", "date: 2023-01-12", 1),
        "binh-duong": dump_yaml(binh_duong()),
        "dinh-quan": DINH_QUAN.read_text(encoding="utf-8"),
        "tan-phu": dump_yaml(tan_phu()),
        "phu-loi": dump_yaml(phu_loi()),
        "ha-giang": HA_GIANG.read_text(encoding="utf-8"),
        "hong": "framework: vss-2023\nyear: 2023\ndocument: [unclosed\n",
        "dong-nai-sai": dong_nai_text.replace("level: province", "level: Provinc", 1),
        "khung": FRAMEWORK.read_text(encoding="utf-8"),
    }
    assert texts["dong-nai-ban-2"] != dong_nai_text
    assert texts["dong-nai-sai"] != dong_nai_text
    out = {}
    for name, text in texts.items():
        path = folder / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        out[name] = path
    return out


HOSTILE_UNIT = (
    '=HYPERLINK("http://example.invalid","x")</script><img src=x onerror=alert(1)>{{ 7*7 }}'
)


def hostile(folder: Path) -> Path:
    """Định Quán's plan from a unit whose name is a formula, markup and a template expression."""
    plan = _renamed(data(DINH_QUAN), HOSTILE_UNIT, "Nơi <b>thử</b>")
    plan["activities"][0]["name"] = "<script>alert('hoạt động')</script>"
    path = folder / "thu-nghiem.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_yaml(plan), encoding="utf-8")
    return path
