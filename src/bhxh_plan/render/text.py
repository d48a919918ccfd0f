"""Vietnamese administrative wording: money, bullets, names in a sentence (dates: ``dates``).

Every rule here follows Nghị định 30/2020/NĐ-CP (Phụ lục I) or the documents the plans
come from (Kế hoạch 4057/KH-BHXH, the khung kịch bản of Đồng Nai), so the Word, Excel,
HTML and Markdown outputs all say things the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_TRAILING = ";.,: "
_LOCALITIES = ("thành phố", "thị xã", "thị trấn", "khu vực", "tỉnh", "huyện", "quận", "phường")
_ACRONYMS = frozenset(
    {"UBND", "HĐND", "BHXH", "BHYT", "BHTN", "MTTQ", "LĐTBXH", "TP", "TW", "KCB", "TTĐT", "CNTT"}
)
_ROMAN = re.compile(r"^[IVXLC]+$")

# Labels for the snake_case keys of `targets` (numbers first: "10 hội nghị").
TARGET_LABELS: dict[str, str] = {
    "ap_phich": "áp phích",
    "bai_dang": "bài đăng",
    "bang_ron": "băng rôn",
    "buoi": "buổi",
    "ca_nhan_khen_thuong": "cá nhân được khen thưởng",
    "chuyen_muc_phat_thanh": "chuyên mục phát thanh",
    "doi_thoai": "cuộc đối thoại",
    "don_vi_kiem_tra": "đơn vị được kiểm tra",
    "don_vi_tham_du": "đơn vị tham dự",
    "giai_thuong": "giải thưởng",
    "hoc_vien": "học viên",
    "hoi_nghi": "hội nghị",
    "le_phat_dong": "lễ phát động",
    "le_ra_quan": "lễ ra quân",
    "lop_tap_huan": "lớp tập huấn",
    "luot_chia_se": "lượt chia sẻ",
    "luot_du_thi": "lượt dự thi",
    "luot_nguoi": "lượt người",
    "nguoi": "người",
    "nguoi_tham_gia_moi": "người tham gia mới",
    "pano": "pano",
    "phat_thanh": "chương trình phát thanh",
    "phong_su": "phóng sự",
    "so_bhxh_trao_tang": "sổ BHXH trao tặng",
    "tap_the_khen_thuong": "tập thể được khen thưởng",
    "the_bhyt_tang": "thẻ BHYT trao tặng",
    "tin_bai": "tin, bài",
    "tin_nhan": "tin nhắn",
    "to_gap": "tờ gấp",
    "to_roi": "tờ rơi",
    "to_tu_van": "tổ tư vấn",
    "truyen_hinh": "chương trình truyền hình",
    "video_clip": "video clip",
}

CHANNEL_LABELS = {"direct": "Trực tiếp", "indirect": "Gián tiếp", "digital": "Truyền thông số"}


def number(value: float) -> str:
    """``3.090.000.000`` — Vietnamese thousands separator; decimals with a comma."""
    if isinstance(value, float) and not value.is_integer():
        whole, frac = f"{value:.2f}".rstrip("0").split(".")
        return f"{number(int(whole))},{frac}"
    return f"{int(value):,}".replace(",", ".")


def money(value: int) -> str:
    """``50.000.000 đồng``."""
    return f"{number(value)} đồng"


def target_text(targets: dict[str, int | float]) -> str:
    """``10 hội nghị, 500 lượt người``."""
    parts = []
    for key, value in targets.items():
        label = TARGET_LABELS.get(key, key.replace("_", " "))
        parts.append(f"{number(value)} {label}")
    return ", ".join(parts)


def strip_end(text: str) -> str:
    """Text without trailing ``;``, ``.``, ``,``, ``:`` (the caller adds the right one)."""
    return text.rstrip(_TRAILING)


def terminate(items: Iterable[str], sep: str = ";", last: str = ".") -> list[str]:
    """Each item ends with ``sep`` and the last with ``last`` (ND30 lists)."""
    out = [strip_end(x) for x in items]
    return [x + (last if i == len(out) - 1 else sep) for i, x in enumerate(out)]


def bullet_lines(items: Iterable[str]) -> list[str]:
    """Cell lines for a list: ``- item``; items written ``+ …`` stay sub-items."""
    lines = []
    for item in items:
        text = item.strip()
        lines.append(text if text.startswith("+ ") else f"- {text}")
    return lines


def cell_list(items: list[str], *, semicolons: bool = False) -> str:
    """A table cell for a list: one item as it is, several as ``- `` lines.

    As the khung kịch bản of Đồng Nai writes them.
    """
    if not items:
        return ""
    if len(items) == 1 and not items[0].startswith("+ "):
        return items[0]
    lines = bullet_lines(items)
    if semicolons:
        lines = [strip_end(x) + ";" for x in lines[:-1]] + [strip_end(lines[-1])]
    return "\n".join(lines)


def legal_basis(text: str, last: bool) -> str:
    """``Căn cứ …;`` (``.`` for the last one)."""
    body = strip_end(text.strip())
    if not body.lower().startswith("căn cứ"):
        body = f"Căn cứ {body}"
    return body + ("." if last else ";")


def subject_line(title: str) -> str:
    """The trích yếu under "KẾ HOẠCH": the title without its leading "Kế hoạch"."""
    rest = re.sub(r"^\s*kế hoạch\s+", "", title, flags=re.IGNORECASE)
    return rest[:1].upper() + rest[1:] if rest else title


def name_in_sentence(name: str) -> str:
    """``BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI`` → ``Bảo hiểm xã hội tỉnh Đồng Nai``.

    Only an all-capitals name is changed: words are lower-cased, the first one
    capitalised, and the place name after tỉnh/huyện/thành phố/… (or a closing
    "Việt Nam") keeps its capitals. Mixed-case names are the author's and stay.
    """
    if name != name.upper() or not any(ch.isalpha() for ch in name):
        return name
    upper = name.split()
    words = name.lower().split()
    out: list[str] = []
    proper = False
    i = 0
    while i < len(words):
        two = " ".join(words[i : i + 2])
        if not proper and two in _LOCALITIES:
            out.extend(words[i : i + 2])
            i += 2
            proper = True
            continue
        word = words[i]
        is_commune = word == "xã" and (i + 1 >= len(words) or words[i + 1] != "hội")
        if upper[i] in _ACRONYMS or (proper and _ROMAN.match(upper[i])):
            out.append(upper[i])
        elif not proper and (word in _LOCALITIES or is_commune):
            out.append(word)
            proper = True
        else:
            out.append(word.capitalize() if proper else word)
        i += 1
    if not proper and out[-2:] == ["việt", "nam"]:
        out[-2:] = ["Việt", "Nam"]
    out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)
