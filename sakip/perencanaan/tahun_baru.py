"""Year rollover: start the next year's PK from the Renstra's targets with last year's
signatories, and, when the Renstra's period is over, a new Renstra from the old one's structure.

Decisions, stated here because no rule settles them:
- The year to start is the one after the latest PK (the current year when there is none).
- A year may be started from 1 December of the year before (the PK's usual signing window,
  sakip.lib.penandatanganan); the draft's date is 2 January of the year, or today when that is
  still ahead. The Perencana corrects it on the PK page before signing.
- The signatories (names, NIP, titles, place) are those of the latest earlier PK; without one
  there is nothing to carry over and the PK is made on the PK page instead.
- A new Renstra follows the old one directly, with the same length, and may be started from
  the old one's last year on. It copies visi, misi, tujuan, sasaran and indicators with their
  definition sheets (unit, formula, polarity, aggregation, evidence rule); not the targets,
  which are the new period's, nor the legal basis, which is a new decree.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction

from sakip.lib.angka import format_tanggal
from sakip.organisasi.models import Satker

from .models import Indikator, Misi, PerjanjianKinerja, Renstra, Sasaran, Tujuan
from .services import PerencanaanError, buat_pk, pastikan_boleh, penandatangan_usulan


@dataclass(frozen=True)
class TahunBaru:
    """What the rollover page offers for an office today."""

    tahun: int
    renstra: Renstra | None  # the Renstra covering the year
    renstra_lama: Renstra | None  # the latest Renstra, when none covers the year
    pk_lalu: PerjanjianKinerja | None
    mulai_sejak: datetime.date

    @property
    def periode_baru(self) -> tuple[int, int] | None:
        if self.renstra_lama is None:
            return None
        panjang = self.renstra_lama.tahun_akhir - self.renstra_lama.tahun_awal
        awal = self.renstra_lama.tahun_akhir + 1
        return awal, awal + panjang


def tahun_baru(satker: Satker, hari_ini: datetime.date) -> TahunBaru:
    """The year to start next and what stands in the way."""
    terakhir = (
        PerjanjianKinerja.objects.filter(satker=satker)
        .order_by("-tahun")
        .values_list("tahun", flat=True)
        .first()
    )
    tahun = terakhir + 1 if terakhir is not None else hari_ini.year
    renstra = Renstra.objects.filter(
        satker=satker, tahun_awal__lte=tahun, tahun_akhir__gte=tahun
    ).first()
    lama = None
    if renstra is None:
        lama = (
            Renstra.objects.filter(satker=satker, tahun_akhir__lt=tahun)
            .order_by("-tahun_akhir")
            .first()
        )
    lalu = (
        PerjanjianKinerja.objects.filter(satker=satker, tahun__lt=tahun)
        .order_by("-tahun", "-perubahan")
        .first()
    )
    return TahunBaru(tahun, renstra, lama, lalu, datetime.date(tahun - 1, 12, 1))


@transaction.atomic
def mulai_tahun(user, satker: Satker, tahun: int, hari_ini: datetime.date) -> PerjanjianKinerja:
    """ "Mulai tahun N": the year's draft PK, rows from the Renstra's targets of the year, signed
    by last year's signatories."""
    pastikan_boleh(user, satker)
    sejak = datetime.date(tahun - 1, 12, 1)
    if hari_ini < sejak:
        raise PerencanaanError(
            f"Tahun {tahun} dapat dimulai sejak {format_tanggal(sejak)} (hari ini "
            f"{format_tanggal(hari_ini)})."
        )
    if PerjanjianKinerja.objects.filter(satker=satker, tahun=tahun).exists():
        raise PerencanaanError(
            f"Tahun {tahun} sudah dimulai: Perjanjian Kinerja {tahun} sudah ada."
        )
    if not Renstra.objects.filter(
        satker=satker, tahun_awal__lte=tahun, tahun_akhir__gte=tahun
    ).exists():
        lama = Renstra.objects.filter(satker=satker, tahun_akhir__lt=tahun).order_by("-tahun_akhir")
        lama = lama.first()
        if lama is not None:
            raise PerencanaanError(
                f"Periode Renstra {lama.periode} sudah berakhir: mulai Renstra baru untuk tahun "
                f"{tahun} dari struktur Renstra {lama.periode} dahulu, lalu isi targetnya."
            )
        raise PerencanaanError(f"Belum ada Renstra yang mencakup tahun {tahun}.")
    if not PerjanjianKinerja.objects.filter(satker=satker, tahun__lt=tahun).exists():
        raise PerencanaanError(
            f"Belum ada Perjanjian Kinerja sebelum tahun {tahun} untuk disalin penandatangannya: "
            f"buat PK {tahun} di halaman Perjanjian Kinerja."
        )
    penandatangan = penandatangan_usulan(satker, tahun)
    penandatangan.tanggal = min(datetime.date(tahun, 1, 2), hari_ini)
    return buat_pk(user, satker, tahun, penandatangan, sumber="renstra", hari_ini=hari_ini)


_KOLOM_INDIKATOR = [
    f.name
    for f in Indikator._meta.concrete_fields
    if f.name not in ("id", "sasaran", "nomor", "indikator_induk")
]


@transaction.atomic
def mulai_renstra_baru(user, lama: Renstra, hari_ini: datetime.date) -> Renstra:
    """A new Renstra right after `lama`, as long as it, with its visi, misi, tujuan, sasaran
    and indicators (definition sheets included) copied; no targets."""
    pastikan_boleh(user, lama.satker)
    if hari_ini.year < lama.tahun_akhir:
        raise PerencanaanError(
            f"Renstra {lama.periode} masih berjalan sampai {lama.tahun_akhir}: Renstra baru dapat "
            f"dimulai sejak tahun {lama.tahun_akhir}."
        )
    awal = lama.tahun_akhir + 1
    akhir = awal + (lama.tahun_akhir - lama.tahun_awal)
    ada = Renstra.objects.filter(
        satker=lama.satker, tahun_awal__lte=akhir, tahun_akhir__gte=awal
    ).first()
    if ada is not None:
        raise PerencanaanError(f"Renstra {ada.periode} sudah ada; periode {awal}–{akhir} terisi.")
    baru = Renstra(satker=lama.satker, tahun_awal=awal, tahun_akhir=akhir, visi=lama.visi)
    baru._history_user = user
    baru.save()
    for m in lama.misi.all():
        Misi.objects.create(renstra=baru, nomor=m.nomor, uraian=m.uraian)
    tujuan = {
        t.pk: Tujuan.objects.create(renstra=baru, nomor=t.nomor, uraian=t.uraian)
        for t in lama.tujuan.all()
    }
    for s in lama.sasaran.prefetch_related("indikator"):
        sasaran = Sasaran.objects.create(
            renstra=baru, nomor=s.nomor, uraian=s.uraian, tujuan=tujuan.get(s.tujuan_id)
        )
        for i in s.indikator.all():
            salinan = Indikator(
                sasaran=sasaran, nomor=i.nomor, **{k: getattr(i, k) for k in _KOLOM_INDIKATOR}
            )
            salinan._history_user = user
            salinan.save()
    return baru
