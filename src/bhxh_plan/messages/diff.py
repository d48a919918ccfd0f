"""Messages of ``bhxh-plan diff``, ``diff-textconv`` and ``git-setup``."""

from __future__ import annotations

from typing import Final

_FIELDS: Final[dict[str, tuple[str, str]]] = {
    "framework": ("khung kế hoạch", "framework"),
    "kind": ("loại kế hoạch", "plan kind"),
    "year": ("năm", "year"),
    "level": ("cấp", "level"),
    "issuer.parent": ("cơ quan chủ quản", "parent body"),
    "issuer.unit": ("cơ quan ban hành", "issuing body"),
    "number": ("số, ký hiệu", "number"),
    "place": ("địa danh", "place"),
    "date": ("ngày ban hành", "date of issue"),
    "title": ("trích yếu", "title"),
    "preamble": ("đoạn mở đầu", "preamble"),
    "signer.authority": ("quyền hạn ký", "signing authority"),
    "signer.title": ("chức vụ người ký", "signer's title"),
    "signer.name": ("người ký", "signer"),
    "subject": ("chủ thể được truyền thông", "audience as written"),
    "entry": ("nhóm chủ thể", "audience group"),
    "form": ("hình thức", "form"),
    "form_text": ("hình thức (như ghi trong bảng)", "form as written"),
    "channel": ("kênh", "channel"),
    "frequency": ("tần suất/thời gian thực hiện", "frequency/timing"),
    "method": ("cách thức thực hiện", "method"),
    "lead": ("đơn vị chủ trì", "lead unit"),
    "partners": ("đơn vị phối hợp", "partner units"),
    "coordination": ("hình thức phối hợp", "kind of coordination"),
    "tasks": ("công việc phối hợp/thực hiện", "tasks"),
    "languages": ("ngôn ngữ", "languages"),
    "respected_persons": ("người có uy tín tham gia", "respected persons"),
    "name": ("tên", "name"),
    "event": ("sự kiện", "event"),
    "groups": ("nhóm hướng tới", "target groups"),
    "description": ("mô tả", "description"),
    "budget": ("kinh phí", "budget"),
    "funding": ("nguồn kinh phí", "funding source"),
    "target": ("chỉ tiêu {key}", "target {key}"),
    "sources": ("các nguồn kinh phí", "funding sources"),
    "total": ("tổng kinh phí", "total budget"),
    "notes": ("ghi chú kinh phí", "budget notes"),
    "source": ("nguồn", "source"),
    "amount": ("số tiền", "amount"),
    "deadline": ("thời hạn", "deadline"),
    "recipient": ("nơi nhận báo cáo", "report recipient"),
    "theme": ("chủ đề", "theme"),
    "message": ("thông điệp", "message"),
    "texts": ("khẩu hiệu", "slogans"),
    "channels": ("kênh", "channels"),
    "media": ("phương tiện", "media"),
    "dates": ("ngày", "dates"),
}

_ENTITIES: Final[dict[str, tuple[str, str, str, str]]] = {
    # key: (vi noun, en noun, vi "the ones", en "the ones")
    "legal_basis": ("căn cứ", "legal basis", "các căn cứ", "legal bases"),
    "recipient": ("nơi nhận", "recipient", "nơi nhận", "recipients"),
    "purpose": ("mục đích", "purpose", "các mục đích", "purposes"),
    "requirement": ("yêu cầu", "requirement", "các yêu cầu", "requirements"),
    "content_area": (
        "nội dung truyền thông",
        "content area",
        "các nội dung truyền thông",
        "content areas",
    ),
    "detail": ("nội dung chi tiết", "detail", "các nội dung chi tiết", "details"),
    "scenario_entry": (
        "nhóm chủ thể trong khung kịch bản",
        "scenario audience group",
        "các nhóm chủ thể trong khung kịch bản",
        "scenario audience groups",
    ),
    "row": ("dòng kịch bản", "scenario row", "các dòng kịch bản", "scenario rows"),
    "activity": ("hoạt động", "activity", "các hoạt động", "activities"),
    "budget_line": ("dòng dự toán", "budget line", "các dòng dự toán", "budget lines"),
    "responsibility": (
        "đơn vị thực hiện",
        "responsible unit",
        "các đơn vị thực hiện",
        "responsible units",
    ),
    "task": ("nhiệm vụ", "task", "các nhiệm vụ", "tasks"),
    "report": ("chế độ báo cáo", "report", "các chế độ báo cáo", "reports"),
    "campaign": ("nội dung chiến dịch", "campaign part", "", ""),
    "slogan": ("khẩu hiệu", "slogans", "các nhóm khẩu hiệu", "slogan groups"),
    "matrix_row": ("dòng ma trận", "matrix row", "các dòng ma trận", "matrix rows"),
}

_ENUMS: Final[dict[str, tuple[str, str]]] = {
    "national": ("toàn quốc", "national"),
    "province": ("cấp tỉnh", "province"),
    "region": ("cấp khu vực", "region"),
    "district": ("cấp huyện", "district"),
    "commune": ("cấp xã", "commune"),
    "annual": ("kế hoạch năm", "annual plan"),
    "campaign": ("kế hoạch chiến dịch", "campaign plan"),
    "direct": ("trực tiếp", "direct"),
    "indirect": ("gián tiếp", "indirect"),
    "digital": ("số, trực tuyến", "digital"),
}

_SECTIONS: Final[dict[str, tuple[str, str]]] = {
    "plan": ("Kế hoạch", "Plan"),
    "document": ("Văn bản", "Document"),
    "purposes": ("Mục đích", "Purposes"),
    "requirements": ("Yêu cầu", "Requirements"),
    "content_areas": ("Nội dung thông tin, truyền thông", "Content areas"),
    "scenario": ("Khung kịch bản", "Scenario"),
    "activities": ("Hoạt động", "Activities"),
    "funding": ("Kinh phí", "Funding"),
    "responsibilities": ("Tổ chức thực hiện", "Responsibilities"),
    "reporting": ("Chế độ báo cáo", "Reporting"),
    "campaign": ("Chiến dịch", "Campaign"),
}

_TEXTS: Final[dict[str, tuple[str, str]]] = {
    # sentences
    "diff.added": ("Thêm {entity}: {details}", "Added {entity}: {details}"),
    "diff.removed": ("Bỏ {entity}: {details}", "Removed {entity}: {details}"),
    "diff.reordered_field": ("Đổi thứ tự {label}", "Reordered {label}"),
    "diff.reordered": ("Đổi thứ tự {what}", "Reordered {what}"),
    "diff.edited": ("Sửa {entity}: {old} → {new}", "Edited {entity}: {old} → {new}"),
    "diff.dates": ("Dời ngày: {old} → {new}", "Dates moved: {old} → {new}"),
    "diff.list.added": ("thêm {items}", "added {items}"),
    "diff.list.removed": ("bỏ {items}", "removed {items}"),
    "diff.set": ("Thêm {label}: {new}", "Set {label}: {new}"),
    "diff.unset": ("Bỏ {label}: {old}", "Removed {label}: {old}"),
    "diff.changed": ("Đổi {label}: {old} → {new}", "Changed {label}: {old} → {new}"),
    "diff.money": ("{amount} đồng", "{amount} VND"),
    "diff.plan_title": (
        "Kế hoạch số {number} ngày {date} ({unit})",
        "Plan No. {number} of {date} ({unit})",
    ),
    "diff.entry_details": ("{name} ({rows} dòng)", "{name} ({rows} row(s))"),
    "diff.where.row": ("Dòng kịch bản {id}, nhóm {entry}", "Scenario row {id}, group {entry}"),
    "diff.where.activity": ("Hoạt động {id} “{name}”", "Activity {id} “{name}”"),
    "diff.where.budget_line": ("Dòng dự toán {id} “{name}”", "Budget line {id} “{name}”"),
    "diff.where.slogans": ("Khẩu hiệu cho {group}", "Slogans for {group}"),
    "diff.where.matrix": ("Ma trận: {objective} / {campaign}", "Matrix: {objective} / {campaign}"),
    # notes of the comparison table
    "diff.note.add": ("Bổ sung", "Added"),
    "diff.note.remove": ("Bãi bỏ", "Removed"),
    "diff.note.change": ("Sửa đổi", "Changed"),
    "diff.note.move": ("Đổi thứ tự", "Reordered"),
    "diff.note.dates": ("Dời ngày", "Dates moved"),
    # reports
    "diff.heading": ("So sánh kế hoạch: {old} → {new}", "Plan comparison: {old} → {new}"),
    "diff.old": ("Cũ", "Old"),
    "diff.new": ("Mới", "New"),
    "diff.same": (
        "Không có khác biệt: hai kế hoạch có cùng nội dung.",
        "No differences: the two plans have the same content.",
    ),
    "diff.summary": (
        "Tóm tắt: {add} bổ sung, {remove} bãi bỏ, {change} sửa đổi, {move} đổi thứ tự.",
        "Summary: {add} added, {remove} removed, {change} changed, {move} reordered.",
    ),
    "diff.budget.heading": ("Kinh phí (trước → sau)", "Budget (before → after)"),
    "diff.budget.total": ("Tổng kinh phí ghi trong kế hoạch", "Declared total"),
    "diff.budget.lines": ("Tổng các dòng dự toán", "Sum of budget lines"),
    "diff.budget.activities": ("Tổng kinh phí các hoạt động", "Sum of activity budgets"),
    "diff.budget.none": ("(không ghi)", "(not given)"),
    "diff.table.title": ("BẢNG SO SÁNH, ĐỐI CHIẾU", "COMPARISON TABLE"),
    "diff.table.subtitle": ("giữa {old} và {new}", "between {old} and {new}"),
    "diff.table.tt": ("TT", "No."),
    "diff.table.old": ("Nội dung cũ", "Old text"),
    "diff.table.new": ("Nội dung mới", "New text"),
    "diff.table.note": ("Ghi chú", "Notes"),
    "diff.table.sheet": ("So sánh", "Comparison"),
    "diff.table.none": ("Không có khác biệt.", "No differences."),
    # command errors
    "diff.git_missing": ("không tìm thấy lệnh git", "git is not installed"),
    "diff.git_missing.hint": (
        "cài git, hoặc lấy phiên bản cũ ra tệp rồi so sánh hai tệp",
        "install git, or save the old version to a file and compare two files",
    ),
    "diff.git_failed": (
        "không đọc được {spec} từ git: {error}",
        "cannot read {spec} from git: {error}",
    ),
    "diff.git_failed.hint": (
        "kiểm tra tên phiên bản (vd. HEAD~1) và đường dẫn trong kho: git show {spec}",
        "check the revision (e.g. HEAD~1) and the path in the repository: git show {spec}",
    ),
    "diff.invalid_side": (
        "{name} không phải kế hoạch hợp lệ; sửa các lỗi trên rồi so sánh lại",
        "{name} is not a valid plan; fix the problems above and compare again",
    ),
    "diff.is_framework": (
        "{name} là tệp khung, không phải kế hoạch",
        "{name} is a framework file, not a plan",
    ),
    "diff.is_framework.hint": (
        "diff so sánh hai kế hoạch; dùng git diff cho tệp khung",
        "diff compares two plans; use git diff for framework files",
    ),
    "diff.out_required": ("--format {fmt} cần -o TỆP_RA", "--format {fmt} needs -o OUT"),
    "diff.out_hint": (
        "chọn một tệp ra khác, vd. -o so-sanh.xlsx",
        "choose another output file, e.g. -o comparison.xlsx",
    ),
    # git integration
    "diff.textconv.header": (
        "# bhxh-plan: nội dung kế hoạch để so sánh (xem tệp gốc: git diff --no-textconv)",
        "# bhxh-plan: plan content for comparison (raw file: git diff --no-textconv)",
    ),
    "diff.textconv.order": ("thứ tự", "order"),
    "git.not_repo": (
        "thư mục hiện tại không nằm trong một kho git",
        "the current folder is not inside a git repository",
    ),
    "git.not_repo.hint": (
        "chạy lệnh trong kho git (git init), hoặc dùng --global",
        "run it inside a git repository (git init), or use --global",
    ),
    "git.failed": ("git không chạy được: {error}", "git failed: {error}"),
    "git.attr_added": ("đã thêm vào {path}: {line}", "added to {path}: {line}"),
    "git.attr_exists": ("{path} đã có: {line}", "{path} already has: {line}"),
    "git.config_set": ("đã đặt git config {name} = {value}", "set git config {name} = {value}"),
    "git.done": (
        "Xong: git diff, git log -p và git show sẽ hiển thị thay đổi theo nội dung kế hoạch.",
        "Done: git diff, git log -p and git show now show changes in plan terms.",
    ),
    # hardening (xmlsec): a revision git could read as an option
    "diff.bad_revision": (
        "{spec}: tên phiên bản '{rev}' bắt đầu bằng dấu '-', git sẽ hiểu là một tùy chọn",
        "{spec}: the revision '{rev}' starts with '-', which git would read as an option",
    ),
    "diff.bad_revision.hint": (
        "ghi tên phiên bản như HEAD~1, main hoặc mã commit, vd. HEAD~1:ke-hoach.yaml",
        "give a revision such as HEAD~1, main or a commit id, e.g. HEAD~1:plan.yaml",
    ),
    # hardening (cli): the stored command
    "git.command_note": (
        "lệnh trên ghi đường dẫn đầy đủ của Python đang chạy bhxh-plan, nên git diff chạy được "
        "từ mọi cửa sổ lệnh, kể cả khi chưa kích hoạt môi trường ảo; nếu di chuyển hoặc tạo lại "
        "môi trường ảo, hãy chạy lại bhxh-plan git-setup",
        "the command above holds the full path of the Python running bhxh-plan, so git diff "
        "works from any shell, even without the virtual environment activated; after moving or "
        "recreating the virtual environment, run bhxh-plan git-setup again",
    ),
}

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    **{f"diff.field.{k}": v for k, v in _FIELDS.items()},
    **{f"diff.entity.{k}": (v[0], v[1]) for k, v in _ENTITIES.items()},
    **{f"diff.order.{k}": (v[2], v[3]) for k, v in _ENTITIES.items() if v[2]},
    **{f"diff.enum.{k}": v for k, v in _ENUMS.items()},
    **{f"diff.section.{k}": v for k, v in _SECTIONS.items()},
    **_TEXTS,
}
