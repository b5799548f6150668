"""The pohon kinerja (performance tree) drawn as SVG from plain nodes, readable on a phone.

    svg = svg_pohon([Simpul("Sasaran 1 ...", "sasaran", [Simpul("Indikator 1.1 ...", ...)])])

The tree is laid out top to bottom, one node per row, each level indented and joined to
its parent by an elbow line (the layout of a file tree): it needs no horizontal scrolling,
so it reads on a 360 px phone screen as well as on paper. Long texts wrap inside their
box. Pure: no Django; text is escaped.

A paged document (the LKj's PDF, sakip.laporan.pdf) lays the nodes out itself as boxes in
the WARNA colours, so the tree wraps to the page and runs on over pages (a drawing taller
than a page would be cut off).
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


@dataclass(frozen=True)
class Kotak:
    """A node placed: box (x, y, w, h) in px, its wrapped lines, and the elbow to its parent."""

    x: float
    y: float
    w: float
    h: float
    jenis: str
    baris: tuple[str, ...]
    catatan: tuple[str, ...]
    garis: tuple[float, float] | None  # (x, y) of the parent's elbow start


def tata_letak(akar: list[Simpul], lebar: int) -> tuple[list[Kotak], float]:
    """Place every node, one per row, indented by level; returns the boxes and the height."""
    kotak: list[Kotak] = []
    y = float(JARAK)

    def taruh(s: Simpul, tingkat: int, induk: tuple[float, float] | None) -> None:
        nonlocal y
        x = JARAK + tingkat * INDEN
        w = lebar - x - JARAK
        baris = tuple(_baris(s.teks, w - 2 * PADDING))
        catatan = tuple(_baris(s.catatan, w - 2 * PADDING)) if s.catatan else ()
        h = 2 * PADDING + TINGGI_BARIS * len(baris) + (TINGGI_BARIS - 2) * len(catatan)
        kotak.append(Kotak(x, y, w, h, s.jenis, baris, catatan, induk))
        siku = (x + INDEN / 2, y + h)
        y += h + JARAK
        for a in s.anak:
            taruh(a, tingkat + 1, siku)

    for s in akar:
        taruh(s, 0, None)
    return kotak, max(y, 2.0 * JARAK)


def svg_pohon(akar: list[Simpul], lebar: int = 640, judul: str = "Pohon kinerja") -> str:
    """The SVG text of the tree; `lebar` is the drawing's width in px (it scales to fit)."""
    kotak, tinggi = tata_letak(akar, lebar)
    bagian: list[str] = []
    for k in kotak:
        if k.garis is not None:
            bagian.append(
                f'<path d="M{k.garis[0]:.0f} {k.garis[1]:.0f} V{k.y + k.h / 2:.0f} H{k.x}" '
                'fill="none" stroke="#8aa4b5" stroke-width="1.5"/>'
            )
    for k in kotak:
        latar, tulisan = WARNA.get(k.jenis, WARNA["indikator"])
        bagian.append(
            f'<g class="simpul simpul-{escape(k.jenis)}"><rect x="{k.x}" y="{k.y}" '
            f'width="{k.w}" height="{k.h}" rx="5" fill="{latar}" stroke="#8aa4b5"/>'
        )
        ty = k.y + PADDING + 12
        for b in k.baris:
            bagian.append(
                f'<text x="{k.x + PADDING}" y="{ty}" font-size="12" fill="{tulisan}">'
                f"{escape(b)}</text>"
            )
            ty += TINGGI_BARIS
        for b in k.catatan:
            bagian.append(
                f'<text x="{k.x + PADDING}" y="{ty - 2}" font-size="10.5" fill="{tulisan}" '
                f'opacity="0.8">{escape(b)}</text>'
            )
            ty += TINGGI_BARIS - 2
        bagian.append("</g>")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {lebar} {tinggi:.0f}" '
        f'width="{lebar}" height="{tinggi:.0f}" role="img" aria-label="{escape(judul)}" '
        'font-family="DejaVu Sans, Arial, sans-serif">'
        f"<title>{escape(judul)}</title>" + "".join(bagian) + "</svg>"
    )


def png_pohon(akar: list[Simpul], lebar: int = 640, dpi: int = 200) -> bytes:
    """The same drawing as PNG (for DOCX), with matplotlib at the same coordinates; the LKj
    keeps it with its charts (grafik.tersimpan): bump grafik.VERSI when the drawing changes."""
    import io

    from matplotlib.figure import Figure
    from matplotlib.patches import FancyBboxPatch

    kotak, tinggi = tata_letak(akar, lebar)
    fig = Figure(figsize=(lebar / 96, tinggi / 96), dpi=dpi)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, lebar)
    ax.set_ylim(tinggi, 0)
    ax.axis("off")
    pt = 72 / 96  # px to points
    for k in kotak:
        if k.garis is not None:
            gx, gy = k.garis
            ax.plot([gx, gx, k.x], [gy, k.y + k.h / 2, k.y + k.h / 2], color="#8aa4b5", lw=1.1)
    for k in kotak:
        latar, tulisan = WARNA.get(k.jenis, WARNA["indikator"])
        ax.add_patch(
            FancyBboxPatch(
                (k.x, k.y),
                k.w,
                k.h,
                boxstyle="round,pad=0,rounding_size=5",
                facecolor=latar,
                edgecolor="#8aa4b5",
                lw=0.8,
            )
        )
        ty = k.y + PADDING + 12
        for b in k.baris:
            ax.text(k.x + PADDING, ty, b, fontsize=12 * pt, color=tulisan, va="baseline")
            ty += TINGGI_BARIS
        for b in k.catatan:
            ax.text(k.x + PADDING, ty - 2, b, fontsize=10.5 * pt, color=tulisan, va="baseline")
            ty += TINGGI_BARIS - 2
    keluar = io.BytesIO()
    fig.savefig(keluar, format="png", dpi=dpi)
    return keluar.getvalue()
