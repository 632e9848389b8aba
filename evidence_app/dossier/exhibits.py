"""Exhibit sheets: everything the Berkeley Protocol asks to record about one item, on its own
pages with its own ERN range.

An image exhibit is shown as a page-sized copy made in memory (decrypted, downscaled, stripped
of metadata by the caller's preview function) and dropped as soon as it is drawn; the SHA-256
printed, and encoded in the QR code, is always that of the untouched original.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table, TableStyle

from evidence_app.dossier import describe
from evidence_app.dossier.content import CustodyEntry, ExhibitEntry
from evidence_app.dossier.late import Anchor
from evidence_app.dossier.layout import FRAME_WIDTH, MARK_RED, RULE, Ctx, exhibit_keys
from evidence_app.dossier.qr import Matrix
from evidence_app.dossier.tables import Fixed, grid, sheet

ACCESS_ACTIONS = frozenset({"view", "open", "export", "verify"})
IMAGE_MAX_HEIGHT = 85 * mm
QR_SIZE = 27 * mm


class PreviewImage(Flowable):  # type: ignore[misc]
    """An exhibit's page-sized picture, fetched when laid out and released once drawn."""

    def __init__(self, ctx: Ctx, item_id: str, max_width: float, max_height: float) -> None:
        super().__init__()
        self.hAlign = "CENTER"
        self._ctx, self._item_id = ctx, item_id
        self._max = (max_width, max_height)
        self._data: bytes | None = None
        self._loaded = False
        self._size = (0.0, 0.0)
        self._note: Flowable | None = None  # said instead of a picture that cannot be shown

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        data = self._ctx.preview(self._item_id)
        if data is None:
            # A paragraph, not a canvas string: in Burmese it must be shaped.
            s = self._ctx.styles
            self._note = s.fixed(self._ctx.translate(
                "dossier", "The picture could not be rendered; the hash below is that of the "
                "original file."), s.small)
            return
        pixels_w, pixels_h = ImageReader(io.BytesIO(data)).getSize()
        scale = min(self._max[0] / pixels_w, self._max[1] / pixels_h)
        self._data, self._size = data, (pixels_w * scale, pixels_h * scale)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._load()
        if self._note is not None:
            _, height = self._note.wrap(avail_width, avail_height)
            self._size = (avail_width, height + 3)
        return self._size

    def draw(self) -> None:
        if self._note is not None:
            self._note.drawOn(self.canv, 0, 0)
            return
        data = self._data
        if data is None:  # already drawn once
            return
        reader = (_JpegReader(data) if data.startswith(b"\xff\xd8")
                  else ImageReader(io.BytesIO(data)))
        self.canv.drawImage(reader, 0, 0, *self._size)
        self._data = None  # the embedded copy now lives in the PDF; free the plaintext


class _JpegReader(ImageReader):  # type: ignore[misc]
    """The preview JPEG, embedded as it is (DCTDecode).

    Given a plain ``ImageReader``, reportlab decodes the JPEG to pixels, digests them to name
    the image and deflates them again: ~2 % of an export, and a file several times larger.
    The preview function makes a JPEG (anything else goes through ``ImageReader``), so the
    copy is the same picture.
    """

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._jpeg = data
        self._dataA = None  # no soft mask (set by ImageReader.getRGBData, not called here)

    def jpeg_fh(self) -> io.BytesIO:
        return io.BytesIO(self._jpeg)

    def getRGBData(self) -> bytes:
        # What drawImage digests to name (and share) an image: the JPEG's own bytes do.
        return self._jpeg


class QrCode(Flowable):  # type: ignore[misc]
    """A QR code drawn as one vector path: runs of dark modules as rectangles.

    reportlab's own QR widget draws every module as a separate shape node, which costs tens
    of milliseconds per code; a dossier has a thousand of them.
    """

    def __init__(self, matrix: Matrix, size: float = QR_SIZE) -> None:
        super().__init__()
        self._matrix = matrix  # made by :mod:`.qr`, the quiet zone included
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        n = len(self._matrix)
        cell = self.width / n
        path = self.canv.beginPath()
        for row_index, row in enumerate(self._matrix):
            y = (n - 1 - row_index) * cell
            x = 0
            while x < n:
                if not row[x]:
                    x += 1
                    continue
                start = x
                while x < n and row[x]:
                    x += 1
                path.rect(start * cell, y, (x - start) * cell, cell)
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def exhibit_sheet(ctx: Ctx, e: ExhibitEntry, incident_title: str) -> list[Flowable]:
    s, translate = ctx.styles, ctx.translate
    start, end = exhibit_keys(e.item_id)
    story: list[Flowable] = [
        Anchor(ctx.registry, start, outline=f"{e.exhibit_number} "
               f"{_short(e.description or e.original_filename)}", level=2,
               tick=f"Exhibit {e.exhibit_number}"),
    ]
    header = Table([[s.fixed(translate("dossier", "Exhibit {number}").format(
                         number=e.exhibit_number), s.h1),
                     ctx.late_ern(start, end, 170, size=9, align="right", link=False)]],
                   colWidths=[FRAME_WIDTH - 176, 176])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [header, s.p(translate("dossier", "Supports incident: {title}").format(
        title=incident_title), s.small)]
    story.append(s.p(e.description or translate("dossier", "No description was recorded."),
                     s.body))
    if e.media_type.startswith("image/"):
        if e.graphic:
            story.append(s.fixed(translate("dossier",
                                           "Graphic content: this picture shows injury or death."),
                                 s.label))
        story.append(PreviewImage(ctx, e.item_id, FRAME_WIDTH, IMAGE_MAX_HEIGHT))
        story.append(Spacer(1, 4))
    story.append(_hash_block(ctx, e))
    story.append(Spacer(1, 4))
    story.append(sheet(s, _identification(ctx, e)))
    story += _section(ctx, translate("dossier", "Acquisition"), _acquisition(ctx, e))
    story += _section(ctx, translate("dossier", "Signature and integrity at export"),
                      _integrity(ctx, e))
    story += _section(ctx, translate("dossier", "Derivatives"), _derivatives(ctx, e))
    story += _metadata(ctx, e)
    story += _custody(ctx, e)
    story.append(Anchor(ctx.registry, end))
    story.append(PageBreak())
    return story


def _short(text: str, limit: int = 60) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def _hash_block(ctx: Ctx, e: ExhibitEntry) -> Table:
    s, translate = ctx.styles, ctx.translate
    text = [s.fixed(translate("dossier", "SHA-256 of the original file"), s.label),
            s.fixed(e.sha256, s.hash),
            s.fixed(translate("dossier", "Check: sha256sum on the original file must print "
                              "exactly this value. The QR code holds the same 64 hex digits. "
                              "Size {size}.").format(size=describe.size(e.size)), s.small)]
    table = Table([[text, QrCode(ctx.qr(e.sha256))]], colWidths=[FRAME_WIDTH - QR_SIZE - 8,
                                                          QR_SIZE + 8])
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 5),
                               ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


Row = tuple[str, str | Flowable | None]


def _identification(ctx: Ctx, e: ExhibitEntry) -> list[Row]:
    translate = ctx.translate
    return [
        (translate("dossier", "Exhibit number"), Fixed(translate(
            "dossier", "{number} (workspace item {item}, id {id})").format(
                number=e.exhibit_number, item=e.item_number, id=e.item_id))),
        (translate("dossier", "Original file name"), e.original_filename),
        (translate("dossier", "Media type"), Fixed(e.media_type)),
        (translate("dossier", "Size"), Fixed(describe.size(e.size))),
        (translate("dossier", "Confidentiality"), Fixed(ctx.label(describe.CONFIDENTIALITY,
                                                                e.confidentiality))),
        (translate("dossier", "Consent of people shown"),
         Fixed(ctx.label(describe.CONSENT, e.consent))),
    ]


def _acquisition(ctx: Ctx, e: ExhibitEntry) -> list[Row]:
    translate = ctx.translate
    not_recorded = translate("dossier", "not recorded")
    rows: list[Row] = [
        (translate("dossier", "How"), Fixed(ctx.label(describe.ACQUISITION, e.acquisition_method))),
        (translate("dossier", "By whom"), e.acquired_by or not_recorded),
        (translate("dossier", "When"), Fixed(describe.when(e.acquired_at, translate=translate))),
    ]
    if e.source_url or e.acquisition_method == "web":
        rows.append((translate("dossier", "Source URL"), e.source_url or not_recorded))
    if e.device:
        rows.append((translate("dossier", "Device"), e.device))
    if e.acquisition_note:
        rows.append((translate("dossier", "Note"), e.acquisition_note))
    rows.append((translate("dossier", "Recorded in the app"), translate(
        "dossier", "{when} by {alias}, Evidence App {version}").format(
            when=describe.when(e.ingested_at, e.ingested_tz, translate), alias=e.signer_alias,
            version=e.app_version)))
    return rows


def _integrity(ctx: Ctx, e: ExhibitEntry) -> list[Row]:
    translate = ctx.translate
    status = ctx.label(describe.STATUS, e.verdict.status)
    rows: list[Row] = [
        (translate("dossier", "Signed at ingest by"), describe.breakable(translate(
            "dossier", "{alias}, Ed25519 key fingerprint {fingerprint}").format(
                alias=e.signer_alias, fingerprint=e.signer_fingerprint))),
        (translate("dossier", "Status at export"), Fixed(status + (
            translate("dossier", " (checked {at})").format(
                at=describe.rfc3339(e.verdict.checked_at))
            if e.verdict.checked_at else ""))),
    ]
    rows += [(translate("dossier", "Finding"), finding) for finding in e.verdict.findings]
    if e.attestation:
        rows.append((translate("dossier", "Signed attestation"), describe.breakable(translate(
            "dossier", "attached to this PDF as {number}.attestation.json with its raw "
            "signature {number}.attestation.json.sig; signature (hex) {hex}").format(
                number=e.exhibit_number, hex=e.signature.hex()))))
    else:
        rows.append((translate("dossier", "Signed attestation"), Fixed(translate(
            "dossier", "withheld from this redacted version because it names a protected "
            "person; the original dossier carries it"))))
    return rows


def _derivatives(ctx: Ctx, e: ExhibitEntry) -> list[Row]:
    numbers, translate = ctx.content.numbering, ctx.translate
    elsewhere = translate("dossier", "item {id}, not part of this dossier")
    rows: list[Row] = []
    if e.parent_id:
        parent = numbers.get(e.parent_id)
        where = Fixed(parent or elsewhere.format(id=e.parent_id))
        rows.append((translate("dossier", "This is a {kind} of").format(
            kind=ctx.custody.kind(e.derivative_kind) if e.derivative_kind
            else translate("dossier", "derivative")), where))
    for child in e.children:
        rows.append((translate("dossier", "Derivative"),
                     Fixed(numbers.get(child) or elsewhere.format(id=child))))
    if not rows:
        rows.append(("", Fixed(translate(
            "dossier", "None: this is an original, and no derivative of it is recorded."))))
    return rows


def _section(ctx: Ctx, title: str, rows: Sequence[Row]) -> list[Flowable]:
    s = ctx.styles
    return [CondPageBreak(50), s.fixed(title, s.h3), sheet(s, list(rows))]


def _metadata(ctx: Ctx, e: ExhibitEntry) -> list[Flowable]:
    """The fields the app read, two per row, then every raw tag as found, in small print."""
    s, translate = ctx.styles, ctx.translate
    meta = dict(e.file_metadata)
    raw = meta.pop("exif", None)
    rows = describe.flatten(meta)
    story: list[Flowable] = [CondPageBreak(50),
                             s.fixed(translate("dossier", "Metadata claimed by the file"), s.h3)]
    if not rows and not raw:
        story.append(s.fixed(translate("dossier", "The file carries no metadata we could read."),
                             s.small))
        return story
    story.append(s.fixed(translate(
        "dossier", "As found in the file at ingest: a claim by the device or by whoever edited "
        "the file, not verified, and easily forged."), s.small))
    if rows:
        half = (len(rows) + 1) // 2
        cells = [(Fixed(k), v) for k, v in rows]
        paired = [[*cells[i], *(cells[half + i] if half + i < len(cells) else ("", ""))]
                  for i in range(half)]
        width = (FRAME_WIDTH - 2 * 96) / 2
        story.append(grid(s, [translate("dossier", "Field"), translate("dossier", "Value"),
                              translate("dossier", "Field"), translate("dossier", "Value")], paired,
                          [96, width, 96, width]))
    if isinstance(raw, dict) and raw:
        tags = " · ".join(f"{k}: {v}" for k, v in describe.flatten(raw, limit=200))
        story.append(s.p(translate("dossier", "Raw EXIF tags ({n}): {tags}").format(
            n=len(raw), tags=tags), s.small))
    return story


def custody_rows(ctx: Ctx, events: Sequence[CustodyEntry]) -> list[list[str | Flowable | None]]:
    """Table rows ``#, time, by, action, details`` in the dossier's language."""
    text = ctx.custody
    return [[Fixed(str(ev.subject_seq)), Fixed(describe.rfc3339(ev.at)), ev.actor_alias,
             Fixed(text.action(ev.action)), text.details(ev.details)] for ev in events]


def _custody(ctx: Ctx, e: ExhibitEntry) -> list[Flowable]:
    s, translate = ctx.styles, ctx.translate
    material = [ev for ev in e.custody if ev.action not in ACCESS_ACTIONS]
    access = len(e.custody) - len(material)
    story: list[Flowable] = [CondPageBreak(60),
                             s.fixed(translate("dossier", "Custody history"), s.h3)]
    if not e.custody:
        story.append(s.fixed(translate("dossier", "NO CUSTODY EVENT IS RECORDED FOR THIS ITEM."),
                             s.label))
        return story
    story.append(grid(s, ["#", translate("dossier", "Time (UTC)"), translate("dossier", "By"),
                          translate("dossier", "Action"),
                          translate("dossier", "Details")], custody_rows(ctx, material),
                      [18, 84, 74, 40, FRAME_WIDTH - 216]))
    note = (translate("dossier", "{n} further event(s) record access (viewing, opening, "
                      "exports, verification). ").format(n=access) if access else "")
    story.append(s.fixed(note + translate(
        "dossier", "The full chain, with every event's hash, is in Appendix A; the signed "
        "events are attached as {number}.custody.jsonl.").format(number=e.exhibit_number),
        s.small))
    if e.verdict.status not in ("intact", "not_checked"):
        story.append(s.fixed(translate(
            "dossier", "Warning: this exhibit did not verify at export time; see above."),
            _red(ctx)))
    return story


def _red(ctx: Ctx) -> Any:
    import copy

    style = copy.copy(ctx.styles.label)
    style.textColor = MARK_RED
    return style
