"""Wording and measuring helpers of the renderer: dates, names, lists, widths, the view."""

from __future__ import annotations

import datetime as dt

import pytest

from bhxh_plan.dates import date_long, date_range, date_short
from bhxh_plan.render.docx_head import wrap_name
from bhxh_plan.render.metrics import mm, text_width_pt, wrapped_lines
from bhxh_plan.render.text import (
    cell_list,
    legal_basis,
    money,
    name_in_sentence,
    subject_line,
    target_text,
    terminate,
)
from bhxh_plan.textsafe import clean, one_line
from tests.render_support import DONG_NAI, FIXTURE, view_of


@pytest.mark.parametrize(
    ("day", "long", "short"),
    [
        (dt.date(2023, 1, 10), "ngày 10 tháng 01 năm 2023", "10/01/2023"),
        (dt.date(2023, 2, 3), "ngày 03 tháng 02 năm 2023", "03/02/2023"),
        (dt.date(2023, 3, 5), "ngày 05 tháng 3 năm 2023", "05/3/2023"),
        (dt.date(2022, 12, 30), "ngày 30 tháng 12 năm 2022", "30/12/2022"),
    ],
)
def test_dates_have_nd30_leading_zeros(day: dt.date, long: str, short: str) -> None:
    assert date_long(day) == long
    assert date_short(day) == short


def test_date_range() -> None:
    d = dt.date(2023, 5, 6)
    assert date_range(d, None) == date_range(d, d) == "ngày 06/5/2023"
    assert date_range(d, dt.date(2023, 5, 31)) == "từ ngày 06/5/2023 đến ngày 31/5/2023"


def test_money_and_targets() -> None:
    assert money(3090000000) == "3.090.000.000 đồng"
    assert target_text({"hoi_nghi": 10, "luot_nguoi": 1500, "ty_le": 2.5}) == (
        "10 hội nghị, 1.500 lượt người, 2,5 ty le"
    )


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI", "Bảo hiểm xã hội tỉnh Đồng Nai"),
        ("BẢO HIỂM XÃ HỘI HUYỆN ĐỊNH QUÁN", "Bảo hiểm xã hội huyện Định Quán"),
        ("BẢO HIỂM XÃ HỘI THÀNH PHỐ HỒ CHÍ MINH", "Bảo hiểm xã hội thành phố Hồ Chí Minh"),
        ("BẢO HIỂM XÃ HỘI VIỆT NAM", "Bảo hiểm xã hội Việt Nam"),
        ("BẢO HIỂM XÃ HỘI KHU VỰC XII", "Bảo hiểm xã hội khu vực XII"),
        ("UBND XÃ TÂN PHÚ", "UBND xã Tân Phú"),
        ("BẢO HIỂM XÃ HỘI QUẬN 1", "Bảo hiểm xã hội quận 1"),
        ("Bảo hiểm xã hội tỉnh Hà Giang", "Bảo hiểm xã hội tỉnh Hà Giang"),
    ],
)
def test_name_in_sentence(name: str, sentence: str) -> None:
    assert name_in_sentence(name) == sentence


def test_lists_and_punctuation() -> None:
    assert terminate(["a;", "b.", "c"]) == ["a;", "b;", "c."]
    assert cell_list(["chỉ một"]) == "chỉ một"
    assert cell_list(["một", "+ con", "hai"]) == "- một\n+ con\n- hai"
    assert cell_list(["A", "B;"], semicolons=True) == "- A;\n- B"
    assert legal_basis("Nghị quyết số 28-NQ/TW;", last=False) == "Căn cứ Nghị quyết số 28-NQ/TW;"
    assert legal_basis("Căn cứ Luật BHXH", last=True) == "Căn cứ Luật BHXH."
    assert subject_line("Kế hoạch công tác thông tin năm 2023") == "Công tác thông tin năm 2023"
    assert subject_line("Tháng vận động 2021") == "Tháng vận động 2021"
    assert clean("a\r\nb\x07c") == "a\nb\ufffdc"  # controls become U+FFFD (textsafe)
    assert clean("Tổ chức") == "Tổ chức"  # NFC


def test_multiline_framework_names_on_one_line() -> None:
    assert one_line("Tuyên truyền trực tiếp thông qua:\n+ Hội nghị\n+ Lễ phát động") == (
        "Tuyên truyền trực tiếp thông qua: Hội nghị; Lễ phát động"
    )
    assert one_line("Một dòng") == "Một dòng"


def test_widths_match_the_reference_measure() -> None:
    # nd30 notes: "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI" at 13 pt bold is about 79 mm wide
    assert 76 <= mm(text_width_pt("BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI", 13, True)) <= 82
    assert wrapped_lines("a b c", 1000, 11) == 1
    assert wrapped_lines("x\ny\nz", 1000, 11) == 3
    assert wrapped_lines("word " * 40, 100, 11) > 5


def test_wrap_name_breaks_before_the_locality() -> None:
    assert wrap_name("BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI", 83, 13, True) == (
        "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI"
    )
    assert wrap_name("BẢO HIỂM XÃ HỘI HUYỆN ĐỊNH QUÁN", 83, 13, True) == (
        "BẢO HIỂM XÃ HỘI\nHUYỆN ĐỊNH QUÁN"
    )
    two = wrap_name("TRUNG TÂM TRUYỀN THÔNG VÀ PHÁT TRIỂN ĐỐI TƯỢNG", 83, 13, True)
    assert two.count("\n") == 1


def test_view_of_the_example() -> None:
    view = view_of(DONG_NAI)
    assert view.header.place_date == "Đồng Nai, ngày 10 tháng 01 năm 2023"
    assert view.header.subject == "Công tác thông tin, truyền thông năm 2023"
    assert view.annex is not None and view.annex.row_count == 43
    assert [g.code for g in view.annex.groups] == ["1", "2", "3", "4", "5", "6"]
    sub = [e.code for e in view.annex.groups[2].entries]
    assert sub == [f"3.{i}" for i in range(1, 10)]
    heads = [b.full for b in view.blocks if b.kind == "h1"]
    assert heads == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. CHỦ THỂ THÔNG TIN, TRUYỀN THÔNG",
        "III. NỘI DUNG THÔNG TIN, TRUYỀN THÔNG",
        "IV. HÌNH THỨC TRUYỀN THÔNG",
        "V. KINH PHÍ THỰC HIỆN",
        "VI. TỔ CHỨC THỰC HIỆN",
    ]
    assert view.blocks[-1].text.endswith("./.")


def test_activities_are_listed_by_date() -> None:
    view = view_of(FIXTURE)
    acts = [b for b in view.blocks if b.kind == "h3"]
    assert [b.label for b in acts] == ["2.1."]
    detail = [b.text for b in view.blocks if b.kind == "bullet" and b.text.startswith("Chỉ tiêu")]
    assert detail == ["Chỉ tiêu: 5 hội nghị, 1.500 lượt người, 3 la co;"]
