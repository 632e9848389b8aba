"""A dossier whose fixed texts are in Burmese (``--language my``): headings, the page stamp,
chart labels and custody tables come back from pdftotext in Burmese, ERNs, records and hashes
are untouched, narrow columns make room for Burmese words, and every fixed text of the dossier
has a finished Burmese translation with the same placeholders in
resources/translations/dossier_my.ts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from reportlab.platypus import Spacer

from evidence_app.cli import main
from evidence_app.dossier import describe
from evidence_app.dossier.burmese import ZWSP
from evidence_app.dossier.custody_text import CustodyText
from evidence_app.dossier.describe import breakable
from evidence_app.dossier.layout import make_styles
from evidence_app.dossier.tables import Fixed, fit_columns
from evidence_app.dossier.text import longest_phrase
from evidence_app.dossier.words import Words, catalogue_path
from evidence_app.errors import UsageError
from evidence_app.services import dossier, dossier_records, incidents
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
    # The violation type comes from the taxonomy's Burmese name.
    assert "လေကြောင်းတိုက်ခိုက်မှု" in everything
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


@needs_tools
def test_burmese_stamp_charts_and_custody_read_in_burmese(burmese_pdf: Path) -> None:
    """The page stamp, the chart labels and the custody tables: Burmese words, Latin ERNs,
    numbers, hashes and ids."""
    words = Words("my")
    pages = pdftotext_pages(burmese_pdf)
    page_word = words.translate("dossier", "Page")
    marking = words.translate("describe", "UNDER SEAL")  # an exhibit is under seal
    assert page_word != "Page" and marking != "UNDER SEAL"
    for number, text in enumerate(pages, start=1):
        assert f"{PREFIX}-{number:04d}" in text  # the ERN stays a Latin court identifier
        assert f"{page_word} {number}/{len(pages)}" in text
        assert f"Page {number}/" not in text
        assert text.count(marking) >= 2, number  # under the ERN and at the foot
        assert f"{words.translate('dossier', 'Dossier')} DOS-" in text
    assert not any("UNDER SEAL" in text or "CONFIDENTIAL" in text for text in pages)

    # Charts: each bar's label is a shaped Burmese paragraph, read back by pdftotext, so the
    # summary holds each Burmese violation name twice (chart and table), and no English one.
    first = next(i for i, text in enumerate(pages) if "အနှစ်ချုပ်" in text and "ERN" not in text)
    end = next(i for i, text in enumerate(pages) if "သက်သေခံများ အညွှန်း" in text and i > first)
    summary = "".join(pages[first:end])
    for burmese in ("AIR လေကြောင်းတိုက်ခိုက်မှု", "DSP အတင်းအဓမ္မ"):
        assert squash(summary).count(squash(burmese)) >= 2, burmese
    assert squash(summary).count(squash(words.translate("dossier", "not recorded"))) >= 2
    for english in ("Airstrike", "Forced displacement", "not recorded"):
        assert english not in summary

    # Custody: actions, keys and coded values in Burmese; hashes and ids as recorded.
    everything = squash("".join(pages))
    for word in ("ထည့်သွင်းသည်", "attestation ၏ SHA-256", "ဖြစ်ရပ် id",
                 "ရှိပြီးသား ဖိုင်: မဟုတ်ပါ"):
        assert squash(word) in everything, word
    for english in ("attestation_sha256", "deduplicated", "incident_id", "ingest"):
        assert english not in everything, english
    exhibit_hash = re.search(r"SHA-256 ([0-9a-f]{64})", "".join(pages))
    assert exhibit_hash is not None and everything.count(exhibit_hash.group(1)) >= 3

    # The signature is still valid for poppler.
    if shutil.which("pdfsig"):
        report = subprocess.run(["pdfsig", str(burmese_pdf)], capture_output=True,
                                text=True).stdout
        assert "Signature is Valid" in report


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


def test_custody_details_as_recorded_in_english_translated_in_burmese() -> None:
    details = {"incident_id": "ab01ae02-51f3", "sha256": "e1d8" * 16, "size": 37159,
               "acquisition": "witness", "deduplicated": False, "kind": "dossier",
               "status_at_export": "intact", "to": None, "files": ["EX-1.jpg", "b.txt"],
               "a_future_key": "as it is"}
    english = CustodyText(Words("en"))
    assert english.action("ingest") == "ingest"
    assert english.details(details) == breakable(
        "a_future_key: as it is; acquisition: witness; deduplicated: False; "
        "files: EX-1.jpg, b.txt; incident_id: ab01ae02-51f3; kind: dossier; "
        f"sha256: {'e1d8' * 16}; size: 37159; status_at_export: intact; to: None")
    burmese = CustodyText(Words("my"))
    assert burmese.action("ingest") == "ထည့်သွင်းသည်"
    assert burmese.action("a-new-action") == "a-new-action"
    text = burmese.details(details).replace(ZWSP, "")
    for part in ("ရယူပုံ: သက်သေက ပေးသည်", "ရှိပြီးသား ဖိုင်: မဟုတ်ပါ", "ဖြစ်ရပ် id: ab01ae02-51f3",
                 f"SHA-256: {'e1d8' * 16}", "အရွယ်အစား: 37159", "အမျိုးအစား: စာတွဲ",
                 "ထုတ်ယူစဉ် အခြေအနေ: မူလအတိုင်း;", "လက်ခံသူ: မရှိ", "ဖိုင်များ: EX-1.jpg, b.txt",
                 "a_future_key: as it is"):
        assert part in text, part
    assert burmese.kind("transcript") == "စာသားမှတ်တမ်း"
    assert english.kind("transcript") == "transcript"


def test_marking_in_the_dossier_language() -> None:
    marking = describe.marking(["public", "under_seal"], redacted=True)
    assert describe.marking_text(marking) == "UNDER SEAL – REDACTED VERSION"
    my = Words("my").translate
    assert describe.marking_text(marking, my) == "တံဆိပ်ခတ် ပိတ်ထား – ဖုံးကွယ်ထားသော မူ"
    assert describe.marking_text("CONFIDENTIAL", my) == "လျှို့ဝှက်"
    assert describe.marking_text("SOMETHING ELSE", my) == "SOMETHING ELSE"
    # Why an exhibit is withheld from a redacted version reads in the same words.
    assert my("describe", describe.WITHHELD_REASONS["marked under seal"]).startswith(
        "တံဆိပ်ခတ် ပိတ်ထား")


def test_translated_headers_widen_their_columns_english_ones_do_not() -> None:
    styles = make_styles()
    widths = [58.0, 50, 82, 38, 24, 52, 100, 78]
    english = ["Pseudonym", "Role", "Name", "Sex", "Age", "Ethnicity", "Contact", "Consent"]
    rows = [[Fixed("W-0009"), Fixed("witness"), "Naw Mu Mu", Fixed("female"), Fixed("26"),
             "Karenni", "via FC-2", Fixed("consent given")]]
    assert fit_columns(styles, english, rows, widths, bold_first=True) == widths
    my = Words("my")
    burmese = [my.translate("dossier", h) for h in english]
    rows_my = [[Fixed("W-0009"), Fixed(my.translate("describe", "witness")), "Naw Mu Mu",
                Fixed(my.translate("describe", "female")), Fixed("26"), "Karenni", "via FC-2",
                Fixed(my.translate("describe", "consent given"))]]
    fitted = fit_columns(styles, burmese, rows_my, widths, bold_first=True)
    assert sum(fitted) == pytest.approx(sum(widths))
    age, sex = 4, 3  # "အသက်" and "အမျိုးသမီး" are wider than 24 and 38 pt
    assert fitted[age] > widths[age] and fitted[sex] > widths[sex]
    for i, text, style in ((age, burmese[age], styles.cell_bold),
                           (sex, rows_my[0][sex], styles.cell)):
        assert fitted[i] >= longest_phrase(styles.p(str(text), style)) + 6
    assert all(w >= 24 for w in fitted)
    # A column holding a flowable of its own width (a late ERN) gives none of its width.
    header = [my.translate("dossier", "Age"), "Description", "ERN"]
    ern = Spacer(92, 10)
    fitted = fit_columns(styles, header, [[Fixed("26"), "words", ern]], [20.0, 60, 98])
    assert fitted[2] == 98 and fitted[0] > 20 and sum(fitted) == pytest.approx(178)


def _pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True,
                         text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in
                                                   out.splitlines())}


@needs_tools
def test_metadata_kinds_gaps_articles_actors_and_missing_picture_in_both_languages(
        workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The last English of a Burmese dossier: document properties, exhibits by kind, review
    and consent words in readiness gaps, "Art.", ACLED actor classes, and the note printed when
    a picture cannot be shown; the English dossier says the same in English."""
    folder = tmp_path / "files"
    folder.mkdir()
    built = build(workspace, folder)
    second, third = built.incident_ids[1], built.incident_ids[2]
    incidents.set_review_status(workspace, second, "ready_for_review")
    incidents.set_review_status(workspace, third, "ready_for_review")
    incidents.set_review_status(workspace, third, "returned", "Add the date.")
    # No preview can be made: every picture exhibit gets the note instead.
    monkeypatch.setattr(dossier_records, "PREVIEW_LIMIT", 0)
    texts, infos = {}, {}
    for language in ("en", "my"):
        out = tmp_path / f"dossier-{language}.pdf"
        result = dossier.export_dossier(workspace, case=built.case_id, output=out,
                                        language=language)
        # -raw: in content order, so that a table cell's lines are not interleaved with the
        # next column's.
        texts[language] = squash(subprocess.run(["pdftotext", "-raw", str(out), "-"],
                                                capture_output=True, check=True,
                                                text=True).stdout)
        infos[language] = _pdfinfo(out)
    dossier_id = result.dossier_id

    # Document properties: Burmese words, Latin identifiers.
    assert infos["en"]["Title"] == f"Evidence dossier {dossier_id} – MMR-2023-TEST"
    assert infos["en"]["Subject"] == "UNDER SEAL"
    assert infos["my"]["Title"] == f"သက်သေအထောက်အထား စာတွဲ {dossier_id} – MMR-2023-TEST"
    assert infos["my"]["Subject"] == "တံဆိပ်ခတ် ပိတ်ထား"

    en, my = texts["en"], texts["my"]
    expected = {
        "en": ["picture:3(image/jpeg);document:1(application/pdf);text:1(text/plain)",
               "Art.8(2)(e)(i)", "Art.7(1)(a)", "ACLEDclass1:Stateforces",
               squash("No review sign-off: the incident is still a draft, not verified."),
               squash("No review sign-off: the incident is awaiting review, not yet verified."),
               squash("No review sign-off: the incident was returned to the documenter for "
                      "changes, not verified."),
               squash("V-0103 (victim): consent was not asked."),
               squash("The picture could not be rendered; the hash below is that of the "
                      "original file.")],
        "my": [squash("ဓာတ်ပုံ: 3 (image/jpeg); စာရွက်စာတမ်း: 1 (application/pdf); "
                      "စာသား: 1 (text/plain)"),
               "ပုဒ်မ8(2)(e)(i)", "ပုဒ်မ7(1)(a)",
               squash("ACLED ပါဝင်သူ အမျိုးအစား 1: နိုင်ငံတော် လုံခြုံရေး တပ်ဖွဲ့များ"),
               squash("ဖြစ်ရပ်သည် မူကြမ်းအဖြစ်သာ ရှိသေးပြီး အတည်မပြုရသေးပါ။"),
               squash("ဖြစ်ရပ်သည် သုံးသပ်ရန် စောင့်ဆိုင်းဆဲ ဖြစ်ပြီး အတည်မပြုရသေးပါ။"),
               squash("ဖြစ်ရပ်ကို ပြင်ဆင်ရန် မှတ်တမ်းတင်သူထံ ပြန်ပို့ထားပြီး"),
               squash("V-0103 (ထိခိုက်နစ်နာသူ) — သဘောတူခွင့်ပြုချက် မမေးရသေးပါ။"),
               squash("ပုံကို ပြသ၍ မရပါ။ အောက်ပါ hash သည် မူရင်းဖိုင်၏ hash ဖြစ်သည်။")],
    }
    for language, text in texts.items():
        for part in expected[language]:
            assert part in text, (language, part)
    # Three picture exhibits, each with the note.
    assert en.count(expected["en"][-1]) == 3 and my.count(expected["my"][-1]) == 3
    # None of it is left in English, or as a stored code, in the Burmese dossier.
    for english in ("Art.", "ACLED class", "State forces", "picture:", "image:",
                    "application:", "could not be rendered", "ready_for_review", "'returned'",
                    "'draft'", "(victim)", "No review sign-off"):
        assert english not in my, english
    # The English dossier quotes no status code either.
    for code in ("'draft'", "ready_for_review", "'returned'", "'verified'", "application:",
                 "image:"):
        assert code not in en, code


def test_a_gaps_standard_keeps_its_name_and_says_the_rest_in_the_dossier_language() -> None:
    from evidence_app.dossier.appendix import standard_text

    my, en = Words("my").translate, Words("en").translate
    for standard in ("Berkeley Protocol (authenticity)", "Berkeley Protocol (chain of custody)",
                     "Rome Statute (reviewer's hypothesis)", "Berkeley Protocol para 155",
                     "Leiden Guidelines; Berkeley Protocol"):
        assert standard_text(standard, en) == standard
    assert standard_text("Berkeley Protocol (authenticity)", my) == "Berkeley Protocol (စစ်မှန်မှု)"
    assert standard_text("Rome Statute (reviewer's hypothesis)", my) == (
        "Rome Statute (သုံးသပ်သူ၏ ယူဆချက်)")
    assert standard_text("Berkeley Protocol para 155", my) == "Berkeley Protocol စာပိုဒ် 155"
