"""A communication plan (Kế hoạch công tác thông tin, truyền thông) as data."""

from __future__ import annotations

from pydantic import Field

from bhxh_plan.model.common import (
    ChannelV,
    Date,
    LevelV,
    Money,
    PlanKind,
    PlanKindV,
    Slug,
    StrictModel,
    TargetKey,
    TargetValue,
    Text,
)


class Issuer(StrictModel):
    """Cơ quan ban hành và cơ quan chủ quản (góc trái của văn bản)."""

    parent: str | None = Field(None, description="Cơ quan chủ quản (vd. BẢO HIỂM XÃ HỘI VIỆT NAM)")
    unit: Text = Field(description="Cơ quan ban hành (vd. BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI)")


class Signer(StrictModel):
    """Người ký văn bản (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""

    authority: str | None = Field(None, description='Quyền hạn ký (vd. "KT. GIÁM ĐỐC")')
    title: Text = Field(description='Chức vụ người ký (vd. "PHÓ GIÁM ĐỐC")')
    name: Text = Field(description="Họ và tên người ký")


class DocumentInfo(StrictModel):
    """Thông tin văn bản theo thể thức hành chính (số, ngày, trích yếu, nơi nhận…)."""

    issuer: Issuer = Field(description="Cơ quan ban hành")
    number: Text = Field(description='Số, ký hiệu (vd. "15/KH-BHXH")')
    place: Text = Field(description="Địa danh (vd. Đồng Nai)")
    date: Date = Field(description="Ngày ban hành")
    title: Text = Field(description="Trích yếu (vd. Kế hoạch công tác thông tin, ...)")
    preamble: str | None = Field(None, description="Đoạn mở đầu trước Mục I")
    legal_bases: list[Text] = Field(default_factory=list, description="Căn cứ ban hành")
    signer: Signer = Field(description="Người ký")
    recipients: list[Text] = Field(
        default_factory=list, description='Nơi nhận, dòng cuối "Lưu: VT, …"'
    )


class ContentAreaRef(StrictModel):
    """Một nội dung truyền thông của khung mà kế hoạch thực hiện."""

    area: Slug = Field(description="Mã nội dung trong khung")
    details: list[Text] = Field(default_factory=list, description="Nội dung cụ thể của đơn vị")


class ScenarioRow(StrictModel):
    """Một dòng của khung kịch bản truyền thông."""

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
    """Các dòng kịch bản của một nhóm chủ thể hoặc nhóm nhỏ."""

    group: Slug = Field(description="Mã nhóm chủ thể trong khung")
    subgroup: Slug | None = Field(None, description="Mã nhóm nhỏ trong khung")
    subject: str | None = Field(None, description="Chủ thể được truyền thông, như ghi trong bảng")
    rows: list[ScenarioRow] = Field(default_factory=list)


class Activity(StrictModel):
    """Hoạt động có ngày: sự kiện chủ đề, chiến dịch, hội nghị…"""

    id: Slug
    name: Text = Field(description="Tên hoạt động")
    event: Slug | None = Field(None, description="Mã sự kiện chủ đề trong khung")
    form: Slug | None = Field(None, description="Mã hình thức trong khung")
    start: Date = Field(description="Ngày bắt đầu")
    end: Date | None = Field(None, description="Ngày kết thúc (mặc định bằng ngày bắt đầu)")
    groups: list[Slug] = Field(default_factory=list, description="Mã nhóm/nhóm nhỏ hướng tới")
    lead: str | None = Field(None, description="Đơn vị chủ trì")
    partners: list[Text] = Field(default_factory=list, description="Đơn vị phối hợp")
    description: str | None = Field(None, description="Mô tả")
    budget: Money | None = Field(None, description="Kinh phí (đồng)")
    funding: Slug | None = Field(None, description="Mã nguồn kinh phí")
    targets: dict[TargetKey, TargetValue] = Field(
        default_factory=dict, description="Chỉ tiêu (vd. hoi_nghi: 10, luot_nguoi: 500)"
    )


class BudgetLine(StrictModel):
    """Một dòng dự toán kinh phí."""

    id: Slug
    name: Text = Field(description="Nội dung chi")
    source: Slug = Field(description="Mã nguồn kinh phí")
    amount: Money = Field(description="Số tiền (đồng)")


class Funding(StrictModel):
    """Nguồn kinh phí và dự toán (Kinh phí thực hiện)."""

    sources: list[Slug] = Field(default_factory=list, description="Mã các nguồn kinh phí")
    total: Money | None = Field(None, description="Tổng kinh phí (đồng)")
    lines: list[BudgetLine] = Field(default_factory=list, description="Dự toán chi tiết")
    notes: str | None = Field(None, description='Ghi chú (vd. "lồng ghép", "tiết kiệm")')


class Responsibility(StrictModel):
    """Nhiệm vụ của một đơn vị (Tổ chức thực hiện)."""

    unit: Text = Field(description="Đơn vị")
    tasks: list[Text] = Field(default_factory=list, description="Nhiệm vụ")


class ReportingItem(StrictModel):
    """Một chế độ báo cáo mà đơn vị thực hiện."""

    report: Slug = Field(description="Mã loại báo cáo trong khung")
    deadline: str | None = Field(None, description="Thời hạn")
    recipient: str | None = Field(None, description="Nơi nhận báo cáo")


class PlanSlogans(StrictModel):
    """Khẩu hiệu cho một nhóm đối tượng."""

    group: Slug = Field(description="Mã nhóm")
    texts: list[Text] = Field(min_length=1, description="Các khẩu hiệu")


class PlanMatrixRow(StrictModel):
    """Mục tiêu → chiến dịch → nhóm → kênh → phương tiện."""

    objective: Slug = Field(description="Mã mục tiêu trong khung")
    campaign: Slug = Field(description="Mã chiến dịch trong khung")
    groups: list[Slug] = Field(default_factory=list, description="Mã nhóm đối tượng")
    channels: list[ChannelV] = Field(default_factory=list, description="Kênh")
    media: list[Slug] = Field(default_factory=list, description="Mã hình thức/phương tiện")


class PlanCampaign(StrictModel):
    """Chủ đề, thông điệp, khẩu hiệu và ma trận của kế hoạch chiến dịch."""

    theme: Text = Field(description="Chủ đề")
    message: Text = Field(description="Thông điệp chính")
    slogans: list[PlanSlogans] = Field(default_factory=list, description="Khẩu hiệu")
    matrix: list[PlanMatrixRow] = Field(
        default_factory=list, description="Ma trận mục tiêu → chiến dịch → nhóm → kênh"
    )


class Plan(StrictModel):
    """Kế hoạch công tác thông tin, truyền thông."""

    framework: Text = Field(description="Mã khung (vd. vss-2023) hoặc đường dẫn tới tệp khung")
    kind: PlanKindV = Field(PlanKind.ANNUAL, description="annual: năm; campaign: chiến dịch")
    year: int = Field(ge=2000, le=2100, description="Năm kế hoạch")
    level: LevelV = Field(description="Cấp, theo các cấp khung khai báo (vd. province, district)")
    document: DocumentInfo = Field(description="Thông tin văn bản")
    purposes: list[Text] = Field(default_factory=list, description="Mục đích")
    requirements: list[Text] = Field(default_factory=list, description="Yêu cầu")
    content_areas: list[ContentAreaRef] = Field(
        default_factory=list, description="Nội dung thông tin, truyền thông"
    )
    scenario: list[ScenarioEntry] = Field(default_factory=list, description="Khung kịch bản")
    activities: list[Activity] = Field(default_factory=list, description="Hoạt động có ngày")
    funding: Funding | None = Field(None, description="Kinh phí thực hiện")
    responsibilities: list[Responsibility] = Field(
        default_factory=list, description="Tổ chức thực hiện: nhiệm vụ từng đơn vị"
    )
    reporting: list[ReportingItem] = Field(default_factory=list, description="Chế độ báo cáo")
    campaign: PlanCampaign | None = Field(
        None, description="Chủ đề, thông điệp, khẩu hiệu (kế hoạch chiến dịch)"
    )
