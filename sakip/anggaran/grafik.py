"""The monthly chart of cumulative realisation against the RPD plan, drawn with matplotlib."""

from __future__ import annotations

import io
from decimal import Decimal

from matplotlib.figure import Figure

from sakip.lib.anggaran import NAMA_BULAN

from .ringkasan import BarisBulan

MILIAR = Decimal(10) ** 9
BIRU, JINGGA, ABU = "#1f4e79", "#e8a33d", "#8a8f98"


def _miliar(nilai: Decimal) -> float:
    """Chart coordinates only; every figure shown as text stays Decimal."""
    return float(nilai / MILIAR)


def grafik_rpd(bulanan: list[BarisBulan]) -> str:
    """SVG: cumulative realisation and RPD (lines) and each month's deviation (bars)."""
    label = [NAMA_BULAN[b.bulan - 1][:3] for b in bulanan]
    posisi = list(range(len(bulanan)))
    fig = Figure(figsize=(8, 3.4), dpi=100)
    ax = fig.add_subplot()
    ax.plot(
        posisi,
        [_miliar(b.rencana_kumulatif) for b in bulanan],
        "--o",
        color=ABU,
        label="RPD kumulatif",
        markersize=3,
    )
    ax.plot(
        posisi,
        [_miliar(b.realisasi_kumulatif) for b in bulanan],
        "-o",
        color=BIRU,
        label="Realisasi kumulatif",
        markersize=3,
    )
    ax.set_ylabel("Miliar rupiah")
    ax.set_xticks(posisi, label)
    ax.set_ylim(bottom=0)
    ax.grid(axis="y", alpha=0.3)
    ax.spines[["top"]].set_visible(False)
    kanan = ax.twinx()
    kanan.bar(
        posisi,
        [float(b.deviasi) if b.deviasi is not None else 0.0 for b in bulanan],
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
    fig.subplots_adjust(bottom=0.2)
    ax.set_zorder(kanan.get_zorder() + 1)
    ax.patch.set_visible(False)
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    teks = buf.getvalue()
    return teks[teks.index("<svg") :]
