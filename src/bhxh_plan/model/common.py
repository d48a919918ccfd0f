"""Types shared by the plan and framework models."""

from __future__ import annotations

import datetime as dt
import math
import re
from enum import StrEnum
from typing import Annotated, Any, Final

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from bhxh_plan.dates import iso_date
from bhxh_plan.problems import Severity

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
CODE_PATTERN = r"^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*\.?$"
TARGET_PATTERN = r"^[a-z][a-z0-9_]*$"

# Bounds an office understands: one million billion đồng is far above any budget
# (and below float precision, so sums stay exact); a billion of anything is far
# above any count a plan sets; years 1900–2200 hold every date a plan or its
# sources use, and keep date arithmetic (next day, same day next year) in range.
MAX_MONEY: Final = 10**15
MAX_TARGET: Final = 10**9
MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2200


class StrictModel(BaseModel):
    """Base of every model: unknown keys are errors, no silent type coercion."""

    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=False)


def _date_from_text(value: Any) -> Any:
    # a quoted "2023-01-10" is still a date; anything else stays as it is for the strict check
    return iso_date(value)


def _money_in_range(value: int) -> int:
    if not 0 <= value <= MAX_MONEY:
        raise PydanticCustomError("money_range", "amount out of range", {"limit": MAX_MONEY})
    return value


def _target_in_range(value: float) -> float:
    if not (math.isfinite(value) and 0 <= value <= MAX_TARGET):
        raise PydanticCustomError("target_range", "target out of range", {"limit": MAX_TARGET})
    return value


def _date_in_range(value: dt.date) -> dt.date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise PydanticCustomError(
            "date_range", "date out of range", {"low": MIN_YEAR, "high": MAX_YEAR}
        )
    return value


Slug = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN, min_length=1, max_length=80),
    Field(description="Mã định danh: chữ thường không dấu, số, gạch nối (vd. nong-dan)"),
]
Code = Annotated[
    str,
    StringConstraints(pattern=CODE_PATTERN, max_length=20),
    Field(description='Số hiệu hiển thị như trong văn bản, luôn là chuỗi (vd. "3.1")'),
]
Text = Annotated[str, StringConstraints(min_length=1)]
Date = Annotated[
    dt.date,
    BeforeValidator(_date_from_text),
    AfterValidator(_date_in_range),
    Field(description="Ngày dạng NĂM-THÁNG-NGÀY (vd. 2023-01-10)"),
]
TargetKey = Annotated[str, StringConstraints(pattern=TARGET_PATTERN)]
Money = Annotated[
    int,
    AfterValidator(_money_in_range),
    WithJsonSchema({"type": "integer", "minimum": 0, "maximum": MAX_MONEY}),
]
TargetValue = Annotated[
    int | float,
    AfterValidator(_target_in_range),
    WithJsonSchema({"type": "number", "minimum": 0, "maximum": MAX_TARGET}),
]


class Level(StrEnum):
    """Các cấp hành chính mặc định, dùng khi khung không khai báo ``levels``.

    A framework declares its own levels (``levels:`` in its YAML); these are the
    ids a framework without that list, and every plan written before levels were
    data, use.
    """

    NATIONAL = "national"
    PROVINCE = "province"
    REGION = "region"
    DISTRICT = "district"
    COMMUNE = "commune"


ALL_LEVELS: tuple[Level, ...] = tuple(Level)


class Channel(StrEnum):
    """Kênh truyền thông: trực tiếp, gián tiếp (đại chúng), số."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    DIGITAL = "digital"


class PlanKind(StrEnum):
    """Kế hoạch năm hoặc kế hoạch chiến dịch (vd. Tháng vận động)."""

    ANNUAL = "annual"
    CAMPAIGN = "campaign"


class Cite(StrictModel):
    """Nơi trích dẫn trong văn bản nguồn."""

    source: Slug = Field(description="Mã văn bản nguồn trong danh sách sources")
    section: Text = Field(description='Vị trí trong văn bản (vd. "Mục II.1")')


class Window(StrictModel):
    """Khoảng thời gian, tính cả hai đầu."""

    start: Date = Field(description="Ngày bắt đầu")
    end: Date = Field(description="Ngày kết thúc")


class BasisKind(StrEnum):
    """What a framework requirement rests on."""

    SOURCE = "source"  # the source document states it for this kind of plan
    INTERPRETATION = "interpretation"  # the framework's own reading


class Basis(StrictModel):
    """Căn cứ của một yêu cầu: lời văn bản nguồn, hoặc diễn giải của khung."""

    kind: Annotated[BasisKind, Strict(False)] = Field(
        description="source: văn bản nguồn nói rõ yêu cầu này; interpretation: diễn giải của khung"
    )
    quote: str | None = Field(
        None, description="Lời văn bản nguồn (trích nguyên văn, ngắn) làm căn cứ cho yêu cầu"
    )
    reason: str | None = Field(
        None, description="Lý do diễn giải, một câu (khi kind là interpretation)"
    )
    severity: Annotated[Severity, Strict(False)] | None = Field(
        None,
        description="Mức độ mặc định khi thiếu (error/warning/info); "
        "diễn giải của khung nhiều nhất là warning",
    )


class FormKind(StrEnum):
    """regular: thường xuyên; themed: chủ đề; topical: chuyên đề; campaign: chiến dịch."""

    REGULAR = "regular"
    THEMED = "themed"
    TOPICAL = "topical"
    CAMPAIGN = "campaign"


class Frequency(StrEnum):
    """Kỳ báo cáo."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    SEMIANNUAL = "semiannual"
    ANNUAL = "annual"
    AD_HOC = "ad-hoc"


_DAY_MONTH = re.compile(r"^(\d{1,2})/(\d{1,2})$")


def _day_month_valid(value: str) -> str:
    # 29/2 is a day of the year too: it exists in leap years and becomes 28/2 in others
    match = _DAY_MONTH.match(value)
    if match is None:
        raise PydanticCustomError("day_month", "not a day/month", {})
    day, month = int(match.group(1)), int(match.group(2))
    longest = 29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31
    if not 1 <= month <= 12 or not 1 <= day <= longest:
        raise PydanticCustomError("day_month", "not a day/month", {})
    return value


# Enums read from YAML arrive as text; strict mode would refuse text for an enum.
LevelV = Annotated[
    str,
    StringConstraints(pattern=SLUG_PATTERN, min_length=1, max_length=80),
    Field(description="Mã cấp hành chính do khung khai báo (vd. province, district, co-so)"),
]
DayMonth = Annotated[
    str,
    AfterValidator(_day_month_valid),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^\d{1,2}/\d{1,2}$",
            "description": "Ngày/tháng, không có năm (vd. 1/7)",
        }
    ),
]
Month = Annotated[int, Field(ge=1, le=12)]
ChannelV = Annotated[Channel, Strict(False)]
PlanKindV = Annotated[PlanKind, Strict(False)]
FormKindV = Annotated[FormKind, Strict(False)]
FrequencyV = Annotated[Frequency, Strict(False)]
