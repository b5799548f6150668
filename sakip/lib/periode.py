"""Quarters (triwulan) and the window in which a quarter's realisation may be entered.

A triwulan opens on its first day and closes a configurable number of days after its
last day; after that only a lock exception (pengecualian kunci) granted by the
Sekretaris, valid up to an end date, allows entry.
"""

from __future__ import annotations

import calendar
import enum
from dataclasses import dataclass
from datetime import date, timedelta

from sakip.lib.angka import format_tanggal

ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}
# Years the system accepts anywhere (URLs, queries, forms): a plan outside them is a typo.
TAHUN_MIN, TAHUN_MAX = 2000, 2100


def tahun_sah(tahun: int) -> bool:
    return TAHUN_MIN <= tahun <= TAHUN_MAX


@dataclass(frozen=True, order=True)
class Triwulan:
    """A quarter of a year: `2024-TW1` … `2024-TW4`."""

    tahun: int
    nomor: int

    def __post_init__(self) -> None:
        if self.nomor not in ROMAWI:
            raise ValueError(f"triwulan harus 1 sampai 4, bukan {self.nomor}")

    @classmethod
    def dari_tanggal(cls, tanggal: date) -> Triwulan:
        return cls(tanggal.year, (tanggal.month - 1) // 3 + 1)

    @property
    def kode(self) -> str:
        return f"{self.tahun}-TW{self.nomor}"

    @property
    def nama(self) -> str:
        return f"TW {ROMAWI[self.nomor]} {self.tahun}"

    @property
    def mulai(self) -> date:
        return date(self.tahun, 3 * self.nomor - 2, 1)

    @property
    def akhir(self) -> date:
        bulan = 3 * self.nomor
        return date(self.tahun, bulan, calendar.monthrange(self.tahun, bulan)[1])

    def sebelumnya(self) -> Triwulan:
        return (
            Triwulan(self.tahun - 1, 4) if self.nomor == 1 else Triwulan(self.tahun, self.nomor - 1)
        )


class StatusJendela(enum.StrEnum):
    BELUM_DIBUKA = "belum_dibuka"
    TERBUKA = "terbuka"
    DITUTUP = "ditutup"


@dataclass(frozen=True)
class Jendela:
    """The entry window of a quarter; `tutup` is the last day on which entry is allowed."""

    triwulan: Triwulan
    buka: date
    tutup: date

    def status(self, hari_ini: date) -> StatusJendela:
        if hari_ini < self.buka:
            return StatusJendela.BELUM_DIBUKA
        if hari_ini > self.tutup:
            return StatusJendela.DITUTUP
        return StatusJendela.TERBUKA


def jendela(triwulan: Triwulan, batas_hari: int) -> Jendela:
    """The window: from the quarter's first day to `batas_hari` days after its last day."""
    if batas_hari < 0:
        raise ValueError("batas hari setelah triwulan tidak boleh negatif")
    return Jendela(triwulan, triwulan.mulai, triwulan.akhir + timedelta(days=batas_hari))


@dataclass(frozen=True)
class Keputusan:
    """Whether entry is allowed now, and the sentence that tells the user why."""

    boleh: bool
    alasan: str
    lewat_pengecualian: bool = False


def boleh_mengisi(
    triwulan: Triwulan,
    hari_ini: date,
    batas_hari: int,
    pengecualian_sampai: date | None = None,
) -> Keputusan:
    """Entry rule of one quarter on one day, given the latest end date of its lock exceptions."""
    j = jendela(triwulan, batas_hari)
    status = j.status(hari_ini)
    if status == StatusJendela.BELUM_DIBUKA:
        return Keputusan(
            False,
            f"Periode {triwulan.nama} belum dibuka: pengisian dimulai {format_tanggal(j.buka)}.",
        )
    if status == StatusJendela.TERBUKA:
        return Keputusan(
            True,
            f"Periode {triwulan.nama} terbuka untuk pengisian sampai {format_tanggal(j.tutup)}.",
        )
    ditutup = (
        f"Periode {triwulan.nama} sudah ditutup pada {format_tanggal(j.tutup)} "
        f"({batas_hari} hari setelah triwulan berakhir)"
    )
    if pengecualian_sampai is not None and hari_ini <= pengecualian_sampai:
        return Keputusan(
            True,
            f"{ditutup}, tetapi Sekretaris memberikan pengecualian kunci yang berlaku sampai "
            f"{format_tanggal(pengecualian_sampai)}.",
            lewat_pengecualian=True,
        )
    if pengecualian_sampai is not None:
        return Keputusan(
            False,
            f"{ditutup}; pengecualian kunci terakhir berakhir {format_tanggal(pengecualian_sampai)}. "
            "Minta Sekretaris memberikan pengecualian kunci baru.",
        )
    return Keputusan(
        False,
        f"{ditutup}. Pengisian hanya dapat dilakukan dengan pengecualian kunci dari Sekretaris.",
    )


def triwulan_terbuka(hari_ini: date, batas_hari: int) -> list[Triwulan]:
    """Quarters whose normal window is open on this day, oldest first."""
    hasil = []
    tw = Triwulan.dari_tanggal(hari_ini)
    while jendela(tw, batas_hari).status(hari_ini) == StatusJendela.TERBUKA:
        hasil.append(tw)
        tw = tw.sebelumnya()
    return list(reversed(hasil))
