"""Validated rows read from a budget file, and the errors found, with where each came from."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from sakip.lib.anggaran import KodeAnggaran
from sakip.lib.kesalahan import ImporError as ImporError
from sakip.lib.kesalahan import Kesalahan, Letak


@dataclass(slots=True)
class BarisPagu:
    """One akun-level line with its pagu (SAKTI files also give realisasi up to the period)."""

    kode: KodeAnggaran
    pagu: Decimal
    letak: Letak
    realisasi_sd: Decimal | None = None
    revisi: int | None = None
    # SAKTI's "Periode Lalu" (January to the month before) and "Periode Ini" (the month)
    realisasi_lalu: Decimal | None = None
    realisasi_ini: Decimal | None = None


@dataclass(slots=True)
class Subtotal:
    """A pagu given on a row above akun level; it must equal the sum of the akun lines below."""

    awalan: str
    pagu: Decimal
    letak: Letak
    kolom: str = "pagu"
    revisi: int | None = None


@dataclass(slots=True)
class BarisRevisi:
    """Date and note of one DIPA revision (nomor 0 is the original DIPA)."""

    nomor: int
    tanggal: datetime.date | None
    catatan: str
    letak: Letak


@dataclass(slots=True)
class BarisVolumeRO:
    """Volume target of an RO (TVRO); kode_ro may be a suffix such as '6709.QGE.001'."""

    kode_ro: tuple[str, ...]
    uraian: str
    target: Decimal
    satuan: str
    letak: Letak


@dataclass(slots=True)
class BarisRealisasi:
    """Money spent on one line in one month (not cumulative)."""

    kode: KodeAnggaran
    bulan: int
    jumlah: Decimal
    letak: Letak


@dataclass(slots=True)
class BarisRealisasiVolume:
    """Volume of an RO delivered in one month (RVRO is their sum)."""

    kode_ro: tuple[str, ...]
    bulan: int
    volume: Decimal
    letak: Letak


@dataclass(slots=True)
class BarisRpd:
    """Planned spending (RPD, Halaman III DIPA) of one type of spending in one month."""

    jenis_belanja: str
    bulan: int
    rencana: Decimal
    letak: Letak


@dataclass(slots=True)
class InfoSakti:
    """What a SAKTI GLP039 report says about itself in its title, header and total row."""

    tahun: int
    bulan: int
    ba: str
    eselon: str
    kode_satker: str
    nama_satker: str
    jumlah: dict[str, Decimal] = field(default_factory=dict)


@dataclass
class HasilBaca:
    """Everything read from one or more files; nothing is written until kesalahan is empty."""

    format: str = "template"
    uraian: dict[str, str] = field(default_factory=dict)
    pagu: list[BarisPagu] = field(default_factory=list)
    subtotal: list[Subtotal] = field(default_factory=list)
    volume_ro: list[BarisVolumeRO] = field(default_factory=list)
    realisasi: list[BarisRealisasi] = field(default_factory=list)
    realisasi_volume: list[BarisRealisasiVolume] = field(default_factory=list)
    rpd: list[BarisRpd] = field(default_factory=list)
    revisi: list[BarisRevisi] = field(default_factory=list)
    sakti: InfoSakti | None = None
    kesalahan: list[Kesalahan] = field(default_factory=list)

    @property
    def kosong(self) -> bool:
        return not (
            self.pagu
            or self.volume_ro
            or self.realisasi
            or self.realisasi_volume
            or self.rpd
            or self.revisi
        )

    def gabung(self, lain: HasilBaca) -> None:
        """Add another template file's rows (several CSV files make one import)."""
        for nama, teks in lain.uraian.items():
            self.uraian.setdefault(nama, teks)
        self.pagu += lain.pagu
        self.subtotal += lain.subtotal
        self.volume_ro += lain.volume_ro
        self.realisasi += lain.realisasi
        self.realisasi_volume += lain.realisasi_volume
        self.rpd += lain.rpd
        self.revisi += lain.revisi
        self.kesalahan += lain.kesalahan
