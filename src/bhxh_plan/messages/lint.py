"""Messages of the lint rules, waivers and configuration."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "lint.cite": ("Căn cứ: {source}, {section}", "Basis: {source}, {section}"),
    "lint.clause": ("Căn cứ: {clause}", "Basis: {clause}"),
    "lint.basis.source": ("theo văn bản: “{quote}”", "the source says: “{quote}”"),
    "lint.basis.stated": ("theo văn bản", "stated by the source"),
    "lint.basis.reading": (
        "diễn giải của khung: {reason}",
        "the framework's reading: {reason}",
    ),
    "lint.basis.unstated": (
        "diễn giải của khung (khung không ghi căn cứ)",
        "the framework's reading (the framework names no basis)",
    ),
    "lint.field.lead": ("đơn vị chủ trì", "lead unit"),
    "lint.field.frequency": ("tần suất/thời gian", "frequency"),
    "lint.field.method": ("cách thức thực hiện", "method"),
    "lint.field.languages": ("tài liệu tiếng dân tộc (languages)", "minority-language materials"),
    "lint.field.respected_persons": (
        "người có uy tín tham gia (respected_persons)",
        "respected persons taking part",
    ),
    "lint.hygiene.tcvn3": ("văn bản gõ bằng mã TCVN3 (ABC)", "text typed in TCVN3 (ABC)"),
    "lint.hygiene.vni": ("văn bản gõ bằng mã VNI", "text typed in VNI"),
    "lint.hygiene.detached": (
        "dấu thanh tách rời chữ (dán từ PDF)",
        "tone marks detached from their letters (pasted from PDF)",
    ),
    "lint.hygiene.nfc": ("chưa ở dạng Unicode dựng sẵn (NFC)", "not in NFC"),
    "lint.hygiene.spaces": ("hai dấu cách liền nhau", "doubled spaces"),
    "lint.hygiene.nbsp": (
        "khoảng trắng không ngắt (NBSP) giữa các từ",
        "no-break spaces between words",
    ),
    "lint.hygiene.brackets": ("ngoặc hoặc dấu nháy không cân đối", "unbalanced brackets or quotes"),
    "waiver.no_reason": ("miễn trừ thiếu lý do", "the waiver gives no reason"),
    "waiver.no_reason.hint": (
        "viết '# bhxh-plan: ignore[{rules}] lý do: …'",
        "write '# bhxh-plan: ignore[{rules}] lý do: …'",
    ),
    "waiver.builtin": (
        "lỗi {rule} không miễn trừ được (tệp phải hợp lệ)",
        "{rule} cannot be waived (the file must be valid)",
    ),
    "waiver.builtin.hint": ("sửa lỗi {rule} thay vì miễn trừ", "fix {rule} instead"),
    "waiver.unknown": (
        "miễn trừ nêu quy tắc không tồn tại '{rule}'",
        "the waiver names an unknown rule '{rule}'",
    ),
    "waiver.unknown.hint": ("có phải: {options}?", "did you mean: {options}?"),
    "waiver.expired": ("miễn trừ đã hết hạn ngày {until}", "the waiver expired on {until}"),
    "waiver.expired.hint": (
        "sửa vấn đề, hoặc gia hạn 'đến' nếu còn lý do",
        "fix the problem, or extend 'đến' if the reason still holds",
    ),
    "waiver.unused": ("miễn trừ {rules} không dùng đến", "waiver for {rules} is not used"),
    "waiver.unused.hint": ("xóa dòng miễn trừ này", "remove this waiver"),
    "waiver.bad_date": (
        "ngày hết hạn '{value}' không tồn tại",
        "expiry date '{value}' does not exist",
    ),
    "waiver.bad_date.hint": ("viết 'đến NĂM-THÁNG-NGÀY'", "write 'đến YEAR-MONTH-DAY'"),
    "config.toml": (
        "không đọc được pyproject.toml: {error}",
        "cannot read pyproject.toml: {error}",
    ),
    "config.unknown_rule": ("không có quy tắc '{rule}'", "no rule '{rule}'"),
    "config.unknown_rule.hint": ("có phải: {options}?", "did you mean: {options}?"),
    "github.capped": (
        "(chỉ ghi {shown}/{total} chú thích)",
        "(showing {shown} of {total} annotations)",
    ),
    "lint.rules_hint": (
        "xem danh sách quy tắc: 'bhxh-plan rules'",
        "list the rules: 'bhxh-plan rules'",
    ),
    "lint.progress": ("Đang kiểm tra", "Checking"),
    "lint.fixed": ("đã sửa {count} giá trị trong {file}", "fixed {count} value(s) in {file}"),
    "lint.fix_failed": (
        "không tự sửa được {file}: kết quả sửa không đọc lại đúng; tệp giữ nguyên",
        "could not fix {file}: the repaired text would not read back the same; file left as is",
    ),
    "rules.builtin": (
        "kiểm tra có sẵn, luôn chạy (validate)",
        "built-in check, always on (validate)",
    ),
    "rules.legend": ("* = tự sửa được bằng --fix", "* = fixable with --fix"),
    "rules.fixable": ("tự sửa được bằng --fix", "fixable with --fix"),
    "rules.clause": ("Căn cứ", "Basis"),
    "rules.fix": ("Cách sửa", "How to fix"),
    "rules.fail": ("Ví dụ sai", "Failing example"),
    "rules.pass": ("Ví dụ đúng", "Passing example"),
}
