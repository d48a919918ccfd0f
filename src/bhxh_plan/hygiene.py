"""Vietnamese text hygiene: find and repair what PDF copies and old fonts leave behind.

* text not in NFC;
* tone marks detached from their letter by a space, as pasted from PDF
  ("Tô ̉chức" → "Tổ chức", "gia ̀làng" → "già làng");
* text typed in the legacy TCVN3 (ABC) encoding, shown as Windows-1252 letters
  ("B¶o hiÓm" → "Bảo hiểm"), converted with the TCVN 5712:1993 VN3 table;
* text in the VNI encoding (detected only: its two-character forms cannot be
  converted without guessing, so the hint names Unikey's converter);
* doubled spaces; unbalanced brackets or quotes.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# TCVN3 code point (as a Windows-1252/Latin-1 character) → Unicode letter.
_TCVN3_PAIRS: Final = (
    "¸á µà ¶ả ·ã ¹ạ ¨ă ¾ắ »ằ ¼ẳ ½ẵ Æặ ©â Êấ Çầ Èẩ Éẫ Ëậ ®đ Ðé Ìè Îẻ Ïẽ Ñẹ ªê Õế Òề Óể Ôễ Öệ "
    "Ýí ×ì Øỉ Üĩ Þị ãó ßò áỏ âõ äọ «ô èố åồ æổ çỗ éộ ¬ơ íớ êờ ëở ìỡ îợ óú ïù ñủ òũ ôụ ­ư øứ "
    "õừ öử ÷ữ ùự ýý úỳ ûỷ üỹ þỵ ¡Ă ¢Â §Đ £Ê ¤Ô ¥Ơ ¦Ư"
)
TCVN3: Final[dict[str, str]] = {pair[0]: pair[1] for pair in _TCVN3_PAIRS.split()}
_VIET_LATIN1: Final = frozenset("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
# TCVN3 text nearly always shows some of these (á, à, ả, ã, ạ, đ, ê … live in 0xA1–0xBF);
# VNI text, which also uses Latin-1 letters, never does.
_TCVN3_STRONG: Final = frozenset("¸µ¶·¹¨¾»¼½®ª¬\u00ad¡¢£¤¥¦")
_TCVN3_TELL: Final = frozenset(TCVN3) - _VIET_LATIN1 - frozenset("«»©§")
_VNI_TELL: Final = frozenset("øûïäåæçëöñÿ")

_DETACHED: Final = re.compile(r"(\w)[ \u00a0]([\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b])")
# spaces before a "#" align YAML comments: not a doubled space in the text
_DOUBLE_SPACE: Final = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=[^\s#])")
_PAIRS: Final = (("(", ")"), ("[", "]"), ("“", "”"), ("«", "»"))


def is_tcvn3(text: str) -> bool:
    """Whether ``text`` looks typed in TCVN3 and shown as Latin-1 letters."""
    return any(ch in _TCVN3_STRONG for ch in text) and sum(ch in _TCVN3_TELL for ch in text) >= 2


def is_vni(text: str) -> bool:
    """Whether ``text`` looks typed in VNI and shown as Latin-1 letters."""
    return not is_tcvn3(text) and sum(ch in _VNI_TELL for ch in text) >= 2


def problems(text: str) -> list[str]:
    """Message keys of what is wrong with ``text`` (empty when it is clean)."""
    found = []
    if is_tcvn3(text):
        found.append("lint.hygiene.tcvn3")
    elif is_vni(text):
        found.append("lint.hygiene.vni")
    if _DETACHED.search(text):
        found.append("lint.hygiene.detached")
    if not unicodedata.is_normalized("NFC", text):
        found.append("lint.hygiene.nfc")
    if _DOUBLE_SPACE.search(text):
        found.append("lint.hygiene.spaces")
    if _unbalanced(text):
        found.append("lint.hygiene.brackets")
    return found


def _unbalanced(text: str) -> bool:
    for opening, closing in _PAIRS:
        depth = 0
        for ch in text:
            if ch == opening:
                depth += 1
            elif ch == closing:
                depth -= 1
                if depth < 0:
                    return True
        if depth:
            return True
    return text.count('"') % 2 == 1


def fix_value(text: str) -> str:
    """``text`` repaired: TCVN3 converted, tone marks re-attached, NFC, single spaces."""
    if is_tcvn3(text):
        text = "".join(TCVN3.get(ch, ch) for ch in text)
    return fix_layout(text)


def fix_layout(text: str) -> str:
    """The repairs that are safe on a whole file: marks, NFC, doubled spaces."""
    text = _DETACHED.sub(r"\1\2 ", text)
    text = unicodedata.normalize("NFC", text)
    return _DOUBLE_SPACE.sub(" ", text)
