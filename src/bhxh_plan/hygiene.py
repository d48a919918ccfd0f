"""Vietnamese text hygiene: find and repair what PDF copies and old fonts leave behind.

* text not in NFC;
* tone marks detached from their letter by a space, as pasted from PDF
  ("Tô ̉chức" → "Tổ chức", "gia ̀làng" → "già làng");
* text typed in the legacy TCVN3 (ABC) encoding, shown as Windows-1252 letters
  ("B¶o hiÓm" → "Bảo hiểm"), converted with the TCVN 5712:1993 VN3 table;
* text in the VNI encoding (detected only: its two-character forms cannot be
  converted without guessing, so the hint names Unikey's converter);
* doubled spaces and no-break spaces between words (PDF copies are full of them);
* unbalanced brackets or quotes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
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
_BRACKETS: Final = re.compile(r'[()\[\]“”«»"]')


def _class(chars: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


_STRONG_RE: Final = _class(_TCVN3_STRONG)
_TCVN3_RE: Final = _class(_TCVN3_TELL)
_VNI_RE: Final = _class(_VNI_TELL)
# anything that could need a closer look; clean Vietnamese text has none of it
_SUSPECT: Final = re.compile(
    "[" + "".join(re.escape(c) for c in sorted(_TCVN3_TELL | _VNI_TELL)) + "\u00a0\u0300-\u036f]|  "
)


def is_tcvn3(text: str) -> bool:
    """Whether ``text`` looks typed in TCVN3 and shown as Latin-1 letters."""
    return _STRONG_RE.search(text) is not None and len(_TCVN3_RE.findall(text)) >= 2


def is_vni(text: str) -> bool:
    """Whether ``text`` looks typed in VNI and shown as Latin-1 letters."""
    return not is_tcvn3(text) and len(_VNI_RE.findall(text)) >= 2


@lru_cache(maxsize=65536)
def problems(text: str) -> tuple[str, ...]:
    """Message keys of what is wrong with ``text`` (empty when it is clean).

    Cached: plans of one batch share much text (framework wording, copied rows).
    """
    found = []
    if _SUSPECT.search(text):
        if is_tcvn3(text):
            found.append("lint.hygiene.tcvn3")
        elif is_vni(text):
            found.append("lint.hygiene.vni")
        if _DETACHED.search(text):
            found.append("lint.hygiene.detached")
        if _DOUBLE_SPACE.search(text):
            found.append("lint.hygiene.spaces")
        elif "\u00a0" in text:
            found.append("lint.hygiene.nbsp")
    if not unicodedata.is_normalized("NFC", text):
        found.append("lint.hygiene.nfc")
    if _BRACKETS.search(text) and _unbalanced(text):
        found.append("lint.hygiene.brackets")
    return tuple(found)


def _unbalanced(text: str) -> bool:
    if text.count('"') % 2:
        return True
    for opening, closing in _PAIRS:
        count = text.count(opening)
        if count != text.count(closing):
            return True
        if count and text.index(closing) < text.index(opening):
            return True
    return False


def fix_value(text: str) -> str:
    """``text`` repaired: TCVN3 converted, tone marks re-attached, NFC, single spaces."""
    if is_tcvn3(text):
        text = "".join(TCVN3.get(ch, ch) for ch in text)
    return fix_layout(text)


def fix_layout(text: str) -> str:
    """The repairs that are safe on a whole file: marks, NFC, doubled spaces."""
    text = _DETACHED.sub(r"\1\2 ", text)
    text = unicodedata.normalize("NFC", text)
    return _DOUBLE_SPACE.sub(" ", text).replace("\u00a0", " ")
