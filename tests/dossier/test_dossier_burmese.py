"""A dossier whose fixed texts are in Burmese (``--language my``): headings come back from
pdftotext exactly, records and hashes are untouched, and every fixed text of the dossier has a
finished Burmese translation with the same placeholders in resources/translations/dossier_my.ts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from evidence_app.cli import main
from evidence_app.dossier.words import Words, catalogue_path
from evidence_app.errors import UsageError
from evidence_app.services import dossier
from evidence_app.services.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.dossier.test_dossier import (
    BURMESE_NARRATIVE,
    PREFIX,
    build,
    needs_tools,
    outline_titles,
    pdftotext_pages,
    squash,
)

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = catalogue_path("my")
BRACES = re.compile(r"\{[A-Za-z_0-9]*\}")

# Headings as the catalogue gives them; each must come out of pdftotext character for character.
HEADINGS = [
    "သက်သေအထောက်အထား စာတွဲ",  # EVIDENCE DOSSIER
    "မာတိကာ",  # Contents
    "အနှစ်ချုပ်",  # Summary
    "သက်သေခံများ အညွှန်း",  # Index of exhibits
    "ဖြစ်စဉ်အကြောင်းအရာ",  # Narrative
    "ဤဖြစ်ရပ်ကို ထောက်ခံသော သက်သေခံများ",  # Exhibits supporting this incident
    "မူရင်းဖိုင်၏ SHA-256",  # SHA-256 of the original file
    "ထိန်းသိမ်းမှု မှတ်တမ်း",  # Custody history
    "နောက်ဆက်တွဲ B — လက်မှတ်ထိုးသူများ၏ public key များ",
    "ဤစာတွဲကို စစ်ဆေးနည်း",  # How to verify this dossier
]


@pytest.fixture
def burmese_pdf(workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    build(workspace, folder)
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "dossier-my.pdf"
    code = main(["--workspace", str(workspace.root), "dossier", "--case", "MMR-2023-TEST",
                 "-o", str(out), "--language", "my"])
    assert code == 0, capsys.readouterr().err
    return out


@needs_tools
def test_burmese_dossier_prints_burmese_headings(burmese_pdf: Path) -> None:
    pages = pdftotext_pages(burmese_pdf)
    everything = "\n".join(pages)
    for heading in HEADINGS:
        assert heading in everything, heading
    # The violation type comes from the taxonomy's Burmese name; the stamp stays as it is.
    assert "လေကြောင်းတိုက်ခိုက်မှု" in everything
    for number, text in enumerate(pages, start=1):
        assert f"{PREFIX}-{number:04d}" in text
        assert f"Page {number}/{len(pages)}" in text
    # Appendix C: the readiness gaps in Burmese too (templates from the catalogue).
    assert squash("ရက်စွဲကို လအထိသာ သိသည်။") in squash(everything)
    assert "The date is only known" not in everything
    # Records are printed as written, and the verification steps keep English after Burmese.
    assert squash(BURMESE_NARRATIVE) in squash(everything)
    verification = everything[everything.rindex("ဤစာတွဲကို စစ်ဆေးနည်း"):]
    assert verification.index("How to verify this dossier") < verification.index("၁။")
    assert verification.index("၁။") < verification.index("pdfdetach -saveall dossier.pdf")
    assert verification.index("pdfdetach -saveall") < verification.index("1. Take out the files")
    titles = outline_titles(burmese_pdf)
    assert "အနှစ်ချုပ်" in titles and "ဤစာတွဲကို စစ်ဆေးနည်း" in titles


def test_unknown_language_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        dossier.export_dossier(workspace, incident_ids=["x"], output=tmp_path / "d.pdf",
                               language="fr")
    with pytest.raises(ValueError, match="unknown dossier language"):
        Words("fr")
    assert not list(tmp_path.glob("*.pdf"))


def test_words_translate_from_the_catalogue_and_fall_back_to_english() -> None:
    words = Words("my")
    assert words.translate("dossier", "Summary") == "အနှစ်ချုပ်"
    assert words.translate("dossier", "a text nobody marked") == "a text nobody marked"
    assert Words("en").translate("dossier", "Summary") == "Summary"


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent /
                                                   "pyside6-lupdate")
    if not Path(found).exists():
        pytest.skip("pyside6-lupdate not installed")
    return found


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {(c.findtext("name") or "", m.findtext("source") or ""): m
            for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}


def test_every_dossier_fixed_text_has_a_burmese_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "evidence_app" / "dossier").glob("*.py"))
    subprocess.run([_lupdate(), *files, "-no-obsolete", "-ts", str(fresh)], check=True,
                   capture_output=True)
    wanted = set(_messages(fresh))
    assert wanted, "lupdate found no dossier texts"
    catalogue = _messages(CATALOGUE)
    missing = wanted - set(catalogue)
    assert not missing, f"run pyside6-lupdate (resources/translations/README.md): {missing}"
    problems = []
    for (context, source), message in catalogue.items():
        node = message.find("translation")
        text = "" if node is None else (node.text or "")
        if node is None or node.get("type") is not None or not text.strip():
            problems.append(f"{context}: {source!r} is not translated")
        elif set(BRACES.findall(text)) != set(BRACES.findall(source)):
            problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
    assert not problems, "\n".join(problems)
