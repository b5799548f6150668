"""The LKj's narrative sections as the editor and the data checks see them."""

from __future__ import annotations

from dataclasses import dataclass

from sakip.lib.narasi import Temuan, periksa_narasi
from sakip.organisasi.models import Satker

from .kumpul import kumpul_lkj
from .teks import BagianNarasi, Penulis


@dataclass
class Narasi:
    """One editable section as the editor shows it."""

    bagian: BagianNarasi
    bawaan: str
    teks: str
    diubah: bool
    temuan: list[Temuan]


def narasi_laporan(satker: Satker, tahun: int) -> list[Narasi]:
    """Every section with its current text and the figures its data does not back."""
    data = kumpul_lkj(satker, tahun)
    penulis = Penulis(data)
    hasil = []
    for b in penulis.daftar():
        simpanan = data.narasi.get(b.kunci, "").strip()
        teks = simpanan or penulis.bawaan(b.kunci)
        temuan = periksa_narasi(simpanan, penulis.izin(b.kunci)) if simpanan else []
        hasil.append(Narasi(b, penulis.bawaan(b.kunci), teks, bool(simpanan), temuan))
    return hasil
