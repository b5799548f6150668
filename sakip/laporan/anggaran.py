"""The budget facts of an LKj (BAB III B and the efficiency analysis), from sakip.anggaran.

The budget app computes every figure (ringkasan, anggaran_per_sasaran); this module only
copies them into plain data the report can store as JSON, without model instances.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sakip.anggaran.ringkasan import (
    Angka,
    BarisBulan,
    BarisKelompok,
    BarisRO,
    DipaTidakAda,
    ringkasan,
)
from sakip.anggaran.ringkasan import (
    anggaran_per_sasaran as _per_sasaran,
)
from sakip.lib.anggaran import persen_penyerapan
from sakip.organisasi.models import Satker


@dataclass
class DataAnggaran:
    """The DIPA of the year as the LKj reports it: pagu of the latest revision vs spending."""

    revisi: int
    sampai_bulan: int
    total: Angka
    kategori: str | None
    jenis: list[BarisKelompok]
    program: list[BarisKelompok]
    kegiatan: list[BarisKelompok]
    ro: list[BarisRO]
    bulanan: list[BarisBulan]

    @property
    def pagu(self) -> Decimal:
        return self.total.pagu

    @property
    def realisasi(self) -> Decimal:
        return self.total.realisasi

    @property
    def sisa(self) -> Decimal:
        return self.total.sisa

    @property
    def persen(self) -> Decimal | None:
        return self.total.persen


@dataclass
class AnggaranSasaran:
    """The budget linked to one sasaran, and the kegiatan/RO that make it up."""

    kode: list[str]
    kegiatan: list[str] = field(default_factory=list)
    pagu: Decimal = Decimal(0)
    realisasi: Decimal = Decimal(0)

    @property
    def persen(self) -> Decimal | None:
        return persen_penyerapan(self.realisasi, self.pagu)


def kumpul_anggaran(satker: Satker, tahun: int) -> DataAnggaran | None:
    """The year's budget facts, or None when no DIPA has been imported."""
    try:
        r = ringkasan(None, satker, tahun)
    except DipaTidakAda:
        return None
    if not r.jenis_belanja:
        return None
    return DataAnggaran(
        revisi=r.jumlah_revisi,
        sampai_bulan=r.sampai_bulan,
        total=Angka(r.total.pagu, r.total.realisasi),
        kategori=r.kategori,
        jenis=r.jenis_belanja,
        program=r.program,
        kegiatan=r.kegiatan,
        ro=r.ro,
        bulanan=r.bulanan,
    )


def _nama_kode(kode: str, data: DataAnggaran | None) -> str:
    """'6709' or '6709.QGE.001' with its name from the DIPA, as the LKj lists it."""
    if data is not None:
        for k in data.kegiatan:
            if k.kode.endswith("." + kode):
                return f"Kegiatan {kode} {k.uraian}".strip()
        for ro in data.ro:
            if ro.kode.endswith("." + kode):
                return f"RO {kode} {ro.uraian}".strip()
    return kode


def anggaran_per_sasaran(
    satker: Satker, tahun: int, sasaran_ids: list[int], data: DataAnggaran | None
) -> dict[int, AnggaranSasaran]:
    """Budget linked to each sasaran (empty when nothing is linked or no DIPA exists)."""
    hasil = {}
    for sasaran_id, a in _per_sasaran(None, satker, tahun).items():
        if sasaran_id not in sasaran_ids:
            continue
        hasil[sasaran_id] = AnggaranSasaran(
            kode=a.kode,
            kegiatan=[_nama_kode(k, data) for k in a.kode],
            pagu=a.pagu,
            realisasi=a.realisasi,
        )
    return hasil
