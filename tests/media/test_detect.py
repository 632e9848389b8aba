"""Content sniffing: every type from real bytes, lying names, text sub-types, hostile input."""

from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from evidence_app.media.detect import HEAD_SIZE, detect_media_type, media_kind
from evidence_app.media.synth import make_pdf_document, make_photo, make_statement, make_wav

BURMESE = "ကျေးရွာကို မီးရှို့ခဲ့သည်။ မျက်မြင်သက်သေ W-0007 ၏ ထွက်ဆိုချက်"


def head_of(path: Path) -> bytes:
    return path.read_bytes()[:HEAD_SIZE]


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def ftyp(major: bytes, *compatible: bytes) -> bytes:
    return box(b"ftyp", major + b"\x00\x00\x02\x00" + b"".join(compatible))


def hdlr(handler: bytes) -> bytes:
    return box(b"hdlr", b"\x00" * 8 + handler + b"\x00" * 12 + b"\x00")


@pytest.mark.parametrize(
    ("fmt", "mode", "mime"),
    [
        ("PNG", "RGB", "image/png"),
        ("GIF", "P", "image/gif"),
        ("WEBP", "RGB", "image/webp"),
        ("TIFF", "RGB", "image/tiff"),
        ("BMP", "RGB", "image/bmp"),
        ("JPEG", "RGB", "image/jpeg"),
    ],
)
def test_images_written_by_pillow(fmt: str, mode: str, mime: str) -> None:
    out = io.BytesIO()
    Image.new(mode, (32, 24)).save(out, fmt)
    assert detect_media_type(out.getvalue()) == mime
    assert media_kind(mime) == "image"


def test_synth_photo_is_jpeg_even_when_named_pdf(tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "photo.pdf", width=320, height=240)
    assert detect_media_type(head_of(photo), "photo.pdf") == "image/jpeg"
    assert detect_media_type(head_of(photo), "statement.txt") == "image/jpeg"


def test_synth_pdf_wav_and_statement(tmp_path: Path) -> None:
    pdf = make_pdf_document(tmp_path / "r.pdf", "Report", ["one", "two"])
    wav = make_wav(tmp_path / "a.wav", 0.5)
    statement = make_statement(tmp_path / "s.txt", BURMESE)
    assert detect_media_type(head_of(pdf), "r.jpg") == "application/pdf"
    assert detect_media_type(head_of(wav), "a.mp3") == "audio/wav"
    assert detect_media_type(head_of(statement)) == "text/plain"
    assert media_kind("application/pdf") == "document"
    assert media_kind("audio/wav") == "audio"


def test_pdf_header_after_leading_junk() -> None:
    assert detect_media_type(b"\r\n\r\n%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") == "application/pdf"


@pytest.mark.parametrize(
    ("head", "mime"),
    [
        (ftyp(b"isom", b"isom", b"iso2", b"avc1", b"mp41"), "video/mp4"),
        (ftyp(b"mp42", b"mp42", b"isom"), "video/mp4"),
        (ftyp(b"qt  ", b"qt  "), "video/quicktime"),
        (ftyp(b"M4A ", b"M4A ", b"mp42", b"isom"), "audio/mp4"),
        (ftyp(b"3gp4", b"isom", b"3gp4"), "video/3gpp"),
        (ftyp(b"heic", b"mif1", b"heic"), "image/heic"),
        (ftyp(b"mif1", b"mif1", b"heic"), "image/heic"),
        (ftyp(b"mif1", b"mif1"), "image/heif"),
        (ftyp(b"avif", b"avif", b"mif1"), "image/avif"),
        (ftyp(b"zzzz", b"zzzz"), "application/octet-stream"),
    ],
)
def test_iso_bmff_brands(head: bytes, mime: str) -> None:
    assert detect_media_type(head + box(b"mdat", b"\x00" * 64)) == mime


def test_mp4_with_only_a_sound_track_is_audio() -> None:
    moov = box(b"moov", box(b"trak", box(b"mdia", hdlr(b"soun"))))
    assert detect_media_type(ftyp(b"mp42", b"isom") + moov) == "audio/mp4"
    moov = box(b"moov", box(b"trak", box(b"mdia", hdlr(b"vide"))) + box(b"trak", hdlr(b"soun")))
    assert detect_media_type(ftyp(b"mp42", b"isom") + moov) == "video/mp4"


def ebml(doc_type: bytes) -> bytes:
    body = b"\x42\x86\x81\x01\x42\xf7\x81\x01\x42\x82" + bytes([0x80 | len(doc_type)]) + doc_type
    return b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(body)]) + body + b"\x18\x53\x80\x67"


def riff(form: bytes) -> bytes:
    return b"RIFF" + struct.pack("<I", 1000) + form + b"LIST" + b"\x00" * 32


def ogg(packet: bytes) -> bytes:
    header = b"OggS\x00\x02" + b"\x00" * 8 + b"\x01\x00\x00\x00" + b"\x00" * 8
    return header + bytes([1, len(packet)]) + packet


def mp3_frames() -> bytes:
    # MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, no padding: 417-byte frames.
    frame = b"\xff\xfb\x90\x00" + b"\x00" * 413
    return frame * 3


@pytest.mark.parametrize(
    ("head", "mime"),
    [
        (ebml(b"webm"), "video/webm"),
        (ebml(b"matroska"), "video/x-matroska"),
        (riff(b"AVI "), "video/x-msvideo"),
        (riff(b"WAVE"), "audio/wav"),
        (riff(b"WEBP"), "image/webp"),
        (ogg(b"OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00"), "audio/ogg"),
        (ogg(b"\x01vorbis\x00\x00\x00\x00\x01"), "audio/ogg"),
        (ogg(b"\x80theora\x03\x02\x01"), "video/ogg"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00" + mp3_frames(), "audio/mpeg"),
        (mp3_frames(), "audio/mpeg"),
        (b"fLaC\x00\x00\x00\x22" + b"\x00" * 34, "audio/flac"),
        (b"#!AMR\n" + b"\x3c" * 32, "audio/amr"),
        (b"#!AMR-WB\n" + b"\x04" * 32, "audio/amr-wb"),
        (b"{\\rtf1\\ansi Hello}", "application/rtf"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500 + "WordDocument".encode("utf-16-le"),
         "application/msword"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "application/x-ole-storage"),
        (b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\x00" * 64, "application/x-7z-compressed"),
    ],
)
def test_container_and_audio_signatures(head: bytes, mime: str) -> None:
    assert detect_media_type(head) == mime


def office_zip(names: list[str], mimetype: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if mimetype:
            archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, zipfile.ZIP_STORED)
        for name in names:
            archive.writestr(name, "<xml/>" * 50)
    return out.getvalue()


OOXML = "application/vnd.openxmlformats-officedocument."


@pytest.mark.parametrize(
    ("data", "filename", "mime"),
    [
        (office_zip(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]), None,
         OOXML + "wordprocessingml.document"),
        (office_zip(["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"]), "x.docx",
         OOXML + "spreadsheetml.sheet"),
        (office_zip(["[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml"]), None,
         OOXML + "presentationml.presentation"),
        (office_zip(["content.xml", "styles.xml"], "application/vnd.oasis.opendocument.text"),
         None, "application/vnd.oasis.opendocument.text"),
        (office_zip(["mimetype.txt"], "application/x-evil"), None, "application/zip"),
        (office_zip(["notes.txt", "photo.jpg"]), "report.docx", "application/zip"),
    ],
)
def test_zip_based_documents(data: bytes, filename: str | None, mime: str) -> None:
    assert detect_media_type(data[:HEAD_SIZE], filename) == mime


def test_ooxml_kind_from_name_only_once_content_proves_ooxml() -> None:
    data = office_zip(["[Content_Types].xml", "_rels/.rels"])
    assert detect_media_type(data, "budget.xlsx") == OOXML + "spreadsheetml.sheet"
    assert detect_media_type(data, "budget.zip") == "application/zip"
    assert media_kind(OOXML + "spreadsheetml.sheet") == "document"


@pytest.mark.parametrize(
    ("data", "filename", "mime"),
    [
        (BURMESE.encode(), None, "text/plain"),
        (b"Witness statement\r\nI saw the aircraft at 14:20.\r\n", None, "text/plain"),
        (("\ufeff" + BURMESE).encode(), None, "text/plain"),
        (BURMESE.encode("utf-16"), None, "text/plain"),
        (b"<!DOCTYPE html>\n<html><head><title>x</title></head></html>", None, "text/html"),
        (b"  <html lang='my'><body>hi</body></html>", "page.txt", "text/html"),
        (b'{"incident": "AIR", "victims": [1, 2]}', None, "application/json"),
        (b"[1, 2, 3]", "list.txt", "application/json"),
        (b"[Note] not json", None, "text/plain"),
        (b"<?xml version='1.0'?><root/>", None, "application/xml"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", None, "image/svg+xml"),
        (b"village,township\nA,B\n", "places.csv", "text/csv"),
        (b"# Notes\n", "notes.md", "text/markdown"),
        (b"plain words", "data.json", "application/json"),
    ],
)
def test_text_subtypes(data: bytes, filename: str | None, mime: str) -> None:
    assert detect_media_type(data, filename) == mime


def test_long_burmese_text_cut_inside_a_character_is_text() -> None:
    data = (BURMESE * 400).encode()
    cut = next(n for n in range(HEAD_SIZE, HEAD_SIZE - 4, -1) if data[n] & 0xC0 == 0x80)
    assert detect_media_type(data[:cut]) == "text/plain"
    assert detect_media_type(data) == "text/plain"


def test_truncated_json_head_is_json() -> None:
    data = b'{"items": [' + b'{"a": 1},' * 2000
    assert detect_media_type(data[:HEAD_SIZE]) == "application/json"


def test_deeply_nested_json_does_not_crash() -> None:
    assert detect_media_type(b"[" * 5000 + b"]" * 5000) in ("application/json", "text/plain")


def test_name_never_overrides_a_binary_signature() -> None:
    noise = random.Random(7).randbytes(2048)
    assert detect_media_type(b"\xff\xd8\xff\xe0" + noise, "statement.txt") == "image/jpeg"
    assert detect_media_type(b"\x89PNG\r\n\x1a\n" + noise, "page.html") == "image/png"
    assert detect_media_type(noise, "notes.txt") == "application/octet-stream"
    assert detect_media_type(noise, "clip.mp4") == "application/octet-stream"


def test_empty_and_unknown() -> None:
    assert detect_media_type(b"") == "application/octet-stream"
    assert detect_media_type(b"", "photo.jpg") == "application/octet-stream"
    assert detect_media_type(b"\x00\x01\x02\x03" * 100) == "application/octet-stream"


@pytest.mark.parametrize(
    ("mime", "kind"),
    [
        ("image/heic", "image"), ("video/quicktime", "video"), ("audio/ogg", "audio"),
        ("text/plain; charset=utf-8", "text"), ("application/json", "text"),
        ("application/msword", "document"), ("application/vnd.oasis.opendocument.text",
                                             "document"),
        ("application/zip", "other"), ("application/octet-stream", "other"), ("", "other"),
    ],
)
def test_media_kind(mime: str, kind: str) -> None:
    assert media_kind(mime) == kind


@given(st.binary(max_size=4096), st.one_of(st.none(), st.text(max_size=40)))
def test_detect_never_raises(data: bytes, filename: str | None) -> None:
    mime = detect_media_type(data, filename)
    assert "/" in mime
    assert media_kind(mime) in ("image", "video", "audio", "document", "text", "other")


@given(st.sampled_from([b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"RIFF",
                        b"\x00\x00\x00\x18ftyp", b"OggS", b"ID3\x03", b"\x1a\x45\xdf\xa3",
                        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xff\xfb", b"\xff\xfe"]),
       st.binary(max_size=2048))
def test_detect_never_raises_on_truncated_signatures(prefix: bytes, rest: bytes) -> None:
    assert "/" in detect_media_type(prefix + rest)
