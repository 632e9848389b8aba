"""Synthetic evidence for tests and the demo workspace: real files in real formats.

Each generator writes a genuine file (a JPEG with a proper EXIF block, GPS IFD included; a PDF;
a PCM WAV; a UTF-8 statement) so that detection, metadata extraction, hashing and dossiers are
exercised on what the field produces, without shipping real evidence. Output is deterministic
for the same arguments, and each file says it is synthetic where the format has a place for it
(EXIF Software, PDF Creator) so demo data is never mistaken for collected material. There are
no video generators: a fake MP4 would not be a real one.
"""

from __future__ import annotations

import math
import random
import sys
import textwrap
import wave
from array import array
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from PIL.TiffImagePlugin import IFDRational

SYNTHETIC_MARK = "Evidence App synthetic test data"

_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_SECONDS_DENOMINATOR = 10_000  # GPS seconds to 1/10000 s of arc: about 3 mm on the ground


def make_photo(
    path: Path,
    *,
    width: int = 1024,
    height: int = 768,
    lat: float | None = None,
    lon: float | None = None,
    taken: datetime | None = None,
    make: str = "SynthCam",
    model: str = "Field Unit 1",
    caption: str = "",
    altitude: float | None = None,
    orientation: int = 1,
    seed: int = 0,
) -> Path:
    """Write a photo-like JPEG (a village landscape) with EXIF as a phone camera would write it.

    ``lat``/``lon`` (decimal degrees, signed; both or neither) and ``altitude`` (metres) go into
    the GPS IFD as degree/minute/second rationals; ``taken`` becomes DateTimeOriginal, with
    OffsetTimeOriginal and a GPS UTC time stamp when it is timezone-aware. ``caption`` goes into
    ImageDescription (UTF-8, as phones write it). ``orientation`` is stored, not applied.
    Raises ``ValueError`` for out-of-range arguments.
    """
    if (lat is None) != (lon is None):
        raise ValueError("give both lat and lon, or neither")
    if lat is not None and lon is not None and not (abs(lat) <= 90 and abs(lon) <= 180):
        raise ValueError("lat must be within ±90 and lon within ±180")
    if not (1 <= width <= 8192 and 1 <= height <= 8192 and 1 <= orientation <= 8):
        raise ValueError("size must be 1..8192 pixels and orientation 1..8")
    image = _landscape(width, height, seed)
    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0131] = SYNTHETIC_MARK
    exif[0x0112] = orientation
    if caption:
        exif[0x010E] = caption.encode("utf-8")
    exif_ifd: dict[int, object] = {}
    gps_ifd: dict[int, object] = {}
    if taken is not None:
        stamp = taken.strftime("%Y:%m:%d %H:%M:%S")
        exif[0x0132] = stamp
        exif_ifd.update({0x9003: stamp, 0x9004: stamp})
        offset = taken.utcoffset()
        if offset is not None:
            minutes = int(offset.total_seconds()) // 60
            sign = "-" if minutes < 0 else "+"
            text = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
            exif_ifd.update({0x9010: text, 0x9011: text, 0x9012: text})
            utc = taken.astimezone(UTC)
            gps_ifd[7] = tuple(IFDRational(part, 1) for part in (utc.hour, utc.minute, utc.second))
            gps_ifd[29] = utc.strftime("%Y:%m:%d")
    if lat is not None and lon is not None:
        gps_ifd.update({
            0: b"\x02\x03\x00\x00",
            1: "N" if lat >= 0 else "S",
            2: _dms(lat),
            3: "E" if lon >= 0 else "W",
            4: _dms(lon),
        })
    if altitude is not None:
        gps_ifd[5] = 1 if altitude < 0 else 0
        gps_ifd[6] = IFDRational(Fraction(abs(altitude)).limit_denominator(1000))
    exif_ifd[0xA002], exif_ifd[0xA003] = width, height
    exif[_EXIF_IFD] = exif_ifd
    if gps_ifd:
        exif[_GPS_IFD] = gps_ifd
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, "JPEG", quality=88, exif=exif.tobytes())
    return path


def make_statement(path: Path, text: str) -> Path:
    """Write a witness statement as UTF-8 text (no BOM, LF line ends, final newline)."""
    body = text if text.endswith("\n") else text + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body.replace("\r\n", "\n").encode("utf-8"))
    return path


def make_pdf_document(
    path: Path, title: str, lines: list[str], *, author: str = "", lines_per_page: int = 48
) -> Path:
    """Write a small real PDF (reportlab) with ``title`` in its Info dictionary and on page 1.

    Lines wrap at 90 characters and flow over as many pages as needed. The standard Helvetica
    font is used, so non-Latin text is kept in the file but not rendered with glyphs.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    wrapped = [part for line in lines for part in (textwrap.wrap(line, 90) or [""])]
    pages = [wrapped[i : i + lines_per_page] for i in range(0, len(wrapped), lines_per_page)]
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(path), pagesize=A4, invariant=True)  # invariant: same bytes every run
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator(SYNTHETIC_MARK)
    canvas.setSubject(SYNTHETIC_MARK)
    page_width, page_height = A4
    for number, page in enumerate(pages or [[]], start=1):
        y = page_height - 72
        if number == 1:
            canvas.setFont("Helvetica-Bold", 14)
            canvas.drawString(72, y, title)
            y -= 28
        canvas.setFont("Helvetica", 10)
        for line in page:
            canvas.drawString(72, y, line)
            y -= 14
        canvas.drawRightString(page_width - 72, 40, f"page {number}/{len(pages) or 1}")
        canvas.showPage()
    canvas.save()
    return path


def make_wav(
    path: Path, seconds: float, *, sample_rate: int = 16_000, frequency: float = 440.0
) -> Path:
    """Write a mono 16-bit PCM WAV of a fading tone, ``seconds`` long (up to ten minutes)."""
    if not 0 < seconds <= 600 or not 8000 <= sample_rate <= 96_000:
        raise ValueError("seconds must be in (0, 600] and sample_rate in 8000..96000")
    count = round(seconds * sample_rate)
    samples = array("h", (
        int(12_000 * math.sin(2 * math.pi * frequency * i / sample_rate) * (1 - i / (count + 1)))
        for i in range(count)
    ))
    if sys.byteorder == "big":
        samples.byteswap()  # WAV samples are little-endian
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(samples.tobytes())
    return path


def _dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    """Degrees, minutes and seconds of |value| as EXIF rationals, exact to 1/10000 s."""
    total = round(abs(value) * 3600 * _SECONDS_DENOMINATOR)
    degrees, rest = divmod(total, 3600 * _SECONDS_DENOMINATOR)
    minutes, seconds = divmod(rest, 60 * _SECONDS_DENOMINATOR)
    return (IFDRational(degrees, 1), IFDRational(minutes, 1),
            IFDRational(seconds, _SECONDS_DENOMINATOR))


def _landscape(width: int, height: int, seed: int) -> Image.Image:
    """Sky, hills, a village of houses and trees, maybe smoke: deterministic from ``seed``."""
    rng = random.Random(seed)  # noqa: S311  # reproducible pictures, not secrets
    horizon = int(height * rng.uniform(0.45, 0.6))
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    sky_top, sky_low = (rng.randint(40, 90), rng.randint(90, 140), 200), (200, 215, 230)
    for y in range(horizon):
        draw.line([(0, y), (width, y)], fill=_blend(sky_top, sky_low, y / max(horizon, 1)))
    ground_near, ground_far = (70, 95, 40), (130, 150, 80)
    for y in range(horizon, height):
        share = (y - horizon) / max(height - horizon, 1)
        draw.line([(0, y), (width, y)], fill=_blend(ground_far, ground_near, share))
    sun = (rng.uniform(0.1, 0.9) * width, rng.uniform(0.05, 0.3) * height)
    radius = max(2, min(width, height) // 18)
    draw.ellipse([sun[0] - radius, sun[1] - radius, sun[0] + radius, sun[1] + radius],
                 fill=(250, 235, 180))
    for shade in (100, 80):
        points: list[tuple[float, float]] = [(0, horizon)]
        points += [(x, horizon - rng.uniform(0.02, 0.12) * height)
                   for x in range(0, width + 1, max(width // 8, 1))]
        points.append((width, horizon))
        draw.polygon(points, fill=(shade - 30, shade, shade - 40))
    unit = max(width // 24, 3)
    houses = sorted(
        (horizon + rng.uniform(0.05, 0.35) * (height - horizon), rng.uniform(0, width - 2 * unit))
        for _ in range(rng.randint(4, 9))
    )
    for base, x in houses:  # far houses first, so near ones stand in front
        wall = (150 + rng.randint(0, 60), 120, 80)
        draw.rectangle([x, base - unit, x + 2 * unit, base], fill=wall)
        draw.polygon([(x - unit * 0.3, base - unit), (x + unit, base - 2 * unit),
                      (x + 2.3 * unit, base - unit)], fill=(110, 70, 40))
        draw.rectangle([x + 0.8 * unit, base - 0.6 * unit, x + 1.2 * unit, base], fill=(60, 40, 30))
    for _ in range(rng.randint(6, 14)):
        x, base = rng.uniform(0, width), horizon + rng.uniform(0, 0.5) * (height - horizon)
        draw.rectangle([x - unit * 0.1, base - unit, x + unit * 0.1, base], fill=(80, 60, 40))
        draw.ellipse([x - unit * 0.6, base - 2.2 * unit, x + unit * 0.6, base - 0.8 * unit],
                     fill=(40, 90 + rng.randint(0, 40), 40))
    if rng.random() < 0.5:  # a smoke plume drifting from behind the village
        smoke = Image.new("RGBA", image.size, (0, 0, 0, 0))
        puff = ImageDraw.Draw(smoke)
        x = rng.uniform(0.2, 0.8) * width
        for step in range(14):
            grey, size = 70 + step * 8, unit * (0.4 + step * 0.12)
            top, drift = horizon - step * unit * 0.45, step * step * unit * 0.03
            puff.ellipse([x - size + drift, top - size, x + size + drift, top + size],
                         fill=(grey, grey, grey, 150 - step * 6))
        image = Image.alpha_composite(image.convert("RGBA"), smoke).convert("RGB")
    return image.filter(ImageFilter.GaussianBlur(radius=max(width / 1200, 0.6)))


def _blend(a: tuple[int, int, int], b: tuple[int, int, int], share: float) -> tuple[int, int, int]:
    return (round(a[0] + (b[0] - a[0]) * share), round(a[1] + (b[1] - a[1]) * share),
            round(a[2] + (b[2] - a[2]) * share))


__all__ = ["SYNTHETIC_MARK", "make_pdf_document", "make_photo", "make_statement", "make_wav"]
