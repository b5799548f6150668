"""The national cascade: an office publishes indicators, with their definitions, to every
office below it; each then sets its own targets.

KPU RI's Renstra is the root: `turunkan_indikator(pengguna, [indikator…])` copies the
definitions of those indicators into the Renstra of the same period of each office directly
below (created when missing, with the same sasaran), each copy pointing to its source by
`indikator_induk`, and goes on level by level down to the kab/kota. An indicator already
cascaded is updated (definition only); targets, realisations and anything an office added
itself are never touched. Rows are written in bulk per level.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max

from sakip.organisasi import akses
from sakip.organisasi.models import Satker

from .models import Indikator, Renstra, Sasaran

DEFINISI = [
    "nama",
    "satuan",
    "jenis",
    "polaritas",
    "agregasi",
    "uraian",
    "cara_penghitungan",
    "rumus",
    "sumber_data",
    "iku",
    "standar_nasional",
    "wajib_bukti",
]


class KaskadeError(ValueError):
    """Indicators of several offices, or none: nothing is written."""


@dataclass(frozen=True)
class HasilKaskade:
    kantor: int  # offices below that now carry the indicators
    dibuat: int
    diperbarui: int


@transaction.atomic
def turunkan_indikator(pengguna, indikator: list[Indikator]) -> HasilKaskade:
    """Publish these indicators of one office to every office below it (see module)."""
    if not indikator:
        raise KaskadeError("Pilih sedikitnya satu indikator untuk diturunkan.")
    asal = {i.satker.pk for i in indikator}
    if len(asal) != 1:
        raise KaskadeError("Indikator yang diturunkan harus dari satu kantor yang sama.")
    satker = indikator[0].satker
    akses.pastikan(
        pengguna is None or akses.boleh_mengelola_perencanaan(pengguna, satker),
        "Hanya Perencana atau Admin kantor ini yang dapat menurunkan indikatornya.",
    )
    dibuat = diperbarui = 0
    kantor_total = 0
    # per level: {office id: [its indicators that the offices below must carry]}
    tingkat: dict[int, list[Indikator]] = {satker.pk: list(indikator)}
    while tingkat:
        anak = list(Satker.objects.filter(induk_id__in=tingkat).order_by("kode"))
        if not anak:
            break
        kantor_total += len(anak)
        sumber = [i for daftar in tingkat.values() for i in daftar]
        ada = {
            (i.sasaran.renstra.satker_id, i.indikator_induk_id): i
            for i in Indikator.objects.filter(
                indikator_induk__in=sumber, sasaran__renstra__satker__in=anak
            ).select_related("sasaran__renstra")
        }
        renstra = _renstra_anak(anak, sumber)
        sasaran = _sasaran_anak(renstra, sumber)
        nomor_berikut = {
            r["sasaran_id"]: r["m"]
            for r in Indikator.objects.filter(sasaran__in=sasaran.values())
            .values("sasaran_id")
            .annotate(m=Max("nomor"))
        }
        baru, ubah = [], []
        for s in anak:
            for i in tingkat[s.induk_id]:
                salinan = ada.get((s.pk, i.pk))
                if salinan is not None:
                    if any(getattr(salinan, f) != getattr(i, f) for f in DEFINISI):
                        for f in DEFINISI:
                            setattr(salinan, f, getattr(i, f))
                        ubah.append(salinan)
                    continue
                tujuan = sasaran[(s.pk, i.sasaran.renstra.tahun_awal, i.sasaran.nomor)]
                nomor_berikut[tujuan.pk] = nomor_berikut.get(tujuan.pk, 0) + 1
                baru.append(
                    Indikator(
                        sasaran=tujuan,
                        nomor=nomor_berikut[tujuan.pk],
                        indikator_induk=i,
                        **{f: getattr(i, f) for f in DEFINISI},
                    )
                )
        Indikator.objects.bulk_create(baru, batch_size=1000)
        Indikator.objects.bulk_update(ubah, DEFINISI, batch_size=1000)
        dibuat += len(baru)
        diperbarui += len(ubah)
        turun: dict[int, list[Indikator]] = {}
        for i in Indikator.objects.filter(
            indikator_induk__in=sumber, sasaran__renstra__satker__in=anak
        ).select_related("sasaran__renstra"):
            turun.setdefault(i.sasaran.renstra.satker_id, []).append(i)
        tingkat = turun
    return HasilKaskade(kantor_total, dibuat, diperbarui)


def _renstra_anak(anak: list[Satker], sumber: list[Indikator]) -> dict[tuple[int, int], Renstra]:
    """The Renstra of each office below for each period of the sources, created when missing."""
    periode = {(i.sasaran.renstra.tahun_awal, i.sasaran.renstra.tahun_akhir) for i in sumber}
    awal = {p[0] for p in periode}
    ada = {
        (r.satker_id, r.tahun_awal): r
        for r in Renstra.objects.filter(satker__in=anak, tahun_awal__in=awal)
    }
    baru = []
    for s in anak:
        for a, akhir in sorted(periode):
            if (s.pk, a) not in ada:
                r = Renstra(satker=s, tahun_awal=a, tahun_akhir=akhir, visi=f"Visi {s.nama}")
                baru.append(r)
                ada[(s.pk, a)] = r
    Renstra.objects.bulk_create(baru, batch_size=1000)
    return ada


def _sasaran_anak(
    renstra: dict[tuple[int, int], Renstra], sumber: list[Indikator]
) -> dict[tuple[int, int, int], Sasaran]:
    """The sasaran (same number and words as the source's) in each office's Renstra."""
    ada = {
        (s.renstra.satker_id, s.renstra.tahun_awal, s.nomor): s
        for s in Sasaran.objects.filter(renstra__in=renstra.values()).select_related("renstra")
    }
    baru = []
    for (satker_id, a), r in renstra.items():
        for i in sumber:
            kunci = (satker_id, a, i.sasaran.nomor)
            if i.sasaran.renstra.tahun_awal == a and kunci not in ada:
                s = Sasaran(renstra=r, nomor=i.sasaran.nomor, uraian=i.sasaran.uraian)
                baru.append(s)
                ada[kunci] = s
    Sasaran.objects.bulk_create(baru, batch_size=1000)
    return ada
