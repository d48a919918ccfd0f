"""Templates live once, in the top-level ``templates/``, and ship inside the package.

Also ``render --export-templates DIR``: the bundled plan templates copied out for an office.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bhxh_plan.io.bundled import template_names, templates_dir
from tests.conftest import EXAMPLES, ROOT

Invoke = Callable[..., Any]
PLAN_TEMPLATES = ["plan.css", "plan.html.j2", "plan.md.j2"]
PLAN = ROOT / "examples" / "dong-nai-2023.yaml"
PIP = [sys.executable, "-m", "pip"]
CLI = [sys.executable, "-m", "bhxh_plan", "render"]


def _setuptools() -> dict[str, Any]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    config: dict[str, Any] = pyproject["tool"]["setuptools"]
    return config


def test_there_is_one_template_folder() -> None:
    assert not (ROOT / "src" / "bhxh_plan" / "templates").exists()
    # the editable install of the test run reads the top-level folder itself
    assert templates_dir() == ROOT / "templates"
    assert template_names("plan.") == PLAN_TEMPLATES
    assert template_names("rollup") == [
        "rollup.html.j2",
        "rollup_script.html.j2",
        "rollup_style.html.j2",
    ]


def test_packaging_maps_templates_and_lists_every_package() -> None:
    config = _setuptools()
    assert config["package-dir"] == {"": "src", "bhxh_plan.templates": "templates"}
    src = ROOT / "src"
    found = {
        ".".join(d.relative_to(src).parts)
        for d in src.rglob("*")
        if d.is_dir() and d.name != "__pycache__" and not d.name.endswith(".egg-info")
    }
    missing = found - set(config["packages"])
    assert not missing, f"add {sorted(missing)} to [tool.setuptools] packages in pyproject.toml"
    assert set(config["packages"]) == found | {"bhxh_plan.templates"}
    assert config["package-data"]["bhxh_plan.templates"] == ["*.j2", "*.css"]


def _build_wheel(tmp_path: Path) -> Path:
    # from a copy, so that the build leaves nothing in the source tree
    tree = tmp_path / "tree"
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for part in ("src", "templates"):
        shutil.copytree(ROOT / part, tree / part, ignore=skip)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, tree / name)
    # no build isolation: the venv's setuptools builds it, without the network
    wheel_dir = str(tmp_path / "wheel")
    subprocess.run(
        [*PIP, "wheel", str(tree), "-w", wheel_dir, "--no-deps", "--no-build-isolation", "-q"],
        check=True,
        capture_output=True,
        timeout=300,
        cwd=tmp_path,
    )
    (wheel,) = (tmp_path / "wheel").glob("bhxh_plan-*.whl")
    return wheel


def test_an_installed_wheel_carries_and_renders_the_templates(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path)
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        for name in template_names():
            shipped = z.read(f"bhxh_plan/templates/{name}")
            assert shipped == (ROOT / "templates" / name).read_bytes()
    assert "bhxh_plan/templates/__init__.py" in names
    assert "bhxh_plan/frameworks/vss-2023.yaml" in names
    site = tmp_path / "site"
    subprocess.run(
        [*PIP, "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    env = {**os.environ, "PYTHONPATH": str(site), "BHXH_PLAN_LANG": "vi", "NO_COLOR": "1"}
    where = subprocess.run(
        [sys.executable, "-c", "from bhxh_plan.io.bundled import templates_dir as d; print(d())"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert Path(where.stdout.strip()) == site / "bhxh_plan" / "templates"
    out, ours = tmp_path / "installed", tmp_path / "editable"
    for folder, extra in ((out, env), (ours, {**env, "PYTHONPATH": ""})):
        res = subprocess.run(
            [*CLI, str(PLAN), "--html", str(folder / "p.html"), "--md", str(folder / "p.md")],
            env=extra,
            capture_output=True,
            text=True,
            timeout=300,
            cwd=tmp_path,
        )
        assert res.returncode == 0, res.stderr
    for name in ("p.html", "p.md"):
        assert (out / name).read_bytes() == (ours / name).read_bytes()
    assert "KẾ HOẠCH" in (out / "p.html").read_text(encoding="utf-8")


def test_export_templates_then_template_dir(invoke: Invoke, tmp_path: Path) -> None:
    folder = tmp_path / "mau" / "dong-nai"
    res = invoke("render", "--export-templates", str(folder))
    assert res.exit_code == 0, res.output
    assert f"Đã chép 3 mẫu vào {folder}" in res.output
    assert sorted(p.name for p in folder.iterdir()) == PLAN_TEMPLATES
    for name in PLAN_TEMPLATES:
        assert (folder / name).read_bytes() == (ROOT / "templates" / name).read_bytes()
    # the copies work as a --template-dir, and an edit of them shows
    (folder / "plan.css").write_text("body { color: #123456; }\n", encoding="utf-8")
    for plan in EXAMPLES[:1]:
        page = tmp_path / "out.html"
        res = invoke("render", str(plan), "--html", str(page), "--template-dir", str(folder))
        assert res.exit_code == 0, res.output
        assert "color: #123456" in page.read_text(encoding="utf-8")


def test_export_never_overwrites(invoke: Invoke, tmp_path: Path) -> None:
    (tmp_path / "plan.md.j2").write_text("của đơn vị\n", encoding="utf-8")
    res = invoke("render", "--export-templates", str(tmp_path))
    assert res.exit_code == 2
    assert f"{tmp_path / 'plan.md.j2'} đã có; không ghi đè" in res.output
    assert "cách sửa:" in res.output
    assert (tmp_path / "plan.md.j2").read_text(encoding="utf-8") == "của đơn vị\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.md.j2"]  # nothing written


def test_export_refuses_a_dangling_symlink(invoke: Invoke, tmp_path: Path) -> None:
    (tmp_path / "plan.css").symlink_to(tmp_path / "elsewhere.css")
    res = invoke("--lang", "en", "render", "--export-templates", str(tmp_path))
    assert res.exit_code == 2 and "plan.css already exists" in res.output
    assert not (tmp_path / "elsewhere.css").exists()


def test_export_into_a_file_is_exit_2(invoke: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "a-file"
    target.write_text("x", encoding="utf-8")
    res = invoke("--lang", "en", "render", "--export-templates", str(target))
    assert res.exit_code == 2
    assert f"{target} is a file, not a folder" in res.output


def test_export_below_a_file_is_exit_2(invoke: Invoke, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    res = invoke("render", "--export-templates", str(tmp_path / "a-file" / "mau"))
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert "plan.css" in res.output and "cách sửa:" in res.output


@pytest.mark.parametrize(
    "extra",
    [["examples/dong-nai-2023.yaml"], ["-o", "out"], ["--md", "x.md"], ["--template-dir", "."]],
)
def test_export_goes_alone(invoke: Invoke, tmp_path: Path, extra: list[str]) -> None:
    res = invoke("render", "--export-templates", str(tmp_path / "t"), *extra)
    assert res.exit_code == 2
    assert "--export-templates chỉ chép mẫu ra thư mục" in res.output
    assert not (tmp_path / "t").exists()


def test_render_without_a_plan_is_still_exit_2(invoke: Invoke) -> None:
    res = invoke("render", "-o", "out")
    assert res.exit_code == 2
    assert "thiếu đối số PLAN" in res.output
    assert "bhxh-plan render --help" in res.output
