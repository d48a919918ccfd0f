"""The national (or provincial) framework a plan is checked against.

A framework is data: subject groups, content areas, forms, themed events,
deadlines, reports and funding sources, each with its source citation, so a
new year's framework is a new YAML file, not new code.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from bhxh_plan.model.common import (
    Basis,
    ChannelV,
    Cite,
    Code,
    Date,
    DayMonth,
    FormKindV,
    FrequencyV,
    LevelV,
    Month,
    PlanKind,
    PlanKindV,
    Slug,
    StrictModel,
    Text,
    Window,
)

LevelList = list[LevelV]
# "month": the calendar month that holds the named day; a number: that many days either side
Tolerance = Annotated[
    Literal["month"] | Annotated[int, Field(ge=0, le=366)],
    Field(
        description='Độ lệch cho phép quanh ngày được nêu: "month" (cả tháng chứa ngày đó) '
        "hoặc số ngày trước và sau"
    ),
]
BasisField = Field(
    None,
    description="Căn cứ của yêu cầu: theo văn bản nguồn (source, kèm lời trích) hoặc diễn "
    "giải của khung (interpretation, kèm lý do). Thiếu thì coi là diễn giải.",
)


class LevelDef(StrictModel):
    """Một cấp hành chính mà khung áp dụng (vd. tỉnh, khu vực, cơ sở)."""

    id: Slug
    name: Text = Field(description='Tên tiếng Việt (vd. "BHXH cơ sở")')
    parent: Slug | None = Field(None, description="Cấp trên trực tiếp")
    aliases: list[Text] = Field(default_factory=list, description="Các cách gọi khác")


class Source(StrictModel):
    """Văn bản nguồn mà các mục của khung trích dẫn."""

    id: Slug
    title: Text = Field(description="Tên/trích yếu văn bản")
    number: str | None = Field(None, description='Số, ký hiệu (vd. "4057/KH-BHXH")')
    date: Date | None = Field(None, description="Ngày ban hành")
    issuer: str | None = Field(None, description="Cơ quan ban hành")


class Deadline(StrictModel):
    """Hạn gửi kế hoạch của cấp dưới: một ngày của năm kế hoạch."""

    day: DayMonth | None = Field(None, description='Ngày/tháng trong năm kế hoạch (vd. "15/1")')
    date: Date | None = Field(
        None, description="(Cũ) ngày cố định; dùng day để hạn áp dụng cho mọi năm"
    )
    inclusive: bool = Field(
        False,
        description="false: phải gửi trước ngày đó (văn bản ghi 'trước ngày'); "
        "true: chậm nhất là ngày đó",
    )
    levels: LevelList = Field(description="Các cấp phải gửi kế hoạch trước hạn này")
    text: str | None = Field(None, description="Câu văn quy định hạn trong văn bản")
    cite: Cite | None = None
    basis: Basis | None = BasisField

    @model_validator(mode="after")
    def _one_day(self) -> Deadline:
        if (self.day is None) == (self.date is None):
            raise PydanticCustomError("deadline_day", "give day (or the older date), not both", {})
        return self


class Clause(StrictModel):
    """Một điểm có số thứ tự của khung (mục đích, yêu cầu, phương pháp)."""

    code: Code | None = None
    text: Text = Field(description="Nội dung, đúng như văn bản nguồn")
    cite: Cite | None = None


class Subgroup(StrictModel):
    """Nhóm nhỏ của một nhóm chủ thể (Phụ lục II: 3.1–3.9, 4.1–4.2)."""

    id: Slug
    code: Code | None = None
    name: Text = Field(description="Tên nhóm, đúng như văn bản nguồn")
    aliases: list[Text] = Field(default_factory=list, description="Các cách gọi khác")
    required_levels: LevelList = Field(
        default_factory=list, description="Các cấp phải chi tiết nhóm này trong khung kịch bản"
    )
    minority_outreach: bool = Field(
        False,
        description="Nhóm đồng bào dân tộc thiểu số, tôn giáo: cần tài liệu tiếng dân tộc và "
        "người có uy tín (già làng, trưởng bản, chức sắc) tham gia",
    )
    cite: Cite | None = None
    basis: Basis | None = BasisField


class Group(StrictModel):
    """Nhóm chủ thể thông tin, truyền thông."""

    id: Slug
    code: Code | None = None
    name: Text = Field(description="Tên nhóm chủ thể, đúng như văn bản nguồn")
    aliases: list[Text] = Field(default_factory=list, description="Các cách gọi khác")
    required_levels: LevelList = Field(
        default_factory=list, description="Các cấp phải có nhóm này trong khung kịch bản"
    )
    minority_outreach: bool = Field(
        False,
        description="Nhóm đồng bào dân tộc thiểu số, tôn giáo: cần tài liệu tiếng dân tộc và "
        "người có uy tín (già làng, trưởng bản, chức sắc) tham gia",
    )
    cite: Cite | None = None
    basis: Basis | None = BasisField
    subgroups: list[Subgroup] = Field(default_factory=list, description="Nhóm nhỏ")


class PriorityGroup(StrictModel):
    """A priority ("potential") group of công văn 2643/BHXH-TT: voluntary BHXH, household BHYT."""

    id: Slug
    name: Text
    scheme: Slug = Field(description="bhxh-tu-nguyen hoặc bhyt-hgd")
    subgroups: list[Slug] = Field(
        default_factory=list, description="Các nhóm nhỏ của khung kịch bản bao quát nhóm này"
    )
    cite: Cite | None = None


class ContentArea(StrictModel):
    """Nội dung thông tin, truyền thông."""

    id: Slug
    code: Code | None = None
    name: Text
    details: list[Text] = Field(default_factory=list, description="Nội dung chi tiết")
    required_levels: LevelList = Field(default_factory=list)
    cite: Cite | None = None
    basis: Basis | None = BasisField


class Form(StrictModel):
    """Hình thức truyền thông."""

    id: Slug
    code: Code | None = None
    name: Text
    aliases: list[Text] = Field(
        default_factory=list,
        description="Các cách gọi khác (cụm từ ngắn các đơn vị hay ghi trong bảng kịch bản)",
    )
    kind: FormKindV = Field(
        description="regular: thường xuyên; themed: chủ đề; topical: chuyên đề; "
        "campaign: chiến dịch"
    )
    channel: ChannelV = Field(
        description="direct: trực tiếp; indirect: gián tiếp/đại chúng; digital: số, mạng"
    )
    parent: Slug | None = Field(None, description="Hình thức cha (vd. 1.3 của 1.3.1)")
    required_levels: LevelList = Field(default_factory=list)
    description: list[Text] = Field(default_factory=list)
    cite: Cite | None = None
    basis: Basis | None = BasisField


class Event(StrictModel):
    """Sự kiện chủ đề và khoảng thời gian phải tổ chức."""

    id: Slug
    code: Code | None = None
    name: Text
    form: Slug | None = Field(None, description="Hình thức (thường là chu-de)")
    days: list[DayMonth] = Field(
        default_factory=list, description='Các ngày văn bản nêu, không có năm (vd. "1/7")'
    )
    months: list[Month] = Field(
        default_factory=list, description="Các tháng văn bản nêu (vd. [8, 9])"
    )
    tolerance: Tolerance | None = Field(
        None, description="Độ lệch cho phép quanh ngày được nêu; thiếu thì theo khung"
    )
    dates: list[Date] = Field(
        default_factory=list, description="(Cũ) các ngày kỷ niệm có năm; dùng days"
    )
    window: Window | None = Field(
        None, description="(Cũ) khoảng thời gian có năm; dùng days/months và tolerance"
    )
    required_levels: LevelList = Field(default_factory=list)
    topics: list[Text] = Field(default_factory=list, description="Nội dung truyền thông")
    cite: Cite | None = None
    basis: Basis | None = BasisField


class Report(StrictModel):
    """Chế độ báo cáo."""

    id: Slug
    name: Text
    frequency: FrequencyV
    required_levels: LevelList = Field(default_factory=list)
    cite: Cite | None = None
    basis: Basis | None = BasisField


class Theme(StrictModel):
    """Một nội dung (chủ đề) truyền thông được giao (vd. "Một là …" của Công văn 2643)."""

    id: Slug
    code: Code | None = None
    text: Text = Field(description="Nội dung, đúng như văn bản nguồn")
    cite: Cite | None = None


class PreferredForm(StrictModel):
    """Một hình thức văn bản nguồn yêu cầu ưu tiên, và các hình thức của khung ứng với nó."""

    text: Text = Field(description="Lời văn bản nguồn")
    forms: list[Slug] = Field(default_factory=list, description="Mã hình thức trong khung")
    cite: Cite | None = None


class FundingSource(StrictModel):
    """Nguồn kinh phí được phép."""

    id: Slug
    name: Text
    cite: Cite | None = None


class Task(StrictModel):
    """Một nhiệm vụ có số thứ tự."""

    code: Code | None = None
    text: Text


class Duty(StrictModel):
    """Nhiệm vụ của một đơn vị (Tổ chức thực hiện)."""

    unit: Text
    code: Code | None = None
    tasks: list[Task] = Field(default_factory=list)
    cite: Cite | None = None


class SloganSet(StrictModel):
    """Khẩu hiệu cho một hoặc nhiều nhóm đối tượng."""

    groups: list[Slug] = Field(min_length=1)
    texts: list[Text] = Field(min_length=1)
    cite: Cite | None = None


class Objective(StrictModel):
    """Mục tiêu cụ thể của chiến dịch."""

    id: Slug
    code: Code | None = None
    text: Text
    cite: Cite | None = None


class Campaign(StrictModel):
    """Chiến dịch."""

    id: Slug
    code: Code | None = None
    name: Text
    purpose: str | None = None
    cite: Cite | None = None


class MatrixRow(StrictModel):
    """Mục tiêu → chiến dịch → nhóm → kênh → phương tiện (bảng 5.3)."""

    objective: Slug
    objective_text: str | None = None
    campaign: Slug
    groups: list[Text] = Field(default_factory=list)
    group_ids: list[Slug] = Field(default_factory=list)
    channels: list[ChannelV] = Field(min_length=1)
    media: list[Text] = Field(default_factory=list)
    form_ids: list[Slug] = Field(default_factory=list)
    cite: Cite | None = None


class CampaignActivity(StrictModel):
    """Hoạt động mẫu của chiến dịch."""

    id: Slug
    code: Code | None = None
    name: Text
    campaign: Slug | None = None
    purpose: str | None = None
    method: list[Text] = Field(default_factory=list)
    timing: str | None = None
    window: Window | None = None
    cite: Cite | None = None


class CampaignSpec(StrictModel):
    """Chủ đề, thông điệp, khẩu hiệu và ma trận mục tiêu của khung chiến dịch."""

    theme: Text = Field(description="Chủ đề tuyên truyền")
    logo: str | None = None
    message: Text = Field(description="Thông điệp chính")
    message_explanation: str | None = None
    slogans: list[SloganSet] = Field(default_factory=list)
    objectives: list[Objective] = Field(default_factory=list)
    campaigns: list[Campaign] = Field(default_factory=list)
    matrix: list[MatrixRow] = Field(default_factory=list)
    activities: list[CampaignActivity] = Field(default_factory=list)


class Framework(StrictModel):
    """Khung kế hoạch truyền thông ban hành cho một năm hoặc một chiến dịch."""

    id: Slug = Field(description="Mã khung (vd. vss-2023)")
    family: Slug | None = Field(
        None,
        description="Họ khung (vd. vss): kế hoạch ghi framework: vss dùng bản mới nhất không "
        "sau năm kế hoạch; thiếu thì lấy mã bỏ đuôi -NĂM",
    )
    name: Text = Field(description="Tên khung kế hoạch")
    kind: PlanKindV = PlanKind.ANNUAL
    year: int = Field(ge=2000, le=2100, description="Năm của bản khung (edition)")
    extends: str | None = Field(None, description="Khung cha: mã hoặc đường dẫn tương đối")
    remove: list[Slug] = Field(
        default_factory=list, description="Mã các mục của khung cha bị bỏ (khi dùng extends)"
    )
    levels: list[LevelDef] = Field(
        default_factory=list,
        description="Các cấp hành chính của khung; thiếu thì dùng national, province, region, "
        "district, commune",
    )
    level_map: dict[LevelV, list[LevelV]] = Field(
        default_factory=dict,
        description="(Khi extends) cấp cũ → các cấp mới: mọi yêu cầu ràng buộc cấp cũ nay "
        "ràng buộc các cấp mới (vd. district: [co-so])",
    )
    tolerance: Tolerance = Field(
        "month",
        description='Độ lệch mặc định quanh ngày được nêu của sự kiện chủ đề: "month" hoặc số ngày',
    )
    sources: list[Source] = Field(default_factory=list)
    deadline: Deadline | None = None
    purposes: list[Clause] = Field(default_factory=list)
    requirements: list[Clause] = Field(default_factory=list)
    groups: list[Group] = Field(default_factory=list)
    priority_groups: list[PriorityGroup] = Field(default_factory=list)
    themes: list[Theme] = Field(
        default_factory=list, description="Các nội dung truyền thông được giao (Công văn 2643)"
    )
    preferred_forms: list[PreferredForm] = Field(
        default_factory=list, description="Các hình thức được yêu cầu ưu tiên"
    )
    content_areas: list[ContentArea] = Field(default_factory=list)
    forms: list[Form] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    reporting: list[Report] = Field(default_factory=list)
    funding_sources: list[FundingSource] = Field(default_factory=list)
    methods: list[Clause] = Field(default_factory=list)
    responsibilities: list[Duty] = Field(default_factory=list)
    campaign: CampaignSpec | None = None
