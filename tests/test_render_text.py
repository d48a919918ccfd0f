"""HTML and Markdown: golden files, escaping, the sandbox, user templates, packaging."""

from __future__ import annotations

import html
import os
from html.parser import HTMLParser
from pathlib import Path

import pytest
from jinja2.exceptions import SecurityError

from bhxh_plan.render.sandbox import TemplateProblem
from bhxh_plan.render.templating import md_escape, template_dirs
from tests.conftest import ROOT
from tests.render_support import (
    FIXTURE,
    GOLDEN,
    IMG,
    JINJA,
    PAYLOADS,
    SCRIPT,
    payload_plan,
    rendered,
)

UPDATE = os.environ.get("BHXH_UPDATE_GOLDEN") == "1"


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} differs; review and rerun with BHXH_UPDATE_GOLDEN=1 to accept"
    )


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_golden(fmt: str) -> None:
    _golden(f"plan.{fmt}", rendered(FIXTURE, fmt).decode("utf-8"))


class _Text(HTMLParser):
    """Visible text and the tags of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._skip += tag in ("style", "script")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "script")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def _visible(page: str) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(page)
    return "".join(parser.text), parser.tags


def test_html_is_self_contained_and_structured() -> None:
    page = rendered(FIXTURE, "html").decode("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert 'name="viewport"' in page and "@media print" in page and "@media (max-width" in page
    for ref in ("http://", "https://", "<link", "src=", "@import", "url("):
        assert ref not in page
    text, tags = _visible(page)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Trảng Bom, ngày 03 tháng 02 năm 2023" in text
    assert tags.count("table") == 2 and "thead" in tags and "script" not in tags


def _payload_file(tmp_path: Path) -> Path:
    path = tmp_path / "payload.yaml"
    path.write_text(payload_plan(), encoding="utf-8")
    return path


def test_html_payloads_are_text(tmp_path: Path) -> None:
    page = rendered(_payload_file(tmp_path), "html").decode("utf-8")
    assert "<script" not in page and "<img" not in page
    text, _ = _visible(page)
    for payload in PAYLOADS:
        assert payload in text, payload
    assert "49" not in text
    assert html.escape(SCRIPT, quote=False) in page


def test_markdown_payloads_render_as_text(tmp_path: Path) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    source = rendered(_payload_file(tmp_path), "md").decode("utf-8")
    assert "<script" not in source and "<img" not in source
    page = markdown_it.MarkdownIt("commonmark").enable("table").render(source)
    assert "<script" not in page and "<img" not in page
    text, _ = _visible(page)
    for payload in PAYLOADS:
        assert payload in text, payload
    assert "49" not in text


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("*a* _b_ `c` [d](e) | ~f~ $g$", r"\*a\* \_b\_ \`c\` \[d\](e) \| \~f\~ \$g\$"),
        ("<b>&", "&lt;b&gt;&amp;"),
        ("# x\n- y\n+ z\n1. w\n> q", "\\# x\n\\- y\n\\+ z\n1\\. w\n&gt; q"),
        ("1.1. stays", "1.1. stays"),
        ("\"quotes\" and 'apostrophes'", "\"quotes\" and 'apostrophes'"),
        (JINJA, JINJA.replace("*", r"\*")),
    ],
)
def test_md_escape(text: str, escaped: str) -> None:
    assert str(md_escape(text)) == escaped


def test_user_template_overrides_and_falls_back(tmp_path: Path) -> None:
    (tmp_path / "plan.md.j2").write_text(
        "# {{ view.header.unit }}\n{{ view.plan.document.title }}\n", encoding="utf-8"
    )
    (tmp_path / "plan.css").write_text("body { color: #123456; }\n", encoding="utf-8")
    md = rendered(FIXTURE, "md", tmp_path).decode("utf-8")
    assert (
        md
        == "# BẢO HIỂM XÃ HỘI HUYỆN TRẢNG BOM\nKế hoạch công tác thông tin, truyền thông năm 2023\n"
    )
    page = rendered(FIXTURE, "html", tmp_path).decode("utf-8")
    assert "color: #123456" in page and "KẾ HOẠCH" in page  # built-in page, user CSS


def test_user_templates_are_sandboxed(tmp_path: Path) -> None:
    (tmp_path / "plan.md.j2").write_text(
        "{{ view.__class__.__mro__[1].__subclasses__() }}", encoding="utf-8"
    )
    with pytest.raises(TemplateProblem) as info:  # told as the user's template error
        rendered(FIXTURE, "md", tmp_path)
    assert isinstance(info.value.__cause__, SecurityError)


def test_user_template_escapes_plan_text(tmp_path: Path) -> None:
    (tmp_path / "plan.html.j2").write_text(
        "<p>{{ view.signature.name }}</p><p>{{ view.recipients[0] }}</p>", encoding="utf-8"
    )
    page = rendered(_payload_file(tmp_path), "html", tmp_path).decode("utf-8")
    assert page == f"<p>{html.escape(JINJA)}</p><p>{html.escape('- ' + IMG + ';')}</p>"


def test_template_search_order(tmp_path: Path) -> None:
    assert template_dirs(tmp_path) == [tmp_path, ROOT / "templates"]
    assert template_dirs() == [ROOT / "templates"]
