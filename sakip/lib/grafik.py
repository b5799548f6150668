"""Every chart of sakip, drawn with matplotlib: the same code for the pages and the documents.

Every chart takes plain rows (the measurement table, the category spread, the budget by
type of spending, the months) and a format: 'svg' returns the markup for a page or the
PDF, 'png' returns bytes for the DOCX. One size rule for web and documents: a chart is
drawn at its size on an A4 text column (UKURAN_CM) and scaled to the width it is shown at
(the page CSS and the print CSS both set width 100 %). Rupiah axes take their unit from
the budget's total (satuan_rupiah), wherever drawn, so every chart of one budget says
the same unit.

Drawn once per data: each chart first reduces its rows to the plain values it draws
(labels, numbers, the unit), and the SHA-256 of those values, the chart's name, the format
and VERSI is the key in `simpanan`, any object with get(key) and set(key, value) (the
callers pass Django's cache). On a hit matplotlib is not called, nor even imported:
LUKISAN counts the drawings of this process, for the tests. SVG text stays text
(svg.fonttype "none"): a few hundred nodes instead of every glyph as a path.
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Protocol

from sakip.lib.anggaran import NAMA_BULAN
from sakip.lib.skala import tingkat_posisi

BIRU, JINGGA, ABU = "#1f4e79", "#e8a33d", "#8c96a3"
# best band to worst; a scale of any length is spread over them (lib.skala.tingkat_posisi)
WARNA_KATEGORI = ["#1b7f3b", "#2f6db3", "#d9a21b", "#e07b18", "#c0392b"]
LEBAR_CM = 16.0
# (width, height) in cm of each chart, for the page and the documents alike
UKURAN_CM = {
    "target_realisasi": (LEBAR_CM, 6.5),
    "serapan_jenis": (LEBAR_CM, 6.5),
    "rpd": (LEBAR_CM, 7.5),
}
JUTA, MILIAR = Decimal(10) ** 6, Decimal(10) ** 9
VERSI = "3"  # bump when a drawing changes, so cached charts are drawn again
RC = {
    "font.family": "DejaVu Sans",
    "font.size": 8.5,
    "axes.titlesize": 9,
    "svg.hashsalt": "sakip",  # stable ids: the same data gives the same SVG
    "svg.fonttype": "none",  # text as <text>, not glyph paths
}

LUKISAN = 0  # drawings made by this process (a cache hit adds none)
_kunci_mpl = threading.Lock()
_mpl_siap = False


class Simpanan(Protocol):
    def get(self, key: str): ...
    def set(self, key: str, value, timeout=None): ...


def _mpl():
    """matplotlib, imported on the first drawing only (commands that draw nothing skip it)."""
    global _mpl_siap
    import matplotlib

    if not _mpl_siap:
        with _kunci_mpl:
            matplotlib.rcParams.update(RC)
            _mpl_siap = True
    return matplotlib


def _fig(tinggi_cm: float, lebar_cm: float = LEBAR_CM):
    _mpl()
    from matplotlib.figure import Figure

    return Figure(figsize=(lebar_cm / 2.54, tinggi_cm / 2.54), dpi=100)


def _keluaran(fig, format: str) -> str | bytes:
    if format == "png":
        buf = io.BytesIO()
        fig.savefig(buf, format="png", bbox_inches="tight", dpi=200, metadata={"Software": None})
        return _tanpa_alfa(buf.getvalue())
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    teks = buf.getvalue()
    return teks[teks.index("<svg") :]


def _tanpa_alfa(png: bytes) -> bytes:
    """The PNG without its alpha channel (matplotlib writes RGBA; a chart is opaque, on
    white): a PDF then embeds one colour image, without a second image as its mask."""
    from PIL import Image

    keluar = io.BytesIO()
    Image.open(io.BytesIO(png)).convert("RGB").save(keluar, format="PNG", dpi=(200, 200))
    return keluar.getvalue()


def _gambar(
    nama: str, nilai: tuple, format: str, simpanan: Simpanan | None, lukis: Callable
) -> str | bytes:
    """The chart `nama` of these plain values: from `simpanan` when drawn before, else drawn."""
    if format not in ("svg", "png"):
        raise ValueError(f"format grafik '{format}' tidak dikenal (svg atau png)")
    return tersimpan(nama, nilai, format, simpanan, lambda: _keluaran(lukis(*nilai), format))


def tersimpan(
    nama: str, nilai: tuple, format: str, simpanan: Simpanan | None, lukis: Callable[[], object]
):
    """What `lukis()` draws of these plain values, from `simpanan` when drawn before: the
    rule of every chart (see the module), also for other drawings (the pohon kinerja's PNG)."""
    global LUKISAN
    kunci = None
    if simpanan is not None:
        kunci = "grafik:" + hashlib.sha256(repr((VERSI, nama, format, nilai)).encode()).hexdigest()
        ada = simpanan.get(kunci)
        if ada is not None:
            return ada
    LUKISAN += 1
    hasil = lukis()
    if simpanan is not None:
        simpanan.set(kunci, hasil, None)
    return hasil


def _rapikan(ax) -> None:
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)


def _angka(nilai) -> float:
    """Chart coordinates only; every figure shown as text stays Decimal."""
    return float(nilai) if nilai is not None else 0.0


def grafik_target_realisasi(baris, format: str = "svg", simpanan: Simpanan | None = None):
    """Grouped bars of target and realisasi per indicator (numbered as in the table)."""
    nilai = (
        tuple(_angka(b.target_angka) for b in baris),
        tuple(_angka(b.realisasi) for b in baris),
    )
    return _gambar("target_realisasi", nilai, format, simpanan, _lukis_target_realisasi)


def _lukis_target_realisasi(target, realisasi):
    label = [str(i) for i in range(1, len(target) + 1)]
    fig = _fig(*UKURAN_CM["target_realisasi"][::-1])
    ax = fig.add_subplot()
    posisi = range(len(target))
    ax.bar([p - 0.2 for p in posisi], target, width=0.4, label="Target", color=BIRU)
    ax.bar([p + 0.2 for p in posisi], realisasi, width=0.4, label="Realisasi", color=JINGGA)
    ax.set_xticks(list(posisi), label)
    ax.set_xlabel("Nomor indikator (sesuai tabel pengukuran kinerja)")
    ax.set_ylabel("Nilai")
    ax.set_ylim(0, max([*target, *realisasi, 1]) * 1.18)
    ax.legend(loc="upper center", ncols=2, frameon=False, bbox_to_anchor=(0.5, 1.12))
    _rapikan(ax)
    return fig


def ukuran_sebaran(jumlah_kategori: int) -> tuple[float, float]:
    """(width, height) in cm of the category chart: a row per category."""
    return 12.5, 4.2 + 0.35 * jumlah_kategori


def grafik_sebaran_kategori(
    sebaran: Sequence[tuple[str, int]], format: str = "svg", simpanan: Simpanan | None = None
):
    """Horizontal bars: how many indicators fall in each category, best first."""
    nilai = (tuple(str(k) for k, _ in sebaran), tuple(int(n) for _, n in sebaran))
    return _gambar("sebaran_kategori", nilai, format, simpanan, _lukis_sebaran)


def _lukis_sebaran(label, jumlah):
    lebar, tinggi = ukuran_sebaran(len(label))
    fig = _fig(tinggi, lebar)
    ax = fig.add_subplot()
    posisi = list(range(len(label)))[::-1]
    warna = [
        WARNA_KATEGORI[tingkat_posisi(i, len(label), len(WARNA_KATEGORI))] for i in posisi[::-1]
    ]
    ax.barh(posisi, jumlah, color=warna, height=0.6)
    ax.set_yticks(posisi, label)
    for p, n in zip(posisi, jumlah, strict=True):
        ax.text(n + 0.1, p, f"{n} indikator", va="center", fontsize=8)
    ax.set_xlim(0, max([*jumlah, 1]) * 1.35)
    ax.set_xlabel("Jumlah indikator")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def satuan_rupiah(terbesar) -> tuple[Decimal, str]:
    """The divisor and axis label of a rupiah chart: miliar from 1 miliar up, else juta."""
    terbesar = Decimal(terbesar or 0)
    if abs(terbesar) >= MILIAR:
        return MILIAR, "Miliar rupiah"
    if abs(terbesar) >= JUTA:
        return JUTA, "Juta rupiah"
    return Decimal(1), "Rupiah"


def _ribuan_desimal(x: float, _pos=None) -> str:
    """Axis ticks in Indonesian notation: 1.234,5."""
    teks = f"{x:,.1f}" if abs(x) < 10 and x != int(x) else f"{x:,.0f}"
    return teks.replace(",", "_").replace(".", ",").replace("_", ".")


def grafik_serapan_jenis(jenis, format: str = "svg", simpanan: Simpanan | None = None):
    """Pagu and realisasi per type of spending, with the absorption percentage on top."""
    # one unit for every chart of a budget: from its total, as the RPD chart's cumulative top
    pembagi, satuan = satuan_rupiah(sum((j.pagu or 0 for j in jenis), Decimal(0)))
    nilai = (
        tuple(str(j.uraian) for j in jenis),
        tuple(_angka(j.pagu) / float(pembagi) for j in jenis),
        tuple(_angka(j.realisasi) / float(pembagi) for j in jenis),
        tuple(
            None
            if j.persen is None
            else f"{j.persen.quantize(Decimal('0.01'))} %".replace(".", ",")
            for j in jenis
        ),
        satuan,
    )
    return _gambar("serapan_jenis", nilai, format, simpanan, _lukis_serapan)


def _lukis_serapan(label, pagu, realisasi, persen, satuan):
    from matplotlib.ticker import FuncFormatter

    fig = _fig(*UKURAN_CM["serapan_jenis"][::-1])
    ax = fig.add_subplot()
    posisi = range(len(label))
    ax.bar([p - 0.2 for p in posisi], pagu, width=0.4, label="Pagu", color=BIRU)
    ax.bar([p + 0.2 for p in posisi], realisasi, width=0.4, label="Realisasi", color=JINGGA)
    for p, teks, r in zip(posisi, persen, realisasi, strict=True):
        if teks is not None:
            ax.text(p + 0.2, r, teks, ha="center", va="bottom", fontsize=7.5)
    ax.set_xticks(list(posisi), label)
    ax.set_ylabel(satuan)
    ax.yaxis.set_major_formatter(FuncFormatter(_ribuan_desimal))
    ax.set_ylim(0, max([*pagu, 1e-9]) * 1.15)
    ax.legend(loc="upper right", frameon=False)
    _rapikan(ax)
    return fig


def grafik_rpd(bulanan, format: str = "svg", simpanan: Simpanan | None = None):
    """Cumulative realisation against the cumulative RPD plan (lines) and each month's deviation
    (bars), from the budget summary's month rows; the budget page and the LKj draw this one."""
    pembagi, satuan = satuan_rupiah(
        max([b.rencana_kumulatif for b in bulanan] + [b.realisasi_kumulatif for b in bulanan] + [0])
    )
    nilai = (
        tuple(NAMA_BULAN[b.bulan - 1][:3] for b in bulanan),
        tuple(_angka(b.rencana_kumulatif) / float(pembagi) for b in bulanan)
        if any(b.rencana for b in bulanan)
        else None,
        tuple(_angka(b.realisasi_kumulatif) / float(pembagi) for b in bulanan),
        tuple(_angka(b.deviasi) for b in bulanan),
        satuan,
    )
    return _gambar("rpd", nilai, format, simpanan, _lukis_rpd)


def _lukis_rpd(label, rencana, realisasi, deviasi, satuan):
    from matplotlib.ticker import FuncFormatter

    posisi = list(range(len(label)))
    fig = _fig(*UKURAN_CM["rpd"][::-1])
    ax = fig.add_subplot()
    if rencana is not None:
        ax.plot(posisi, rencana, "--o", color=ABU, label="RPD kumulatif", markersize=3)
    ax.plot(posisi, realisasi, "-o", color=BIRU, label="Realisasi kumulatif", markersize=3)
    ax.set_ylabel(f"{satuan} (kumulatif)")
    ax.yaxis.set_major_formatter(FuncFormatter(_ribuan_desimal))
    ax.set_xticks(posisi, label)
    ax.set_ylim(bottom=0)
    ax.grid(axis="y", alpha=0.3)
    ax.spines[["top"]].set_visible(False)
    kanan = ax.twinx()
    kanan.bar(posisi, deviasi, width=0.5, color=JINGGA, alpha=0.45, label="Deviasi bulanan (%)")
    kanan.set_ylabel("Deviasi (%)")
    kanan.set_ylim(bottom=0)
    kanan.spines[["top"]].set_visible(False)
    garis, nama = ax.get_legend_handles_labels()
    garis2, nama2 = kanan.get_legend_handles_labels()
    fig.legend(
        garis + garis2,
        nama + nama2,
        loc="lower center",
        ncol=3,
        frameon=False,
        fontsize=8,
        bbox_to_anchor=(0.5, -0.02),
    )
    fig.subplots_adjust(bottom=0.22)
    ax.set_zorder(kanan.get_zorder() + 1)
    ax.patch.set_visible(False)
    return fig


# -- IKPA: nilai akhir at the end of each month ----------------------------------------------


def grafik_ikpa(bulanan, format: str = "svg", simpanan: Simpanan | None = None):
    """The IKPA nilai akhir month by month, with the category bounds 95 / 89 / 70 as lines;
    `bulanan` is [(month, value or None), …]."""
    nilai = (tuple((int(b), _angka(v)) for b, v in bulanan if v is not None),)
    return _gambar("ikpa", nilai, format, simpanan, _lukis_ikpa)


def _lukis_ikpa(titik):
    fig = _fig(6.0)
    ax = fig.add_subplot()
    ax.plot(
        [b for b, _ in titik],
        [v for _, v in titik],
        "-o",
        color=BIRU,
        markersize=3,
        label="Nilai akhir IKPA",
    )
    for batas, nama in ((95, "Sangat Baik"), (89, "Baik"), (70, "Cukup")):
        ax.axhline(batas, color=ABU, linestyle=":", linewidth=0.8)
        ax.text(12.4, batas, nama, fontsize=7, va="center", color=ABU)
    ax.set_xticks(range(1, 13), [NAMA_BULAN[b - 1][:3] for b in range(1, 13)])
    ax.set_ylim(min([60.0] + [v - 5 for _, v in titik]), 105)
    ax.set_xlim(0.5, 13.5)
    _rapikan(ax)
    return fig
