"""Messages of ``bhxh-plan fmt``."""

from __future__ import annotations

from typing import Final

# key: (Vietnamese, English)
MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "fmt.formatted": ("đã định dạng {path}", "formatted {path}"),
    "fmt.would_change": ("{path}: chưa ở dạng chuẩn", "{path}: not in canonical form"),
    "fmt.skipped": (
        "bỏ qua {path}: không phải kế hoạch hay khung",
        "skipped {path}: neither a plan nor a framework",
    ),
    "fmt.summary": (
        "Đã định dạng {changed}/{files} tệp.",
        "Formatted {changed} of {files} file(s).",
    ),
    "fmt.check_ok": (
        "Cả {files} tệp đã ở dạng chuẩn.",
        "All {files} file(s) are in canonical form.",
    ),
    "fmt.check_failed": (
        "{changed}/{files} tệp chưa ở dạng chuẩn; chạy 'bhxh-plan fmt' với các tệp này "
        "để định dạng.",
        "{changed} of {files} file(s) are not in canonical form; run 'bhxh-plan fmt' on them.",
    ),
    "fmt.diff_summary": (
        "{changed}/{files} tệp sẽ thay đổi (chưa ghi gì).",
        "{changed} of {files} file(s) would change (nothing written).",
    ),
    "fmt.unsafe": (
        "không định dạng {path}: dạng chuẩn sẽ làm thay đổi {what}; tệp được giữ nguyên",
        "not formatting {path}: the canonical form would change its {what}; the file is untouched",
    ),
    "fmt.unsafe.data": ("dữ liệu", "data"),
    "fmt.unsafe.comments": ("chú thích", "comments"),
    "fmt.unsafe.hint": (
        "đây là lỗi của bhxh-plan; vui lòng báo lỗi kèm tệp này",
        "this is a bhxh-plan bug; please report it with this file",
    ),
    "fmt.label.current": ("hiện tại", "current"),
    "fmt.label.canonical": ("dạng chuẩn", "canonical"),
    "fmt.unsafe_waiver": (
        "{path}:{line}: không định dạng: ở dạng chuẩn, miễn trừ trên dòng này sẽ miễn trừ "
        "khác đi (các dòng được gộp hoặc tách); tệp được giữ nguyên",
        "{path}:{line}: not formatting: in canonical form the waiver on this line would waive "
        "something else (lines are joined or split); the file is untouched",
    ),
    "fmt.unsafe_waiver.hint": (
        "đặt miễn trừ trên một dòng riêng, ngay trên mục cần miễn trừ, hoặc xóa miễn trừ "
        "không dùng đến ('bhxh-plan lint' báo miễn trừ không dùng), rồi chạy lại 'bhxh-plan fmt'",
        "put the waiver on a line of its own just above the entry it waives, or remove it if "
        "unused ('bhxh-plan lint' reports unused waivers), then run 'bhxh-plan fmt' again",
    ),
    "fmt.not_done": (
        "{count} tệp không đọc được hoặc không định dạng được (xem ở trên).",
        "{count} file(s) could not be read or formatted (see above).",
    ),
}
