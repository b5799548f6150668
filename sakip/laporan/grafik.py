"""Charts drawn once with matplotlib, for the web (SVG) and the documents (SVG/PNG).

Every chart takes plain rows (the measurement table, the category spread, the budget
by type of spending, the months) and a format: 'svg' returns the markup for a page or
the PDF, 'png' returns bytes for the DOCX. Figures are sized for an A4 text column.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal

import matplotlib
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from sakip.lib.anggaran import NAMA_BULAN, kumulatif
from sakip.lib.capaian import nilai_huruf

BIRU, JINGGA, ABU = "#1f4e79", "#e8a33d", "#8c96a3"
WARNA_KATEGORI = ["#1b7f3b", "#2f6db3", "#d9a21b", "#e07b18", "#c0392b", "#7a7a7a"]
LEBAR_CM = 16.0

matplotlib.rcParams.update(
    {
        "font.family": "DejaVu Sans",
        "font.size": 8.5,
        "axes.titlesize": 9,
        "svg.hashsalt": "sakip",  # stable ids: the same data gives the same SVG
        "svg.fonttype": "path",
    }
)


def _fig(tinggi_cm: float, lebar_cm: float = LEBAR_CM) -> Figure:
    return Figure(figsize=(lebar_cm / 2.54, tinggi_cm / 2.54), dpi=100)


def _keluaran(fig: Figure, format: str) -> str | bytes:
    if format == "png":
        buf = io.BytesIO()
        fig.savefig(buf, format="png", bbox_inches="tight", dpi=200, metadata={"Software": None})
        return buf.getvalue()
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    teks = buf.getvalue()
    return teks[teks.index("<svg") :]


def _rapikan(ax) -> None:
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)


def _ribuan(x: float, _pos=None) -> str:
    return f"{x:,.0f}".replace(",", ".")


def _angka(nilai) -> float:
    """Chart coordinates only; every figure shown as text stays Decimal."""
    return float(nilai) if nilai is not None else 0.0


def grafik_target_realisasi(baris, format: str = "svg") -> str | bytes:
    """Grouped bars of target and realisasi per indicator (numbered as in the table)."""
    label = [str(i) for i in range(1, len(baris) + 1)]
    target = [_angka(nilai_huruf(b.target_huruf) if b.target_huruf else b.target) for b in baris]
    realisasi = [_angka(b.realisasi) for b in baris]
    fig = _fig(6.5)
    ax = fig.add_subplot()
    posisi = range(len(baris))
    ax.bar([p - 0.2 for p in posisi], target, width=0.4, label="Target", color=BIRU)
    ax.bar([p + 0.2 for p in posisi], realisasi, width=0.4, label="Realisasi", color=JINGGA)
    ax.set_xticks(list(posisi), label)
    ax.set_xlabel("Nomor indikator (sesuai tabel pengukuran kinerja)")
    ax.set_ylabel("Nilai")
    ax.set_ylim(0, max([*target, *realisasi, 1]) * 1.18)
    ax.legend(loc="upper center", ncols=2, frameon=False, bbox_to_anchor=(0.5, 1.12))
    _rapikan(ax)
    return _keluaran(fig, format)


def grafik_sebaran_kategori(sebaran: Sequence[tuple[str, int]], format: str = "svg"):
    """Horizontal bars: how many indicators fall in each category, best first."""
    label = [k for k, _ in sebaran]
    jumlah = [n for _, n in sebaran]
    fig = _fig(4.2 + 0.35 * len(label), 12.5)
    ax = fig.add_subplot()
    posisi = list(range(len(label)))[::-1]
    ax.barh(posisi, jumlah, color=WARNA_KATEGORI[: len(label)], height=0.6)
    ax.set_yticks(posisi, label)
    for p, n in zip(posisi, jumlah, strict=True):
        ax.text(n + 0.1, p, f"{n} indikator", va="center", fontsize=8)
    ax.set_xlim(0, max([*jumlah, 1]) * 1.35)
    ax.set_xlabel("Jumlah indikator")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    return _keluaran(fig, format)


def grafik_serapan_jenis(jenis, format: str = "svg") -> str | bytes:
    """Pagu and realisasi per type of spending, with the absorption percentage on top."""
    label = [j.uraian for j in jenis]
    pagu = [_angka(j.pagu) / 1e6 for j in jenis]
    realisasi = [_angka(j.realisasi) / 1e6 for j in jenis]
    fig = _fig(6.5)
    ax = fig.add_subplot()
    posisi = range(len(jenis))
    ax.bar([p - 0.2 for p in posisi], pagu, width=0.4, label="Pagu", color=BIRU)
    ax.bar([p + 0.2 for p in posisi], realisasi, width=0.4, label="Realisasi", color=JINGGA)
    for p, j, r in zip(posisi, jenis, realisasi, strict=True):
        if j.persen is not None:
            teks = f"{j.persen.quantize(Decimal('0.01'))} %".replace(".", ",")
            ax.text(p + 0.2, r, teks, ha="center", va="bottom", fontsize=7.5)
    ax.set_xticks(list(posisi), label)
    ax.set_ylabel("Juta rupiah")
    ax.yaxis.set_major_formatter(FuncFormatter(_ribuan))
    ax.set_ylim(0, max([*pagu, 1]) * 1.15)
    ax.legend(loc="upper right", frameon=False)
    _rapikan(ax)
    return _keluaran(fig, format)


def grafik_kumulatif_bulanan(bulanan, format: str = "svg") -> str | bytes:
    """Cumulative monthly spending against the cumulative RPD plan, in million rupiah."""
    realisasi = kumulatif({b.bulan: b.realisasi for b in bulanan})
    rencana = kumulatif({b.bulan: b.rencana for b in bulanan})
    bulan = list(range(1, 13))
    fig = _fig(6.5)
    ax = fig.add_subplot()
    if any(rencana.values()):
        ax.plot(
            bulan,
            [_angka(rencana[b]) / 1e6 for b in bulan],
            marker="o",
            ms=3,
            color=ABU,
            linestyle="--",
            label="Rencana (RPD)",
        )
    ax.plot(
        bulan,
        [_angka(realisasi[b]) / 1e6 for b in bulan],
        marker="o",
        ms=3,
        color=BIRU,
        label="Realisasi",
    )
    ax.set_xticks(bulan, [n[:3] for n in NAMA_BULAN])
    ax.set_ylabel("Juta rupiah (kumulatif)")
    ax.yaxis.set_major_formatter(FuncFormatter(_ribuan))
    ax.set_ylim(bottom=0)
    ax.legend(loc="upper left", frameon=False)
    _rapikan(ax)
    return _keluaran(fig, format)
