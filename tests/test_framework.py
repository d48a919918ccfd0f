"""Frameworks: bundled data, round trip, `extends`, discovery and `frameworks` commands."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.fmt.write import dump_yaml
from bhxh_plan.framework import FrameworkError, available, load_framework
from bhxh_plan.io.loader import load_bytes
from bhxh_plan.model import Framework
from tests.conftest import FRAMEWORKS, MINIMAL_PLAN

Invoke = Callable[..., Any]
Write = Callable[..., Path]


def test_bundled_frameworks_listed() -> None:
    assert {"vss-2023", "thang-van-dong-2021"} <= set(available())


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


@pytest.mark.parametrize("path", FRAMEWORKS, ids=lambda p: p.stem)
def test_bundled_framework_text_is_nfc_and_id_matches_file(path: Path) -> None:
    fw = load_framework(str(path)).framework
    assert fw.id == path.stem
    for text in _strings(fw.model_dump(mode="json")):
        assert unicodedata.is_normalized("NFC", text), text


def test_vss_2023_is_faithful_to_the_national_plan() -> None:
    fw = load_framework("vss-2023").framework
    assert [g.code for g in fw.groups] == ["1", "2", "3", "4", "5", "6"]
    sub = {s.code for g in fw.groups for s in g.subgroups}
    assert sub == {f"3.{i}" for i in range(1, 10)} | {"4.1", "4.2"}
    assert [a.code for a in fw.content_areas] == [str(i) for i in range(1, 10)]
    regular = [f.code for f in fw.forms if f.kind.value == "regular" and not f.parent]
    assert regular == [f"1.{i}" for i in range(1, 10)]
    assert fw.deadline is not None and fw.deadline.date.isoformat() == "2023-01-15"
    assert {r.id for r in fw.reporting} >= {"hang-thang", "6-thang", "nam"}
    assert fw.sources[0].number == "4057/KH-BHXH"
    months = {e.id: (e.window.start.month, e.window.end.month) for e in fw.events}
    assert months["thang-van-dong"] == (5, 5)
    assert months["nam-hoc-moi"] == (8, 9)
    assert months["nuoc-rut"] == (10, 12)
    assert fw.groups[0].name.startswith("Cấp ủy đảng, chính quyền")


def test_campaign_framework() -> None:
    fw = load_framework("thang-van-dong-2021").framework
    assert fw.kind.value == "campaign" and fw.campaign is not None
    assert fw.campaign.theme == "BẢO HIỂM XÃ HỘI CHO TẤT CẢ MỌI NGƯỜI"
    assert fw.campaign.message == "Bảo hiểm xã hội là đầu tư cho tương lai"
    assert len(fw.campaign.matrix) == 3 and len(fw.campaign.activities) == 11
    assert {g.id for g in fw.groups} == {
        "can-bo-nganh",
        "nguoi-su-dung-lao-dong",
        "nguoi-lao-dong",
        "sinh-vien",
    }


@pytest.mark.parametrize("ident", ["vss-2023", "thang-van-dong-2021"])
def test_round_trip(ident: str) -> None:
    fw = load_framework(ident).framework
    text = dump_yaml(fw.model_dump(mode="json", exclude_none=True))
    again = Framework.model_validate(load_bytes(text.encode()).data)
    assert again == fw


def test_extends_adds_overrides_and_removes(write: Write, tmp_path: Path) -> None:
    child = write(
        """\
        id: dong-nai-2023-cap-xa
        name: Khung kế hoạch của BHXH tỉnh Đồng Nai cho cấp xã
        year: 2023
        extends: vss-2023
        remove: [co-so-kcb, lang-nghe-htx]
        groups:
          - id: nsdld-nld
            required_levels: [province]
          - id: tieu-thuong-cho
            name: Tiểu thương tại các chợ
            required_levels: [commune]
        """,
        "fw/child.yaml",
    )
    fw = load_framework(str(child)).framework
    groups = {g.id: g for g in fw.groups}
    assert "co-so-kcb" not in groups and "tieu-thuong-cho" in groups
    assert groups["nsdld-nld"].required_levels == ["province"]
    # untouched fields of the overridden item are inherited
    assert groups["nsdld-nld"].name.startswith("Người sử dụng lao động")
    assert "lang-nghe-htx" not in {s.id for s in groups["tu-nguyen-hgd"].subgroups}
    assert len(fw.content_areas) == 9 and fw.extends == "vss-2023"
    # a plan can name the child framework by relative path
    plan = write(MINIMAL_PLAN.replace("framework: vss-2023", "framework: fw/child.yaml"))
    from bhxh_plan.validate import check_file

    assert check_file(plan).ok


def test_extends_cycle(write: Write) -> None:
    write("id: a\nname: A\nyear: 2023\nextends: b.yaml\n", "a.yaml")
    b = write("id: b\nname: B\nyear: 2023\nextends: a.yaml\n", "b.yaml")
    with pytest.raises(FrameworkError) as info:
        load_framework(str(b))
    assert "vòng tròn" in info.value.problems[0].message


def test_user_framework_discovery(
    write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(
        "id: tinh-x-2024\nname: Khung tỉnh X\nyear: 2024\nextends: vss-2023\n",
        ".bhxh-plan/frameworks/tinh-x-2024.yaml",
    )
    monkeypatch.chdir(tmp_path)
    assert available()["tinh-x-2024"][1] is False
    assert load_framework("tinh-x-2024").framework.year == 2024


def test_framework_errors_are_positioned(invoke: Invoke, write: Write) -> None:
    bad = write(
        """\
        id: sai
        name: Khung sai
        year: 2023
        forms:
          - id: a
            name: A
            kind: regular
            channel: truc-tiep
            parent: khong-co
        """,
        "sai.yaml",
    )
    res = invoke("validate", str(bad))
    assert res.exit_code == 1
    assert (
        "sai.yaml:8:14: lỗi [BP005] forms[0].channel: giá trị 'truc-tiep' không hợp lệ"
        in res.output
    )
    fixed = write(bad.read_text(encoding="utf-8").replace("truc-tiep", "direct"), "sai.yaml")
    res = invoke("validate", str(fixed))
    assert "sai.yaml:9:13: lỗi [BP007] forms[0].parent: khung sai không có hình thức" in res.output


def test_frameworks_commands(invoke: Invoke) -> None:
    res = invoke("frameworks")
    assert res.exit_code == 0 and "vss-2023" in res.output and "thang-van-dong-2021" in res.output
    res = invoke("frameworks", "show", "vss-2023", "--format", "json")
    assert json.loads(res.output)["id"] == "vss-2023"
    res = invoke("frameworks", "show", "vss-2023")
    assert res.output.startswith("id: vss-2023")
    res = invoke("frameworks", "show", "vss2023")
    assert res.exit_code == 2 and "vss-2023" in res.output


def test_cache_notices_a_changed_parent(write: Write) -> None:
    import os

    parent = write("id: p\nname: P\nyear: 2023\ngroups: [{id: a, name: A}]\n", "p.yaml")
    child = write("id: c\nname: C\nyear: 2023\nextends: p.yaml\n", "c.yaml")
    assert [g.id for g in load_framework(str(child)).framework.groups] == ["a"]
    parent.write_text("id: p\nname: P\nyear: 2023\ngroups: [{id: b, name: B}]\n", encoding="utf-8")
    stat = parent.stat()
    os.utime(parent, (stat.st_atime, stat.st_mtime + 5))
    assert [g.id for g in load_framework(str(child)).framework.groups] == ["b"]
