"""Combining quarterly (triwulan) values into the year's value: DOMAIN.md §3."""

from __future__ import annotations

import enum
from decimal import Decimal


class Agregasi(enum.StrEnum):
    """How an indicator's quarterly values combine into the year."""

    SUM = "sum"
    LAST = "last"
    AVERAGE = "average"
    MAX = "max"


def gabung(nilai_per_triwulan: dict[int, Decimal | None], aturan: Agregasi) -> Decimal | None:
    """Year's value from {1: v1, ..., 4: v4}; quarters without a value are left out."""
    ada = [(tw, v) for tw, v in sorted(nilai_per_triwulan.items()) if v is not None]
    if not ada:
        return None
    nilai = [v for _, v in ada]
    if aturan == Agregasi.SUM:
        return sum(nilai, Decimal(0))
    if aturan == Agregasi.LAST:
        return ada[-1][1]
    if aturan == Agregasi.AVERAGE:
        return sum(nilai, Decimal(0)) / len(nilai)
    if aturan == Agregasi.MAX:
        return max(nilai)
    raise ValueError(f"aturan agregasi tidak dikenal: {aturan}")
