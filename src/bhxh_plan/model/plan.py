"""A communication plan (Kế hoạch công tác thông tin, truyền thông) as data."""

from __future__ import annotations

from pydantic import Field

from bhxh_plan.model.common import (
    ChannelV,
    Date,
    LevelV,
    PlanKind,
    PlanKindV,
    Slug,
    StrictModel,
    TargetKey,
    Text,
)


class Issuer(StrictModel):
    """The issuing unit and the agency above it (góc trái của văn bản)."""

    parent: str | None = Field(
        None, description="Cơ quan chủ quản (vd. BẢO HIỂM XÃ HỘI VIỆT NAM)"
    )
    unit: Text = Field(description="Cơ quan ban hành (vd. BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI)")


class Signer(StrictModel):
    """Who signs the document (Nghị định 30/2020, Phụ lục I)."""

    authority: str | None = Field(None, description='Quyền hạn ký (vd. "KT. GIÁM ĐỐC")')
    title: Text = Field(description='Chức vụ người ký (vd. "PHÓ GIÁM ĐỐC")')
    name: Text = Field(description="Họ và tên người ký")


class DocumentInfo(StrictModel):
    """Document metadata for the official form."""

    issuer: Issuer
    number: Text = Field(description='Số, ký hiệu (vd. "15/KH-BHXH")')
    place: Text = Field(description="Địa danh (vd. Đồng Nai)")
    date: Date = Field(description="Ngày ban hành")
    title: Text = Field(description="Trích yếu (vd. Kế hoạch công tác thông tin, ...)")
    preamble: str | None = Field(None, description="Đoạn mở đầu trước Mục I")
    legal_bases: list[Text] = Field(default_factory=list, description="Căn cứ ban hành")
    signer: Signer
    recipients: list[Text] = Field(
        default_factory=list, description='Nơi nhận, dòng cuối "Lưu: VT, …"'
    )


class ContentAreaRef(StrictModel):
    """A content area of the framework that the plan addresses."""

    area: Slug = Field(description="Mã nội dung trong khung")
    details: list[Text] = Field(default_factory=list, description="Nội dung cụ thể của đơn vị")


class ScenarioRow(StrictModel):
    """One row of the scenario frame (khung kịch bản)."""

    id: Slug = Field(description="Mã dòng, duy nhất trong kế hoạch")
    form: Slug = Field(description="Mã hình thức truyền thông trong khung")
    form_text: str | None = Field(None, description="Hình thức truyền thông, như ghi trong bảng")
    channel: ChannelV | None = Field(None, description="Kênh, nếu khác kênh của hình thức")
    frequency: str | None = Field(None, description="Tần suất/thời gian thực hiện")
    method: list[Text] = Field(default_factory=list, description="Cách thức thực hiện")
    lead: str | None = Field(None, description="Đơn vị chủ trì")
    partners: list[Text] = Field(default_factory=list, description="Đơn vị phối hợp")
    coordination: str | None = Field(None, description="Hình thức phối hợp")
    tasks: list[Text] = Field(default_factory=list, description="Công việc phối hợp/thực hiện")
    languages: list[Text] = Field(
        default_factory=list, description="Ngôn ngữ của tài liệu ngoài tiếng Việt"
    )
    respected_persons: list[Text] = Field(
        default_factory=list, description="Người có uy tín tham gia (già làng, chức sắc, …)"
    )


class ScenarioEntry(StrictModel):
    """The rows for one subject group or sub-group."""

    group: Slug = Field(description="Mã nhóm chủ thể trong khung")
    subgroup: Slug | None = Field(None, description="Mã nhóm nhỏ trong khung")
    subject: str | None = Field(None, description="Chủ thể được truyền thông, như ghi trong bảng")
    rows: list[ScenarioRow] = Field(default_factory=list)


class Activity(StrictModel):
    """A dated activity: themed event, campaign, conference …"""

    id: Slug
    name: Text = Field(description="Tên hoạt động")
    event: Slug | None = Field(None, description="Mã sự kiện chủ đề trong khung")
    form: Slug | None = Field(None, description="Mã hình thức trong khung")
    start: Date = Field(description="Ngày bắt đầu")
    end: Date | None = Field(None, description="Ngày kết thúc (mặc định bằng ngày bắt đầu)")
    groups: list[Slug] = Field(default_factory=list, description="Mã nhóm/nhóm nhỏ hướng tới")
    lead: str | None = Field(None, description="Đơn vị chủ trì")
    partners: list[Text] = Field(default_factory=list, description="Đơn vị phối hợp")
    description: str | None = None
    budget: int | None = Field(None, ge=0, description="Kinh phí (đồng)")
    funding: Slug | None = Field(None, description="Mã nguồn kinh phí")
    targets: dict[TargetKey, int | float] = Field(
        default_factory=dict, description="Chỉ tiêu (vd. hoi_nghi: 10, luot_nguoi: 500)"
    )


class BudgetLine(StrictModel):
    id: Slug
    name: Text
    source: Slug = Field(description="Mã nguồn kinh phí")
    amount: int = Field(ge=0, description="Số tiền (đồng)")


class Funding(StrictModel):
    """Funding sources and budget lines (Kinh phí thực hiện)."""

    sources: list[Slug] = Field(default_factory=list, description="Mã các nguồn kinh phí")
    total: int | None = Field(None, ge=0, description="Tổng kinh phí (đồng)")
    lines: list[BudgetLine] = Field(default_factory=list)
    notes: str | None = Field(None, description='Ghi chú (vd. "lồng ghép", "tiết kiệm")')


class Responsibility(StrictModel):
    unit: Text = Field(description="Đơn vị")
    tasks: list[Text] = Field(default_factory=list, description="Nhiệm vụ")


class ReportingItem(StrictModel):
    report: Slug = Field(description="Mã loại báo cáo trong khung")
    deadline: str | None = Field(None, description="Thời hạn")
    recipient: str | None = Field(None, description="Nơi nhận báo cáo")


class PlanSlogans(StrictModel):
    group: Slug
    texts: list[Text] = Field(min_length=1)


class PlanMatrixRow(StrictModel):
    objective: Slug
    campaign: Slug
    groups: list[Slug] = Field(default_factory=list)
    channels: list[ChannelV] = Field(default_factory=list)
    media: list[Slug] = Field(default_factory=list, description="Mã hình thức/phương tiện")


class PlanCampaign(StrictModel):
    """Theme, message, slogans and matrix of a campaign plan."""

    theme: Text
    message: Text
    slogans: list[PlanSlogans] = Field(default_factory=list)
    matrix: list[PlanMatrixRow] = Field(default_factory=list)


class Plan(StrictModel):
    """Kế hoạch công tác thông tin, truyền thông."""

    framework: Text = Field(description="Mã khung (vd. vss-2023) hoặc đường dẫn tới tệp khung")
    kind: PlanKindV = Field(PlanKind.ANNUAL, description="annual: năm; campaign: chiến dịch")
    year: int = Field(ge=2000, le=2100, description="Năm kế hoạch")
    level: LevelV = Field(description="Cấp: national, province, region, district, commune")
    document: DocumentInfo
    purposes: list[Text] = Field(default_factory=list, description="Mục đích")
    requirements: list[Text] = Field(default_factory=list, description="Yêu cầu")
    content_areas: list[ContentAreaRef] = Field(default_factory=list)
    scenario: list[ScenarioEntry] = Field(default_factory=list, description="Khung kịch bản")
    activities: list[Activity] = Field(default_factory=list)
    funding: Funding | None = None
    responsibilities: list[Responsibility] = Field(default_factory=list)
    reporting: list[ReportingItem] = Field(default_factory=list)
    campaign: PlanCampaign | None = None
