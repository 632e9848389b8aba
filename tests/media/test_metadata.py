"""Claimed metadata: EXIF/GPS round trips, PDF Info, containers, and hostile files."""

from __future__ import annotations

import io
import json
import random
import struct
import tempfile
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from evidence_app.media import MediaError
from evidence_app.media.metadata import MAX_VALUE_CHARS, extract_metadata
from evidence_app.media.synth import make_pdf_document, make_photo, make_wav

# Corrupt inputs make Pillow warn about the EXIF it skips; that is expected here.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

MYANMAR = timezone(timedelta(hours=6, minutes=30))
ALL_TYPES = ["image/jpeg", "image/png", "image/tiff", "image/webp", "image/heic", "image/gif",
             "application/pdf", "video/mp4", "video/quicktime", "audio/mp4", "audio/wav",
             "audio/flac", "audio/mpeg", "text/plain", "application/octet-stream"]


def as_json(meta: dict[str, object]) -> str:
    return json.dumps(meta, allow_nan=False, ensure_ascii=False)


# --- EXIF and GPS round trips --------------------------------------------------------------


def test_photo_with_gps_and_time_round_trips(tmp_path: Path) -> None:
    taken = datetime(2024, 3, 5, 14, 22, 1, tzinfo=MYANMAR)
    photo = make_photo(tmp_path / "p.jpg", lat=22.123456, lon=95.654321, taken=taken,
                       make="Samsung", model="SM-A515F", altitude=212.5)
    meta = extract_metadata(photo, "image/jpeg")
    assert meta["gps_latitude"] == pytest.approx(22.123456, abs=1e-5)
    assert meta["gps_longitude"] == pytest.approx(95.654321, abs=1e-5)
    assert meta["gps_altitude"] == pytest.approx(212.5)
    assert meta["make"] == "Samsung"
    assert meta["model"] == "SM-A515F"
    assert meta["datetime_original"] == "2024:03:05 14:22:01"
    assert meta["offset_time_original"] == "+06:30"
    assert meta["datetime_original_iso"] == "2024-03-05T14:22:01+06:30"
    assert meta["gps_date"] == "2024:03:05"
    assert meta["gps_time"] == "07:52:01"
    assert meta["gps_timestamp"] == "2024-03-05T07:52:01Z"
    assert (meta["width"], meta["height"], meta["image_format"]) == (1024, 768, "JPEG")
    assert meta["orientation"] == 1
    assert "errors" not in meta
    exif = meta["exif"]
    assert isinstance(exif, dict)
    assert exif["EXIF DateTimeOriginal"] == "2024:03:05 14:22:01"
    assert exif["GPS GPSLatitudeRef"] == "N"
    as_json(meta)


@pytest.mark.parametrize(("lat", "lon"), [(-33.868820, -70.669265), (-0.000004, 179.999999),
                                          (89.999999, -179.5), (16.8409, 96.1735)])
def test_southern_and_western_coordinates_keep_their_sign(
    tmp_path: Path, lat: float, lon: float
) -> None:
    photo = make_photo(tmp_path / "p.jpg", width=64, height=48, lat=lat, lon=lon,
                       taken=datetime(2023, 11, 2, 6, 5, 4), altitude=-3.25)
    meta = extract_metadata(photo, "image/jpeg")
    assert meta["gps_latitude"] == pytest.approx(lat, abs=1e-5)
    assert meta["gps_longitude"] == pytest.approx(lon, abs=1e-5)
    assert meta["gps_altitude"] == pytest.approx(-3.25)
    # A naive time has no offset: no offset claimed, no GPS time stamp written.
    assert meta["datetime_original_iso"] == "2023-11-02T06:05:04"
    assert "offset_time_original" not in meta
    assert "gps_timestamp" not in meta


def test_photo_without_gps_claims_no_place(tmp_path: Path) -> None:
    meta = extract_metadata(make_photo(tmp_path / "p.jpg", width=64, height=48), "image/jpeg")
    assert not any(key.startswith("gps_") for key in meta)
    assert meta["software"] == "Evidence App synthetic test data"


def test_burmese_caption_and_hostile_characters_are_cleaned(tmp_path: Path) -> None:
    caption = "ကျေးရွာ\u202e\x07 gpj.exe" + "x" * 2000
    meta = extract_metadata(make_photo(tmp_path / "p.jpg", width=32, height=32,
                                       caption=caption), "image/jpeg")
    description = meta["image_description"]
    assert isinstance(description, str)
    assert description.startswith("ကျေးရွာ gpj.exe")
    assert "\u202e" not in description and "\x07" not in description
    assert len(description) <= MAX_VALUE_CHARS


def test_png_without_exif_gives_its_size(tmp_path: Path) -> None:
    path = tmp_path / "shot.png"
    Image.new("RGBA", (300, 200)).save(path)
    assert extract_metadata(path, "image/png") == {"image_format": "PNG", "width": 300,
                                                   "height": 200}


def test_orientation_is_reported(tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "p.jpg", width=64, height=32, orientation=6)
    assert extract_metadata(photo, "image/jpeg")["orientation"] == 6


# --- hand-built EXIF blocks ----------------------------------------------------------------

ASCII, SHORT, LONG, RATIONAL = 2, 3, 4, 5


def tiff_block(ifd0: list[tuple[int, int, Any]],
               gps: list[tuple[int, int, Any]] | None = None,
               next_ifd: int | None = None) -> bytes:
    """A little-endian TIFF header with IFD0 (and a GPS IFD), values laid out after the IFDs."""
    ifd0 = list(ifd0)
    if gps is not None:
        ifd0.append((0x8825, LONG, 0))  # patched below
    ifd0_size = 2 + 12 * len(ifd0) + 4
    gps_at = 8 + ifd0_size
    gps_size = 2 + 12 * len(gps) + 4 if gps else 0
    data_at = gps_at + gps_size
    data = bytearray()

    def entries(items: list[tuple[int, int, Any]]) -> bytes:
        out = struct.pack("<H", len(items))
        for tag, kind, value in items:
            if tag == 0x8825:
                value = gps_at
            if kind == ASCII:
                raw = str(value).encode() + b"\x00"
                count = len(raw)
            elif kind == RATIONAL:
                pairs = value if isinstance(value, list) else [value]
                raw = b"".join(struct.pack("<II", n, d) for n, d in pairs)
                count = len(pairs)
            elif kind == SHORT:
                raw, count = struct.pack("<HH", int(str(value)), 0), 1
            else:
                raw, count = struct.pack("<I", int(str(value))), 1
            if len(raw) <= 4:
                out += struct.pack("<HHI", tag, kind, count) + raw.ljust(4, b"\x00")
            else:
                out += struct.pack("<HHII", tag, kind, count, data_at + len(data))
                data.extend(raw)
        return out

    first = entries(ifd0) + struct.pack("<I", next_ifd or 0)
    second = entries(gps) + struct.pack("<I", 0) if gps else b""
    return b"II*\x00" + struct.pack("<I", 8) + first + second + bytes(data)


def jpeg_with_app1(payload: bytes) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (16, 16), "green").save(out, "JPEG")
    jpeg = out.getvalue()
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:2] + segment + jpeg[2:]


def test_zero_denominator_and_out_of_range_gps_are_noted(tmp_path: Path) -> None:
    block = tiff_block(
        [(0x010F, ASCII, "Nokia")],
        gps=[(1, ASCII, "N"), (2, RATIONAL, [(22, 1), (7, 0), (1, 1)]),
             (3, ASCII, "E"), (4, RATIONAL, [(250, 1), (0, 1), (0, 1)])],
    )
    path = tmp_path / "bad.jpg"
    path.write_bytes(jpeg_with_app1(b"Exif\x00\x00" + block))
    meta = extract_metadata(path, "image/jpeg")
    assert meta["make"] == "Nokia"
    assert "gps_latitude" not in meta and "gps_longitude" not in meta
    errors = meta["errors"]
    assert isinstance(errors, list)
    assert "gps: latitude malformed" in errors
    assert "gps: longitude out of range" in errors


def test_ifd_loop_and_wild_offsets_finish_quickly(tmp_path: Path) -> None:
    looping = tiff_block([(0x010F, ASCII, "Loop"), (0x0110, ASCII, "Model X")], next_ifd=8)
    wild = bytearray(tiff_block([(0x010F, ASCII, "Wild")]))
    wild[4:8] = struct.pack("<I", 0xFFFFFFF0)  # IFD0 far past the end
    huge_string = tiff_block([(0x010E, ASCII, "x" * 10)])
    huge_string = huge_string.replace(struct.pack("<I", 11), struct.pack("<I", 0x7FFFFFFF), 1)
    for name, block in (("loop", looping), ("wild", bytes(wild)), ("huge", huge_string)):
        path = tmp_path / f"{name}.jpg"
        path.write_bytes(jpeg_with_app1(b"Exif\x00\x00" + block))
        started = time.monotonic()
        meta = extract_metadata(path, "image/jpeg")
        assert time.monotonic() - started < 5
        as_json(meta)
    assert extract_metadata(tmp_path / "loop.jpg", "image/jpeg")["make"] == "Loop"


def test_corrupt_exif_segment_in_a_real_photo(tmp_path: Path) -> None:
    data = bytearray(make_photo(tmp_path / "p.jpg", lat=1.5, lon=2.5,
                                taken=datetime(2024, 1, 1, tzinfo=UTC)).read_bytes())
    start = data.index(b"Exif\x00\x00") + 6
    rng = random.Random(3)
    for trial in range(40):
        broken = bytearray(data)
        for _ in range(8):
            broken[start + rng.randrange(400)] = rng.randrange(256)
        path = tmp_path / f"broken{trial}.jpg"
        path.write_bytes(bytes(broken))
        meta = extract_metadata(path, "image/jpeg")
        as_json(meta)
        assert isinstance(meta.get("errors", []), list)


def test_truncated_jpeg_keeps_what_was_read(tmp_path: Path) -> None:
    data = make_photo(tmp_path / "p.jpg", lat=1.5, lon=2.5, make="Canon").read_bytes()
    for cut in (1, 3, 20, 200, 600, 2000, len(data) // 2):
        path = tmp_path / f"cut{cut}.jpg"
        path.write_bytes(data[:cut])
        as_json(extract_metadata(path, "image/jpeg"))
    half = extract_metadata(tmp_path / f"cut{len(data) // 2}.jpg", "image/jpeg")
    assert half["make"] == "Canon"
    assert half["gps_latitude"] == pytest.approx(1.5)


# --- PDF, containers, audio ----------------------------------------------------------------


def test_pdf_info_and_page_count(tmp_path: Path) -> None:
    pdf = make_pdf_document(tmp_path / "r.pdf", "ကျေးရွာ report", [f"line {i}" for i in range(120)],
                            author="W-0007")
    meta = extract_metadata(pdf, "application/pdf")
    assert meta["title"] == "ကျေးရွာ report"
    assert meta["author"] == "W-0007"
    assert meta["page_count"] == 3
    assert meta["encrypted"] is False
    assert meta["pdf_version"] == "1.3"
    assert meta["creation_date_iso"] == "2000-01-01T00:00:00+00:00"
    assert "errors" not in meta


def test_broken_pdf_gives_errors_not_exceptions(tmp_path: Path) -> None:
    data = make_pdf_document(tmp_path / "r.pdf", "T", ["a"]).read_bytes()
    for name, broken in (("head", data[:300]), ("noxref", data.replace(b"xref", b"xxxx")),
                         ("junk", b"%PDF-1.4\n" + bytes(range(256)) * 8)):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(broken)
        meta = extract_metadata(path, "application/pdf")
        as_json(meta)
        assert meta.get("pdf_version") == ("1.3" if name != "junk" else "1.4")


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def test_mp4_duration_creation_time_and_location(tmp_path: Path) -> None:
    created = int((datetime(2024, 3, 5, 7, 52, 1, tzinfo=UTC)
                   - datetime(1904, 1, 1, tzinfo=UTC)).total_seconds())
    mvhd = box(b"mvhd", b"\x00\x00\x00\x00" + struct.pack(">IIII", created, created, 1000, 93_500)
               + b"\x00" * 80)
    location = b"+22.1235+095.6543+012.000/"
    xyz = box(b"\xa9xyz", struct.pack(">HH", len(location), 0x15C7) + location)
    data = (box(b"ftyp", b"mp42\x00\x00\x00\x00mp42isom") + box(b"mdat", b"\x00" * 100)
            + box(b"moov", mvhd + box(b"udta", xyz)))
    path = tmp_path / "clip.mp4"
    path.write_bytes(data)
    meta = extract_metadata(path, "video/mp4")
    assert meta["ftyp_major_brand"] == "mp42"
    assert meta["ftyp_compatible_brands"] == ["mp42", "isom"]
    assert meta["duration_seconds"] == 93.5
    assert meta["creation_time"] == "2024-03-05T07:52:01Z"
    assert meta["gps_iso6709"] == "+22.1235+095.6543+012.000/"
    assert (meta["gps_latitude"], meta["gps_longitude"], meta["gps_altitude"]) == (
        22.1235, 95.6543, 12.0)


def test_mp4_with_a_box_smaller_than_its_header(tmp_path: Path) -> None:
    path = tmp_path / "bad.mp4"
    path.write_bytes(box(b"ftyp", b"isom\x00\x00\x00\x00") + struct.pack(">I", 3) + b"moov")
    meta = extract_metadata(path, "video/mp4")
    assert meta["ftyp_major_brand"] == "isom"
    assert meta["errors"]


def test_wav_and_flac_durations(tmp_path: Path) -> None:
    wav = make_wav(tmp_path / "a.wav", 2.25, sample_rate=8000)
    assert extract_metadata(wav, "audio/wav") == {
        "sample_rate": 8000, "channels": 1, "bits_per_sample": 16, "duration_seconds": 2.25}
    info = struct.pack(">HH", 4096, 4096) + b"\x00" * 6
    info += struct.pack(">Q", (44100 << 44) | (1 << 41) | (15 << 36) | 44100 * 3) + b"\x00" * 16
    flac = tmp_path / "a.flac"
    flac.write_bytes(b"fLaC" + b"\x80\x00\x00\x22" + info)
    assert extract_metadata(flac, "audio/flac") == {
        "sample_rate": 44100, "channels": 2, "bits_per_sample": 16, "duration_seconds": 3.0}


def test_types_without_cheap_metadata_give_an_empty_dict(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text("statement", encoding="utf-8")
    assert extract_metadata(path, "text/plain") == {}
    assert extract_metadata(path, "audio/mpeg") == {}


# --- unreadable files and fuzzing ----------------------------------------------------------


def test_unreadable_files_raise_media_error(tmp_path: Path) -> None:
    with pytest.raises(MediaError):
        extract_metadata(tmp_path / "missing.jpg", "image/jpeg")
    with pytest.raises(MediaError):
        extract_metadata(tmp_path, "image/jpeg")


def test_empty_file_is_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty"
    path.write_bytes(b"")
    for media_type in ALL_TYPES:
        as_json(extract_metadata(path, media_type))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096), st.sampled_from(ALL_TYPES))
def test_random_bytes_never_raise(data: bytes, media_type: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "evidence"
        path.write_bytes(data)
        as_json(extract_metadata(path, media_type))


_PHOTO = io.BytesIO()


def _seed_photo() -> bytes:
    if not _PHOTO.getvalue():
        with tempfile.TemporaryDirectory() as folder:
            _PHOTO.write(make_photo(Path(folder) / "p.jpg", width=48, height=32, lat=10.0,
                                    lon=-20.0, taken=datetime(2024, 1, 1)).read_bytes())
    return _PHOTO.getvalue()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1500), st.integers(0, 255)), min_size=1, max_size=12))
def test_mutated_exif_never_raises(flips: list[tuple[int, int]]) -> None:
    data = bytearray(_seed_photo())
    for index, value in flips:
        data[index % len(data)] = value
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.jpg"
        path.write_bytes(bytes(data))
        as_json(extract_metadata(path, "image/jpeg"))
