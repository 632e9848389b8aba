"""The dossier text engine's shortcuts give exactly what the full path gives (issue 5).

Runs of hash, id, date and time characters skip HarfBuzz (evidence_app/dossier/text.py,
``_INERT``); this checks, on the shipped fonts, that shaping would have changed nothing.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from evidence_app.dossier import text
from evidence_app.dossier.fonts import register_fonts

_RUNS = st.text(alphabet=sorted(text._INERT), min_size=1, max_size=80).filter(
    lambda run: "ff" not in run)


@settings(max_examples=300, deadline=None)
@given(_RUNS, st.sampled_from([6.5, 8.0, 9.5, 12.0]))
def test_inert_runs_are_what_shaping_gives(run: str, size: float) -> None:
    fonts = register_fonts()
    for name in (fonts.pair(bold=False)[0], fonts.pair(bold=True)[0]):
        font_id = id(pdfmetrics.getFont(name))
        assert text._is_inert(run, name, font_id)
        assert text._shape.__wrapped__(name, size, font_id, run) == (
            pdfmetrics.stringWidth(run, name, size), run)


def test_runs_that_shaping_changes_are_not_inert() -> None:
    fonts = register_fonts()
    latin, myanmar = fonts.pair(bold=False)
    for run, name in (("affe", latin), ("12ab", myanmar), ("a.b", latin), ("AV", latin)):
        assert not text._is_inert(run, name, id(pdfmetrics.getFont(name)))
    width, glyphs = text._shape.__wrapped__(latin, 10, id(pdfmetrics.getFont(latin)), "affe")
    assert glyphs != "affe" or width != pdfmetrics.stringWidth("affe", latin, 10)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"ab0f-. :\t\n", "\u200b"]), max_size=60))
def test_ascii_with_zero_width_spaces_splits_like_the_general_rules(raw: str) -> None:
    cleaned = text._clean(raw).strip()
    assert list(text._units(raw)) == text._units_general(cleaned)
