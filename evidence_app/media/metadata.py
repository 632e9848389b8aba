"""What a file claims about itself: EXIF, GPS, PDF Info, container headers, kept as found.

The Berkeley Protocol asks that extracted metadata be recorded as found, beside the original;
it is a claim by the device or by whoever edited the file, never a fact, and it is attacker
controlled. So every parser here reads through a byte and call budget, every string is cleaned
of control and bidi-override characters and truncated, and a parser that fails leaves what it
had read plus a note in ``errors``. Values are JSON-serializable; a key is absent when the file
does not claim it. The keys, stable across versions:

* images: ``image_format``, ``width``, ``height``, ``orientation`` (1-8), ``make``, ``model``,
  ``software``, ``lens_model``, ``image_description``; ``datetime_original``,
  ``datetime_digitized``, ``datetime`` (EXIF strings as found, ``YYYY:MM:DD HH:MM:SS``),
  ``offset_time``, ``offset_time_original``, ``offset_time_digitized``, and
  ``datetime_original_iso``, ``datetime_digitized_iso``, ``datetime_iso`` (ISO 8601, with the
  claimed offset when there is one); ``gps_latitude``, ``gps_longitude`` (signed decimal
  degrees), ``gps_altitude`` (metres, negative below sea level), ``gps_date``, ``gps_time``,
  ``gps_timestamp`` (ISO 8601 UTC); ``exif`` (every tag as ``{"EXIF DateTimeOriginal": "..."}``).
* PDF: ``pdf_version``, ``page_count``, ``encrypted``, ``title``, ``author``, ``subject``,
  ``keywords``, ``creator``, ``producer``, ``creation_date``, ``mod_date`` (raw PDF date
  strings), ``creation_date_iso``, ``mod_date_iso``.
* MP4/MOV/3GP/M4A/HEIC containers: ``ftyp_major_brand``, ``ftyp_minor_version``,
  ``ftyp_compatible_brands``, ``duration_seconds``, ``creation_time`` (ISO 8601 UTC, from
  ``mvhd``), ``gps_iso6709`` with ``gps_latitude``/``gps_longitude``/``gps_altitude`` (from the
  ``©xyz`` atom phones write).
* WAV and FLAC: ``sample_rate``, ``channels``, ``bits_per_sample``, ``duration_seconds``.
* any type: ``errors``, a list of short notes (never file content) on what could not be read.

Other types (MP3, Ogg, Matroska, text, office documents) give an empty dict: their metadata is
not cheap to read safely. PDFs are read with pyHanko's reader (already a dependency for
signing), under its stream decode limits.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import stat
import struct
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from fractions import Fraction
from pathlib import Path
from typing import Any, BinaryIO, cast

from evidence_app.media import MediaError

MAX_TAGS = 256
MAX_NAME_CHARS = 64
MAX_VALUE_CHARS = 512
_EXIF_BUDGET = (16 * 1024 * 1024, 500_000)  # bytes read, read/seek/tell calls
_IMAGE_HEADER_BUDGET = (32 * 1024 * 1024, 200_000)
_PDF_BUDGET = (64 * 1024 * 1024, 3_000_000)
_CONTAINER_BUDGET = (1024 * 1024, 20_000)
_MAX_SINGLE_READ = 1024 * 1024

# Plain raster decoders only: some Pillow plugins (EPS) would start Ghostscript.
PIL_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "TIFF", "BMP")
_EXIF_TYPES = {"image/jpeg", "image/png", "image/webp", "image/tiff", "image/heic",
               "image/heif", "image/avif"}
_ISO_BMFF_TYPES = {"video/mp4", "video/quicktime", "video/3gpp", "video/3gpp2", "audio/mp4",
                   "image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence",
                   "image/avif"}
_STRIPPED = {"\u200e", "\u200f", "\u061c", "\ufeff"} | {chr(c) for c in range(0x202A, 0x202F)} \
    | {chr(c) for c in range(0x2066, 0x206A)}
_SKIPPED_TAGS = {"EXIF MakerNote", "JPEGThumbnail", "TIFFThumbnail", "Image ApplicationNotes"}
_EXIF_STRINGS = {
    "make": "Image Make", "model": "Image Model", "software": "Image Software",
    "lens_model": "EXIF LensModel", "image_description": "Image ImageDescription",
    "datetime_original": "EXIF DateTimeOriginal", "datetime_digitized": "EXIF DateTimeDigitized",
    "datetime": "Image DateTime", "offset_time": "EXIF OffsetTime",
    "offset_time_original": "EXIF OffsetTimeOriginal",
    "offset_time_digitized": "EXIF OffsetTimeDigitized", "gps_date": "GPS GPSDate",
}
_EXIF_DATETIMES = (("datetime_original", "offset_time_original"),
                   ("datetime_digitized", "offset_time_digitized"), ("datetime", "offset_time"))
_PDF_INFO = {"/Title": "title", "/Author": "author", "/Subject": "subject",
             "/Keywords": "keywords", "/Creator": "creator", "/Producer": "producer",
             "/CreationDate": "creation_date", "/ModDate": "mod_date"}
_EXIF_DATE = re.compile(r"(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})")
_PDF_DATE = re.compile(
    r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?"
)
_ISO6709 = re.compile(r"([+-]\d{1,2}(?:\.\d+)?)([+-]\d{1,3}(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?/?")
_MAC_EPOCH = datetime(1904, 1, 1, tzinfo=UTC)

Metadata = dict[str, object]
_Step = Callable[[BinaryIO, int, Metadata, list[str]], None]
"""A parser: reads the file, adds keys to the result and notes to the error list."""

# The app decides where log records go; exifread's own warnings (offsets, tag names) must not
# reach stderr through logging's last-resort handler when nothing is configured.
logging.getLogger("exifread").addHandler(logging.NullHandler())


class _BudgetExceeded(Exception):
    """A parser read more, or more often, than its budget allows: the input is hostile."""


class _BoundedReader:
    """A read-only file view that stops a third-party parser after a budget of bytes and calls."""

    def __init__(self, raw: BinaryIO, budget: tuple[int, int]) -> None:
        self._raw = raw
        self._bytes_left, self._calls_left = budget

    def _spend(self, nbytes: int = 0) -> None:
        self._calls_left -= 1
        self._bytes_left -= nbytes
        if self._calls_left < 0 or self._bytes_left < 0:
            raise _BudgetExceeded

    def read(self, size: int | None = -1) -> bytes:
        want = _MAX_SINGLE_READ if size is None or size < 0 else min(size, _MAX_SINGLE_READ)
        self._spend(want)
        return self._raw.read(want)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        self._spend()
        try:
            return self._raw.seek(offset, whence)
        except OSError as exc:
            if exc.errno == errno.EINVAL:  # a parser seeking before the start: its problem
                raise ValueError("seek outside the file") from exc
            raise

    def tell(self) -> int:
        self._spend()
        return self._raw.tell()

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def as_binary_io(self) -> BinaryIO:
        return cast(BinaryIO, self)


def extract_metadata(path: Path, media_type: str) -> Metadata:
    """Read the metadata ``path`` claims, for a file of ``media_type`` (from detection).

    Returns the keys listed in the module docstring; malformed content gives what could be read
    plus ``errors``. Raises :class:`MediaError` only when the file cannot be opened and read.
    """
    try:
        with path.open("rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise MediaError("This is not a regular file.")
            fh.read(1)
            fh.seek(0)
            return _extract(fh, info.st_size, media_type.split(";", 1)[0].strip().lower())
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise MediaError(f"The file could not be read ({reason}).") from exc


def _extract(fh: BinaryIO, size: int, media_type: str) -> Metadata:
    result: Metadata = {}
    errors: list[str] = []
    steps: list[tuple[str, _Step, tuple[int, int]]] = []
    if media_type.startswith("image/"):
        if media_type in _EXIF_TYPES:
            steps.append(("exif", _exif_metadata, _EXIF_BUDGET))
        steps.append(("image", _image_header, _IMAGE_HEADER_BUDGET))
    if media_type in _ISO_BMFF_TYPES:
        steps.append(("container", _iso_bmff_metadata, _CONTAINER_BUDGET))
    if media_type == "application/pdf":
        steps.append(("pdf", _pdf_metadata, _PDF_BUDGET))
    if media_type in ("audio/wav", "audio/x-wav", "audio/wave"):
        steps.append(("wav", _wav_metadata, _CONTAINER_BUDGET))
    if media_type == "audio/flac":
        steps.append(("flac", _flac_metadata, _CONTAINER_BUDGET))
    for name, step, budget in steps:
        fh.seek(0)
        reader = _BoundedReader(fh, budget).as_binary_io()
        try:
            step(reader, size, result, errors)
        except OSError as exc:
            if isinstance(exc.errno, int):  # a real I/O failure, not a parser's complaint
                raise MediaError("The file could not be read.") from exc
            errors.append(f"{name}: unreadable ({type(exc).__name__})")
        except _BudgetExceeded:
            errors.append(f"{name}: gave up, the structure is too large or loops")
        except Exception as exc:  # hostile input may trip any exception inside a parser
            errors.append(f"{name}: malformed ({type(exc).__name__})")
    if errors:
        result["errors"] = errors[:MAX_TAGS]
    return result


def clean_text(value: object, limit: int = MAX_VALUE_CHARS) -> str:
    """Make a claimed value safe to store and show: no control, bidi-override or lone surrogate
    characters (line breaks become spaces), at most ``limit`` characters ("…" marks a cut)."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    text = str(value)[: limit * 4]
    out = "".join(
        " " if ch in "\t\n\r" else ch
        for ch in text
        if ch in "\t\n\r" or (unicodedata.category(ch) not in ("Cc", "Cs") and ch not in _STRIPPED)
    ).strip()
    return out if len(out) <= limit else out[: limit - 1] + "…"


# --- images -------------------------------------------------------------------------------


def _image_header(fh: BinaryIO, size: int, result: Metadata, notes: list[str]) -> None:
    """Format and pixel size from Pillow's header parse (no pixel data is decoded)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(fh, formats=PIL_FORMATS) as image:
            result["image_format"] = str(image.format)
            result["width"], result["height"] = image.size
    except Image.DecompressionBombError:
        notes.append("image: claimed pixel size exceeds the decoder limit")
    except UnidentifiedImageError:
        pass  # a format Pillow is not allowed to read here (HEIC...): EXIF may give a size


def _read_exif_tags(fh: BinaryIO, notes: list[str]) -> dict[str, Any]:
    """exifread's ``process_file``, unrolled so that one bad IFD keeps what came before it."""
    from exifread.core.exceptions import ExifNotFound, InvalidExif
    from exifread.core.exif_header import ExifHeader
    from exifread.core.find_exif import determine_type, get_endian_str

    try:
        offset, endian_bytes, fake_exif = determine_type(fh)
    except (ExifNotFound, InvalidExif):
        return {}
    endian, _ = get_endian_str(endian_bytes)
    header = ExifHeader(fh, endian, offset, fake_exif, False, False, False, True)
    tags: dict[str, Any] = header.tags
    ifds: list[int] = header.list_ifd()[:4]
    names = ["Image", "Thumbnail", "IFD 2", "IFD 3"]
    exif_done = False
    for ifd, name in zip(ifds, names, strict=False):
        try:
            header.dump_ifd(ifd=ifd, ifd_name=name, stop_tag="UNDEF")
            offset_tag = tags.get("Image ExifOffset")
            if offset_tag is not None and not exif_done:
                exif_done = True
                header.dump_ifd(ifd=offset_tag.values[0], ifd_name="EXIF", stop_tag="UNDEF")
        except _BudgetExceeded:
            raise
        except Exception as exc:  # keep the tags read so far
            notes.append(f"exif: {name} directory malformed ({type(exc).__name__})")
    return tags


def _exif_metadata(fh: BinaryIO, size: int, result: Metadata, notes: list[str]) -> None:
    tags = _read_exif_tags(fh, notes)
    raw: dict[str, str] = {}
    for name, tag in tags.items():
        if name in _SKIPPED_TAGS or len(raw) >= MAX_TAGS:
            continue
        raw[clean_text(name, MAX_NAME_CHARS)] = clean_text(getattr(tag, "printable", tag))
    if len(tags) > MAX_TAGS:
        notes.append(f"exif: only the first {MAX_TAGS} tags were kept")
    if raw:
        result["exif"] = raw
    for key, tag_name in _EXIF_STRINGS.items():
        value = _tag_text(tags.get(tag_name))
        if value:
            result[key] = value
    for key, offset_key in _EXIF_DATETIMES:
        iso = _exif_iso(result.get(key), result.get(offset_key) or result.get("offset_time"))
        if iso:
            result[f"{key}_iso"] = iso
    orientation = _first_int(tags.get("Image Orientation"))
    if orientation is not None:
        if 1 <= orientation <= 8:
            result["orientation"] = orientation
        else:
            notes.append("exif: orientation out of range")
    # The pixel size the EXIF block claims; the image step replaces it with the coded size.
    for key, tag_name in (("width", "EXIF ExifImageWidth"), ("height", "EXIF ExifImageLength")):
        pixels = _first_int(tags.get(tag_name))
        if pixels is not None and 0 < pixels < 1_000_000:
            result[key] = pixels
    _gps_metadata(tags, result, notes)


def _tag_text(tag: Any) -> str:
    if tag is None:
        return ""
    values = getattr(tag, "values", None)
    return clean_text(values if isinstance(values, str | bytes) else getattr(tag, "printable", ""))


def _first_int(tag: Any) -> int | None:
    values = getattr(tag, "values", None)
    if isinstance(values, list) and values and isinstance(values[0], int):
        return int(values[0])
    return None


def _rationals(tag: Any, count: int) -> list[float] | None:
    """The first ``count`` values of a RATIONAL tag as floats; None if absent or malformed."""
    values = getattr(tag, "values", None)
    if not isinstance(values, list) or len(values) < count:
        return None
    out: list[float] = []
    for value in values[:count]:
        if isinstance(value, Fraction):
            if value.denominator == 0:
                return None
            out.append(value.numerator / value.denominator)
        elif isinstance(value, int):
            out.append(float(value))
        else:
            return None
    return out


def _gps_metadata(tags: dict[str, Any], result: Metadata, notes: list[str]) -> None:
    for axis, limit, negative in (("latitude", 90.0, "S"), ("longitude", 180.0, "W")):
        tag = tags.get(f"GPS GPS{axis.capitalize()}")
        if tag is None:
            continue
        dms = _rationals(tag, 3)
        if dms is None:
            notes.append(f"gps: {axis} malformed")
            continue
        degrees = dms[0] + dms[1] / 60 + dms[2] / 3600
        ref = _tag_text(tags.get(f"GPS GPS{axis.capitalize()}Ref")).upper()[:1]
        if not ref:
            notes.append(f"gps: {axis} reference (N/S/E/W) missing")
        if ref == negative:
            degrees = -degrees
        if abs(degrees) <= limit:
            result[f"gps_{axis}"] = degrees
        else:
            notes.append(f"gps: {axis} out of range")
    altitude = _rationals(tags.get("GPS GPSAltitude"), 1)
    if altitude is not None and abs(altitude[0]) < 1e6:
        below = _first_int(tags.get("GPS GPSAltitudeRef")) == 1
        result["gps_altitude"] = -altitude[0] if below else altitude[0]
    hms = _rationals(tags.get("GPS GPSTimeStamp"), 3)
    if hms is not None and 0 <= hms[0] < 24 and 0 <= hms[1] < 60 and 0 <= hms[2] < 61:
        whole = int(hms[2])
        frac = round(hms[2] - whole, 3)
        seconds = f"{whole:02d}" + (f"{frac:.3f}"[1:].rstrip("0") if frac else "")
        gps_time = f"{int(hms[0]):02d}:{int(hms[1]):02d}:{seconds}"
        result["gps_time"] = gps_time
        claimed = f"{result.get('gps_date', '')} {gps_time[:8]}"
        stamp = _datetime_from_match(_EXIF_DATE.fullmatch(claimed), "+00:00")
        if stamp is not None:
            result["gps_timestamp"] = stamp.isoformat().replace("+00:00", "Z")


def _exif_iso(value: object, offset: object) -> str | None:
    if not isinstance(value, str):
        return None
    parsed = _datetime_from_match(_EXIF_DATE.fullmatch(value), offset)
    return parsed.isoformat() if parsed else None


def _datetime_from_match(match: re.Match[str] | None, offset: object) -> datetime | None:
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    try:
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None  # 0000:00:00 00:00:00 is what cameras write when they do not know
    zone = _OFFSET.fullmatch(offset) if isinstance(offset, str) else None
    if zone is None:
        return moment
    tz = _zone(zone.group(1), zone.group(2), zone.group(3))
    return moment.replace(tzinfo=tz) if tz else moment


def _zone(sign: str, hours: str, minutes: str) -> timezone | None:
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    if delta > timedelta(hours=14):
        return None
    return timezone(-delta if sign == "-" else delta)


# --- PDF ----------------------------------------------------------------------------------


def _pdf_metadata(fh: BinaryIO, size: int, result: Metadata, notes: list[str]) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    header = re.search(rb"%PDF-([12]\.[0-9])", fh.read(1024))
    if header:
        result["pdf_version"] = header.group(1).decode("ascii")
    fh.seek(0)
    reader = PdfFileReader(fh, strict=False)
    result["encrypted"] = bool(reader.encrypted)
    if reader.encrypted:
        try:
            reader.decrypt(b"")  # owner-password-only files open with the empty password
        except Exception:  # a real password: the Info strings stay encrypted
            notes.append("pdf: encrypted, the document information is not readable")
            return
    try:
        count = reader.root["/Pages"]["/Count"]
        if isinstance(count, int) and 0 <= count < 10_000_000:
            result["page_count"] = int(count)
    except _BudgetExceeded:
        raise
    except Exception as exc:
        notes.append(f"pdf: page tree malformed ({type(exc).__name__})")
    try:
        info = reader.trailer["/Info"]
    except KeyError:
        return
    if not isinstance(info, dict):
        notes.append("pdf: document information is not a dictionary")
        return
    for pdf_key, key in _PDF_INFO.items():
        try:
            value = info[pdf_key]  # pyHanko resolves indirect references here
        except KeyError:
            continue
        if isinstance(value, str | bytes):
            text = clean_text(value)
            if text:
                result[key] = text
    for key in ("creation_date", "mod_date"):
        iso = _pdf_date_iso(result.get(key))
        if iso:
            result[f"{key}_iso"] = iso


def _pdf_date_iso(value: object) -> str | None:
    match = _PDF_DATE.match(value) if isinstance(value, str) else None
    if match is None:
        return None
    year, month, day, hour, minute, second, zulu, sign, off_h, off_m = match.groups()
    try:
        moment = datetime(int(year), int(month or 1), int(day or 1), int(hour or 0),
                          int(minute or 0), int(second or 0))
    except ValueError:
        return None
    tz = UTC if zulu else _zone(sign, off_h or "0", off_m or "0") if sign else None
    return moment.replace(tzinfo=tz).isoformat()


# --- audio and video containers -------------------------------------------------------------


def _boxes(fh: BinaryIO, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """ISO BMFF boxes between ``start`` and ``end``: (type, payload start, payload end)."""
    pos = start
    for _ in range(512):
        if pos + 8 > end:
            return
        fh.seek(pos)
        header = fh.read(8)
        if len(header) < 8:
            return
        box_size, kind = struct.unpack(">I4s", header)
        header_len = 8
        if box_size == 1:
            large = fh.read(8)
            if len(large) < 8:
                return
            box_size, header_len = struct.unpack(">Q", large)[0], 16
        elif box_size == 0:
            box_size = end - pos
        if box_size < header_len:
            raise ValueError("box smaller than its header")
        yield kind, pos + header_len, min(pos + box_size, end)
        pos += box_size


def _iso_bmff_metadata(fh: BinaryIO, size: int, result: Metadata, notes: list[str]) -> None:
    for kind, start, end in _boxes(fh, 0, size):
        if kind == b"ftyp" and "ftyp_major_brand" not in result:
            fh.seek(start)
            payload = fh.read(min(end - start, 8 + 4 * 32))
            if len(payload) >= 8:
                result["ftyp_major_brand"] = clean_text(payload[:4].decode("latin-1"))
                result["ftyp_minor_version"] = struct.unpack(">I", payload[4:8])[0]
                result["ftyp_compatible_brands"] = [
                    clean_text(payload[i : i + 4].decode("latin-1"))
                    for i in range(8, len(payload) - 3, 4)
                ]
        elif kind == b"moov":
            for child, c_start, c_end in _boxes(fh, start, end):
                if child == b"mvhd":
                    fh.seek(c_start)
                    _mvhd(fh.read(min(c_end - c_start, 32)), result)
                elif child == b"udta":
                    for item, i_start, i_end in _boxes(fh, c_start, c_end):
                        if item == b"\xa9xyz":
                            fh.seek(i_start)
                            _iso6709(fh.read(min(i_end - i_start, 256))[4:], result)
            return


def _mvhd(payload: bytes, result: Metadata) -> None:
    if len(payload) < 20:
        return
    if payload[0] == 1 and len(payload) >= 32:
        created, _modified, timescale, duration = struct.unpack(">QQIQ", payload[4:32])
    else:
        created, _modified, timescale, duration = struct.unpack(">IIII", payload[4:20])
    if timescale and duration not in (0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF):
        result["duration_seconds"] = round(duration / timescale, 3)
    if 0 < created < 8_000 * 365 * 86_400:
        stamp = _MAC_EPOCH + timedelta(seconds=created)
        result["creation_time"] = stamp.isoformat().replace("+00:00", "Z")


def _iso6709(payload: bytes, result: Metadata) -> None:
    text = clean_text(payload.decode("utf-8", errors="replace"), 64)
    if not text:
        return
    result["gps_iso6709"] = text
    match = _ISO6709.match(text)
    if match is None:
        return
    latitude, longitude = float(match.group(1)), float(match.group(2))
    if abs(latitude) <= 90 and abs(longitude) <= 180:
        result["gps_latitude"], result["gps_longitude"] = latitude, longitude
        if match.group(3):
            result["gps_altitude"] = float(match.group(3))


def _wav_metadata(fh: BinaryIO, size: int, result: Metadata, notes: list[str]) -> None:
    header = fh.read(12)
    if len(header) < 12 or header[8:12] != b"WAVE":
        return
    pos, byte_rate = 12, 0
    for _ in range(64):
        fh.seek(pos)
        chunk = fh.read(8)
        if len(chunk) < 8:
            return
        chunk_id, chunk_size = struct.unpack("<4sI", chunk)
        if chunk_id == b"fmt ":
            fmt = fh.read(16)
            if len(fmt) == 16:
                _code, channels, rate, byte_rate, _align, bits = struct.unpack("<HHIIHH", fmt)
                result.update(sample_rate=rate, channels=channels, bits_per_sample=bits)
        elif chunk_id == b"data":
            present = min(chunk_size, size - pos - 8)
            if byte_rate > 0 and chunk_size != 0xFFFFFFFF:
                result["duration_seconds"] = round(present / byte_rate, 3)
            return
        pos += 8 + chunk_size + (chunk_size & 1)


def _flac_metadata(fh: BinaryIO, size: int, result: Metadata, notes: list[str]) -> None:
    start = fh.read(10)
    skip = 0
    if start.startswith(b"ID3") and len(start) == 10:
        skip = 10 + ((start[6] << 21) | (start[7] << 14) | (start[8] << 7) | start[9])
    fh.seek(skip)
    block = fh.read(42)
    if len(block) < 42 or block[:4] != b"fLaC" or block[4] & 0x7F != 0:
        return
    info = block[8:42]
    rate = (info[10] << 12) | (info[11] << 4) | (info[12] >> 4)
    channels = ((info[12] >> 1) & 0x07) + 1
    bits = (((info[12] & 1) << 4) | (info[13] >> 4)) + 1
    total = ((info[13] & 0x0F) << 32) | struct.unpack(">I", info[14:18])[0]
    result.update(sample_rate=rate, channels=channels, bits_per_sample=bits)
    if rate and total:
        result["duration_seconds"] = round(total / rate, 3)

