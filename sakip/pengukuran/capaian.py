"""The measurement table of an office and year: target, realisasi, capaian, kategori."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sakip.lib.agregasi import Agregasi, gabung
from sakip.lib.capaian import Polaritas, hitung_capaian, nilai_angka, rata_capaian
from sakip.lib.skala import sebaran
from sakip.organisasi.models import Satker
from sakip.perencanaan.models import Indikator, PerjanjianKinerja, Target, tahun_tersedia

from .models import Realisasi


@dataclass(frozen=True)
class BarisCapaian:
    """One indicator's row of the measurement table."""

    nomor_sasaran: int
    sasaran: str
    indikator: Indikator
    target: Decimal | None
    target_huruf: str
    realisasi: Decimal | None
    realisasi_huruf: str
    capaian: Decimal | None
    kategori: str | None
    target_angka: Decimal | None = None  # the number capaian divides by (a grade's band number)
    # The workflow state of the year's value: "disetujui" when every entered quarter is
    # approved, else the least advanced state among them; None when nothing is entered.
    status: str | None = None

    @property
    def berhuruf(self) -> bool:
        return self.indikator.berhuruf

    @property
    def disetujui(self) -> bool:
        return self.status == Realisasi.Status.DISETUJUI

    @property
    def menunggu(self) -> bool:
        """Entered but not yet approved: shown with its state, kept out of categories and means."""
        return self.status is not None and not self.disetujui

    @property
    def label_status(self) -> str:
        return Realisasi.Status(self.status).label if self.status else "Belum diisi"


def _target_tahunan(indikator_ids: list[int], tahun: int) -> dict[int, Target]:
    rows = Target.objects.filter(indikator_id__in=indikator_ids, tahun=tahun, triwulan__isnull=True)
    return {t.indikator_id: t for t in rows}


def realisasi_tahunan(
    indikator: Indikator, per_triwulan: list[Realisasi]
) -> tuple[Decimal | None, str]:
    """The year's value (and grade letter) from the quarters by the indicator's rule."""
    nilai = {r.triwulan: r.nilai_angka() for r in per_triwulan}
    tahunan = gabung(nilai, Agregasi(indikator.agregasi))
    huruf = ""
    if indikator.berhuruf:
        terisi = [r for r in sorted(per_triwulan, key=lambda r: r.triwulan) if r.nilai_huruf]
        huruf = terisi[-1].nilai_huruf if terisi else ""
    return tahunan, huruf


def indikator_tahun(satker: Satker, tahun: int) -> list[tuple[Indikator, Decimal | None, str]]:
    """Indicators measured in the year with their target: the PK's rows, else the Renstra's."""
    pk = PerjanjianKinerja.berlaku(satker, tahun)
    if pk is not None:
        baris = pk.baris.select_related("indikator__sasaran__renstra", "indikator__unit").order_by(
            "urutan"
        )
        return [(b.indikator, b.target, b.target_huruf) for b in baris]
    indikator = list(
        Indikator.objects.filter(
            sasaran__renstra__satker=satker,
            sasaran__renstra__tahun_awal__lte=tahun,
            sasaran__renstra__tahun_akhir__gte=tahun,
        ).select_related("sasaran__renstra", "unit")
    )
    target = _target_tahunan([i.pk for i in indikator], tahun)
    return [
        (
            i,
            target[i.pk].nilai if i.pk in target else None,
            target[i.pk].nilai_huruf if i.pk in target else "",
        )
        for i in indikator
    ]


# Least advanced first: a year's value is as far along as its least advanced quarter.
URUTAN_STATUS = [
    Realisasi.Status.DIKEMBALIKAN,
    Realisasi.Status.DRAF,
    Realisasi.Status.DIAJUKAN,
    Realisasi.Status.TERVERIFIKASI,
    Realisasi.Status.DISETUJUI,
]


def status_tahunan(per_triwulan: list[Realisasi]) -> str | None:
    """The state of the year's value: the least advanced state of the entered quarters."""
    status = {r.status for r in per_triwulan if r.terisi()}
    if not status:
        return None
    return min(status, key=URUTAN_STATUS.index)


def tabel_capaian(satker: Satker, tahun: int, semua: bool = False) -> list[BarisCapaian]:
    """Rows of the measurement table, every figure computed by the rules of sakip.lib.

    Only approved values are results (DOMAIN.md §3): a row whose value is not yet approved
    keeps its realisation and states its state, with no capaian and no category, so it stays
    out of every spread, mean and roll-up. `semua=True` computes them anyway (marked by
    `status`), for the `capaian --semua` command and a Perencana's preview.
    """
    daftar = indikator_tahun(satker, tahun)
    per_indikator: dict[int, list[Realisasi]] = defaultdict(list)
    for r in Realisasi.objects.filter(indikator_id__in=[i.pk for i, _, _ in daftar], tahun=tahun):
        per_indikator[r.indikator_id].append(r)
    skala = satker.skala()
    hasil = []
    for indikator, target, target_huruf in daftar:
        for r in per_indikator[indikator.pk]:
            r.indikator = indikator  # avoid one query per row
        realisasi, realisasi_huruf = realisasi_tahunan(indikator, per_indikator[indikator.pk])
        status = status_tahunan(per_indikator[indikator.pk])
        target_angka = nilai_angka(indikator.berhuruf, target, target_huruf)
        capaian = None
        dihitung = semua or status == Realisasi.Status.DISETUJUI
        if dihitung and target_angka is not None and realisasi is not None:
            capaian = hitung_capaian(
                target_angka, realisasi, Polaritas(indikator.polaritas), satker.batas_capaian
            )
        hasil.append(
            BarisCapaian(
                nomor_sasaran=indikator.sasaran.nomor,
                sasaran=indikator.sasaran.uraian,
                indikator=indikator,
                target=target,
                target_huruf=target_huruf,
                realisasi=realisasi,
                realisasi_huruf=realisasi_huruf,
                capaian=capaian,
                kategori=skala.kategori(capaian),
                target_angka=target_angka,
                status=status,
            )
        )
    return hasil


@dataclass(frozen=True)
class KelompokSasaran:
    """The rows of one sasaran, for tables that span the sasaran cell over its indicators."""

    nomor: int
    uraian: str
    baris: list[BarisCapaian]


def per_sasaran(baris: list[BarisCapaian]) -> list[KelompokSasaran]:
    """Consecutive rows grouped by sasaran, in table order."""
    hasil: list[KelompokSasaran] = []
    for b in baris:
        if hasil and hasil[-1].nomor == b.nomor_sasaran:
            hasil[-1].baris.append(b)
        else:
            hasil.append(KelompokSasaran(b.nomor_sasaran, b.sasaran, [b]))
    return hasil


def sebaran_kategori(satker: Satker, baris: list[BarisCapaian]) -> list[tuple[str, int]]:
    """How many indicators fall in each band of the office's scale, best band first."""
    terbaik_dulu = [p.label for p in reversed(satker.skala().pita)]
    return sebaran(terbaik_dulu, (b.kategori for b in baris))


def tahun_utama(satker: Satker) -> int | None:
    """The year a user most likely wants: the latest signed PK, else the latest realisation."""
    pk = (
        PerjanjianKinerja.objects.filter(satker=satker)
        .order_by("-tahun")
        .values_list("tahun", flat=True)
        .first()
    )
    if pk is not None:
        return pk
    terisi = (
        Realisasi.objects.filter(indikator__sasaran__renstra__satker=satker)
        .order_by("-tahun")
        .values_list("tahun", flat=True)
        .first()
    )
    if terisi is not None:
        return terisi
    tahun = tahun_tersedia(satker)
    return tahun[0] if tahun else None


@dataclass(frozen=True)
class RingkasanSatker:
    """One office's year at a glance, for evaluators comparing the offices below them."""

    jumlah_indikator: int
    rata_rata: Decimal | None
    sebaran: list[tuple[str, int]]
    menunggu: int = 0  # entered but not yet approved, left out of the mean and the spread


def ringkasan_satker(satker: Satker, tahun: int) -> RingkasanSatker:
    """Indicators measured, the mean of the defined capaian, and the category counts."""
    baris = tabel_capaian(satker, tahun)
    return RingkasanSatker(
        jumlah_indikator=len(baris),
        rata_rata=rata_capaian(b.capaian for b in baris),
        sebaran=sebaran_kategori(satker, baris),
        menunggu=sum(b.menunggu for b in baris),
    )
