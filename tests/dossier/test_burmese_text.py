"""Burmese and English text in dossier PDFs: segmentation, wrapping, fonts, extraction, escaping.

The PDF tests build real files with reportlab and read them back with poppler's ``pdftotext``
and ``pdffonts``; they are skipped (with the reason) only where poppler-utils is not installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Indenter, Paragraph, SimpleDocTemplate, Spacer, Table

from evidence_app.dossier.burmese import break_opportunities, has_burmese, is_burmese, syllables
from evidence_app.dossier.fonts import FontSet, register_fonts, resources_dir
from evidence_app.dossier.text import (
    DossierParagraph,
    escape_and_runs,
    para,
    plain_text_for_extraction,
)

# A witness statement as it is typed: no spaces inside sentences, one after each ။. It has
# medials (ကျ ကြ ရွ ရှ), stacked consonants (သတ္တ ဥက္ကဋ္ဌ ကမ္ဘာ ဗုဒ္ဓ), kinzi (အင်္ဂလိပ်),
# vowels written before the consonant (ကျေး), Myanmar digits and the section marks ၊ ။.
NARRATIVE = (
    "၂၀၂၃ခုနှစ်မတ်လ၁၂ရက်နေ့နံနက်တွင်စစ်တပ်သည်ကျေးရွာအတွင်းသို့ဝင်ရောက်လာခဲ့သည်။ "
    "စစ်သားများသည်အိမ်ခြေသုံးဆယ်ကျော်ကိုမီးရှို့ဖျက်ဆီးခဲ့ပြီးရွာသားများကိုဖမ်းဆီးခဲ့သည်။ "
    "မျက်မြင်သက်သေသုံးဦးကထွက်ဆိုရာတွင်သက်ကြီးရွယ်အိုနှင့်ကလေးငယ်များပါဝင်ကြောင်းပြောကြားခဲ့သည်။ "
    "ရွာသားများသည်တောထဲသို့ထွက်ပြေးတိမ်းရှောင်ခဲ့ကြရပြီး၊အစားအစာနှင့်ဆေးဝါးပြတ်လပ်ခဲ့သည်။ "
    "ရွာဥက္ကဋ္ဌကအင်္ဂလိပ်ဘာသာဖြင့်ကမ္ဘာ့အသိုင်းအဝိုင်းထံအကူအညီတောင်းခံခဲ့သည်။ "
    "ဗုဒ္ဓဘာသာကျောင်းနှင့်သတ္တဝါများလည်းထိခိုက်ခဲ့ကြောင်းဓာတ်ပုံနှင့်ဗီဒီယိုမှတ်တမ်းများဖြင့်အတည်ပြုထားသည်။"
)
ENGLISH = (
    "Incident EA-2023-0142 – Burning of the village (ICC-01/19) • 34 houses destroyed • "
    "three witnesses; reported by “Daw Aye” on 14 March 2023. Literal markup stays text: "
    '<b>not bold</b> & <font name="x">not a font</font> &amp; <br/> '
    "SHA-256 3fe9a4babc12081adc979e0313433e6ec85bb3ad069681c23ee8d8ea8b91332b"
)
MIXED = "ရွာသား (villager) ဦးမောင်မောင် – Maung Maung, ၄၅ နှစ် • farmer; “ကျွန်တော့်အိမ်ကိုမီးရှို့တယ်”"


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return register_fonts()


@pytest.fixture(scope="module")
def body(fonts: FontSet) -> ParagraphStyle:
    # Burmese needs generous leading: medials and stacks reach far above and below.
    return ParagraphStyle("body", fontName=fonts.latin, fontSize=10.5, leading=20)


def _no_space(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _require(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (apt-get install poppler-utils)")


# --- segmentation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("မြန်မာ", ["မြန်", "မာ"]),
        ("ကျေးရွာ", ["ကျေး", "ရွာ"]),
        ("သတ္တဝါ", ["သတ္တ", "ဝါ"]),  # the stacked တ stays under its partner
        ("ဥက္ကဋ္ဌ", ["ဥက္ကဋ္ဌ"]),  # two stacks, independent vowel first
        ("အင်္ဂလိပ်", ["အင်္ဂ", "လိပ်"]),  # kinzi
        ("ကမ္ဘာ့", ["ကမ္ဘာ့"]),
        ("မီးရှို့ခဲ့သည်။", ["မီး", "ရှို့", "ခဲ့", "သည်", "။"]),
        ("ပြည့်", ["ပြည့်"]),  # dot below stored before the asat
        ("၁၂၃", ["၁၂၃"]),
        ("၂၀၂၃ခုနှစ်", ["၂၀၂၃", "ခု", "နှစ်"]),
        ("ICC မြန်မာ", ["ICC", " ", "မြန်", "မာ"]),
        ("(ရွာ)ဦးဘ", ["(", "ရွာ", ")", "ဦး", "ဘ"]),
        ("၎င်း၏", ["၎င်း", "၏"]),
        ("Daw Aye–ICC", ["Daw", " ", "Aye–ICC"]),
        ("", []),
    ],
)
def test_syllables_of_known_words(text: str, expected: list[str]) -> None:
    assert syllables(text) == expected


def test_break_opportunities() -> None:
    text = "မြန်မာ စာ။ ICC-01 a\u00a0b၊ကျေး\u200bရွာ"
    breaks = break_opportunities(text)
    starts = [text[i:] for i in breaks]
    assert [s[:2] for s in starts] == ["မာ", "စာ", "IC", "a\u00a0", "ကျ", "ရွ"]
    assert not any(text[i] in "။၊ " for i in breaks)  # never before a section mark or a space
    assert text.index("b") not in breaks  # a no-break space does not break


def test_is_burmese_blocks() -> None:
    assert is_burmese("က") and is_burmese("\uaa60") and is_burmese("\ua9e0")
    assert not is_burmese("a") and not is_burmese("–") and not is_burmese("\u200b")
    assert has_burmese("ICC ၁") and not has_burmese("ICC 1")


_ALPHABET = list("ကခဂငစညတထဒနပဖဗမယရလဝသဟအဥဦ") + list("ျြွှ ိ ီ ု ူ ေ ဲ ံ ့ း ် ္".replace(" ", ""))
_ALPHABET += list("၀၁၉၊။၏") + list("ab(–) \u00a0\u200b\n")


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_segmentation_is_lossless_and_breaks_fall_on_segment_boundaries(text: str) -> None:
    segments = syllables(text)
    assert "".join(segments) == text
    boundaries = {sum(len(s) for s in segments[:i]) for i in range(1, len(segments))}
    breaks = break_opportunities(text)
    assert breaks == sorted(set(breaks))
    assert set(breaks) <= boundaries
    assert all(text[i] not in "၊။" for i in breaks)
    assert all(text[i - 1] != "္" for i in breaks)  # never under a stack


@given(st.text(alphabet=_ALPHABET, max_size=60))
@example("a  \u102d")  # a combining mark after two spaces once kept both spaces
def test_extraction_text_keeps_every_visible_character(text: str) -> None:
    extracted = plain_text_for_extraction(text)
    assert extracted == extracted.strip()
    assert "  " not in extracted
    assert _no_space(extracted.replace("\u200b", "")) == _no_space(text.replace("\u200b", ""))


# --- fonts --------------------------------------------------------------------------------------


def test_fonts_are_shipped_with_their_licences_and_registered_once(fonts: FontSet) -> None:
    folder = resources_dir() / "fonts"
    for name in (fonts.latin, fonts.latin_bold, fonts.myanmar, fonts.myanmar_bold):
        assert (folder / f"{name}.ttf").is_file()
        assert pdfmetrics.getFont(name).shapable  # HarfBuzz (uharfbuzz) is available
    assert "SIL OPEN FONT LICENSE Version 1.1" in (folder / "OFL-NotoSans.txt").read_text()
    assert "SIL OPEN FONT LICENSE" in (folder / "OFL-NotoSansMyanmar.txt").read_text()
    assert register_fonts() is fonts
    myanmar = pdfmetrics.getFont(fonts.myanmar).face.charToGlyph
    latin = pdfmetrics.getFont(fonts.latin).face.charToGlyph
    assert all(ord(ch) in myanmar for ch in NARRATIVE if not ch.isspace())
    assert all(ord(ch) in latin for ch in ENGLISH + "’‘—…€£")


def test_resources_dir_inside_a_pyinstaller_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources_dir.cache_clear()
    try:
        assert resources_dir() == tmp_path / "resources"
    finally:
        monkeypatch.undo()
        resources_dir.cache_clear()
    assert (resources_dir() / "fonts" / "NotoSansMyanmar-Regular.ttf").is_file()


# --- paragraphs ---------------------------------------------------------------------------------


def _assert_lines_break_between_syllables(lines: list[str], logical: str) -> None:
    """``lines`` (in order) must spell ``logical``, each ending at a space or between syllables.

    The only other place a line may end is inside a non-Burmese word too long for its column,
    which is cut like reportlab's ``splitLongWords`` would cut it.
    """
    allowed = set(break_opportunities(logical))
    pos = 0
    for line in lines:
        assert logical.startswith(line, pos), (line, logical[pos:])
        pos += len(line)
        if pos < len(logical):
            if logical[pos] == " ":
                pos += 1
            near = logical[pos - 1 : pos + 1]
            assert pos in allowed or not has_burmese(near), (
                f"line ends inside a syllable: {line!r} | {logical[pos:]!r}"
            )
    assert pos == len(logical)


def _wrapped_lines(p: DossierParagraph, width: float) -> list[str]:
    p.wrap(width, 10_000)
    lines = p.line_texts()
    assert len(lines) == len(p.blPara.lines)
    return lines


@pytest.mark.parametrize("width", [60, 120, 170 * mm])
def test_burmese_wraps_only_between_syllables(body: ParagraphStyle, width: float) -> None:
    p = para(NARRATIVE, body)
    lines = _wrapped_lines(p, width)
    _assert_lines_break_between_syllables(lines, plain_text_for_extraction(NARRATIVE))
    assert len(lines) > 1
    # Nothing is wider than the column (reportlab lets a line shrink its spaces by 5 %).
    assert all(line.extraSpace > -0.06 * width for line in p.blPara.lines)
    if width < 100:
        assert len(lines) > 30  # many breaks with no space to break at


@pytest.mark.parametrize("text", [ENGLISH, MIXED])
def test_long_english_words_are_cut_in_narrow_columns(body: ParagraphStyle, text: str) -> None:
    p = para(text, body)
    lines = _wrapped_lines(p, 60)
    _assert_lines_break_between_syllables(lines, plain_text_for_extraction(text))
    assert all(line.extraSpace > -3 for line in p.blPara.lines)
    assert "3fe9a4babc12081adc979e0313433e6ec85bb3ad069681c23ee8d8ea8b91332b" not in lines


def test_long_words_are_not_cut_where_they_fit(body: ParagraphStyle) -> None:
    wide = para(ENGLISH, body)
    wide.wrap(170 * mm, 10_000)
    assert any(line.endswith("91332b") and " " not in line for line in wide.line_texts())


def test_shaping_leaves_no_dotted_circles_or_missing_glyphs(
    body: ParagraphStyle, fonts: FontSet
) -> None:
    p = para(NARRATIVE + " " + MIXED, body)
    p.wrap(120, 10_000)
    used = set()
    for word in p.frags:
        for frag, glyphs in word[1:]:
            used.add(frag.fontName)
            face = pdfmetrics.getFont(frag.fontName).face
            assert "\u25cc" not in glyphs, f"dotted circle: broken cluster in {frag._ev_text!r}"
            assert all(ord(g) in face.charToGlyph for g in glyphs), frag._ev_text
            assert (frag.fontName == fonts.myanmar) == has_burmese(frag._ev_text)
    assert used == {fonts.latin, fonts.myanmar}


def test_bold_style_gives_bold_burmese_and_the_style_is_not_changed(fonts: FontSet) -> None:
    heading = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=14, leading=26)
    p = para("ခေါင်းစဉ် Heading", heading)
    assert {frag.fontName for word in p.frags for frag, _ in word[1:]} == {
        fonts.latin_bold,
        fonts.myanmar_bold,
    }
    assert heading.fontName == "Helvetica-Bold" and heading.shaping == 0
    assert p.getPlainText() == "ခေါင်းစဉ် Heading"


def test_markup_in_user_text_is_printed_literally(body: ParagraphStyle, fonts: FontSet) -> None:
    hostile = '<b>bold?</b> & <font name="x">x</font> <img src="/etc/passwd"/> &amp; ]]>'
    assert para(hostile, body).getPlainText() == hostile
    markup = escape_and_runs(hostile + " မြန်မာ", fonts)
    assert "<b>" not in markup and "&amp;amp;" in markup
    assert Paragraph(markup, body).getPlainText() == hostile + " မြန်မာ"
    assert f'<font name="{fonts.myanmar}">မြန်မာ</font>' in markup


def test_empty_and_whitespace_only_text(body: ParagraphStyle) -> None:
    for text in ("", "  \n\t ", "\u200b"):
        p = para(text, body)
        assert p.wrap(100, 100)[1] == 0
        assert p.getPlainText() == ""


# --- real PDFs, read back by poppler ------------------------------------------------------------


def _story(style: ParagraphStyle, doc_width: float) -> tuple[list[Flowable], list[str]]:
    texts: list[str] = []
    story: list[Flowable] = []
    for width in (60, 120, doc_width):
        narrow = doc_width - width
        story.append(Indenter(right=narrow))
        for text in (NARRATIVE, ENGLISH, MIXED):
            story.append(para(text, style))
            texts.append(text)
        story += [Indenter(right=-narrow), Spacer(1, 12)]
    return story, texts


@pytest.fixture(scope="module")
def dossier_pdf(
    tmp_path_factory: pytest.TempPathFactory, body: ParagraphStyle, fonts: FontSet
) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("pdf") / "burmese.pdf"
    # initialFontName: otherwise every page names the (unembedded) Helvetica.
    # pageCompression=0 keeps the content streams readable for the span test.
    doc = SimpleDocTemplate(
        str(path), pagesize=(210 * mm, 297 * mm), initialFontName=fonts.latin, pageCompression=0
    )
    story, texts = _story(body, doc.width)
    doc.build(story)
    return path, texts


def test_pdftotext_returns_the_logical_text(dossier_pdf: tuple[Path, list[str]]) -> None:
    _require("pdftotext")
    path, texts = dossier_pdf
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert out.count("\f") >= 2  # the 60 pt column runs over a page: split paragraphs too
    assert _no_space(out) == _no_space("".join(texts))


def test_every_line_is_one_actualtext_span(dossier_pdf: tuple[Path, list[str]]) -> None:
    path, texts = dossier_pdf
    content = path.read_bytes()
    spans = [
        bytes.fromhex(h.decode()).decode("utf-16-be").removeprefix("\ufeff")
        for h in re.findall(rb"/Span <</ActualText <([0-9A-F]+)>>> BDC", content)
    ]
    assert content.count(b" BDC ") == content.count(b" EMC") == len(spans)
    assert _no_space("".join(spans)) == _no_space("".join(texts))
    # Every span is one line, and lines end at a space or between syllables.
    logical = " ".join(plain_text_for_extraction(t) for t in texts)
    _assert_lines_break_between_syllables(spans, logical)


def test_pdffonts_lists_only_embedded_truetype_fonts(
    dossier_pdf: tuple[Path, list[str]], fonts: FontSet
) -> None:
    _require("pdffonts")
    path, _ = dossier_pdf
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    names = {row[0].split("+", 1)[-1] for row in rows}
    assert names == {fonts.latin, fonts.myanmar}
    for row in rows:
        assert row[1] == "TrueType", row  # no Type 1 (unembedded base 14) or Type 3
        emb, sub = row[-5], row[-4]
        assert (emb, sub) == ("yes", "yes"), row


@pytest.mark.parametrize("alignment", [TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY])
def test_alignments_and_table_cells_extract_the_logical_text(
    tmp_path: Path, body: ParagraphStyle, fonts: FontSet, alignment: int
) -> None:
    _require("pdftotext")
    style = ParagraphStyle(f"a{alignment}", parent=body, alignment=alignment)
    sentence = NARRATIVE.split(" ")[1]
    texts = [NARRATIVE, sentence, MIXED, NARRATIVE]
    # One column: pdftotext reads side-by-side cells line by line across the row.
    cell = Table([[para(sentence, style)], [para(MIXED, style)]], colWidths=[90])
    path = tmp_path / "aligned.pdf"
    SimpleDocTemplate(str(path), initialFontName=fonts.latin).build(
        [para(NARRATIVE, style), cell, para(NARRATIVE, style)]
    )
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert _no_space(out) == _no_space("".join(texts))


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_ascii_fast_path_splits_like_the_general_rules(text: str) -> None:
    from evidence_app.dossier.text import _clean, _units, _units_general

    assert list(_units(text)) == _units_general(_clean(text).strip())
