"""Messages of ``bhxh-plan render``."""

from __future__ import annotations

from typing import Final

# key: (Vietnamese, English)
MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "render.no_output": (
        "chưa chọn định dạng nào để ghi",
        "no output format was chosen",
    ),
    "render.no_output.hint": (
        "thêm --docx TỆP, --xlsx TỆP, --html TỆP, --md TỆP, hoặc -o THƯ_MỤC để ghi cả bốn",
        "add --docx FILE, --xlsx FILE, --html FILE, --md FILE, or -o DIR for all four",
    ),
    "render.plan_is_dir": (
        "{path} là một thư mục; lệnh render nhận một tệp kế hoạch",
        "{path} is a folder; render takes one plan file",
    ),
    "render.template_dir_missing": (
        "không tìm thấy thư mục mẫu: {path}",
        "template folder not found: {path}",
    ),
    "render.template_dir_missing.hint": (
        "kiểm tra đường dẫn của --template-dir",
        "check the --template-dir path",
    ),
    "render.template_error": (
        "lỗi trong mẫu {where}: {error}",
        "error in template {where}: {error}",
    ),
    "render.template_error.hint": (
        "sửa mẫu trong --template-dir, hoặc bỏ tùy chọn này để dùng mẫu có sẵn",
        "fix the template in --template-dir, or drop the option to use the bundled one",
    ),
    "render.invalid": (
        "{path}: kế hoạch có lỗi nên chưa xuất văn bản; sửa các lỗi trên rồi chạy lại",
        "{path}: the plan has errors, so nothing was rendered; fix them and run again",
    ),
    "render.wrote": ("Đã ghi {path}", "Wrote {path}"),
}
