"""The pohon kinerja (performance tree) drawn as SVG from plain nodes, readable on a phone.

    svg = svg_pohon([Simpul("Sasaran 1 ...", "sasaran", [Simpul("Indikator 1.1 ...", ...)])])

The tree is laid out top to bottom, one node per row, each level indented and joined to
its parent by an elbow line (the layout of a file tree): it needs no horizontal scrolling,
so it reads on a 360 px phone screen as well as on paper. Long texts wrap inside their
box. Pure: no Django; text is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from textwrap import wrap
from xml.sax.saxutils import escape

WARNA = {
    "akar": ("#0b3d5c", "#ffffff"),
    "sasaran": ("#14618f", "#ffffff"),
    "kegiatan": ("#3f88b5", "#ffffff"),
    "indikator": ("#e8f1f7", "#10222e"),
    "unit": ("#f5f5f5", "#333333"),
    "masalah": ("#fdecea", "#8a1c12"),
}
INDEN = 22
TINGGI_BARIS = 17
PADDING = 7
JARAK = 8
HURUF_PER_PX = 1 / 6.6  # mean glyph width at 12 px sans-serif


@dataclass
class Simpul:
    teks: str
    jenis: str = "indikator"
    anak: list[Simpul] = field(default_factory=list)
    catatan: str = ""  # a second, smaller line (e.g. the PIC names)


def _baris(teks: str, lebar_px: float) -> list[str]:
    n = max(12, int(lebar_px * HURUF_PER_PX))
    return wrap(teks, n) or [""]


def svg_pohon(akar: list[Simpul], lebar: int = 640, judul: str = "Pohon kinerja") -> str:
    """The SVG text of the tree; `lebar` is the drawing's width in px (it scales to fit)."""
    bagian: list[str] = []
    y = JARAK

    def gambar(s: Simpul, tingkat: int, induk_x: float | None, induk_y: float | None) -> None:
        nonlocal y
        x = JARAK + tingkat * INDEN
        w = lebar - x - JARAK
        baris = _baris(s.teks, w - 2 * PADDING)
        catatan = _baris(s.catatan, w - 2 * PADDING) if s.catatan else []
        h = 2 * PADDING + TINGGI_BARIS * len(baris) + (TINGGI_BARIS - 2) * len(catatan)
        latar, tulisan = WARNA.get(s.jenis, WARNA["indikator"])
        if induk_x is not None:
            bagian.append(
                f'<path d="M{induk_x:.0f} {induk_y:.0f} V{y + h / 2:.0f} H{x}" '
                'fill="none" stroke="#8aa4b5" stroke-width="1.5"/>'
            )
        bagian.append(
            f'<g class="simpul simpul-{escape(s.jenis)}"><rect x="{x}" y="{y}" width="{w}" '
            f'height="{h}" rx="5" fill="{latar}" stroke="#8aa4b5"/>'
        )
        ty = y + PADDING + 12
        for b in baris:
            bagian.append(
                f'<text x="{x + PADDING}" y="{ty}" font-size="12" fill="{tulisan}">{escape(b)}</text>'
            )
            ty += TINGGI_BARIS
        for b in catatan:
            bagian.append(
                f'<text x="{x + PADDING}" y="{ty - 2}" font-size="10.5" fill="{tulisan}" '
                f'opacity="0.8">{escape(b)}</text>'
            )
            ty += TINGGI_BARIS - 2
        bagian.append("</g>")
        sx, sy = x + INDEN / 2, y + h
        y += h + JARAK
        for a in s.anak:
            gambar(a, tingkat + 1, sx, sy)

    for s in akar:
        gambar(s, 0, None, None)
    tinggi = max(y, 2 * JARAK)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {lebar} {tinggi}" '
        f'width="{lebar}" height="{tinggi}" role="img" aria-label="{escape(judul)}" '
        'font-family="DejaVu Sans, Arial, sans-serif">'
        f"<title>{escape(judul)}</title>" + "".join(bagian) + "</svg>"
    )
