"""The app icon, drawn with Pillow at build time (no binary art in the repository).

A dark blue rounded square holding a white page with text lines and a green seal: "a document
that has been checked". ``write_icons(folder)`` writes ``evidence-app-<size>.png`` for the
freedesktop icon theme sizes, ``evidence-app.ico`` (Windows) and ``evidence-app.icns`` (macOS)
and returns their paths. The same input always gives the same bytes, so rebuilds are reproducible.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
_CANVAS = 1024
_BLUE = (31, 58, 95, 255)
_PAGE = (250, 250, 247, 255)
_LINES = (150, 160, 175, 255)
_SEAL = (46, 139, 87, 255)


def draw(size: int = _CANVAS) -> Image.Image:
    """Return the icon as an RGBA image of ``size`` x ``size`` pixels."""
    big = Image.new("RGBA", (_CANVAS, _CANVAS), (0, 0, 0, 0))
    pen = ImageDraw.Draw(big)
    pen.rounded_rectangle((48, 48, 976, 976), radius=180, fill=_BLUE)
    # The page, with a folded corner.
    pen.polygon([(272, 168), (640, 168), (752, 280), (752, 856), (272, 856)], fill=_PAGE)
    pen.polygon([(640, 168), (640, 280), (752, 280)], fill=_LINES)
    for top in range(330, 650, 80):
        pen.rounded_rectangle((336, top, 688, top + 28), radius=14, fill=_LINES)
    # The seal, with a check mark.
    pen.ellipse((560, 600, 840, 880), fill=_SEAL, outline=_BLUE, width=24)
    pen.line([(622, 744), (684, 806), (784, 678)], fill=_PAGE, width=44, joint="curve")
    return big.resize((size, size), Image.Resampling.LANCZOS)


def write_icons(folder: Path) -> dict[str, Path]:
    """Write every icon file into ``folder``; return them by kind (``png256``, ``ico``...)."""
    folder.mkdir(parents=True, exist_ok=True)
    master = draw()
    written: dict[str, Path] = {}
    for size in PNG_SIZES:
        path = folder / f"evidence-app-{size}.png"
        master.resize((size, size), Image.Resampling.LANCZOS).save(path, optimize=True)
        written[f"png{size}"] = path
    ico = folder / "evidence-app.ico"
    master.save(ico, sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    written["ico"] = ico
    icns = folder / "evidence-app.icns"
    master.save(icns)
    written["icns"] = icns
    return written


if __name__ == "__main__":  # pragma: no cover
    import sys

    for kind, path in write_icons(Path(sys.argv[1] if len(sys.argv) > 1 else "icons")).items():
        print(kind, path)
