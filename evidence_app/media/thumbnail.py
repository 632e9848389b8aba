"""Previews of evidence images, made in memory: list thumbnails and page-sized dossier copies.

The app keeps no plaintext derived from evidence at rest, so both functions take bytes and give
bytes; the caller encrypts or embeds them. Only plain raster decoders are enabled (the EPS
plugin would run Ghostscript), the decoded pixel count is capped before any pixel is decoded
(JPEGs are first asked to decode at a reduced scale, so phone photos stay cheap), EXIF
orientation is applied so a preview shows what the camera saw, and outputs carry no metadata
(EXIF, GPS, ICC, comments): a thumbnail must not leak where a photo was taken.
"""

from __future__ import annotations

import io
import logging

from PIL import Image, ImageOps

from evidence_app.media import MediaError
from evidence_app.media.metadata import PIL_FORMATS

MAX_DECODED_PIXELS = 64_000_000
"""Largest image decoded for a preview (after JPEG reduced-scale decoding), about 256 MB."""

MAX_PREVIEW_PX = 8192

log = logging.getLogger(__name__)


def make_thumbnail(data: bytes, max_px: int = 256) -> bytes | None:
    """Return a PNG no larger than ``max_px`` on either side, upright, without metadata.

    Returns None for anything that is not an image we can decode safely: another media type,
    corrupt or truncated data, a decompression bomb. Raises ``ValueError`` for a bad ``max_px``.
    """
    image = _decode(data, max_px)
    if image is None:
        return None
    try:
        mode = "RGBA" if _has_alpha(image) else "RGB"
        small = image.convert(mode)
        small.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        _fresh_copy(small, mode).save(out, "PNG")
    except Exception as exc:  # Pillow on hostile input may fail in many ways
        log.debug("thumbnail failed: %s", type(exc).__name__)
        return None
    return out.getvalue()


def downscale_for_page(data: bytes, max_px: int) -> bytes:
    """Return a JPEG copy no larger than ``max_px`` on either side, for embedding in a PDF.

    The copy is upright, RGB (transparency flattened onto white) and stripped of all metadata.
    Raises :class:`MediaError` when ``data`` is not an image we can decode safely, and
    ``ValueError`` for a bad ``max_px``.
    """
    image = _decode(data, max_px)
    if image is None:
        raise MediaError("This image could not be decoded for the page.")
    try:
        small = image.convert("RGBA" if _has_alpha(image) else "RGB")
        small.thumbnail((max_px, max_px), Image.Resampling.LANCZOS)
        clean = Image.new("RGB", small.size, "white")  # a new image: no info is carried over
        clean.paste(small, mask=small.getchannel("A") if small.mode == "RGBA" else None)
        out = io.BytesIO()
        clean.save(out, "JPEG", quality=88, optimize=True)
    except Exception as exc:  # Pillow on hostile input may fail in many ways
        raise MediaError("This image could not be decoded for the page.") from exc
    return out.getvalue()


def _decode(data: bytes, max_px: int) -> Image.Image | None:
    """Decode the first frame, upright, or None when it is not a safely decodable image."""
    if not 1 <= max_px <= MAX_PREVIEW_PX:
        raise ValueError(f"max_px must be between 1 and {MAX_PREVIEW_PX}")
    try:
        # Pillow's own bomb check (Image.MAX_IMAGE_PIXELS) runs inside open(); ours below
        # applies to what will actually be decoded.
        image = Image.open(io.BytesIO(data), formats=PIL_FORMATS)
        if image.format == "JPEG":
            image.draft("RGB", (max_px, max_px))  # libjpeg scales by 1/2..1/8 while decoding
        width, height = image.size
        if width * height > MAX_DECODED_PIXELS:
            log.debug("preview refused: %dx%d pixels", width, height)
            return None
        image.load()
    except Exception as exc:  # Pillow on hostile input may fail in many ways
        log.debug("image not decodable: %s", type(exc).__name__)
        return None
    try:
        upright = ImageOps.exif_transpose(image)
    except Exception:  # a malformed EXIF block: show the pixels as stored
        return image
    return upright if upright is not None else image


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        image.mode == "P" and "transparency" in image.info
    )


def _fresh_copy(image: Image.Image, mode: str) -> Image.Image:
    """The pixels in a new image, so no ``info`` (EXIF, ICC, comments, text chunks) follows."""
    clean = Image.new(mode, image.size)
    clean.paste(image)
    return clean
