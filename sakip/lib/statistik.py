"""Plain statistics for comparing offices: quartiles and outliers (Tukey's fences)."""

from __future__ import annotations

from decimal import Decimal


def kuartil(nilai: list[Decimal]) -> tuple[Decimal, Decimal, Decimal] | None:
    """(Q1, median, Q3) by linear interpolation between the sorted values; None when empty."""
    if not nilai:
        return None
    urut = sorted(nilai)

    def persentil(p: Decimal) -> Decimal:
        posisi = (len(urut) - 1) * p
        bawah = int(posisi)
        atas = min(bawah + 1, len(urut) - 1)
        return urut[bawah] + (urut[atas] - urut[bawah]) * (posisi - bawah)

    return persentil(Decimal("0.25")), persentil(Decimal("0.5")), persentil(Decimal("0.75"))


def batas_pencilan(nilai: list[Decimal]) -> tuple[Decimal, Decimal] | None:
    """Values below Q1 − 1,5 × IQR or above Q3 + 1,5 × IQR are outliers; None under 4 values."""
    if len(nilai) < 4:
        return None
    q1, _, q3 = kuartil(nilai)
    jarak = (q3 - q1) * Decimal("1.5")
    return q1 - jarak, q3 + jarak
