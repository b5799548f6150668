"""Gather the facts of an office's year from the models into a plain dataclass tree.

Everything a document states comes from here: the LKj and the PK are laid out from
this tree (susun.py) and rendered to HTML, PDF and DOCX; the tree is also what a
published version stores as JSON, and its hash keys the cache of generated files.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import json
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, prefetch_related_objects

from sakip.lib.capaian import Polaritas, kemajuan_target_akhir, rata_capaian
from sakip.lib.nilai import berpersen
from sakip.lib.skala import sebaran
from sakip.organisasi.models import Pegawai, Satker
from sakip.pengukuran.capaian import BarisCapaian, tabel_capaian
from sakip.pengukuran.models import Realisasi
from sakip.perencanaan.models import PerjanjianKinerja, Renstra, Target

from . import anggaran as sumber_anggaran
from . import evaluasi as sumber_evaluasi
from . import logo

# Bumped when the layout or the default texts change, so cached files are regenerated.
VERSI_SUSUNAN = "1"


class DataTidakAda(LookupError):
    """The office has nothing to report for the year (no PK and no targets)."""


@dataclass
class DataSatker:
    kode: str
    nama: str
    nama_sekretariat: str
    jenis: str
    kota: str
    alamat: str
    situs: str
    induk: str
    logo: str = ""  # the storage name of the cover's logo (sakip.laporan.logo reads it)
    logo_sha256: str = ""


@dataclass
class Jumlah:
    """A labelled count of a staff table."""

    label: str
    jumlah: int


@dataclass
class DataSdm:
    """Staff counts by status, by education (split by status) and by golongan (PNS only)."""

    status: list[Jumlah]
    pendidikan: list[tuple[str, list[int]]]  # (education, counts per status in status order)
    golongan: list[tuple[str, list[int]]]  # (ruang IV..I, counts for a..e)
    unit: list[str]

    @property
    def total(self) -> int:
        return sum(s.jumlah for s in self.status)

    def jumlah_status(self, label: str) -> int:
        return next((s.jumlah for s in self.status if s.label == label), 0)

    @property
    def total_golongan(self) -> int:
        return sum(sum(n) for _, n in self.golongan)


@dataclass
class Catatan:
    """The notes of a realisation (latest quarter that has them)."""

    periode: str = ""
    analisis: str = ""
    kendala: str = ""
    solusi: str = ""
    tindak_lanjut: str = ""

    @property
    def ada(self) -> bool:
        return any((self.analisis, self.kendala, self.solusi, self.tindak_lanjut))


@dataclass
class Riwayat:
    """An earlier year's result of one indicator."""

    tahun: int
    realisasi: Decimal | None
    realisasi_huruf: str
    capaian: Decimal | None


@dataclass
class DataIndikator:
    nomor: int
    nomor_sasaran: int
    nama: str
    satuan: str
    berhuruf: bool
    persen: bool
    uraian: str
    cara_penghitungan: str
    sumber_data: str
    unit: str
    target: Decimal | None
    target_huruf: str
    realisasi: Decimal | None
    realisasi_huruf: str
    capaian: Decimal | None
    kategori: str | None
    target_angka: Decimal | None = None  # the number capaian divides by (a grade's band number)
    target_akhir: Decimal | None = None
    target_akhir_huruf: str = ""
    # Progress of the year's value towards the Renstra end target, by the indicator's polarity.
    kemajuan_renstra: Decimal | None = None
    jenis: str = "angka"
    polaritas: str = Polaritas.NAIK.value
    standar_nasional: Decimal | None = None
    riwayat: list[Riwayat] = field(default_factory=list)
    catatan: Catatan = field(default_factory=Catatan)


@dataclass
class DataSasaran:
    nomor: int
    uraian: str
    tujuan: str
    indikator: list[DataIndikator]
    kaitan_anggaran: sumber_anggaran.AnggaranSasaran | None = None
    rata_capaian: Decimal | None = None  # mean of its indicators' defined capaian


@dataclass
class DataRenstra:
    tahun_awal: int
    tahun_akhir: int
    dasar_hukum: str
    visi: str
    misi: list[str]
    tujuan: list[str]

    @property
    def periode(self) -> str:
        return f"{self.tahun_awal}–{self.tahun_akhir}"


@dataclass
class BarisPk:
    nomor: int
    nomor_sasaran: int
    sasaran: str
    indikator: str
    target: Decimal | None
    target_huruf: str
    satuan: str
    jenis: str = "angka"


@dataclass
class ProgramPk:
    nomor: int
    kode: str
    nama: str
    anggaran: Decimal


@dataclass
class DataPk:
    tahun: int
    perubahan: int
    tempat: str
    tanggal: datetime.date
    pihak_pertama_nama: str
    pihak_pertama_jabatan: str
    pihak_kedua_nama: str
    pihak_kedua_jabatan: str
    baris: list[BarisPk]
    program: list[ProgramPk]
    total_anggaran: Decimal = Decimal(0)  # PerjanjianKinerja.total_anggaran()


@dataclass
class Pita:
    uraian: str
    label: str


@dataclass
class DataLkj:
    """Every fact the LKj of one office and year states."""

    satker: DataSatker
    tahun: int
    tempat: str
    tanggal: datetime.date
    penandatangan_nama: str
    penandatangan_jabatan: str
    renstra: DataRenstra | None
    sdm: DataSdm
    sasaran: list[DataSasaran]
    skala: list[Pita]
    skala_serapan: list[Pita]
    batas_capaian: Decimal | None
    pk: DataPk | None
    anggaran: sumber_anggaran.DataAnggaran | None
    narasi: dict[str, str] = field(default_factory=dict)
    rata_capaian: Decimal | None = None  # mean of every indicator's defined capaian
    ikpa: sumber_evaluasi.DataIkpa | None = None  # BAB III B (i14)
    tindak_lanjut: list[sumber_evaluasi.DataTindakLanjut] = field(default_factory=list)  # BAB IV

    @property
    def indikator(self) -> list[DataIndikator]:
        return [i for s in self.sasaran for i in s.indikator]

    def sebaran(self) -> list[tuple[str, int]]:
        """Indicators per category, best band first (every band listed)."""
        return sebaran([p.label for p in self.skala], (i.kategori for i in self.indikator))


def _satker(satker: Satker) -> DataSatker:
    return DataSatker(
        kode=satker.kode,
        nama=satker.nama,
        nama_sekretariat=satker.nama_sekretariat,
        jenis=satker.jenis,
        kota=satker.kota,
        alamat=satker.alamat,
        situs=satker.situs,
        induk=satker.induk.nama if satker.induk_id else "",
        logo=satker.logo.name or "",
        logo_sha256=logo.sidik(satker.logo.name) if satker.logo else "",
    )


def _renstra(satker: Satker, tahun: int) -> Renstra | None:
    return (
        Renstra.objects.filter(satker=satker, tahun_awal__lte=tahun, tahun_akhir__gte=tahun)
        .prefetch_related("misi", "tujuan")
        .first()
    )


def _data_renstra(renstra: Renstra | None) -> DataRenstra | None:
    if renstra is None:
        return None
    return DataRenstra(
        tahun_awal=renstra.tahun_awal,
        tahun_akhir=renstra.tahun_akhir,
        dasar_hukum=renstra.dasar_hukum,
        visi=renstra.visi,
        misi=[m.uraian for m in renstra.misi.all()],
        tujuan=[t.uraian for t in renstra.tujuan.all()],
    )


def kumpul_sdm(satker: Satker) -> DataSdm:
    """Staff counts as database aggregates; every status, education and golongan listed."""
    aktif = Pegawai.objects.filter(satker=satker, aktif=True)
    per_status = dict(aktif.values_list("status").annotate(n=Count("id")).order_by())
    status = [Jumlah(label, per_status.get(kode, 0)) for kode, label in Pegawai.Status.choices]
    silang: dict[tuple[str, str], int] = {
        (p, s): n
        for p, s, n in aktif.values_list("pendidikan", "status").annotate(n=Count("id")).order_by()
    }
    pendidikan = [
        (label, [silang.get((kode, s), 0) for s, _ in Pegawai.Status.choices])
        for kode, label in reversed(Pegawai.Pendidikan.choices)
    ]
    per_golongan = dict(
        aktif.filter(status=Pegawai.Status.PNS)
        .exclude(golongan="")
        .values_list("golongan")
        .annotate(n=Count("id"))
        .order_by()
    )
    golongan = [
        (ruang, [per_golongan.get(f"{ruang}/{h}", 0) for h in "abcde"])
        for ruang in ("IV", "III", "II", "I")
    ]
    unit = list(satker.unit.order_by("kode").values_list("nama", flat=True))
    return DataSdm(status=status, pendidikan=pendidikan, golongan=golongan, unit=unit)


def _catatan(satker: Satker, tahun: int) -> dict[int, Catatan]:
    """Per indicator, the notes of its latest quarter that has any."""
    hasil: dict[int, Catatan] = {}
    for r in (
        Realisasi.objects.filter(indikator__sasaran__renstra__satker=satker, tahun=tahun)
        .only("indikator_id", "tahun", "triwulan", "analisis", "kendala", "solusi", "tindak_lanjut")
        .order_by("indikator_id", "triwulan")
    ):
        c = Catatan(r.periode, r.analisis, r.kendala, r.solusi, r.tindak_lanjut)
        if c.ada:
            hasil[r.indikator_id] = c
    return hasil


def _riwayat(satker: Satker, renstra: Renstra | None, tahun: int) -> dict[int, list[Riwayat]]:
    """Earlier years of the Renstra period that have realisations, per indicator."""
    if renstra is None:
        return {}
    tahun_ada = sorted(
        set(
            Realisasi.objects.filter(
                indikator__sasaran__renstra=renstra,
                tahun__gte=renstra.tahun_awal,
                tahun__lt=tahun,
            ).values_list("tahun", flat=True)
        )
    )
    hasil: dict[int, list[Riwayat]] = {}
    for t in tahun_ada:
        for b in tabel_capaian(satker, t):
            hasil.setdefault(b.indikator.pk, []).append(
                Riwayat(t, b.realisasi, b.realisasi_huruf, b.capaian)
            )
    return hasil


def _target_akhir(renstra: Renstra | None, ids: list[int]) -> dict[int, Target]:
    if renstra is None:
        return {}
    return {
        t.indikator_id: t
        for t in Target.objects.filter(
            indikator_id__in=ids, tahun=renstra.tahun_akhir, triwulan__isnull=True
        )
    }


def _indikator(
    nomor: int,
    b: BarisCapaian,
    target_akhir: Target | None,
    riwayat: list[Riwayat],
    catatan: Catatan | None,
) -> DataIndikator:
    i = b.indikator
    if target_akhir is not None:
        target_akhir.indikator = i  # avoid a query
    return DataIndikator(
        nomor=nomor,
        nomor_sasaran=b.nomor_sasaran,
        nama=i.nama,
        satuan=i.satuan,
        berhuruf=i.berhuruf,
        persen=berpersen(i.satuan, i.jenis),
        uraian=i.uraian,
        cara_penghitungan=i.cara_penghitungan,
        sumber_data=i.sumber_data,
        unit=i.unit.nama if i.unit_id else "",
        target=b.target,
        target_huruf=b.target_huruf,
        realisasi=b.realisasi,
        realisasi_huruf=b.realisasi_huruf,
        capaian=b.capaian,
        kategori=b.kategori,
        target_angka=b.target_angka,
        target_akhir=target_akhir.nilai if target_akhir else None,
        target_akhir_huruf=target_akhir.nilai_huruf if target_akhir else "",
        kemajuan_renstra=kemajuan_target_akhir(
            target_akhir.nilai_angka() if target_akhir else None,
            b.realisasi,
            Polaritas(i.polaritas),
        ),
        jenis=i.jenis,
        polaritas=i.polaritas,
        standar_nasional=i.standar_nasional,
        riwayat=riwayat,
        catatan=catatan or Catatan(),
    )


def kumpul_sasaran(
    satker: Satker,
    tahun: int,
    renstra: Renstra | None,
) -> list[DataSasaran]:
    """The measurement table grouped by sasaran, with history, end targets and notes."""
    baris = tabel_capaian(satker, tahun)
    ids = [b.indikator.pk for b in baris]
    akhir = _target_akhir(renstra, ids)
    riwayat = _riwayat(satker, renstra, tahun)
    catatan = _catatan(satker, tahun)
    hasil: dict[int, DataSasaran] = {}
    for nomor, b in enumerate(baris, start=1):
        s = b.indikator.sasaran
        if s.pk not in hasil:
            hasil[s.pk] = DataSasaran(
                nomor=len(hasil) + 1,
                uraian=s.uraian,
                tujuan=s.tujuan.uraian if s.tujuan_id else "",
                indikator=[],
            )
        data = _indikator(
            nomor,
            b,
            akhir.get(b.indikator.pk),
            riwayat.get(b.indikator.pk, []),
            catatan.get(b.indikator.pk),
        )
        data.nomor_sasaran = hasil[s.pk].nomor
        hasil[s.pk].indikator.append(data)
    daftar = list(hasil.values())
    kaitan = sumber_anggaran.anggaran_per_sasaran(satker, tahun, list(hasil))
    for pk_sasaran, data in zip(hasil, daftar, strict=True):
        data.kaitan_anggaran = kaitan.get(pk_sasaran)
        data.rata_capaian = rata_capaian(i.capaian for i in data.indikator)
    return daftar


def kumpul_pk(satker: Satker, tahun: int) -> DataPk | None:
    """The PK in force for the year with its rows and programs."""
    pk = PerjanjianKinerja.berlaku(satker, tahun)
    if pk is None:
        return None
    prefetch_related_objects([pk], "anggaran")  # its program rows, in one query
    baris = []
    nomor_sasaran: dict[int, int] = {}
    for i, b in enumerate(
        pk.baris.select_related("indikator__sasaran").order_by("urutan"), start=1
    ):
        s = b.indikator.sasaran
        nomor_sasaran.setdefault(s.pk, len(nomor_sasaran) + 1)
        baris.append(
            BarisPk(
                nomor=i,
                nomor_sasaran=nomor_sasaran[s.pk],
                sasaran=s.uraian,
                indikator=b.indikator.nama,
                target=b.target,
                target_huruf=b.target_huruf,
                satuan=b.indikator.satuan,
                jenis=b.indikator.jenis,
            )
        )
    program = [
        ProgramPk(i, a.kode_program, a.nama_program, a.anggaran)
        for i, a in enumerate(pk.anggaran.all(), start=1)  # ordered by urutan (Meta)
    ]
    return DataPk(
        tahun=pk.tahun,
        perubahan=pk.perubahan,
        tempat=pk.tempat,
        tanggal=pk.tanggal,
        pihak_pertama_nama=pk.pihak_pertama_nama,
        pihak_pertama_jabatan=pk.pihak_pertama_jabatan,
        pihak_kedua_nama=pk.pihak_kedua_nama,
        pihak_kedua_jabatan=pk.pihak_kedua_jabatan,
        baris=baris,
        program=program,
        total_anggaran=pk.total_anggaran(),
    )


@dataclass
class DataDokumenPk:
    """Every fact the stand-alone PK document states."""

    satker: DataSatker
    pk: DataPk


def kumpul_dokumen_pk(satker: Satker, tahun: int) -> DataDokumenPk:
    """The PK of the year as a document; DataTidakAda when none was recorded."""
    pk = kumpul_pk(satker, tahun)
    if pk is None:
        raise DataTidakAda(f"{satker.nama} belum memiliki Perjanjian Kinerja tahun {tahun}")
    return DataDokumenPk(_satker(satker), pk)


def _penandatangan(satker: Satker, pk: DataPk | None) -> tuple[str, str]:
    """The Sekretaris signs the LKj: the PK's pihak pertama, else the staff member so titled."""
    if pk is not None:
        return pk.pihak_pertama_nama, pk.pihak_pertama_jabatan
    sekretaris = Pegawai.objects.filter(satker=satker, jabatan__iexact="Sekretaris").first()
    if sekretaris is not None:
        return sekretaris.nama, f"Sekretaris {satker.nama}"
    return "", f"Sekretaris {satker.nama}"


def ada_data(satker: Satker, tahun: int) -> bool:
    """Whether the office has anything to report for the year (a PK or yearly targets)."""
    return (
        PerjanjianKinerja.objects.filter(satker=satker, tahun=tahun).exists()
        or Target.objects.filter(
            indikator__sasaran__renstra__satker=satker, tahun=tahun, triwulan__isnull=True
        ).exists()
    )


def kumpul_lkj(satker: Satker, tahun: int, tanggal: datetime.date | None = None) -> DataLkj:
    """Every fact of the LKj; DataTidakAda when the year has no PK and no targets."""
    from .models import NarasiLaporan, PengesahanLaporan

    if not ada_data(satker, tahun):
        raise DataTidakAda(
            f"{satker.nama} belum memiliki Perjanjian Kinerja atau target tahun {tahun}"
        )
    renstra = _renstra(satker, tahun)
    pk = kumpul_pk(satker, tahun)
    anggaran = sumber_anggaran.kumpul_anggaran(satker, tahun)
    nama, jabatan = _penandatangan(satker, pk)
    pengesahan = PengesahanLaporan.objects.filter(satker=satker, tahun=tahun).first()
    tempat = (pengesahan.tempat if pengesahan else "") or satker.kota
    tanggal = (pengesahan.tanggal if pengesahan else None) or tanggal or datetime.date.today()
    sasaran = kumpul_sasaran(satker, tahun, renstra)
    return DataLkj(
        satker=_satker(satker),
        tahun=tahun,
        tempat=tempat,
        tanggal=tanggal,
        penandatangan_nama=nama,
        penandatangan_jabatan=jabatan,
        renstra=_data_renstra(renstra),
        sdm=kumpul_sdm(satker),
        sasaran=sasaran,
        skala=[Pita(p.uraian(), p.label) for p in reversed(satker.skala().pita)],
        skala_serapan=[Pita(p.uraian(), p.label) for p in reversed(satker.skala_serapan().pita)],
        batas_capaian=satker.batas_capaian,
        pk=pk,
        anggaran=anggaran,
        narasi=dict(
            NarasiLaporan.objects.filter(satker=satker, tahun=tahun).values_list("bagian", "teks")
        ),
        rata_capaian=rata_capaian(i.capaian for s in sasaran for i in s.indikator),
        ikpa=sumber_evaluasi.kumpul_ikpa(satker, tahun) if anggaran else None,
        tindak_lanjut=sumber_evaluasi.kumpul_tindak_lanjut(satker, tahun),
    )


def _json_default(o):
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, datetime.date):
        return o.isoformat()
    raise TypeError(f"{type(o).__name__} tidak dapat dijadikan JSON")


def sebagai_json(data) -> str:
    """The tree as canonical JSON (sorted keys, Decimal and dates as strings)."""
    return json.dumps(
        dataclasses.asdict(data),
        default=_json_default,
        sort_keys=True,
        ensure_ascii=False,
        indent=1,
    )


def sidik(data, dokumen: str) -> str:
    """SHA-256 of the data and the layout version: the key of cached generated files."""
    isi = f"{dokumen}\n{VERSI_SUSUNAN}\n{sebagai_json(data)}"
    return hashlib.sha256(isi.encode()).hexdigest()
