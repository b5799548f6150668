"""Capaian (achievement) of an indicator: DOMAIN.md §3."""

from __future__ import annotations

import enum
from decimal import Decimal

SERATUS = Decimal(100)


class Polaritas(enum.StrEnum):
    """Whether a higher or a lower realisation is better."""

    NAIK = "naik"
    TURUN = "turun"


class CapaianError(ValueError):
    """A value that cannot be used to compute capaian (unknown grade, negative number)."""


# Decision (DOMAIN.md §3): each letter grade counts as the lower bound of its score band.
NILAI_HURUF: dict[str, Decimal] = {
    "AA": Decimal(90),
    "A": Decimal(80),
    "BB": Decimal(70),
    "B": Decimal(60),
    "CC": Decimal(50),
    "C": Decimal(30),
    "D": Decimal(0),
}


def nilai_huruf(huruf: str) -> Decimal:
    """'BB' -> Decimal(70); raises CapaianError for anything not AA…D."""
    kunci = huruf.strip().upper()
    if kunci not in NILAI_HURUF:
        daftar = ", ".join(NILAI_HURUF)
        raise CapaianError(f"nilai huruf '{huruf}' tidak dikenal; gunakan salah satu dari {daftar}")
    return NILAI_HURUF[kunci]


def huruf_dari_skor(skor: Decimal) -> str:
    """Grade of an AKIP score (PermenPAN-RB 88/2021, '> 90' means exactly 90 is A)."""
    for huruf, batas in (("AA", 90), ("A", 80), ("BB", 70), ("B", 60), ("CC", 50), ("C", 30)):
        if skor > batas:
            return huruf
    return "D"


def hitung_capaian(
    target: Decimal,
    realisasi: Decimal,
    polaritas: Polaritas = Polaritas.NAIK,
    batas_atas: Decimal | None = None,
) -> Decimal | None:
    """Capaian in percent, unrounded; None when undefined (higher-is-better with target 0)."""
    if target < 0 or realisasi < 0:
        raise CapaianError("target dan realisasi tidak boleh negatif")
    if polaritas == Polaritas.TURUN:
        if target == 0:
            hasil = SERATUS if realisasi == 0 else Decimal(0)
        else:
            hasil = max(Decimal(0), (2 * target - realisasi) / target * SERATUS)
    else:
        if target == 0:
            return None
        hasil = realisasi / target * SERATUS
    if batas_atas is not None and hasil > batas_atas:
        return batas_atas
    return hasil
