"""Messages of loading, the models, frameworks, validate and the CLI."""

from __future__ import annotations

from typing import Final

# key: (Vietnamese, English)
MESSAGES: Final[dict[str, tuple[str, str]]] = {
    # --- loading -----------------------------------------------------------
    "load.not_found": ("không tìm thấy tệp", "file not found"),
    "load.not_found.hint": ("kiểm tra lại đường dẫn", "check the path"),
    "load.unreadable": ("không đọc được tệp: {error}", "cannot read the file: {error}"),
    "load.too_large": (
        "tệp quá lớn ({size} byte, giới hạn {limit} byte)",
        "file too large ({size} bytes, limit {limit} bytes)",
    ),
    "load.too_large.hint": (
        "tách kế hoạch thành nhiều tệp, hoặc nâng giới hạn bằng --max-size",
        "split the plan, or raise the limit with --max-size",
    ),
    "load.utf16": (
        "tệp được lưu bằng mã UTF-16, không phải UTF-8",
        "the file is saved as UTF-16, not UTF-8",
    ),
    "load.odd_break": (
        "ký tự ngắt dòng đặc biệt {code} (thường do chép từ Word hay PDF): YAML coi nó là "
        "xuống dòng nên vị trí và miễn trừ sẽ lệch",
        "special line-break character {code} (often pasted from Word or PDF): YAML reads it as "
        "a new line, so positions and waivers would shift",
    ),
    "load.odd_break.hint": (
        "thay ký tự này bằng một dấu cách, hoặc bằng xuống dòng thường (Enter)",
        "replace this character with a space, or with an ordinary new line (Enter)",
    ),
    "load.binary": (
        "tệp chứa dữ liệu nhị phân, không phải văn bản YAML",
        "the file holds binary data, not YAML text",
    ),
    "load.not_utf8": (
        "tệp không phải mã UTF-8 (byte 0x{byte} không hợp lệ); có thể tệp được lưu bằng "
        "Windows-1258, TCVN3 hoặc VNI",
        "the file is not UTF-8 (invalid byte 0x{byte}); it may be saved as "
        "Windows-1258, TCVN3 or VNI",
    ),
    "load.encoding.hint": (
        "mở tệp trong trình soạn thảo và lưu lại với mã UTF-8 (Notepad: Lưu thành → "
        "Mã hóa: UTF-8; VS Code: Save with Encoding → UTF-8); văn bản TCVN3/VNI cần "
        "chuyển sang Unicode (Unikey: Công cụ chuyển mã)",
        "open the file in an editor and save it as UTF-8 (VS Code: Save with Encoding → "
        "UTF-8); convert TCVN3/VNI text to Unicode first",
    ),
    "load.syntax": ("lỗi cú pháp YAML: {problem}", "YAML syntax error: {problem}"),
    "load.syntax.hint": (
        "kiểm tra thụt lề (chỉ dùng dấu cách), dấu hai chấm sau khóa và dấu nháy",
        "check indentation (spaces only), the colon after each key, and quotes",
    ),
    "load.tab": (
        "ký tự tab dùng để thụt lề; YAML chỉ cho phép dấu cách",
        "a tab is used for indentation; YAML allows spaces only",
    ),
    "load.tab.hint": (
        "thay mỗi tab bằng 2 dấu cách",
        "replace each tab with 2 spaces",
    ),
    "load.multi_doc": (
        "tệp chứa nhiều tài liệu YAML (có dòng '---' thứ hai)",
        "the file holds several YAML documents (a second '---' line)",
    ),
    "load.multi_doc.hint": (
        "mỗi tệp chỉ chứa một kế hoạch; tách thành nhiều tệp",
        "put one plan in each file",
    ),
    "load.empty": ("tệp rỗng", "the file is empty"),
    "load.empty.hint": (
        "tạo kế hoạch mới bằng 'bhxh-plan init'",
        "start a plan with 'bhxh-plan init'",
    ),
    "load.duplicate_key": (
        "khóa '{key}' bị lặp (đã có ở dòng {first})",
        "duplicate key '{key}' (first at line {first})",
    ),
    "load.duplicate_key.hint": (
        "xóa hoặc gộp một trong hai khóa",
        "remove or merge one of the two keys",
    ),
    "load.tag": (
        "thẻ YAML '{tag}' không được phép",
        "YAML tag '{tag}' is not allowed",
    ),
    "load.tag.hint": (
        "bỏ thẻ; kế hoạch chỉ chứa văn bản, số, ngày, danh sách và bảng",
        "remove the tag; plans hold only text, numbers, dates, lists and mappings",
    ),
    "load.bad_date": (
        "ngày '{value}' không tồn tại",
        "date '{value}' does not exist",
    ),
    "load.bad_date.hint": (
        "sửa thành một ngày có thật, dạng NĂM-THÁNG-NGÀY (vd. 2023-02-28)",
        "use a real date as YEAR-MONTH-DAY (e.g. 2023-02-28)",
    ),
    "load.bad_key": (
        "khóa phải là văn bản, không phải {kind}",
        "a key must be text, not {kind}",
    ),
    "load.too_deep": (
        "cấu trúc lồng quá sâu (quá {limit} cấp)",
        "nesting too deep (more than {limit} levels)",
    ),
    "load.too_many_nodes": (
        "tệp mở rộng thành quá nhiều phần tử (quá {limit}); có thể do bí danh YAML (&/*) lồng nhau",
        "the file expands to too many elements (more than {limit}); nested YAML aliases "
        "(&/*) may be the cause",
    ),
    "load.too_many_written": (
        "tệp có quá nhiều phần tử (quá {limit}); một kế hoạch thường chỉ có vài nghìn",
        "the file holds too many elements (more than {limit}); a plan usually has a few thousand",
    ),
    "load.too_many_written.hint": (
        "kiểm tra xem đây có đúng là tệp kế hoạch không; tách danh sách quá dài thành nhiều tệp",
        "check that this is a plan file; split over-long lists into several files",
    ),
    "load.limits.hint": (
        "viết kế hoạch ở dạng phẳng, không dùng bí danh lồng nhau",
        "write the plan flat, without nested aliases",
    ),
    "yaml.mapping_values": (
        "không được có dấu ':' ở đây; văn bản chứa ': ' cần đặt trong dấu nháy kép, "
        "hoặc thụt lề chưa đúng",
        "a ':' is not allowed here; quote text that contains ': ', or fix the indentation",
    ),
    "yaml.expected_colon": ("thiếu dấu ':' sau khóa", "a ':' is missing after the key"),
    "yaml.expected_key": (
        "thụt lề không khớp với các dòng phía trên",
        "the indentation does not match the lines above",
    ),
    "yaml.expected_dash": (
        "thụt lề không khớp với các mục '-' của danh sách",
        "the indentation does not match the list's '-' items",
    ),
    "yaml.unclosed_seq": ("thiếu dấu ',' hoặc ']'", "a ',' or ']' is missing"),
    "yaml.unclosed_map": ("thiếu dấu ',' hoặc '}}'", "a ',' or '}}' is missing"),
    "yaml.unexpected_end": (
        "tệp kết thúc giữa chừng (thiếu dấu nháy hoặc ngoặc đóng?)",
        "the file ends too early (a closing quote or bracket missing?)",
    ),
    "yaml.undefined_alias": ("bí danh (*) chưa được định nghĩa", "undefined alias (*)"),
    "yaml.bad_char": (
        "ký tự không thể bắt đầu một giá trị (vd. '@', '`', '%'); đặt văn bản trong dấu nháy",
        "a character that cannot start a value (e.g. '@', '`', '%'); quote the text",
    ),
    "yaml.bad_escape": (
        "chuỗi thoát '\\' không hợp lệ trong dấu nháy kép; dùng dấu nháy đơn",
        "invalid '\\' escape inside double quotes; use single quotes",
    ),
    # --- schema (model) ----------------------------------------------------
    "schema.missing": ("thiếu trường bắt buộc '{field}'", "required field '{field}' is missing"),
    "schema.missing.hint": ("thêm '{field}: …' vào đây", "add '{field}: …' here"),
    "schema.extra": ("khóa '{field}' không được dùng ở đây", "key '{field}' is not allowed here"),
    "schema.extra.hint": ("các khóa được phép: {allowed}", "allowed keys: {allowed}"),
    "schema.did_you_mean": ("có phải ý bạn là: {options}?", "did you mean: {options}?"),
    "schema.number_for_text": (
        "'{value}' được đọc là số, nhưng ở đây cần văn bản",
        "'{value}' reads as a number, but text is expected here",
    ),
    "schema.quote.hint": (
        'đặt trong dấu nháy để giữ nguyên: {field}: "{value}"',
        'quote it to keep it as written: {field}: "{value}"',
    ),
    "schema.type": ("cần {expected}, nhưng gặp {got}", "expected {expected}, got {got}"),
    "schema.int.hint": (
        "ghi số nguyên, không dấu chấm phân cách (vd. 50000000)",
        "write a whole number without separators (e.g. 50000000)",
    ),
    "schema.enum": ("giá trị '{value}' không hợp lệ", "invalid value '{value}'"),
    "schema.choose": ("chọn một trong: {options}", "choose one of: {options}"),
    "schema.slug": ("mã '{value}' không đúng dạng mã định danh", "'{value}' is not a valid id"),
    "schema.slug.hint": (
        "mã chỉ gồm chữ thường không dấu, số và gạch nối, vd. '{slug}'",
        "ids use lower-case letters without diacritics, digits and hyphens, e.g. '{slug}'",
    ),
    "schema.pattern": (
        "giá trị '{value}' không đúng định dạng",
        "'{value}' does not have the expected form",
    ),
    "schema.code.hint": (
        'số hiệu dạng "3.1" hoặc "2.1.4", đặt trong dấu nháy',
        'codes look like "3.1" or "2.1.4", in quotes',
    ),
    "schema.empty": ("không được để trống", "must not be empty"),
    "schema.empty.hint": ("điền nội dung hoặc xóa dòng này", "fill it in or remove the line"),
    "schema.range": (
        "giá trị {value} nằm ngoài giới hạn ({op} {limit})",
        "value {value} is out of range ({op} {limit})",
    ),
    "schema.too_short": ("cần ít nhất {min} mục", "at least {min} item(s) required"),
    "schema.other": ("giá trị không hợp lệ: {detail}", "invalid value: {detail}"),
    "type.text": ("văn bản", "text"),
    "type.int": ("số nguyên", "a whole number"),
    "type.float": ("số thập phân", "a decimal number"),
    "type.number": ("số", "a number"),
    "type.bool": ("true/false", "true/false"),
    "type.date": ("ngày (NĂM-THÁNG-NGÀY)", "a date (YEAR-MONTH-DAY)"),
    "type.list": ("danh sách", "a list"),
    "type.dict": ("bảng khóa: giá trị", "a mapping"),
    "type.null": ("giá trị rỗng", "an empty value"),
    # --- frameworks --------------------------------------------------------
    "fw.unknown": ("không có khung kế hoạch '{ref}'", "no framework named '{ref}'"),
    "fw.unknown.hint": (
        "các khung hiện có: {known}; xem 'bhxh-plan frameworks'",
        "known frameworks: {known}; see 'bhxh-plan frameworks'",
    ),
    "fw.path_missing": ("không tìm thấy tệp khung '{ref}'", "framework file '{ref}' not found"),
    "fw.path_missing.hint": (
        "đường dẫn tương đối tính từ thư mục chứa tệp đang đọc",
        "relative paths start from the folder of the file that names them",
    ),
    "fw.cycle": ("khung kế thừa vòng tròn: {chain}", "circular 'extends': {chain}"),
    "fw.cycle.hint": ("bỏ 'extends' ở một trong các khung", "remove 'extends' from one of them"),
    "fw.not_mapping": (
        "tệp khung phải là một bảng khóa: giá trị",
        "a framework file must be a mapping",
    ),
    # --- references --------------------------------------------------------
    "ref.unknown": (
        "khung {fw} không có {kind} '{value}'",
        "framework {fw} has no {kind} '{value}'",
    ),
    "ref.hint": ("có phải ý bạn là: {options}?", "did you mean: {options}?"),
    "ref.hint.list": ("xem các mã hợp lệ bằng '{cmd}'", "list the valid ids with '{cmd}'"),
    "ref.wrong_parent": (
        "nhóm nhỏ '{sub}' thuộc nhóm '{owner}', không thuộc nhóm '{group}'",
        "sub-group '{sub}' belongs to group '{owner}', not to '{group}'",
    ),
    "ref.wrong_parent.hint": ("đổi 'group' thành '{owner}'", "set 'group' to '{owner}'"),
    "kind.group": ("nhóm chủ thể", "subject group"),
    "kind.subgroup": ("nhóm nhỏ", "sub-group"),
    "kind.form": ("hình thức truyền thông", "communication form"),
    "kind.event": ("sự kiện chủ đề", "themed event"),
    "kind.area": ("nội dung truyền thông", "content area"),
    "kind.report": ("loại báo cáo", "report"),
    "kind.source": ("nguồn kinh phí", "funding source"),
    "kind.objective": ("mục tiêu", "objective"),
    "kind.campaign": ("chiến dịch", "campaign"),
    "kind.level": ("cấp", "level"),
    "kind.cite": ("văn bản nguồn", "source document"),
    "kind.duplicate": ("mã trùng lặp", "duplicate id"),
    "fw.duplicate": (
        "mã '{id}' bị lặp (đã có ở {first})",
        "duplicate id '{id}' (first at {first})",
    ),
    "fw.window": (
        "sự kiện '{id}': ngày kết thúc trước ngày bắt đầu",
        "event '{id}': the window ends before it starts",
    ),
    # --- validate ----------------------------------------------------------
    "validate.not_mapping": (
        "tệp phải là một bảng khóa: giá trị (kế hoạch hoặc khung kế hoạch)",
        "the file must be a mapping (a plan or a framework)",
    ),
    "validate.not_mapping.hint": (
        "bắt đầu tệp bằng 'framework: vss-2023' (xem examples/)",
        "start the file with 'framework: vss-2023' (see examples/)",
    ),
    "internal": (
        "lỗi nội bộ khi xử lý tệp: {error}",
        "internal error while processing the file: {error}",
    ),
    "internal.hint": (
        "đây là lỗi của bhxh-plan; vui lòng báo lỗi kèm tệp này",
        "this is a bhxh-plan bug; please report it with this file",
    ),
    # --- reports -----------------------------------------------------------
    "sev.error": ("lỗi", "error"),
    "sev.warning": ("cảnh báo", "warning"),
    "sev.info": ("lưu ý", "info"),
    "sev.waived": ("miễn trừ", "waived"),
    "text.hint": ("cách sửa", "fix"),
    "text.waiver": ("lý do miễn trừ", "waiver reason"),
    "text.summary": (
        "Đã kiểm tra {files} tệp: {errors} lỗi, {warnings} cảnh báo, {waived} miễn trừ.",
        "Checked {files} file(s): {errors} error(s), {warnings} warning(s), {waived} waived.",
    ),
    # --- cli ---------------------------------------------------------------
    "cli.error": ("lỗi", "error"),
    "cli.path_missing": ("không tìm thấy '{path}'", "'{path}' not found"),
    "cli.bundled": ("có sẵn", "bundled"),
    "cli.invalid": ("không hợp lệ", "invalid"),
    "cli.wrote": ("đã ghi {path}", "wrote {path}"),
    "cli.schema_stale": (
        "{path} đã cũ; chạy 'make schemas' để cập nhật",
        "{path} is stale; run 'make schemas'",
    ),
    # --- number and date bounds ----------------------------------------------
    "load.long_number": (
        "số quá dài ({digits} ký tự, tối đa {limit})",
        "number too long ({digits} characters, at most {limit})",
    ),
    "load.long_number.hint": (
        "sửa lại số; nếu đây là văn bản, đặt trong dấu nháy kép",
        "correct the number; if this is text, put it in double quotes",
    ),
    "schema.money_range": (
        "số tiền nằm ngoài giới hạn: {value} (cần từ 0 đến {limit} đồng)",
        "amount out of range: {value} (0 to {limit} đồng required)",
    ),
    "schema.money_range.hint": (
        "ghi số tiền bằng đồng, không âm, không quá một triệu tỷ đồng",
        "write the amount in đồng, not negative, at most one million billion đồng",
    ),
    "schema.target_range": (
        "chỉ tiêu {value} không hợp lệ: cần một số từ 0 đến {limit}",
        "target {value} is invalid: a number from 0 to {limit} is required",
    ),
    "schema.target_range.hint": (
        "ghi số lượng cụ thể (vd. hoi_nghi: 10); .inf, .nan và số âm không phải chỉ tiêu",
        "write a count (e.g. hoi_nghi: 10); .inf, .nan and negative numbers are no target",
    ),
    "schema.date_range": (
        "ngày {value} nằm ngoài khoảng cho phép (năm {low}–{high})",
        "date {value} is outside the allowed range (years {low}–{high})",
    ),
    "schema.date_range.hint": (
        "kiểm tra lại năm, vd. 2023-12-31",
        "check the year, e.g. 2023-12-31",
    ),
    "schema.day_month": (
        "'{value}' không phải ngày/tháng",
        "'{value}' is not a day/month",
    ),
    "schema.day_month.hint": (
        'ghi ngày/tháng không có năm, vd. "1/7" hoặc "15/1"',
        'write day/month without a year, e.g. "1/7" or "15/1"',
    ),
    "schema.deadline_day": (
        "hạn gửi kế hoạch cần đúng một trong day hoặc date",
        "the deadline needs exactly one of day or date",
    ),
    "schema.deadline_day.hint": (
        'ghi day: "15/1" (hạn lặp lại mỗi năm); date chỉ dùng cho khung cũ',
        'write day: "15/1" (recurs every year); date is for older frameworks',
    ),
    "number.digits": ("số có {digits} chữ số", "a {digits}-digit number"),
    # --- office files given to validate, schema folder ----------------------
    "load.office": (
        "đây là tệp Word/Excel (hoặc tệp nén), không phải văn bản YAML",
        "this is a Word/Excel file (or an archive), not YAML text",
    ),
    "load.office.hint": (
        "chuyển khung kịch bản trong tệp .docx/.xlsx sang kế hoạch YAML bằng: "
        "bhxh-plan import TỆP (tệp .doc/.xls cũ: lưu lại thành .docx/.xlsx trước)",
        "convert the scenario table of a .docx/.xlsx file into a YAML plan with: "
        "bhxh-plan import FILE (old .doc/.xls files: save them as .docx/.xlsx first)",
    ),
    "cli.schema_no_dir": (
        "không có thư mục lược đồ '{path}' ở đây để kiểm tra",
        "there is no schema folder '{path}' here to check",
    ),
    "cli.schema_no_dir.hint": (
        "chạy lệnh ở thư mục gốc của dự án, hoặc chỉ rõ thư mục bằng --out THƯ_MỤC",
        "run it from the project's top folder, or name the folder with --out DIR",
    ),
    "cli.schema_outdated": (
        "{path} đã cũ; chạy 'bhxh-plan schema --out {out}' để cập nhật",
        "{path} is stale; run 'bhxh-plan schema --out {out}' to update it",
    ),
    "cli.schema_missing": (
        "thiếu {path}; chạy 'bhxh-plan schema --out {out}' để ghi",
        "{path} is missing; run 'bhxh-plan schema --out {out}' to write it",
    ),
    # --- Vietnamese once typed into code ------------------------------------
    "load.bad_key.list": ("danh sách", "a list"),
    "load.bad_key.mapping": ("bảng", "a mapping"),
}
