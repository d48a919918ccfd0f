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
    "fmt.write_failed": (
        "không ghi được {path}: {error}",
        "cannot write {path}: {error}",
    ),
    "fmt.write_failed.hint": (
        "kiểm tra quyền ghi thư mục và dung lượng đĩa",
        "check write permission on the folder and free disk space",
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
    "fmt.too_many_nodes": (
        "tệp có hơn {limit} khóa và giá trị; fmt không định dạng tệp lớn như vậy",
        "the file has more than {limit} keys and values; fmt does not format a file that large",
    ),
    "fmt.too_many_nodes.hint": (
        "một kế hoạch chỉ có vài nghìn khóa và giá trị: kiểm tra xem tệp có đúng là kế hoạch "
        "hay khung không, hoặc tách tệp",
        "a plan has a few thousand keys and values: check that the file really is a plan or "
        "framework, or split it",
    ),
}
