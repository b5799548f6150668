"""The office's pohon kinerja: sasaran → indikator → responsible unit (with its PIC), and
what is missing from it.

The data holds no separate level of sasaran kegiatan/program: each sasaran of the Renstra
is a node, its indicators below it, and below each indicator the unit responsible and the
PIC users of that unit. The checks (run by the office's data checks) are: a sasaran
without an indicator, an indicator without a unit or without a PIC in its unit, and an
indicator that stands under two sasaran (the same name, ignoring case and spacing, under
two different sasaran of one Renstra, since an indicator row belongs to one sasaran).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Prefetch

from sakip.lib.pohon import Simpul
from sakip.organisasi.models import Keanggotaan, Peran, Satker

from .models import Indikator, Renstra, Sasaran


@dataclass(frozen=True)
class MasalahPohon:
    jenis: str  # sasaran_tanpa_indikator | tanpa_unit | tanpa_pic | dua_sasaran
    pesan: str
    sasaran: Sasaran | None = None
    indikator: Indikator | None = None


def renstra_tahun(satker: Satker, tahun: int | None = None) -> Renstra | None:
    """The Renstra covering the year (the latest one when no year is given)."""
    q = Renstra.objects.filter(satker=satker)
    if tahun is not None:
        q = q.filter(tahun_awal__lte=tahun, tahun_akhir__gte=tahun)
    return (
        q.order_by("-tahun_awal")
        .prefetch_related(
            Prefetch(
                "sasaran",
                queryset=Sasaran.objects.prefetch_related(
                    Prefetch("indikator", queryset=Indikator.objects.select_related("unit"))
                ),
            )
        )
        .first()
    )


def _pic_per_unit(satker: Satker) -> dict[int, list[str]]:
    hasil: dict[int, list[str]] = defaultdict(list)
    for k in (
        Keanggotaan.objects.filter(satker=satker, peran=Peran.PIC, user__is_active=True)
        .exclude(unit=None)
        .select_related("user")
        .order_by("user__username")
    ):
        hasil[k.unit_id].append(k.user.get_full_name() or k.user.get_username())
    return hasil


def pohon_kinerja(renstra: Renstra) -> list[Simpul]:
    """The tree's nodes of the Renstra: visi at the root, then sasaran, indikator, unit."""
    pic = _pic_per_unit(renstra.satker)
    sasaran = []
    for s in renstra.sasaran.all():
        indikator = []
        for i in s.indikator.all():
            if i.unit is None:
                bawah = [Simpul("Unit penanggung jawab belum ditentukan", "masalah")]
            else:
                nama = pic.get(i.unit_id, [])
                bawah = [
                    Simpul(
                        i.unit.nama,
                        "unit",
                        catatan=f"PIC: {', '.join(nama)}" if nama else "PIC: belum ada",
                    )
                ]
            indikator.append(Simpul(f"IK {s.nomor}.{i.nomor} {i.nama}", "indikator", bawah))
        if not indikator:
            indikator = [Simpul("Belum ada indikator", "masalah")]
        sasaran.append(Simpul(f"Sasaran {s.nomor}: {s.uraian}", "sasaran", indikator))
    return [Simpul(f"Visi: {renstra.visi}", "akar", sasaran, catatan=f"Renstra {renstra.periode}")]


def _kunci(nama: str) -> str:
    return re.sub(r"\s+", " ", nama).strip().casefold()


def masalah_pohon(renstra: Renstra) -> list[MasalahPohon]:
    """What the tree lacks, in the tree's order."""
    pic = _pic_per_unit(renstra.satker)
    hasil = []
    nama: dict[str, list[tuple[Sasaran, Indikator]]] = defaultdict(list)
    for s in renstra.sasaran.all():
        daftar = list(s.indikator.all())
        if not daftar:
            hasil.append(
                MasalahPohon(
                    "sasaran_tanpa_indikator",
                    f"Sasaran {s.nomor} “{s.uraian}” belum memiliki indikator.",
                    sasaran=s,
                )
            )
        for i in daftar:
            nama[_kunci(i.nama)].append((s, i))
            if i.unit is None:
                hasil.append(
                    MasalahPohon(
                        "tanpa_unit",
                        f"Indikator {s.nomor}.{i.nomor} “{i.nama}” belum memiliki unit "
                        "penanggung jawab.",
                        sasaran=s,
                        indikator=i,
                    )
                )
            elif not pic.get(i.unit_id):
                hasil.append(
                    MasalahPohon(
                        "tanpa_pic",
                        f"Indikator {s.nomor}.{i.nomor} “{i.nama}”: unit {i.unit.nama} belum "
                        "memiliki PIC yang mengisi realisasinya.",
                        sasaran=s,
                        indikator=i,
                    )
                )
    for daftar in nama.values():
        sasaran = {s.pk for s, _ in daftar}
        if len(sasaran) > 1:
            s0, i0 = daftar[0]
            tempat = ", ".join(f"{s.nomor}.{i.nomor}" for s, i in daftar)
            hasil.append(
                MasalahPohon(
                    "dua_sasaran",
                    f"Indikator “{i0.nama}” berada di bawah {len(sasaran)} sasaran (indikator "
                    f"{tempat}); satu indikator mengukur satu sasaran.",
                    sasaran=s0,
                    indikator=i0,
                )
            )
    return hasil
