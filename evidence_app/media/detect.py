"""What a file is, decided from its content: the media type recorded for every evidence item.

The Berkeley Protocol asks that each item record its media type; an extension is a claim by
whoever named the file, so the type comes from the first :data:`HEAD_SIZE` bytes. Our own checks
cover the formats evidence arrives in (phone photos and videos, voice notes, office documents,
PDFs, statements in Burmese or English) and resolve what generic magic tables cannot (ftyp
brands, RIFF and EBML sub-types, the Ogg codec, the entries of a zip); ``puremagic`` answers for
the rest when its answer is unambiguous. The filename only chooses between text sub-types and
between the Office Open XML kinds once the content has shown the file is OOXML; it never
overrides a binary signature. Only the given bytes are looked at, so time and memory are bounded.
"""

from __future__ import annotations

import codecs
import json
import re
import struct
from pathlib import PurePath
from typing import Literal

import puremagic

HEAD_SIZE = 8192
"""How many leading bytes :func:`detect_media_type` looks at; pass at least this many."""

OCTET_STREAM = "application/octet-stream"

MediaKind = Literal["image", "video", "audio", "document", "text", "other"]

_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis"}
_HEIC_SEQUENCE_BRANDS = {b"hevc", b"hevx", b"hevm", b"hevs"}
_AUDIO_MP4_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "}
_VIDEO_MP4_BRANDS = {
    b"isom", b"iso2", b"iso3", b"iso4", b"iso5", b"iso6", b"iso7", b"iso8", b"iso9",
    b"mp41", b"mp42", b"mp71", b"avc1", b"dash", b"MSNV", b"M4V ", b"M4VH", b"M4VP",
    b"F4V ", b"F4P ", b"mmp4", b"XAVC", b"NDAS", b"NDSC", b"NDSH", b"NDSM", b"NDSP",
    b"NDSS", b"NDXC", b"NDXH", b"NDXM", b"NDXP", b"NDXS",
}

_OOXML_BY_PREFIX = {
    b"word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    b"xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    b"ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
_OOXML_BY_SUFFIX = {
    ".docx": _OOXML_BY_PREFIX[b"word/"],
    ".xlsx": _OOXML_BY_PREFIX[b"xl/"],
    ".pptx": _OOXML_BY_PREFIX[b"ppt/"],
}
# The first entry of ODF and EPUB packages is an uncompressed ``mimetype`` file; we accept
# only these families from it, so a hostile zip cannot make us return an arbitrary string.
_ZIP_MIMETYPE_ENTRY = re.compile(
    rb"application/(vnd\.oasis\.opendocument\.[a-z.-]{1,60}|epub\+zip)\Z"
)

_TEXT_BY_SUFFIX = {
    ".csv": "text/csv",
    ".tsv": "text/tab-separated-values",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".json": "application/json",
    ".xml": "application/xml",
    ".htm": "text/html",
    ".html": "text/html",
    ".srt": "application/x-subrip",
    ".vtt": "text/vtt",
}
_TEXT_APPLICATION_TYPES = {"application/json", "application/xml", "application/x-subrip"}
_DOCUMENT_TYPES = {
    "application/pdf", "application/rtf", "application/msword", "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint", "application/epub+zip", "application/x-ole-storage",
}
_MEDIA_TOPS: dict[str, MediaKind] = {"image": "image", "video": "video", "audio": "audio"}
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]")
_PDF_HEADER = re.compile(rb"%PDF-[12]\.[0-9]")
_JSON_START = re.compile(r'[{]\s*(?:"|[}])|\[\s*(?:["{\[\]\d-]|true|false|null)')

# MPEG audio frame tables (ISO/IEC 11172-3 and 13818-3), in kbit/s and Hz.
_MPEG1_BITRATES = {
    3: (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    2: (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
}
_MPEG2_BITRATES = {
    3: (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    1: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_MPEG_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def detect_media_type(head: bytes, filename: str | None = None) -> str:
    """Return the MIME type of a file from its first bytes (at least :data:`HEAD_SIZE` of them).

    ``filename`` (the original name, untrusted) is only a tie-breaker between text sub-types
    and between the OOXML kinds. Unknown or empty content gives ``application/octet-stream``.
    Never raises on any input.
    """
    head = bytes(head[:HEAD_SIZE])
    if not head:
        return OCTET_STREAM
    suffix = PurePath(filename).suffix.lower() if filename else ""
    found = _binary_signature(head, suffix)
    if found is None:
        text = _as_text(head)
        if text is not None:
            found = _text_subtype(text, truncated=len(head) >= HEAD_SIZE, suffix=suffix)
    if found is None:
        found = _mpeg_audio(head) or _bmp(head) or _puremagic(head)
    return found or OCTET_STREAM


def media_kind(mime: str) -> MediaKind:
    """Sort a MIME type into the coarse kind the app shows and files by."""
    base = mime.split(";", 1)[0].strip().lower()
    top = base.split("/", 1)[0]
    if top in _MEDIA_TOPS:
        return _MEDIA_TOPS[top]
    if top == "text" or base in _TEXT_APPLICATION_TYPES:
        return "text"
    if (
        base in _DOCUMENT_TYPES
        or base.startswith("application/vnd.openxmlformats-officedocument.")
        or base.startswith("application/vnd.oasis.opendocument.")
    ):
        return "document"
    return "other"


def _binary_signature(head: bytes, suffix: str) -> str | None:
    """Formats with an unambiguous signature at a fixed place (checked before any text test)."""
    simple = (
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"GIF87a", "image/gif"),
        (b"GIF89a", "image/gif"),
        (b"II*\x00", "image/tiff"),
        (b"MM\x00*", "image/tiff"),
        (b"II+\x00", "image/tiff"),  # BigTIFF
        (b"fLaC", "audio/flac"),
        (b"#!AMR-WB\n", "audio/amr-wb"),
        (b"#!AMR\n", "audio/amr"),
        (b"{\\rtf", "application/rtf"),
        (b"PK\x05\x06", "application/zip"),  # an empty archive
    )
    for magic, mime in simple:
        if head.startswith(magic):
            return mime
    if head[4:8] == b"ftyp":
        return _iso_bmff(head)
    if head[:4] in (b"RIFF", b"RF64", b"BW64") and len(head) >= 12:
        return {b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo", b"WEBP": "image/webp"}.get(
            head[8:12]
        )
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return _ebml(head)
    if head.startswith(b"OggS"):
        return _ogg(head)
    if head.startswith(b"ID3") and len(head) >= 10 and _id3_header_ok(head):
        return _after_id3(head)
    if head.startswith(b"PK\x03\x04"):
        return _zip(head, suffix)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _ole2(head)
    if _PDF_HEADER.search(head[:1024]):  # readers accept junk before the header
        return "application/pdf"
    return None


def _iso_bmff(head: bytes) -> str | None:
    """MP4, QuickTime, 3GP, M4A, HEIC/HEIF and AVIF, told apart by the ftyp brands."""
    size = struct.unpack(">I", head[:4])[0]
    end = min(len(head), size if size >= 16 else 16, 4096)
    major = head[8:12]
    compatible = {head[i : i + 4] for i in range(16, end - 3, 4)}
    brands = compatible | {major}
    if major in _HEIC_BRANDS or (major in (b"mif1", b"MiHE") and compatible & _HEIC_BRANDS):
        return "image/heic"
    if major in _HEIC_SEQUENCE_BRANDS or (major == b"msf1" and compatible & _HEIC_SEQUENCE_BRANDS):
        return "image/heic-sequence"
    if major in (b"avif", b"avis") or (major in (b"mif1", b"msf1") and b"avif" in compatible):
        return "image/avif"
    if major == b"mif1":
        return "image/heif"
    if major == b"msf1":
        return "image/heif-sequence"
    if major == b"qt  ":
        return "video/quicktime"
    if major.startswith(b"3g2"):
        return "video/3gpp2"
    if major.startswith((b"3gp", b"3gs", b"3ge", b"3gg")):
        return "video/3gpp"
    if major in _AUDIO_MP4_BRANDS:
        return "audio/mp4"
    if brands & _VIDEO_MP4_BRANDS:
        return "audio/mp4" if _mp4_is_audio_only(head) else "video/mp4"
    if brands & _AUDIO_MP4_BRANDS:
        return "audio/mp4"
    return None


def _mp4_is_audio_only(head: bytes) -> bool:
    """True when a whole ``moov`` box lies in the head and has sound but no video track."""
    pos, boxes = 0, 0
    while pos + 8 <= len(head) and boxes < 64:
        size, kind = struct.unpack(">I4s", head[pos : pos + 8])
        if kind == b"moov":
            if size < 8 or pos + size > len(head):
                return False
            moov = head[pos : pos + size]
            handlers = {moov[at + 12 : at + 16] for at in _find_all(moov, b"hdlr")}
            return b"soun" in handlers and b"vide" not in handlers
        if size < 8:
            return False
        pos, boxes = pos + size, boxes + 1
    return False


def _find_all(data: bytes, needle: bytes, limit: int = 64) -> list[int]:
    found: list[int] = []
    at = data.find(needle)
    while at != -1 and len(found) < limit:
        found.append(at)
        at = data.find(needle, at + 1)
    return found


def _ebml(head: bytes) -> str | None:
    """Matroska or WebM, from the DocType element of the EBML header."""
    at = head.find(b"\x42\x82", 4, 128)
    if at == -1 or at + 3 > len(head) or not head[at + 2] & 0x80:
        return None
    length = head[at + 2] & 0x7F
    doc_type = head[at + 3 : at + 3 + length].rstrip(b"\x00")
    return {b"webm": "video/webm", b"matroska": "video/x-matroska"}.get(doc_type)


def _ogg(head: bytes) -> str:
    """Ogg: the codec is named by the first packet of the first page."""
    if len(head) < 27:
        return "application/ogg"
    start = 27 + head[26]
    packet = head[start : start + 8]
    if packet.startswith((b"OpusHead", b"\x01vorbis", b"Speex   ", b"\x7fFLAC")):
        return "audio/ogg"
    if packet.startswith(b"\x80theora"):
        return "video/ogg"
    return "application/ogg"


def _id3_header_ok(head: bytes) -> bool:
    return head[3] in (2, 3, 4) and head[4] != 0xFF and all(b < 0x80 for b in head[6:10])


def _after_id3(head: bytes) -> str:
    """An ID3v2 tag usually precedes MP3, sometimes AAC or FLAC: look past it if we can."""
    size = 10 + ((head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9])
    if head[5] & 0x10:  # footer present
        size += 10
    rest = head[size : size + 8]
    if rest.startswith(b"fLaC"):
        return "audio/flac"
    if _adts_header_len(rest) is not None:
        return "audio/aac"
    return "audio/mpeg"


def _zip(head: bytes, suffix: str) -> str:
    """ODF/EPUB by their ``mimetype`` entry, OOXML by entry names visible in the head."""
    names: list[bytes] = []
    pos = 0
    while pos + 30 <= len(head) and head[pos : pos + 4] == b"PK\x03\x04" and len(names) < 64:
        flags, method = struct.unpack("<HH", head[pos + 6 : pos + 10])
        compressed_size = struct.unpack("<I", head[pos + 18 : pos + 22])[0]
        name_len, extra_len = struct.unpack("<HH", head[pos + 26 : pos + 30])
        name = head[pos + 30 : pos + 30 + name_len]
        data_at = pos + 30 + name_len + extra_len
        if not names and name == b"mimetype" and method == 0:
            declared = head[data_at : data_at + min(compressed_size, 100)].strip()
            if _ZIP_MIMETYPE_ENTRY.match(declared):
                return declared.decode("ascii")
        names.append(name)
        if flags & 0x08 and compressed_size == 0:
            break  # sizes follow the data: the next header cannot be found from here
        pos = data_at + compressed_size
    for name in names:
        for prefix, mime in _OOXML_BY_PREFIX.items():
            if name.startswith(prefix):
                return mime
    if b"[Content_Types].xml" in names or b"_rels/.rels" in names:
        # OOXML for certain, but which kind is further in: let the name choose among the three.
        return _OOXML_BY_SUFFIX.get(suffix, "application/zip")
    return "application/zip"


def _ole2(head: bytes) -> str:
    """Legacy Office files are OLE2 storages; the stream names tell which program wrote them."""
    if "WordDocument".encode("utf-16-le") in head:
        return "application/msword"
    if "Workbook".encode("utf-16-le") in head or "Book".encode("utf-16-le") in head:
        return "application/vnd.ms-excel"
    if "PowerPoint Document".encode("utf-16-le") in head:
        return "application/vnd.ms-powerpoint"
    return "application/x-ole-storage"


def _as_text(head: bytes) -> str | None:
    """Decode the head as UTF-8 (or BOM-marked UTF-16) text, or None if it is not text."""
    try:
        # final=False: the head may end in the middle of a character.
        encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
        text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError:
        return None
    if not text or "\x00" in text:
        return None
    controls = sum(1 for ch in text if (ch < " " and ch not in "\t\n\r\f\v") or ch == "\x7f")
    if controls * 100 > len(text):
        return None
    return text


def _text_subtype(text: str, *, truncated: bool, suffix: str) -> str:
    start = text.lstrip()[:1024].lower()
    if start.startswith("<?xml") or start.startswith("<svg"):
        if "<svg" in start:
            return "image/svg+xml"
        return "text/html" if "<html" in start else "application/xml"
    if _HTML_START.match(start) or (start.startswith("<!--") and "<html" in start):
        return "text/html"
    if start[:1] in ("{", "["):
        if not truncated:
            try:
                json.loads(text)
            except (ValueError, RecursionError):
                pass  # not JSON after all: fall through to the filename
            else:
                return "application/json"
        elif _JSON_START.match(start):
            return "application/json"
    return _TEXT_BY_SUFFIX.get(suffix, "text/plain")


def _mpeg_frame_len(header: bytes) -> int | None:
    """Length of the MPEG audio frame starting with ``header``, or None if it is not one."""
    if len(header) < 4 or header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
        return None
    version, layer = (header[1] >> 3) & 3, (header[1] >> 1) & 3
    bitrate_index, rate_index = header[2] >> 4, (header[2] >> 2) & 3
    if version == 1 or layer == 0 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    table = _MPEG1_BITRATES if version == 3 else _MPEG2_BITRATES
    bitrate = table[layer][bitrate_index] * 1000
    rate = _MPEG_SAMPLE_RATES[version][rate_index]
    padding = (header[2] >> 1) & 1
    if layer == 3:  # Layer I
        return (12 * bitrate // rate + padding) * 4
    factor = 72 if (layer == 1 and version != 3) else 144
    return factor * bitrate // rate + padding


def _adts_header_len(header: bytes) -> int | None:
    """Length of the AAC ADTS frame starting with ``header``, or None if it is not one."""
    if len(header) < 7 or header[0] != 0xFF or header[1] & 0xF6 != 0xF0:
        return None
    if (header[2] >> 2) & 0xF > 12:
        return None
    length = ((header[3] & 3) << 11) | (header[4] << 3) | (header[5] >> 5)
    return length if length >= 7 else None


def _mpeg_audio(head: bytes) -> str | None:
    """MP3 or AAC without a tag: a frame header, and the next one where the head reaches it."""
    for measure, mime in ((_adts_header_len, "audio/aac"), (_mpeg_frame_len, "audio/mpeg")):
        length = measure(head[:8])
        if length is None:
            continue
        following = head[length : length + 8]
        if len(following) < 4 and len(head) >= HEAD_SIZE:
            return mime  # a huge first frame: one valid header is all we can see
        if len(following) >= 4 and measure(following) is not None:
            return mime
    return None


def _bmp(head: bytes) -> str | None:
    if head.startswith(b"BM") and len(head) >= 18:
        dib_size = struct.unpack("<I", head[14:18])[0]
        if dib_size in (12, 40, 52, 56, 64, 108, 124):
            return "image/bmp"
    return None


def _puremagic(head: bytes) -> str | None:
    """Ask puremagic, and keep its answer only when the best matches agree on one type."""
    try:
        matches = puremagic.magic_string(head)
    except (puremagic.PureError, ValueError):
        return None
    # Our head is not the file's end, so footer signatures (negative offsets) mean nothing.
    typed = [m for m in matches if m.offset >= 0 and m.mime_type and m.confidence >= 0.4]
    if not typed:
        return None
    best = max(m.confidence for m in typed)
    mimes = {str(m.mime_type) for m in typed if m.confidence == best}
    return mimes.pop() if len(mimes) == 1 else None
