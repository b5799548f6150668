"""What waits for each user (to fill, to verify, to approve, returned), as database aggregates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery

from sakip.lib.periode import Triwulan, triwulan_terbuka
from sakip.organisasi.akses import keanggotaan
from sakip.organisasi.models import Peran, Satker
from sakip.perencanaan.models import Indikator, PerjanjianKinerja

from . import jendela
from .models import JejakRealisasi, PengecualianKunci, Realisasi

S = Realisasi.Status
PERAN_BERTUGAS = {Peran.PIC, Peran.VERIFIKATOR, Peran.PIMPINAN}


def indikator_tahun(satker: Satker, tahun: int) -> QuerySet[Indikator]:
    """The year's indicators as a queryset: the PK's rows, else the Renstra covering the year."""
    pk = PerjanjianKinerja.berlaku(satker, tahun)
    if pk is not None:
        return Indikator.objects.filter(barispk__pk_dokumen=pk)
    return Indikator.objects.filter(
        sasaran__renstra__satker=satker,
        sasaran__renstra__tahun_awal__lte=tahun,
        sasaran__renstra__tahun_akhir__gte=tahun,
    )


def nomor_pk(satker: Satker, tahun: int) -> dict[int, int]:
    """The one numbering of the year's indicators, every page's: the row number in the PK.

    Without a PK, the Renstra's order (sasaran, then indicator) numbered from 1.
    """
    pk = PerjanjianKinerja.berlaku(satker, tahun)
    if pk is not None:
        return dict(pk.baris.values_list("indikator_id", "urutan"))
    urut = indikator_tahun(satker, tahun).order_by("sasaran__nomor", "nomor")
    return {pk_: n for n, pk_ in enumerate(urut.values_list("pk", flat=True), start=1)}


def belum_disetujui(satker: Satker, tahun: int) -> dict[int, list[tuple[Triwulan, str]]]:
    """Per indicator, the year's quarters whose value is not approved yet, with their state.

    The pages mark these values (they do not count in capaian and categories)."""
    hasil: dict[int, list[tuple[Triwulan, str]]] = {}
    for ind, tw, status in (
        _realisasi_kantor(satker)
        .filter(tahun=tahun)
        .exclude(status=S.DISETUJUI)
        .order_by("triwulan")
        .values_list("indikator_id", "triwulan", "status")
    ):
        hasil.setdefault(ind, []).append((Triwulan(tahun, tw), status))
    return hasil


@dataclass(frozen=True)
class PeriodeIsian:
    """A quarter open for entry now, for all indicators or only some (indicator exceptions)."""

    triwulan: Triwulan
    hanya_indikator: frozenset[int] | None = None


def periode_terbuka(satker: Satker, hari_ini: date) -> list[PeriodeIsian]:
    """Quarters open by their window, plus closed ones reopened by a valid lock exception."""
    semua = {tw: None for tw in triwulan_terbuka(hari_ini, jendela.batas_hari())}
    khusus: dict[Triwulan, set[int]] = {}
    for tahun, tw, indikator_id in PengecualianKunci.objects.filter(
        satker=satker, berlaku_sampai__gte=hari_ini
    ).values_list("tahun", "triwulan", "indikator_id"):
        t = Triwulan(tahun, tw)
        if t > Triwulan.dari_tanggal(hari_ini):
            continue
        if indikator_id is None:
            semua[t] = None
        else:
            khusus.setdefault(t, set()).add(indikator_id)
    hasil = [PeriodeIsian(t) for t in semua]
    hasil += [PeriodeIsian(t, frozenset(ids)) for t, ids in khusus.items() if t not in semua]
    return sorted(hasil, key=lambda p: p.triwulan)


def belum_diisi(satker: Satker, unit_id: int, p: PeriodeIsian) -> QuerySet[Indikator]:
    """Indicators of the unit with no realisation in the quarter yet, or only a draft."""
    qs = indikator_tahun(satker, p.triwulan.tahun).filter(unit_id=unit_id)
    if p.hanya_indikator is not None:
        qs = qs.filter(pk__in=p.hanya_indikator)
    lanjut = Realisasi.objects.filter(
        tahun=p.triwulan.tahun, triwulan=p.triwulan.nomor, indikator__unit_id=unit_id
    ).exclude(status=S.DRAF)
    return qs.exclude(pk__in=lanjut.values("indikator_id"))


@dataclass
class Ringkasan:
    isi: int = 0
    verifikasi: int = 0
    setujui: int = 0
    dikembalikan: int = 0
    periode: list[tuple[PeriodeIsian, int]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.isi + self.verifikasi + self.setujui + self.dikembalikan


def _realisasi_kantor(satker: Satker) -> QuerySet[Realisasi]:
    return Realisasi.objects.filter(indikator__sasaran__renstra__satker=satker)


def ringkasan(user, hari_ini: date) -> Ringkasan | None:
    """Counts for the navigation badge and the page headings (None for roles without tasks)."""
    k = keanggotaan(user)
    if k is None or k.peran not in PERAN_BERTUGAS:
        return None
    hasil = Ringkasan()
    if k.peran == Peran.PIMPINAN:
        hasil.setujui = _realisasi_kantor(k.satker).filter(status=S.TERVERIFIKASI).count()
        return hasil
    if k.unit_id is None:
        return hasil
    hitung = _realisasi_kantor(k.satker).aggregate(
        verifikasi=Count("pk", filter=Q(status=S.DIAJUKAN, indikator__unit_id=k.unit_id)),
        dikembalikan=Count("pk", filter=Q(status=S.DIKEMBALIKAN, indikator__unit_id=k.unit_id)),
    )
    if k.peran == Peran.VERIFIKATOR:
        hasil.verifikasi = hitung["verifikasi"]
        return hasil
    hasil.dikembalikan = hitung["dikembalikan"]
    hasil.periode = [
        (p, belum_diisi(k.satker, k.unit_id, p).count())
        for p in periode_terbuka(k.satker, hari_ini)
    ]
    hasil.isi = sum(n for _, n in hasil.periode)
    return hasil


@dataclass(frozen=True)
class BarisTugas:
    indikator: Indikator
    triwulan: Triwulan
    realisasi: Realisasi | None


def daftar(user, hari_ini: date, batas: int = 200) -> dict[str, list[BarisTugas]]:
    """The rows behind each count, newest quarter first, at most `batas` per list."""
    k = keanggotaan(user)
    kosong: dict[str, list[BarisTugas]] = {
        "isi": [],
        "dikembalikan": [],
        "verifikasi": [],
        "setujui": [],
    }
    if k is None or k.peran not in PERAN_BERTUGAS:
        return kosong
    dasar = _realisasi_kantor(k.satker).select_related("indikator__sasaran", "indikator__unit")
    dasar = dasar.order_by("-tahun", "-triwulan", "indikator__sasaran__nomor", "indikator__nomor")

    def baris(qs) -> list[BarisTugas]:
        return [BarisTugas(r.indikator, r.tw, r) for r in qs[:batas]]

    if k.peran == Peran.PIMPINAN:
        kosong["setujui"] = baris(dasar.filter(status=S.TERVERIFIKASI))
        return kosong
    if k.unit_id is None:
        return kosong
    unit = dasar.filter(indikator__unit_id=k.unit_id)
    if k.peran == Peran.VERIFIKATOR:
        kosong["verifikasi"] = baris(unit.filter(status=S.DIAJUKAN))
        return kosong
    komentar = (
        JejakRealisasi.objects.filter(realisasi=OuterRef("pk"))
        .exclude(komentar="")
        .order_by("-waktu", "-pk")
        .values("komentar")[:1]
    )
    kosong["dikembalikan"] = baris(
        unit.filter(status=S.DIKEMBALIKAN).annotate(komentar_terakhir=Subquery(komentar))
    )
    for p in reversed(periode_terbuka(k.satker, hari_ini)):
        indikator = list(
            belum_diisi(k.satker, k.unit_id, p)
            .select_related("sasaran", "unit")
            .order_by("sasaran__nomor", "nomor")
        )
        draf = {
            r.indikator_id: r
            for r in Realisasi.objects.filter(
                indikator__in=indikator, tahun=p.triwulan.tahun, triwulan=p.triwulan.nomor
            )
        }
        kosong["isi"] += [BarisTugas(i, p.triwulan, draf.get(i.pk)) for i in indikator]
    kosong["isi"] = kosong["isi"][:batas]
    return kosong


@dataclass(frozen=True)
class StatusTriwulan:
    triwulan: Triwulan
    jumlah: dict[str, int]
    belum_diisi: int


def sebaran_status(satker: Satker, tahun: int) -> list[StatusTriwulan]:
    """Per quarter, how many of the year's indicators are in each state (one grouped query)."""
    indikator = indikator_tahun(satker, tahun)
    total = indikator.count()
    hitung: dict[int, dict[str, int]] = {n: {s: 0 for s in S.values} for n in range(1, 5)}
    for baris in (
        Realisasi.objects.filter(indikator__in=indikator, tahun=tahun)
        .values("triwulan", "status")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        hitung[baris["triwulan"]][baris["status"]] = baris["n"]
    return [
        StatusTriwulan(Triwulan(tahun, n), hitung[n], total - sum(hitung[n].values()))
        for n in range(1, 5)
    ]
