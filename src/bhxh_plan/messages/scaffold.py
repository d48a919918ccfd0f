"""Messages of ``bhxh-plan init`` and ``bhxh-plan import`` and of rule BP117 (placeholders)."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "init.missing": (
        "thiếu tùy chọn {options}",
        "missing option(s) {options}",
    ),
    "init.missing.hint": (
        'vd. bhxh-plan init --framework vss-2023 --unit "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI" '
        "--level province --year 2024 (chạy trên terminal thì lệnh sẽ hỏi)",
        'e.g. bhxh-plan init --framework vss-2023 --unit "BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI" '
        "--level province --year 2024 (on a terminal the command asks)",
    ),
    "init.ask.framework": ("Khung kế hoạch (vd. vss-2023)", "Framework (e.g. vss-2023)"),
    "init.ask.unit": (
        "Cơ quan ban hành (vd. BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI)",
        "Issuing unit (e.g. BẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI)",
    ),
    "init.ask.level": (
        "Cấp (national, province, region, district, commune)",
        "Level (national, province, region, district, commune)",
    ),
    "init.ask.year": ("Năm kế hoạch", "Plan year"),
    "init.bad_level": ("cấp '{level}' không có", "unknown level '{level}'"),
    "init.bad_level.hint": ("dùng một trong: {levels}", "use one of: {levels}"),
    "init.bad_year": ("năm {year} nằm ngoài 2000–2100", "year {year} is outside 2000–2100"),
    "init.bad_year.hint": ("vd. --year 2024", "e.g. --year 2024"),
    "init.exists.hint": (
        "bhxh-plan không ghi đè tệp đã có; chọn tên khác bằng -o",
        "bhxh-plan never overwrites an existing file; choose another name with -o",
    ),
    "init.header": (
        "Kế hoạch năm {year} — {unit}",
        "Kế hoạch năm {year} — {unit}",
    ),
    "init.header.command": (
        "Tạo bằng: bhxh-plan init --framework {framework} --level {level} --year {year}",
        "Made with: bhxh-plan init --framework {framework} --level {level} --year {year}",
    ),
    "init.done": (
        "Đã ghi {path} theo khung {framework}: {count} chỗ cần điền.",
        "Wrote {path} from framework {framework}: {count} placeholders to fill in.",
    ),
    "init.next": (
        "Tiếp theo: điền các chỗ <<ĐIỀN…>>, rồi chạy: bhxh-plan lint {path}",
        "Next: fill in the <<ĐIỀN…>> places, then run: bhxh-plan lint {path}",
    ),
    "init.other_year": (
        "Lưu ý: năm {year} khác năm của khung {fw} ({fw_year}); ngày của sự kiện đã được chuyển "
        "sang năm {year}, lint sẽ nhắc (BP110) cho tới khi có khung năm {year}.",
        "Note: year {year} differs from framework {fw} ({fw_year}); event dates were moved to "
        "{year}; lint reminds you (BP110) until a {year} framework exists.",
    ),
    "scaffold.exists": ("tệp '{path}' đã có", "'{path}' already exists"),
    "scaffold.invalid": (
        "kế hoạch sinh ra không hợp lệ (lỗi của bhxh-plan): {problems}",
        "the generated plan is not valid (a bhxh-plan bug): {problems}",
    ),
    "import.exists.hint": (
        "bhxh-plan không ghi đè; chọn tên khác bằng -o, hoặc thêm --force nếu chắc chắn",
        "bhxh-plan does not overwrite; choose another name with -o, or add --force if you are sure",
    ),
    "import.warning": ("cảnh báo", "warning"),
    "import.w.column": (
        "bỏ qua cột không thuộc khung kịch bản: {column}",
        "ignored a column that is not part of the scenario table: {column}",
    ),
    "import.w.ignored": (
        "bỏ qua dòng không thuộc nhóm nào và không có nội dung: '{text}'",
        "ignored a row that names no group and holds no data: '{text}'",
    ),
    "import.w.group": (
        "nhóm '{text}' không khớp nhóm nào của khung; có phải: {suggestions}? "
        "(đã đặt tạm, đánh dấu <<ĐIỀN…>> trong kế hoạch)",
        "group '{text}' matches no group of the framework; did you mean: {suggestions}? "
        "(set provisionally, marked <<ĐIỀN…>> in the plan)",
    ),
    "import.w.no_group_label": (
        "(các dòng trước nhóm đầu tiên)",
        "(rows before the first group)",
    ),
    "import.w.form": (
        "hình thức '{text}' không khớp hình thức nào của khung; có phải: {suggestions}? "
        "(đã đặt tạm, đánh dấu <<ĐIỀN…>> trong kế hoạch)",
        "form '{text}' matches no form of the framework; did you mean: {suggestions}? "
        "(set provisionally, marked <<ĐIỀN…>> in the plan)",
    ),
    "import.w.empty_form": ("(ô hình thức trống)", "(empty form cell)"),
    "import.done": (
        "Đã ghi {path}: {rows} dòng kịch bản, {entries} nhóm/nhóm nhỏ, từ '{table}', "
        "khung {framework}.",
        "Wrote {path}: {rows} scenario rows, {entries} groups/sub-groups, from '{table}', "
        "framework {framework}.",
    ),
    "import.repeated_headers": (
        "Bỏ qua {count} dòng tiêu đề lặp lại (sang trang, đánh số cột).",
        "Skipped {count} repeated header rows (page breaks, column numbers).",
    ),
    "import.repaired": (
        "Đã sửa dấu thanh tách rời/mã chữ cũ ở {count} ô (ghi chú 'đã sửa dấu' cạnh dòng).",
        "Repaired detached tone marks/legacy encodings in {count} cells (noted next to the rows).",
    ),
    "import.level_guessed": (
        "Tên đơn vị không cho biết cấp: đã đặt tạm level: {level} (dùng --level để chọn).",
        "The unit's name does not say its level: set level: {level} provisionally (use --level).",
    ),
    "import.todo": (
        "Còn {count} chỗ cần điền, trong đó {unmapped} mục chưa khớp khung. "
        "Xem: bhxh-plan lint {path}",
        "{count} placeholders to fill in, {unmapped} of them items that match no framework item. "
        "See: bhxh-plan lint {path}",
    ),
    "import.old_format": (
        "định dạng {suffix} cũ (Office 97–2003) không đọc được",
        "the old {suffix} format (Office 97–2003) cannot be read",
    ),
    "import.old_format.hint.xls": (
        "mở tệp bằng Excel, chọn Lưu thành (Save As) → Sổ làm việc Excel (.xlsx), rồi nhập "
        "tệp .xlsx",
        "open it in Excel, Save As → Excel Workbook (.xlsx), then import the .xlsx",
    ),
    "import.old_format.hint.doc": (
        "mở tệp bằng Word, chọn Lưu thành (Save As) → Tài liệu Word (.docx), rồi nhập tệp .docx",
        "open it in Word, Save As → Word Document (.docx), then import the .docx",
    ),
    "import.old_format.hint.xlsx": (
        "tệp mang đuôi .xlsx nhưng thực ra là .xls cũ: mở bằng Excel, Lưu thành → .xlsx",
        "the file is named .xlsx but is an old .xls: open it in Excel, Save As → .xlsx",
    ),
    "import.old_format.hint.docx": (
        "tệp mang đuôi .docx nhưng thực ra là .doc cũ: mở bằng Word, Lưu thành → .docx",
        "the file is named .docx but is an old .doc: open it in Word, Save As → .docx",
    ),
    "import.unknown_type": (
        "không nhập được tệp đuôi '{suffix}': chỉ nhận .xlsx (Excel) hoặc .docx (Word)",
        "cannot import a '{suffix}' file: only .xlsx (Excel) or .docx (Word)",
    ),
    "import.unknown_type.hint": (
        "lưu bảng thành .xlsx hoặc .docx rồi nhập lại",
        "save the table as .xlsx or .docx and import that",
    ),
    "import.not_found": ("không tìm thấy tệp", "file not found"),
    "import.not_found.hint": (
        "kiểm tra đường dẫn và tên tệp",
        "check the path and the file name",
    ),
    "import.unreadable": ("không đọc được tệp: {error}", "cannot read the file: {error}"),
    "import.too_large": (
        "tệp quá lớn ({size} byte; tối đa {limit})",
        "file too large ({size} bytes; at most {limit})",
    ),
    "import.encrypted": (
        "tệp được bảo vệ bằng mật khẩu (mã hóa), không đọc được",
        "the file is password-protected (encrypted) and cannot be read",
    ),
    "import.encrypted.hint": (
        "mở tệp bằng mật khẩu, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ → Mã hóa bằng mật khẩu: "
        "để trống), lưu lại rồi nhập",
        "open it with its password, remove the password (File → Info → Protect → Encrypt with "
        "Password: empty), save, then import",
    ),
    "import.ole": (
        "tệp không phải {kind} mà là định dạng Office 97–2003 cũ",
        "the file is not {kind} but the old Office 97–2003 format",
    ),
    "import.not_zip": (
        "tệp không phải {kind} hợp lệ (không phải gói zip của Office)",
        "the file is not a valid {kind} (not an Office zip package)",
    ),
    "import.corrupt": ("tệp bị hỏng: {error}", "the file is damaged: {error}"),
    "import.corrupt.hint": (
        "mở tệp bằng Excel/Word; nếu mở được, lưu lại thành tệp mới rồi nhập tệp mới",
        "open it in Excel/Word; if it opens, save it as a new file and import that",
    ),
    "import.wrong_kind": (
        "tệp mang đuôi của {kind} nhưng chứa {other}",
        "the file is named like {kind} but holds {other}",
    ),
    "import.no_main_part": (
        "tệp không có phần chính '{part}' của {kind}",
        "the file lacks the main part '{part}' of {kind}",
    ),
    "import.zip_entries": (
        "tệp có {count} thành phần (tối đa {limit}): nghi là tệp độc hại (zip bomb), không mở",
        "the file holds {count} entries (at most {limit}): possibly a zip bomb, not opened",
    ),
    "import.zip_size": (
        "tệp giải nén ra {size} byte (tối đa {limit}): nghi là tệp độc hại (zip bomb), không mở",
        "the file unpacks to {size} bytes (at most {limit}): possibly a zip bomb, not opened",
    ),
    "import.dtd": (
        "phần '{part}' khai báo DTD/thực thể XML: tệp Office không bao giờ cần, không mở",
        "part '{part}' declares a DTD/XML entities, which Office files never need: not opened",
    ),
    "import.sheet_too_large": (
        "bảng '{sheet}' quá lớn ({rows} dòng × {cols} cột)",
        "table '{sheet}' is too large ({rows} rows × {cols} columns)",
    ),
    "import.no_sheet": (
        "không có trang tính '{sheet}'; các trang tính: {sheets}",
        "there is no sheet '{sheet}'; sheets: {sheets}",
    ),
    "import.no_table": (
        "không tìm thấy bảng khung kịch bản trong {where}: cần một dòng tiêu đề có cột "
        "'Hình thức truyền thông' và ít nhất hai cột khác trong: {looked_for}",
        "no scenario table found in {where}: looked for a header row with a "
        "'Hình thức truyền thông' column and at least two others of: {looked_for}",
    ),
    "import.no_table.hint": (
        "kiểm tra tên cột trong dòng tiêu đề; chọn trang tính bằng --sheet",
        "check the column names of the header row; choose the sheet with --sheet",
    ),
    "import.no_rows": (
        "bảng '{table}' có dòng tiêu đề nhưng không có dòng nội dung nào (từ dòng {row})",
        "table '{table}' has a header but no data rows (from row {row})",
    ),
    "import.no_framework": ("không nạp được khung nào", "no framework could be loaded"),
    "import.no_framework.hint": (
        "chọn khung bằng --framework",
        "choose the framework with --framework",
    ),
    # hardening (import): bounded sheets and tables, damaged spans
    "import.too_many_cells": (
        "trang tính '{sheet}' có quá nhiều ô (hơn {limit}); bảng khung kịch bản chỉ cần "
        "vài nghìn ô",
        "sheet '{sheet}' holds too many cells (more than {limit}); a scenario table needs a few "
        "thousand",
    ),
    "import.too_many_cells.hint": (
        "chép riêng bảng khung kịch bản sang một tệp mới rồi nhập tệp đó",
        "copy just the scenario table into a new file and import that",
    ),
    "import.merge_too_large": (
        "trang tính '{sheet}': vùng gộp ô {ref} quá lớn (các vùng gộp ô phủ hơn {limit} ô)",
        "sheet '{sheet}': the merged range {ref} is too large (merged ranges cover more than "
        "{limit} cells)",
    ),
    "import.merge_too_large.hint": (
        "bỏ gộp vùng đó (Trộn & Căn giữa → Bỏ trộn ô), chỉ gộp các ô trong bảng, lưu lại rồi nhập",
        "unmerge that range (Merge & Center → Unmerge Cells), merge only cells of the table, "
        "save, then import",
    ),
    "import.bad_span": (
        "{where}: số cột gộp (gridSpan) '{value}' không hợp lệ",
        "{where}: invalid column span (gridSpan) '{value}'",
    ),
    # --- helper keys: Vietnamese once typed into code ---------------------
    "import.no_suffix": ("(không có)", "(none)"),
}
