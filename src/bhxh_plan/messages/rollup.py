"""Messages of ``rollup`` (national roll-up, spreadsheet, dashboard) and ``calendar``."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, tuple[str, str]]] = {
    # command line
    "rollup.progress": ("Đang tổng hợp kế hoạch", "Rolling up plans"),
    "rollup.no_plans": ("không tìm thấy kế hoạch nào trong {paths}", "no plan found in {paths}"),
    "rollup.no_plans.hint": (
        "nêu tệp kế hoạch (*.yaml), thư mục chứa kế hoạch hoặc mẫu glob",
        "name plan files (*.yaml), folders holding plans or glob patterns",
    ),
    # words
    "rollup.level.national": ("trung ương", "national"),
    "rollup.level.province": ("tỉnh", "province"),
    "rollup.level.region": ("khu vực", "region"),
    "rollup.level.district": ("huyện", "district"),
    "rollup.level.commune": ("xã", "commune"),
    "rollup.state.ok": ("có", "present"),
    "rollup.state.missing": ("thiếu", "missing"),
    "rollup.state.outside": ("ngoài thời gian", "outside window"),
    "rollup.state.extra": ("có (không bắt buộc)", "present (optional)"),
    "rollup.state.na": ("không yêu cầu", "not required"),
    "rollup.time.on_time": ("đúng hạn", "on time"),
    "rollup.time.late": ("muộn", "late"),
    "rollup.time.no_deadline": ("không có hạn", "no deadline"),
    "rollup.matrix.groups": ("Nhóm chủ thể", "Subject groups"),
    "rollup.matrix.forms": ("Hình thức thường xuyên", "Regular forms"),
    "rollup.matrix.events": ("Sự kiện chủ đề", "Themed events"),
    "rollup.matrix.areas": ("Nội dung truyền thông", "Content areas"),
    "rollup.matrix.reports": ("Chế độ báo cáo", "Reports"),
    "rollup.matrix.deadline": ("Hạn gửi kế hoạch", "Submission deadline"),
    "rollup.source.unspecified": ("(chưa nêu nguồn)", "(no source given)"),
    "rollup.duplicate": ("trùng", "duplicate"),
    "rollup.status.ok": ("đọc được", "loaded"),
    "rollup.status.failed": ("không đọc được", "failed to load"),
    # text report
    "rollup.text.head": (
        "Tổng hợp {files}: {plans}, {failed} không đọc được, {duplicates}, {late}.",
        "Rolled up {files}: {plans}, {failed} failed to load, {duplicates}, {late}.",
    ),
    "rollup.text.ranking": (
        "Xếp hạng theo mức đáp ứng yêu cầu của khung, trong từng nhóm cùng loại và cùng năm "
        "(điểm = yêu cầu đạt / yêu cầu bắt buộc, trừ {points} điểm cho mỗi lỗi chưa sửa):",
        "Ranking by the share of framework requirements met, among plans of the same kind and "
        "year (score = met / required, less {points} points per open error):",
    ),
    "rollup.text.columns": (
        " hạng     điểm   lỗi  c.báo  m.trừ  hạn gửi         cấp        năm   số hiệu        "
        "đơn vị (tệp)",
        " rank    score  err.  warn.  waiv.  deadline        level      year  number         "
        "unit (file)",
    ),
    "rollup.text.unranked": (
        "Không xếp hạng (khung không đặt yêu cầu nào cho cấp này):",
        "Not ranked (the framework sets no requirement for this level):",
    ),
    "rollup.text.failed": ("Không đọc được ({count}):", "Failed to load ({count}):"),
    "rollup.text.duplicates": (
        "Trùng kế hoạch của cùng đơn vị, cùng năm ({count}):",
        "Several plans of the same unit and year ({count}):",
    ),
    "rollup.text.counted": ("tính vào tổng: {file}", "counted in totals: {file}"),
    "rollup.text.skipped": ("Bỏ qua tệp khung: {files}", "Framework files skipped: {files}"),
    "rollup.text.gaps": (
        "Còn thiếu so với khung {framework} ({plans}; số đơn vị thiếu):",
        "Gaps against framework {framework} ({plans}; units missing each):",
    ),
    "rollup.text.no_gaps": ("không có", "none"),
    "rollup.text.budget": ("Kinh phí: tổng {total} đồng", "Budget: total {total} VND"),
    "rollup.text.targets": ("Chỉ tiêu (cộng các hoạt động):", "Targets (sum of activities):"),
    # spreadsheet
    "rollup.sheet.overview": ("Tổng hợp", "Overview"),
    "rollup.sheet.overview.title": (
        "Tổng hợp kế hoạch thông tin, truyền thông: {plans}, {failed} không đọc được",
        "Communication plans roll-up: {plans}, {failed} failed to load",
    ),
    "rollup.sheet.matrix.title": (
        "{matrix} — khung {framework}: {name}",
        "{matrix} — framework {framework}: {name}",
    ),
    "rollup.sheet.legend": (
        "Ô: số dòng/hoạt động; đỏ = thiếu, cam = ngoài thời gian, xanh nhạt = không bắt buộc, "
        "xám = không yêu cầu ({states}).",
        "Cells: number of rows/activities; red = missing, orange = outside window, light blue = "
        "optional, grey = not required ({states}).",
    ),
    "rollup.sheet.budget": ("Kinh phí", "Budget"),
    "rollup.sheet.budget.title": (
        "Kinh phí theo đơn vị và nguồn (đồng); tổng: {total}",
        "Budget per unit and source (VND); total: {total}",
    ),
    "rollup.sheet.targets": ("Chỉ tiêu", "Targets"),
    "rollup.sheet.targets.title": (
        "Chỉ tiêu của các hoạt động, cộng theo đơn vị",
        "Activity targets, added up per unit",
    ),
    "rollup.sheet.findings": ("Phát hiện", "Findings"),
    "rollup.sheet.findings.title": (
        "Lỗi và cảnh báo chưa miễn trừ",
        "Errors and warnings not waived",
    ),
    "rollup.col.rank": ("Hạng", "Rank"),
    "rollup.col.unit": ("Đơn vị", "Unit"),
    "rollup.col.level": ("Cấp", "Level"),
    "rollup.col.year": ("Năm", "Year"),
    "rollup.col.framework": ("Khung", "Framework"),
    "rollup.col.number": ("Số, ký hiệu", "Number"),
    "rollup.col.date": ("Ngày ban hành", "Date"),
    "rollup.col.deadline": ("Hạn gửi", "Deadline"),
    "rollup.col.time": ("Đúng hạn", "On time"),
    "rollup.col.score": ("Điểm (%)", "Score (%)"),
    "rollup.col.met": ("Đạt/Yêu cầu", "Met/Required"),
    "rollup.col.errors": ("Lỗi", "Errors"),
    "rollup.col.warnings": ("Cảnh báo", "Warnings"),
    "rollup.col.waived": ("Miễn trừ", "Waived"),
    "rollup.col.duplicate": ("Trùng", "Duplicate"),
    "rollup.col.status": ("Tình trạng", "Status"),
    "rollup.col.file": ("Tệp", "File"),
    "rollup.col.missing_units": ("Số đơn vị thiếu", "Units missing it"),
    "rollup.col.total": ("Tổng kinh phí", "Total"),
    "rollup.col.lines": ("Theo dòng dự toán", "Budget lines"),
    "rollup.col.activities": ("Của các hoạt động", "Activities"),
    "rollup.col.counted": ("Ghi chú", "Note"),
    "rollup.col.not_counted": ("không tính vào tổng (trùng)", "not counted (duplicate)"),
    "rollup.col.sum": ("Tổng cộng", "Total"),
    "rollup.col.line": ("Dòng", "Line"),
    "rollup.col.rule": ("Mã", "Rule"),
    "rollup.col.severity": ("Mức", "Severity"),
    "rollup.col.path": ("Vị trí", "Path"),
    "rollup.col.message": ("Nội dung", "Message"),
    "rollup.col.hint": ("Cách sửa", "Fix"),
    "rollup.col.findings": ("Lỗi / cảnh báo / miễn trừ", "Errors / warnings / waived"),
    # dashboard
    "rollup.html.title": (
        "Tổng hợp kế hoạch công tác thông tin, truyền thông",
        "Communication plans roll-up",
    ),
    "rollup.html.plans": ("kế hoạch", "plans"),
    "rollup.html.failed": ("không đọc được", "failed to load"),
    "rollup.html.duplicates": ("trùng", "duplicates"),
    "rollup.html.late": ("gửi muộn", "late"),
    "rollup.html.average": ("điểm trung bình", "average score"),
    "rollup.html.budget": ("Kinh phí (đồng)", "Budget (VND)"),
    "rollup.html.ranking": ("Xếp hạng", "Ranking"),
    "rollup.html.matrices": ("Ma trận đáp ứng", "Coverage"),
    "rollup.html.targets": ("Chỉ tiêu", "Targets"),
    "rollup.html.failed_list": ("Kế hoạch không đọc được", "Plans that failed to load"),
    "rollup.html.duplicate_list": (
        "Trùng kế hoạch (cùng đơn vị, cùng năm)",
        "Duplicate plans (same unit and year)",
    ),
    "rollup.html.legend": (
        "số trong ô: số dòng kịch bản/hoạt động; màu đậm hơn = nhiều hơn; "
        "bấm vào đơn vị để xem chi tiết",
        "number in a cell: scenario rows/activities; darker = more; click a unit for details",
    ),
    "rollup.html.close": ("Đóng", "Close"),
    "rollup.html.no_findings": ("Không có phát hiện nào.", "No findings."),
    "rollup.html.missing": ("Yêu cầu chưa đạt", "Requirements not met"),
    "rollup.html.score_parts": ("Điểm theo phần", "Score by part"),
    "rollup.html.findings": ("Phát hiện", "Findings"),
    "rollup.html.noscript": (
        "Bật JavaScript để xem bản đồ nhiệt, sắp xếp bảng và xem chi tiết từng đơn vị.",
        "Enable JavaScript for the heat maps, sortable tables and unit details.",
    ),
    "rollup.html.sort_hint": (
        "Bấm vào tiêu đề cột để sắp xếp; bấm vào tên đơn vị để xem chi tiết.",
        "Click a column header to sort; click a unit to see its details.",
    ),
    "rollup.html.framework": ("khung", "framework"),
    "rollup.html.units_missing": ("Số đơn vị thiếu", "Units missing it"),
    "rollup.html.count": ("đạt/yêu cầu", "met/req."),
    "rollup.html.none": ("không có", "none"),
    "rollup.html.waiver": ("miễn trừ", "waived"),
    "rollup.html.target": ("Chỉ tiêu", "Target"),
    "rollup.html.sum": ("Tổng", "Total"),
    "rollup.html.skipped": ("Bỏ qua tệp khung", "Framework files skipped"),
    # calendar
    "calendar.name": (
        "Kế hoạch thông tin, truyền thông BHXH",
        "Social insurance communication plans",
    ),
    "calendar.lead": ("Đơn vị chủ trì: {lead}", "Lead unit: {lead}"),
    "calendar.partners": ("Đơn vị phối hợp: {partners}", "Partners: {partners}"),
    "calendar.event": ("Sự kiện chủ đề: {code} {name}", "Themed event: {code} {name}"),
    "calendar.form": ("Hình thức: {name}", "Form: {name}"),
    "calendar.groups": ("Nhóm chủ thể: {names}", "Subject groups: {names}"),
    "calendar.budget": (
        "Kinh phí: {amount} đồng (nguồn: {source})",
        "Budget: {amount} VND ({source})",
    ),
    "calendar.targets": ("Chỉ tiêu: {targets}", "Targets: {targets}"),
    "calendar.plan": (
        "Theo Kế hoạch số {number} ngày {date} của {unit}",
        "Plan {number} of {date}, {unit}",
    ),
    "calendar.fw_event": (
        "Sự kiện chủ đề {code} của khung: {framework}",
        "Themed event {code} of the framework: {framework}",
    ),
    "calendar.anchor_days": ("Ngày kỷ niệm: {days}", "Anniversaries: {days}"),
    "calendar.category.event": ("Sự kiện chủ đề", "Themed event"),
    "calendar.category.activity": ("Hoạt động truyền thông", "Communication activity"),
    "calendar.skipped": ("bỏ qua tệp khung {file}", "framework file {file} skipped"),
    "calendar.superseded": (
        "bỏ qua {file}: cùng đơn vị, năm với một kế hoạch ban hành sau",
        "{file} skipped: a later plan of the same unit and year is included",
    ),
    "calendar.not_written": (
        "chưa ghi tệp lịch: sửa các lỗi trên rồi chạy lại",
        "calendar not written: fix the errors above and run again",
    ),
    "calendar.wrote": ("đã ghi {path}: {events} từ {plans}", "wrote {path}: {events} from {plans}"),
    "calendar.n.events": ("{count} sự kiện", "{count} events"),
    "calendar.n.events.one": ("{count} sự kiện", "{count} event"),
    # --- score penalty, rank groups, plurals (hardening) --------------------------
    "rollup.n.files": ("{count} tệp", "{count} files"),
    "rollup.n.files.one": ("{count} tệp", "{count} file"),
    "rollup.n.plans": ("{count} kế hoạch", "{count} plans"),
    "rollup.n.plans.one": ("{count} kế hoạch", "{count} plan"),
    "rollup.n.loaded": ("{count} kế hoạch đọc được", "{count} plans loaded"),
    "rollup.n.loaded.one": ("{count} kế hoạch đọc được", "{count} plan loaded"),
    "rollup.n.duplicates": (
        "{count} đơn vị trùng kế hoạch",
        "{count} units with duplicate plans",
    ),
    "rollup.n.duplicates.one": (
        "{count} đơn vị trùng kế hoạch",
        "{count} unit with duplicate plans",
    ),
    "rollup.n.late": ("{count} kế hoạch gửi muộn", "{count} plans late"),
    "rollup.n.late.one": ("{count} kế hoạch gửi muộn", "{count} plan late"),
    "rollup.text.attention": (
        "Cần hoàn thiện trước — kế hoạch còn lỗi hoặc chỗ <<ĐIỀN…>> chưa điền ({count}):",
        "To finish first — plans with open errors or unfilled <<ĐIỀN…>> placeholders ({count}):",
    ),
    "rollup.text.attention.counts": (
        "lỗi: {errors}, chỗ chưa điền: {placeholders}, điểm: {score}",
        "errors: {errors}, unfilled placeholders: {placeholders}, score: {score}",
    ),
    "rollup.group.annual": ("Kế hoạch năm {year}", "Annual plans {year}"),
    "rollup.group.campaign": ("Kế hoạch chiến dịch {year}", "Campaign plans {year}"),
    "rollup.html.with_errors": ("kế hoạch còn lỗi", "plans with errors"),
    "rollup.html.with_placeholders": ("còn chỗ chưa điền", "with unfilled placeholders"),
    "rollup.html.attention": ("Cần hoàn thiện trước", "To finish first"),
    "rollup.html.attention_note": (
        "Kế hoạch còn lỗi hoặc chỗ <<ĐIỀN…>> chưa điền; mỗi lỗi trừ {points} điểm.",
        "Plans with open errors or unfilled <<ĐIỀN…>> placeholders; each error costs {points} "
        "points.",
    ),
    "rollup.html.placeholders": ("Chỗ chưa điền", "Unfilled"),
    "rollup.col.group": ("Nhóm xếp hạng", "Ranked among"),
    "rollup.col.placeholders": ("Chỗ chưa điền", "Unfilled placeholders"),
}
