"""`bhxh-plan calendar`: the .ics file, parsed back with icalendar, matches the plans."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from icalendar import Calendar

from bhxh_plan.fmt.write import dump_yaml
from tests.conftest import MINIMAL_PLAN
from tests.test_rollup_data import DINH_QUAN, DONG_NAI, HA_GIANG, data

Invoke = Callable[..., Any]
Write = Callable[..., Path]
DQ_KEY = "bao-hiem-xa-hoi-huyen-dinh-quan-2023-annual"


def _calendar(invoke: Invoke, out: Path, *plans: Path, env: dict[str, str] | None = None) -> Any:
    res = invoke("calendar", *map(str, plans), "--ics", str(out), env=env)
    assert res.exit_code == 0, res.output
    return Calendar.from_ical(out.read_bytes())


def _events(cal: Any) -> dict[str, Any]:
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert len(events) == len(cal.walk("VEVENT")), "UIDs are unique"
    return events


def test_every_activity_is_an_all_day_event(invoke: Invoke, tmp_path: Path) -> None:
    out = tmp_path / "lich.ics"
    cal = _calendar(invoke, out, DINH_QUAN)
    plan = data(DINH_QUAN)
    assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"]).startswith("-//bhxh-plan//")
    assert str(cal["X-WR-TIMEZONE"]) == "Asia/Ho_Chi_Minh"
    (tz,) = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Asia/Ho_Chi_Minh"
    (std,) = tz.walk("STANDARD")
    assert std["TZOFFSETTO"].td == dt.timedelta(hours=7)
    events = _events(cal)
    assert len(events) == len(plan["activities"]) + 7  # and the 7 themed events of vss-2023
    for act in plan["activities"]:
        ev = events[f"{DQ_KEY}-{act['id']}@bhxh-plan"]
        assert str(ev["SUMMARY"]) == act["name"]
        start, end = ev["DTSTART"].dt, ev["DTEND"].dt
        assert type(start) is dt.date and type(end) is dt.date  # all-day: no time
        assert ev["DTSTART"].params.get("VALUE") == "DATE"
        assert start == act["start"]
        assert end == act.get("end", act["start"]) + dt.timedelta(days=1)  # exclusive end
        stamp = ev["DTSTAMP"].dt
        assert isinstance(stamp, dt.datetime) and stamp.utcoffset() == dt.timedelta(0)
        text = str(ev["DESCRIPTION"])
        assert f"Đơn vị chủ trì: {act['lead']}" in text
        assert all(p in text for p in act["partners"])
        assert "Theo Kế hoạch số 05/KH-BHXH ngày 16/01/2023" in text
    month = events["vss-2023-2023-thang-van-dong@bhxh-plan"]
    assert str(month["SUMMARY"]).startswith("Truyền thông nhân Tháng vận động")
    assert (month["DTSTART"].dt, month["DTEND"].dt) == (dt.date(2023, 5, 1), dt.date(2023, 6, 1))
    founding = events["vss-2023-2023-thanh-lap-dang-nganh@bhxh-plan"]
    assert "Ngày kỷ niệm: 03/02/2023, 16/02/2023" in str(founding["DESCRIPTION"])
    assert "Căn cứ: 4057/KH-BHXH, Mục IV.2.1.1" in str(founding["DESCRIPTION"])


def test_rfc5545_layout(invoke: Invoke, tmp_path: Path) -> None:
    out = tmp_path / "lich.ics"
    _calendar(invoke, out, DONG_NAI)
    raw = out.read_bytes()
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"END:VCALENDAR\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75  # folded by the library
    assert any(line.startswith(b" ") for line in lines)
    raw.decode("utf-8")  # folding never splits a Vietnamese letter
    cal = Calendar.from_ical(raw)
    assert not any(component.errors for component in cal.walk())  # nothing the parser skipped
    for ev in cal.walk("VEVENT"):
        for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"):
            assert prop in ev, (prop, ev.get("UID"))
        assert ev["DTEND"].dt > ev["DTSTART"].dt


def test_uids_are_stable_across_revisions(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    first = _events(_calendar(invoke, tmp_path / "a.ics", DINH_QUAN))
    plan = data(DINH_QUAN)
    plan["document"]["number"] = "07/KH-BHXH"  # a revised plan, re-issued
    plan["activities"].reverse()
    plan["activities"][0]["name"] = "Tên mới của hoạt động"
    revised = write(dump_yaml(plan), "sua-doi.yaml")
    second = _events(_calendar(invoke, tmp_path / "b.ics", revised))
    assert set(first) == set(second)
    uid = f"{DQ_KEY}-{plan['activities'][0]['id']}@bhxh-plan"
    assert str(second[uid]["SUMMARY"]) == "Tên mới của hoạt động"


def test_several_plans_and_frameworks(invoke: Invoke, tmp_path: Path) -> None:
    cal = _calendar(invoke, tmp_path / "lich.ics", DONG_NAI, DINH_QUAN, HA_GIANG)
    events = _events(cal)
    acts = [len(data(p)["activities"]) for p in (DONG_NAI, DINH_QUAN, HA_GIANG)]
    # vss-2023's seven themed events once for both 2023 plans, and the 2021 campaign's two
    assert len(events) == sum(acts) + 7 + 2
    assert str(cal["X-WR-CALNAME"]) == "Kế hoạch thông tin, truyền thông BHXH"
    summaries = [str(e["SUMMARY"]) for e in events.values() if "-annual-" in str(e["UID"])]
    assert any(s.startswith("[Đồng Nai] ") for s in summaries)
    assert any(s.startswith("[Định Quán] ") for s in summaries)
    month = events["thang-van-dong-2021-2021-thang-van-dong@bhxh-plan"]
    assert month["DTSTART"].dt == dt.date(2021, 5, 1)


def test_framework_events_move_to_the_plan_year(invoke: Invoke, write: Write) -> None:
    plan = MINIMAL_PLAN.replace("year: 2023", "year: 2024") + (
        "activities:\n  - id: ngay-bhyt\n    name: Ngày BHYT\n    event: ngay-bhyt\n"
        "    start: 2024-07-01\n"
    )
    out = write("", "lich.ics")
    cal = _calendar(invoke, out, write(plan))
    events = _events(cal)
    bhyt = events["vss-2023-2024-ngay-bhyt@bhxh-plan"]
    assert (bhyt["DTSTART"].dt, bhyt["DTEND"].dt) == (dt.date(2024, 6, 15), dt.date(2024, 8, 1))
    own = events["bao-hiem-xa-hoi-huyen-trang-bom-2024-annual-ngay-bhyt@bhxh-plan"]
    assert own["DTEND"].dt == dt.date(2024, 7, 2)


def test_reproducible_with_source_date_epoch(invoke: Invoke, tmp_path: Path) -> None:
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    a = _calendar(invoke, tmp_path / "a.ics", DINH_QUAN, env=env)
    _calendar(invoke, tmp_path / "b.ics", DINH_QUAN, env=env)
    assert (tmp_path / "a.ics").read_bytes() == (tmp_path / "b.ics").read_bytes()
    stamp = a.walk("VEVENT")[0]["DTSTAMP"].dt
    assert stamp == dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.UTC)


def test_stdout_and_errors(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    res = invoke("calendar", str(DINH_QUAN), "--ics", "-")
    assert res.exit_code == 0 and res.stdout.startswith("BEGIN:VCALENDAR")
    broken = write("framework: vss-2023\nyear: [\n", "hong.yaml")
    out = tmp_path / "lich.ics"
    res = invoke("calendar", str(DINH_QUAN), str(broken), "--ics", str(out))
    assert res.exit_code == 1 and not out.exists()
    assert "[BP001]" in res.output and "chưa ghi tệp lịch" in res.output
    res = invoke("calendar", str(DINH_QUAN))
    assert res.exit_code == 2 and "--ics" in res.output
    res = invoke("calendar", str(tmp_path / "khong-co.yaml"), "--ics", str(out))
    assert res.exit_code == 2 and "không tìm thấy" in res.output
    res = invoke("calendar", str(broken), "--ics", str(broken))
    assert res.exit_code == 2 and "không bao giờ ghi đè" in res.output
    assert "Traceback" not in res.output


def test_duplicate_plans_and_activity_ids(invoke: Invoke, write: Write, tmp_path: Path) -> None:
    plan = data(DINH_QUAN)
    older = write(dump_yaml(plan), "cu.yaml")
    plan["document"]["date"] = plan["document"]["date"] + dt.timedelta(days=3)
    plan["activities"][1]["id"] = plan["activities"][0]["id"]  # BP113, still two events
    newer = write(dump_yaml(plan), "moi.yaml")
    out = tmp_path / "lich.ics"
    res = invoke("calendar", str(older), str(newer), "--ics", str(out))
    assert res.exit_code == 0 and f"bỏ qua {older}" in res.output
    events = _events(Calendar.from_ical(out.read_bytes()))
    assert len(events) == len(plan["activities"]) + 7
    first = f"{DQ_KEY}-{plan['activities'][0]['id']}"
    assert {f"{first}@bhxh-plan", f"{first}-2@bhxh-plan"} <= set(events)
    assert "16/01/2023" not in str(events[f"{first}@bhxh-plan"]["DESCRIPTION"])
