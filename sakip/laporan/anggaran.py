"""The budget facts of an LKj (BAB III B and the efficiency analysis): sakip.anggaran's own.

The budget app computes every figure once (ringkasan, anggaran_per_sasaran) as plain data;
the report takes it as it is, so the page, the command and the LKj cannot disagree.
"""

from __future__ import annotations

from sakip.anggaran.ringkasan import AnggaranSasaran, DipaTidakAda, Ringkasan, ringkasan
from sakip.anggaran.ringkasan import anggaran_per_sasaran as _per_sasaran
from sakip.organisasi.models import Satker

DataAnggaran = Ringkasan  # the name the report's data tree uses for it

__all__ = ["AnggaranSasaran", "DataAnggaran", "anggaran_per_sasaran", "kumpul_anggaran"]


def kumpul_anggaran(satker: Satker, tahun: int) -> Ringkasan | None:
    """The year's budget, or None when no DIPA (or no line of it) has been imported."""
    try:
        r = ringkasan(None, satker, tahun)
    except DipaTidakAda:
        return None
    return r if r.jenis else None


def anggaran_per_sasaran(
    satker: Satker, tahun: int, sasaran_ids: list[int]
) -> dict[int, AnggaranSasaran]:
    """Budget linked to each of these sasaran (empty when nothing is linked or no DIPA)."""
    return {i: a for i, a in _per_sasaran(None, satker, tahun).items() if i in sasaran_ids}
