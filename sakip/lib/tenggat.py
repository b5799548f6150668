"""Deadlines that reminders count down to (DOMAIN.md §1): the LKj and the PK.

- The LKj of a year is due two months after the year ends: the last day of February of
  the next year (the national deadline for the whole agency).
- The PK of a year is due one month after the budget (DIPA) is approved; without a known
  DIPA date, one month after the year's DIPA is normally issued (1 January): 31 January.
"""

from __future__ import annotations

import calendar
from datetime import date


def tenggat_lkj(tahun: int) -> date:
    """The last day of February of the next year: tenggat_lkj(2023) -> 29 February 2024."""
    return date(tahun + 1, 2, calendar.monthrange(tahun + 1, 2)[1])


def tambah_bulan(tanggal: date, bulan: int = 1) -> date:
    """The same day `bulan` months later, or that month's last day (31 Jan + 1 -> 28/29 Feb)."""
    n = tanggal.month - 1 + bulan
    tahun, bulan_ = tanggal.year + n // 12, n % 12 + 1
    return date(tahun, bulan_, min(tanggal.day, calendar.monthrange(tahun, bulan_)[1]))


def tenggat_pk(tahun: int, tanggal_dipa: date | None = None) -> date:
    """One month after the DIPA's date; 31 January of the year when the date is unknown."""
    if tanggal_dipa is None:
        return date(tahun, 1, 31)
    return tambah_bulan(tanggal_dipa, 1)
