"""Charts drawn once with matplotlib, for the web (SVG) and the documents (SVG/PNG)."""

from __future__ import annotations

import io

from matplotlib.figure import Figure

from sakip.lib.capaian import nilai_huruf

BIRU, JINGGA = "#1f4e79", "#e8a33d"


def _svg(fig: Figure) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    teks = buf.getvalue()
    return teks[teks.index("<svg") :]


def grafik_target_realisasi(baris, format: str = "svg") -> str | bytes:
    """Grouped bars of target and realisasi per indicator (numbered as in the table)."""
    label = [str(i) for i in range(1, len(baris) + 1)]
    target = [_angka(nilai_huruf(b.target_huruf) if b.target_huruf else b.target) for b in baris]
    realisasi = [_angka(b.realisasi) for b in baris]
    fig = Figure(figsize=(8, 3.2), dpi=100)
    ax = fig.add_subplot()
    posisi = range(len(baris))
    ax.bar([p - 0.2 for p in posisi], target, width=0.4, label="Target", color=BIRU)
    ax.bar([p + 0.2 for p in posisi], realisasi, width=0.4, label="Realisasi", color=JINGGA)
    ax.set_xticks(list(posisi), label)
    ax.set_xlabel("Nomor indikator")
    ax.set_ylabel("Nilai")
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", alpha=0.3)
    if format == "png":
        buf = io.BytesIO()
        fig.savefig(buf, format="png", bbox_inches="tight", dpi=200)
        return buf.getvalue()
    return _svg(fig)


def _angka(nilai) -> float:
    """Chart coordinates only; every figure shown as text stays Decimal."""
    return float(nilai) if nilai is not None else 0.0
