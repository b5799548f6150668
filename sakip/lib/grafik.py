"""Every chart of sakip, drawn with matplotlib: the same code for the pages and the documents.

Every chart takes plain rows (the measurement table, the category spread, the budget by
type of spending, the months) and a format: 'svg' returns the markup for a page or the
PDF, 'png' returns bytes for the DOCX. Figures are sized for an A4 text column, and
rupiah axes take their unit from the budget's total (satuan_rupiah), wherever drawn, so the
type-of-spending chart and the RPD chart of one budget say the same unit.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal

import matplotlib
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from sakip.lib.anggaran import NAMA_BULAN
from sakip.lib.skala import tingkat_posisi

BIRU, JINGGA, ABU = "#1f4e79", "#e8a33d", "#8c96a3"
# best band to worst; a scale of any length is spread over them (lib.skala.tingkat_posisi)
WARNA_KATEGORI = ["#1b7f3b", "#2f6db3", "#d9a21b", "#e07b18", "#c0392b"]
LEBAR_CM = 16.0
JUTA, MILIAR = Decimal(10) ** 6, Decimal(10) ** 9

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


def _angka(nilai) -> float:
    """Chart coordinates only; every figure shown as text stays Decimal."""
    return float(nilai) if nilai is not None else 0.0


def grafik_target_realisasi(baris, format: str = "svg") -> str | bytes:
    """Grouped bars of target and realisasi per indicator (numbered as in the table)."""
    label = [str(i) for i in range(1, len(baris) + 1)]
    target = [_angka(b.target_angka) for b in baris]
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
    return _keluaran(fig, format)


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


def grafik_serapan_jenis(jenis, format: str = "svg") -> str | bytes:
    """Pagu and realisasi per type of spending, with the absorption percentage on top."""
    # one unit for every chart of a budget: from its total, as the RPD chart's cumulative top
    pembagi, satuan = satuan_rupiah(sum((j.pagu or 0 for j in jenis), Decimal(0)))
    label = [j.uraian for j in jenis]
    pagu = [_angka(j.pagu) / float(pembagi) for j in jenis]
    realisasi = [_angka(j.realisasi) / float(pembagi) for j in jenis]
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
    ax.set_ylabel(satuan)
    ax.yaxis.set_major_formatter(FuncFormatter(_ribuan_desimal))
    ax.set_ylim(0, max([*pagu, 1e-9]) * 1.15)
    ax.legend(loc="upper right", frameon=False)
    _rapikan(ax)
    return _keluaran(fig, format)


def grafik_rpd(bulanan, format: str = "svg") -> str | bytes:
    """Cumulative realisation against the cumulative RPD plan (lines) and each month's deviation
    (bars), from the budget summary's month rows; the budget page and the LKj draw this one."""
    pembagi, satuan = satuan_rupiah(
        max([b.rencana_kumulatif for b in bulanan] + [b.realisasi_kumulatif for b in bulanan] + [0])
    )
    label = [NAMA_BULAN[b.bulan - 1][:3] for b in bulanan]
    posisi = list(range(len(bulanan)))
    fig = _fig(7.5)
    ax = fig.add_subplot()
    if any(b.rencana for b in bulanan):
        ax.plot(
            posisi,
            [_angka(b.rencana_kumulatif) / float(pembagi) for b in bulanan],
            "--o",
            color=ABU,
            label="RPD kumulatif",
            markersize=3,
        )
    ax.plot(
        posisi,
        [_angka(b.realisasi_kumulatif) / float(pembagi) for b in bulanan],
        "-o",
        color=BIRU,
        label="Realisasi kumulatif",
        markersize=3,
    )
    ax.set_ylabel(f"{satuan} (kumulatif)")
    ax.yaxis.set_major_formatter(FuncFormatter(_ribuan_desimal))
    ax.set_xticks(posisi, label)
    ax.set_ylim(bottom=0)
    ax.grid(axis="y", alpha=0.3)
    ax.spines[["top"]].set_visible(False)
    kanan = ax.twinx()
    kanan.bar(
        posisi,
        [_angka(b.deviasi) for b in bulanan],
        width=0.5,
        color=JINGGA,
        alpha=0.45,
        label="Deviasi bulanan (%)",
    )
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
    return _keluaran(fig, format)
