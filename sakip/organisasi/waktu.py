"""Today's date for every app: the local date, or the one fixed by SAKIP_HARI_INI."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.utils import timezone


def hari_ini() -> date:
    """The local date, or the date set in SAKIP_HARI_INI (training and tests)."""
    tetap = getattr(settings, "SAKIP_HARI_INI", "")
    if tetap:
        return tetap if isinstance(tetap, date) else date.fromisoformat(tetap)
    return timezone.localdate()
