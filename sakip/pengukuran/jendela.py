"""Today's date and the entry window of a quarter, with the office's lock exceptions."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db.models import Max, Q

from sakip.lib.periode import Keputusan, Triwulan, boleh_mengisi
from sakip.organisasi.models import Satker
from sakip.organisasi.waktu import hari_ini as hari_ini  # "today" for every app: one rule
from sakip.perencanaan.models import Indikator

from .models import PengecualianKunci


def batas_hari() -> int:
    return settings.SAKIP_BATAS_HARI_SETELAH_TRIWULAN


def keputusan(
    satker: Satker, indikator: Indikator | None, tahun: int, triwulan: int, pada: date
) -> Keputusan:
    """May this quarter be entered on this day, by its window or a lock exception?"""
    pengecualian = PengecualianKunci.objects.filter(satker=satker, tahun=tahun, triwulan=triwulan)
    if indikator is not None:
        pengecualian = pengecualian.filter(Q(indikator__isnull=True) | Q(indikator=indikator))
    else:
        pengecualian = pengecualian.filter(indikator__isnull=True)
    sampai = pengecualian.aggregate(sampai=Max("berlaku_sampai"))["sampai"]
    return boleh_mengisi(Triwulan(tahun, triwulan), pada, batas_hari(), sampai)
