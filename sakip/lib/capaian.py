"""Capaian (achievement) of an indicator: DOMAIN.md §3."""

from __future__ import annotations

import enum
from collections.abc import Iterable
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


def uraian_nilai_huruf() -> str:
    """'AA 90, A 80, BB 70, …': the grade table as the reports and pages state it."""
    return ", ".join(f"{h} {format(n.normalize(), 'f')}" for h, n in NILAI_HURUF.items())


def nilai_angka(
    berhuruf: bool, nilai: Decimal | None, huruf: str = "", skor: Decimal | None = None
) -> Decimal | None:
    """The number capaian uses: a grade's evaluation score if entered, else its band's number."""
    if berhuruf:
        if skor is not None:
            return skor
        return nilai_huruf(huruf) if huruf else None
    return nilai


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


def kemajuan_target_akhir(
    target_akhir: Decimal | None,
    realisasi: Decimal | None,
    polaritas: Polaritas = Polaritas.NAIK,
) -> Decimal | None:
    """Progress of the year's value towards the Renstra end target, by the indicator's polarity.

    The capaian formula against the end target, never capped (it reports distance, not a
    result); None when either value is missing or the ratio is undefined.
    """
    if target_akhir is None or realisasi is None:
        return None
    return hitung_capaian(target_akhir, realisasi, polaritas)


def rata_capaian(capaian: Iterable[Decimal | None]) -> Decimal | None:
    """Mean of the defined capaian, unrounded; None when none is defined."""
    nilai = [c for c in capaian if c is not None]
    if not nilai:
        return None
    return sum(nilai, Decimal(0)) / len(nilai)
