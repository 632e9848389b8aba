"""One translation mechanism: every UI string is in the .ts catalogue, and .ts -> .qm -> tr()
works with PySide6's own tools."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from evidence_app.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = resources_dir() / "translations" / "evidence_app_my.ts"


def _tool(name: str) -> str:
    import sys

    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} not installed")
    return found


def _sources(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {(c.findtext("name") or "", m.findtext("source") or "")
            for c in tree.getroot().iter("context") for m in c.iter("message")}


def test_catalogue_lists_every_ui_string(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    files = [str(ROOT / "evidence_app" / "app.py"),
             *sorted(str(p) for p in (ROOT / "evidence_app" / "ui").glob("*.py"))]
    subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-ts", str(fresh)],
                   check=True, capture_output=True)
    missing = _sources(fresh) - _sources(CATALOGUE)
    assert not missing, f"run pyside6-lupdate (resources/translations/README.md): {missing}"


def test_ts_to_qm_to_tr(tmp_path: Path, qapp: QCoreApplication) -> None:
    tree = ET.parse(CATALOGUE)
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == "MainWindow":
            for message in context.iter("message"):
                if message.findtext("source") == "&Lock":
                    node = message.find("translation")
                    assert node is not None
                    node.text = "သော့ခတ်ရန်"
                    node.attrib.pop("type", None)
    ts = tmp_path / "one.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "one.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&Lock") == "သော့ခတ်ရန်"
    finally:
        app.removeTranslator(translator)
