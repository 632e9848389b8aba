"""The front of the dossier: cover sheet, table of contents, summary and index of exhibits.

The order follows what a registry expects to find (DOMAIN.md, "Dossiers"): who submits what
and how confidential it is, where everything is, then the numbers at a glance with charts.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from evidence_app.dossier import charts, describe
from evidence_app.dossier.burmese import has_burmese
from evidence_app.dossier.late import Anchor
from evidence_app.dossier.layout import FRAME_WIDTH, MARK_RED, RULE, Ctx, exhibit_keys
from evidence_app.dossier.tables import Fixed, grid, sheet
from evidence_app.dossier.text import DossierParagraph, one_line_width


@dataclass(frozen=True)
class TocEntry:
    key: str
    title: str
    level: int


class TocRow(Flowable):  # type: ignore[misc]
    """One contents line: title (user text, shaped), first page's ERN, page number; a link."""

    ERN_WIDTH = 112.0
    PAGE_WIDTH = 30.0

    def __init__(self, ctx: Ctx, entry: TocEntry) -> None:
        super().__init__()
        style = ctx.styles.cell_bold if entry.level == 0 else ctx.styles.cell
        self._title: DossierParagraph = ctx.styles.p(entry.title, style)
        self._indent = 12.0 * entry.level
        self._ern = ctx.late_ern(entry.key, entry.key, self.ERN_WIDTH, size=8.5, link=False)
        self._page = ctx.late_page(entry.key, self.PAGE_WIDTH, size=8.5)
        self._key = entry.key

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        text_width = avail_width - self._indent - self.ERN_WIDTH - self.PAGE_WIDTH - 12
        _, h = self._title.wrap(text_width, avail_height)
        self.height = max(h, self._ern.height) + 2
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        self._title.drawOn(canv, self._indent, self.height - self._title.height - 1)
        # Late values share the title's first baseline: reportlab sets it one font size below
        # the paragraph's top whatever the leading (Burmese lines only add room below).
        baseline = self.height - 1 - self._title.style.fontSize
        for late, x in ((self._ern, self.width - self.PAGE_WIDTH - self.ERN_WIDTH - 4),
                        (self._page, self.width - self.PAGE_WIDTH)):
            late.drawOn(canv, x, baseline - late.baseline_offset)
        canv.linkRect("", self._key, (0, 0, self.width, self.height), relative=1, thickness=0)


def cover(ctx: Ctx, *, total_size: int) -> list[Flowable]:
    c, s, translate = ctx.content, ctx.styles, ctx.translate
    story: list[Flowable] = [Anchor(ctx.registry, "cover",
                                    outline=translate("dossier", "Cover sheet"), tick="Cover"),
                             Spacer(1, 14 * mm),
                             s.fixed(translate("dossier", "EVIDENCE DOSSIER"), s.title)]
    story.append(s.p(c.case.title, s.subtitle))
    story.append(Spacer(1, 4 * mm))
    story.append(_marking_box(ctx))
    story.append(Spacer(1, 5 * mm))
    if c.redacted:
        story.append(_box(ctx, [
            translate("dossier", "REDACTED VERSION FOR DISCLOSURE"),
            translate("dossier", "This is the redacted version {id} of dossier {original}. The "
                      "names, ages, ethnicity and contacts of victims and witnesses are replaced "
                      "by their pseudonyms everywhere; {n} exhibit(s) marked confidential or "
                      "under seal are withheld (their numbers are kept and listed). Page ERNs "
                      "end in -R.").format(id=c.dossier_id, original=c.original_id,
                                          n=len(c.withheld)),
        ]))
        story.append(Spacer(1, 4 * mm))
    signer = c.pdf_signer
    not_recorded = translate("dossier", "not recorded")
    content = translate("dossier", "{incidents} incident(s); {exhibits} exhibit(s), {size}").format(
        incidents=len(c.incidents), exhibits=len(c.exhibits), size=describe.size(total_size))
    if c.withheld:
        content += translate("dossier", "; {n} exhibit(s) withheld").format(n=len(c.withheld))
    rows: list[tuple[str, str | Flowable | None]] = [
        (translate("dossier", "Case"), f"{c.case.reference} – {c.case.title}"),
        (translate("dossier", "Dossier id"), Fixed(c.dossier_id)),
        (translate("dossier", "ERN range"),
         ctx.late_ern("cover", "end", 300, size=8.5, link=False)),
        (translate("dossier", "Date of export"),
         Fixed(c.created_at.strftime("%Y-%m-%d %H:%M UTC"))),
        (translate("dossier", "Confidentiality"), Fixed(ctx.stamp.marking)),
        (translate("dossier", "Submitting organisation"), c.case.organisation or not_recorded),
        (translate("dossier", "Contact"), c.case.contact or not_recorded),
        (translate("dossier", "Content"), Fixed(content)),
    ]
    if signer is not None:
        rows += [
            (translate("dossier", "Signed by"), f"{signer.alias}" + (
                f", {signer.organisation}" if signer.organisation else "")),
            (translate("dossier", "Signer's fingerprint (Ed25519, SHA-256)"),
             Fixed(signer.ed25519_fingerprint)),
            (translate("dossier", "PDF signing certificate (SHA-256)"),
             Fixed(signer.certificate_sha256)),
        ]
    else:
        rows.append((translate("dossier", "Signed by"),
                     Fixed(translate("dossier", "not signed (exported with --no-sign)"))))
    rows.append((translate("dossier", "Produced with"), Fixed(f"Evidence App {c.app_version}")))
    story.append(sheet(ctx.styles, rows, label_width=150))
    story.append(Spacer(1, 5 * mm))
    story.append(s.fixed(translate(
        "dossier",
        "This PDF is digitally signed (PAdES) with a certificate bound to the signer's Ed25519 "
        "key. Every exhibit's SHA-256, signature and chain of custody can be checked with "
        "standard tools, without Evidence App: see 'How to verify this dossier' at the end. "
        "Legal characterizations are hypotheses of the documenting team, not findings."),
        s.small))
    if c.case.description:
        story += [Spacer(1, 3 * mm), s.fixed(translate("dossier", "About the case"), s.h3),
                  s.p(c.case.description)]
    story.append(PageBreak())
    return story


def _marking_box(ctx: Ctx) -> Table:
    s = ctx.styles
    table = Table([[s.fixed(ctx.stamp.marking, s.h2)]], colWidths=[FRAME_WIDTH])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, MARK_RED),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def _box(ctx: Ctx, lines: Sequence[str]) -> Table:
    s = ctx.styles
    cells = [s.fixed(lines[0], s.cell_bold)] + [s.fixed(line, s.cell) for line in lines[1:]]
    table = Table([[cells]], colWidths=[FRAME_WIDTH])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return table


def contents(ctx: Ctx, entries: Sequence[TocEntry]) -> list[Flowable]:
    s, translate = ctx.styles, ctx.translate
    story: list[Flowable] = [Anchor(ctx.registry, "contents",
                                    outline=translate("dossier", "Contents"), tick="Contents"),
                             s.fixed(translate("dossier", "Contents"), s.h1)]
    page_label = translate("dossier", "Page")
    page_width = TocRow.PAGE_WIDTH + 4
    page_head = s.fixed(page_label, s.label)
    if not page_label.isascii():  # a translated "Page" may be wider: right-aligned, the
        # column widened into the ERN's (whose numbers are narrower than their column)
        right = copy.copy(s.label)
        right.name, right.alignment = "label-right", TA_RIGHT
        page_head = s.p(page_label, right)
        page_width = max(page_width, one_line_width(s.p(page_label, right)) + 1)
    header = Table([[s.fixed(translate("dossier", "Section"), s.label),
                     s.fixed(translate("dossier", "First page (ERN)"), s.label), page_head]],
                   colWidths=[FRAME_WIDTH - TocRow.ERN_WIDTH - TocRow.PAGE_WIDTH - 4,
                              TocRow.ERN_WIDTH + TocRow.PAGE_WIDTH + 4 - page_width,
                              page_width])
    header.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                                ("ALIGN", (2, 0), (2, 0), "RIGHT"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(header)
    story.append(Spacer(1, 3))
    story += [TocRow(ctx, entry) for entry in entries]
    story.append(PageBreak())
    return story


def summary(ctx: Ctx) -> list[Flowable]:
    c, s, translate = ctx.content, ctx.styles, ctx.translate
    story: list[Flowable] = [Anchor(ctx.registry, "summary",
                                    outline=translate("dossier", "Summary"), tick="Summary"),
                             s.fixed(translate("dossier", "Summary"), s.h1)]
    dated = sorted(i.date_start for i in c.incidents if i.date_start is not None)
    undated = len(c.incidents) - len(dated)
    span = (translate("dossier", "{first} to {last}").format(
                first=describe.format_day(dated[0]), last=describe.format_day(dated[-1]))
            if dated else translate("dossier", "no dated incident"))
    total = sum(e.size for e in c.exhibits)
    victims: Counter[str] = Counter()
    for incident in c.incidents:
        for act in incident.acts:
            for v in act.victims:
                victims[v.outcome] += v.count
    exhibits = translate("dossier", "{n}, {size} in all").format(n=len(c.exhibits),
                                                               size=describe.size(total))
    if c.withheld:
        exhibits += translate("dossier", "; {n} withheld from this version").format(
            n=len(c.withheld))
    rows: list[tuple[str, str | Flowable | None]] = [
        (translate("dossier", "Incidents"), Fixed(f"{len(c.incidents)}" + (
            translate("dossier", " ({n} without a date)").format(n=undated) if undated
            else ""))),
        (translate("dossier", "Date range"), Fixed(span)),
        (translate("dossier", "Exhibits"), Fixed(exhibits)),
        (translate("dossier", "Exhibits by kind"), Fixed(describe.media_kinds(
            [(e.kind, e.media_type) for e in c.exhibits], translate)
            or translate("dossier", "none"))),
        (translate("dossier", "People harmed (as recorded)"), Fixed(", ".join(
            f"{ctx.label(describe.OUTCOMES, k)}: {n:,}" for k, n in sorted(victims.items()))
            or translate("dossier", "none recorded"))),
    ]
    story.append(sheet(s, rows, label_width=150))
    type_counts: Counter[str] = Counter()
    for incident in c.incidents:
        for code in {a.violation_code for a in incident.acts}:
            type_counts[code] += 1
    # Labels in the dossier's language (charts draw Burmese labels as shaped paragraphs).
    ordered = sorted(type_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    types = [(f"{code} {describe.violation_name(code, ctx.words.language)}", n)
             for code, n in ordered]
    places = Counter(i.state_region or "" for i in c.incidents)
    regions = [(name or translate("dossier", "not recorded"), n)
               for name, n in sorted(places.items(), key=lambda kv: (-kv[1], kv[0]))]
    none = translate("dossier", "none")
    months = charts.month_series([i.date_start for i in c.incidents])
    width = FRAME_WIDTH
    story.append(Spacer(1, 4 * mm))
    story.append(_chart(ctx, translate(
        "dossier", "Incidents by violation type (an incident counts once for each type of its "
        "acts)"), partial(charts.horizontal_bars, counts=types, width=width, empty=none)))
    story.append(Spacer(1, 3 * mm))
    story.append(_chart(ctx, translate("dossier", "Incidents by state/region"),
                        partial(charts.horizontal_bars, counts=regions, width=width, empty=none)))
    story.append(Spacer(1, 3 * mm))
    story.append(_chart(ctx, translate(
        "dossier", "Incidents by month (dated incidents, by start date)"),
        partial(charts.month_bars, months=months, width=width, empty=none)))
    story.append(Spacer(1, 3 * mm))
    story.append(s.fixed(translate("dossier", "The same counts, as text"), s.h3))
    for label, counts in ((translate("dossier", "Violation type"), types),
                          (translate("dossier", "State/region"), regions),
                          (translate("dossier", "Month"), [(m, n) for m, n in months if n])):
        story.append(grid(s, [label, translate("dossier", "Incidents")],
                          [(Fixed(name), Fixed(str(n))) for name, n in counts],
                          [FRAME_WIDTH - 80, 80]))
        story.append(Spacer(1, 3 * mm))
    story.append(PageBreak())
    return story


def _chart(ctx: Ctx, title: str, draw: Callable[..., Flowable]) -> Flowable:
    """A chart under its title. Chart titles are drawn as plain strings, which cannot shape
    Burmese: a Burmese title goes above the chart as a shaped paragraph instead."""
    if not has_burmese(title):
        return KeepTogether([draw(title=title)])
    return KeepTogether([ctx.styles.fixed(title, ctx.styles.label), draw(title="")])


def exhibit_index(ctx: Ctx) -> list[Flowable]:
    c, s, translate = ctx.content, ctx.styles, ctx.translate
    story: list[Flowable] = [Anchor(ctx.registry, "exhibit-index",
                                    outline=translate("dossier", "Index of exhibits"),
                                    tick="Index of exhibits"),
                             s.fixed(translate("dossier", "Index of exhibits"), s.h1)]
    story.append(s.fixed(translate(
        "dossier", "Exhibits are numbered in the order of the incidents they support, then in "
        "the order they were recorded. The ERN column gives the pages of each exhibit sheet."),
        s.small))
    titles = {i.id: i.title for i in c.incidents}
    rows: list[list[str | Flowable | None]] = []
    withheld = {w.exhibit_number: w for w in c.withheld}
    numbers = sorted([e.exhibit_number for e in c.exhibits] + list(withheld))
    by_number = {e.exhibit_number: e for e in c.exhibits}
    ern_width = 92.0
    for number in numbers:
        if number in withheld:
            w = withheld[number]
            rows.append([Fixed(number), titles.get(w.incident_id, ""),
                         Fixed(translate("dossier", "Withheld: {reason}").format(
                             reason=ctx.label(describe.WITHHELD_REASONS, w.reason))),
                         "", "", ""])
            continue
        e = by_number[number]
        start, end = exhibit_keys(e.item_id)
        rows.append([Fixed(number), titles.get(e.incident_id, ""),
                     e.description or e.original_filename, Fixed(e.media_type),
                     Fixed(ctx.label(describe.STATUS, e.verdict.status).split(":")[0]),
                     ctx.late_ern(start, end, ern_width, size=7)])
    story.append(grid(s, [translate("dossier", "Exhibit"), translate("dossier", "Incident"),
                          translate("dossier", "Description"), translate("dossier", "Type"),
                          translate("dossier", "Status"), "ERN"], rows,
                      [46, 92, 126, 72, 52, ern_width + 6], bold_first=True))
    story.append(PageBreak())
    return story
