"""In-memory previews: bounded, upright, metadata-free, and safe against bombs and garbage."""

from __future__ import annotations

import contextlib
import io
import struct
import time
import zlib
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from evidence_app.media import MediaError
from evidence_app.media.synth import make_pdf_document, make_photo, make_statement
from evidence_app.media.thumbnail import MAX_DECODED_PIXELS, downscale_for_page, make_thumbnail

# Corrupt inputs make Pillow warn about the EXIF it skips; that is expected here.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def png_claiming(width: int, height: int, rows: bytes = b"\x00" * 64) -> bytes:
    """A well-formed PNG header claiming any size, with a tiny compressed body."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def open_png(data: bytes | None) -> Image.Image:
    assert data is not None
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    return image


@pytest.mark.parametrize(("size", "max_px", "expected"),
                         [((1024, 768), 256, (256, 192)), ((300, 900), 100, (33, 100)),
                          ((40, 30), 256, (40, 30))])
def test_thumbnail_is_bounded_and_keeps_the_aspect(
    tmp_path: Path, size: tuple[int, int], max_px: int, expected: tuple[int, int]
) -> None:
    photo = make_photo(tmp_path / "p.jpg", width=size[0], height=size[1])
    thumb = open_png(make_thumbnail(photo.read_bytes(), max_px))
    assert thumb.size == expected


def test_thumbnail_applies_exif_orientation(tmp_path: Path) -> None:
    # Stored landscape, tagged "rotate 90° clockwise to display": the preview is portrait.
    photo = make_photo(tmp_path / "p.jpg", width=200, height=100, orientation=6)
    assert open_png(make_thumbnail(photo.read_bytes(), 128)).size == (64, 128)
    photo = make_photo(tmp_path / "q.jpg", width=200, height=100, orientation=3)
    assert open_png(make_thumbnail(photo.read_bytes(), 128)).size == (128, 64)


def test_thumbnail_carries_no_metadata(tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "p.jpg", width=320, height=240, lat=22.5, lon=95.5,
                       taken=datetime(2024, 5, 1, 9, 0), caption="secret place")
    data = make_thumbnail(photo.read_bytes())
    assert data is not None
    thumb = open_png(data)
    assert not thumb.getexif()
    assert not set(thumb.info) & {"exif", "icc_profile", "dpi", "comment"}
    assert b"secret place" not in data and b"Exif" not in data


def test_thumbnail_keeps_transparency() -> None:
    out = io.BytesIO()
    Image.new("RGBA", (64, 64), (255, 0, 0, 0)).save(out, "PNG")
    assert open_png(make_thumbnail(out.getvalue(), 32)).mode == "RGBA"


@pytest.mark.parametrize("fmt", ["GIF", "WEBP", "TIFF", "BMP"])
def test_thumbnail_of_other_formats(fmt: str) -> None:
    out = io.BytesIO()
    Image.new("RGB", (500, 250), "orange").save(out, fmt)
    assert open_png(make_thumbnail(out.getvalue(), 100)).size == (100, 50)


def test_none_for_what_is_not_an_image(tmp_path: Path) -> None:
    statement = make_statement(tmp_path / "s.txt", "ကျေးရွာ statement")
    pdf = make_pdf_document(tmp_path / "d.pdf", "Title", ["line"])
    assert make_thumbnail(statement.read_bytes()) is None
    assert make_thumbnail(pdf.read_bytes()) is None
    assert make_thumbnail(b"") is None
    assert make_thumbnail(b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n") is None


def test_none_for_a_truncated_jpeg(tmp_path: Path) -> None:
    data = make_photo(tmp_path / "p.jpg", width=320, height=240).read_bytes()
    for cut in (2, 100, len(data) // 3):
        assert make_thumbnail(data[:cut]) is None


def test_decompression_bomb_is_refused_quickly() -> None:
    started = time.monotonic()
    assert make_thumbnail(png_claiming(50_000, 50_000)) is None
    # Below Pillow's own limit but above ours: refused before decoding, too.
    assert MAX_DECODED_PIXELS < 9000 * 8000
    assert make_thumbnail(png_claiming(9000, 8000)) is None
    with pytest.raises(MediaError):
        downscale_for_page(png_claiming(50_000, 50_000), 1000)
    assert time.monotonic() - started < 2


def test_large_jpeg_is_decoded_at_reduced_scale() -> None:
    # 8192 x 8192 is above the decode cap, but libjpeg decodes it at 1/8 scale.
    out = io.BytesIO()
    Image.new("RGB", (8192, 8192), "navy").save(out, "JPEG", quality=50)
    assert open_png(make_thumbnail(out.getvalue(), 256)).size == (256, 256)


def test_a_tiny_valid_png_claiming_its_true_size_works() -> None:
    rows = b"".join(b"\x00" + b"\x80\x40\x20" * 8 for _ in range(4))
    assert open_png(make_thumbnail(png_claiming(8, 4, rows), 4)).size == (4, 2)


def test_downscale_for_page_is_a_clean_upright_jpeg(tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "p.jpg", width=1200, height=600, orientation=8,
                       lat=-12.0, lon=-77.0, taken=datetime(2024, 1, 2, 3, 4, 5))
    data = downscale_for_page(photo.read_bytes(), 500)
    page = Image.open(io.BytesIO(data))
    assert page.format == "JPEG"
    assert page.size == (250, 500)
    assert not page.getexif()
    assert b"Exif" not in data


def test_downscale_flattens_transparency_onto_white() -> None:
    out = io.BytesIO()
    Image.new("RGBA", (40, 40), (0, 0, 0, 0)).save(out, "PNG")
    page = Image.open(io.BytesIO(downscale_for_page(out.getvalue(), 40)))
    assert page.mode == "RGB"
    pixel = page.getpixel((20, 20))
    assert isinstance(pixel, tuple) and min(pixel) > 245


def test_downscale_rejects_what_is_not_an_image() -> None:
    with pytest.raises(MediaError):
        downscale_for_page(b"not an image", 100)


@pytest.mark.parametrize("max_px", [0, -5, 100_000])
def test_bad_max_px(max_px: int) -> None:
    with pytest.raises(ValueError, match="max_px"):
        make_thumbnail(b"", max_px)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4096))
def test_random_bytes_never_raise(data: bytes) -> None:
    assert make_thumbnail(data) is None or make_thumbnail(data, 16) is not None
    with contextlib.suppress(MediaError):
        downscale_for_page(data, 64)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([b"\xff\xd8\xff\xe0", b"\x89PNG\r\n\x1a\n", b"GIF89a", b"II*\x00",
                        b"RIFF\x00\x01\x00\x00WEBPVP8 ", b"BM"]),
       st.binary(max_size=2048))
def test_garbage_after_an_image_signature_never_raises(prefix: bytes, rest: bytes) -> None:
    result = make_thumbnail(prefix + rest)
    assert result is None or result.startswith(b"\x89PNG")
