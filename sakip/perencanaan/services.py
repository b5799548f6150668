"""Verbs of the plan: Renstra, sasaran, indicators, targets and the PK (with its revisions).

Views and commands call these; each checks permission itself (`akses.
boleh_mengelola_perencanaan`: the office's Perencana or Admin), validates everything first
and writes in one transaction, so nothing is half-written. A refusal is a PerencanaanError
whose message says what and where, in Bahasa Indonesia.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.lib.angka import AngkaError, parse_angka
from sakip.lib.capaian import NILAI_HURUF
from sakip.lib.penandatanganan import nilai_tanggal
from sakip.lib.placeholder import cari_placeholder
from sakip.lib.rumus import RumusError, hitung, periksa
from sakip.organisasi import akses
from sakip.organisasi.models import Satker

from .models import (
    TRIWULAN,
    AnggaranPK,
    BarisPK,
    Indikator,
    Misi,
    PerjanjianKinerja,
    Renstra,
    Sasaran,
    Target,
    Tujuan,
)


class PerencanaanError(Exception):
    """A planning change that cannot be made; the message says why, in Bahasa Indonesia."""


def pastikan_boleh(user, satker: Satker) -> None:
    akses.pastikan(
        akses.boleh_mengelola_perencanaan(user, satker),
        "Hanya Perencana atau Admin kantor ini yang boleh mengubah perencanaan.",
    )


def _galat_validasi(exc: ValidationError, label: dict[str, str] | None = None) -> str:
    label = label or {}
    if hasattr(exc, "message_dict"):
        return "; ".join(
            f"{label.get(k, k)}: {' '.join(v)}" if k != "__all__" else " ".join(v)
            for k, v in exc.message_dict.items()
        )
    return " ".join(exc.messages)


# -- Renstra ----------------------------------------------------------------------------


def _baris(teks: str) -> list[str]:
    return [b.strip() for b in (teks or "").replace("\r\n", "\n").split("\n") if b.strip()]


def _simpan_bernomor(model, renstra: Renstra, daftar: list[str]) -> None:
    """Numbered rows (misi, tujuan) 1..n as listed: existing numbers updated, extra removed."""
    for nomor, uraian in enumerate(daftar, start=1):
        model.objects.update_or_create(renstra=renstra, nomor=nomor, defaults={"uraian": uraian})
    model.objects.filter(renstra=renstra, nomor__gt=len(daftar)).delete()


@transaction.atomic
def simpan_renstra(
    user,
    satker: Satker,
    renstra: Renstra | None,
    *,
    tahun_awal: int,
    tahun_akhir: int,
    visi: str,
    dasar_hukum: str = "",
    misi: str = "",
    tujuan: str = "",
) -> Renstra:
    """Create or change a Renstra; misi and tujuan are given one per line, in order."""
    pastikan_boleh(user, satker)
    if renstra is not None and renstra.satker_id != satker.pk:
        raise PerencanaanError("Renstra ini bukan milik kantor ini.")
    if tahun_akhir < tahun_awal:
        raise PerencanaanError(
            f"Periode Renstra: tahun akhir {tahun_akhir} sebelum tahun awal {tahun_awal}."
        )
    if tahun_akhir - tahun_awal > 9:
        raise PerencanaanError(
            f"Periode Renstra {tahun_awal}–{tahun_akhir} lebih dari 10 tahun; Renstra berlaku "
            "lima tahun."
        )
    if not visi.strip():
        raise PerencanaanError("Visi Renstra wajib diisi.")
    tumpang = Renstra.objects.filter(
        satker=satker, tahun_awal__lte=tahun_akhir, tahun_akhir__gte=tahun_awal
    )
    if renstra is not None:
        tumpang = tumpang.exclude(pk=renstra.pk)
    lain = tumpang.first()
    if lain is not None:
        raise PerencanaanError(
            f"Periode {tahun_awal}–{tahun_akhir} bertumpang tindih dengan Renstra {lain.periode}."
        )
    if renstra is not None and (
        tahun_awal > renstra.tahun_awal or tahun_akhir < renstra.tahun_akhir
    ):
        luar = (
            Target.objects.filter(indikator__sasaran__renstra=renstra)
            .exclude(tahun__gte=tahun_awal, tahun__lte=tahun_akhir)
            .values_list("tahun", flat=True)
            .first()
        )
        if luar is not None:
            raise PerencanaanError(
                f"Periode {tahun_awal}–{tahun_akhir} tidak memuat tahun {luar} yang sudah "
                "memiliki target; hapus target itu dahulu."
            )
    renstra = renstra or Renstra(satker=satker)
    renstra.tahun_awal, renstra.tahun_akhir = tahun_awal, tahun_akhir
    renstra.visi, renstra.dasar_hukum = visi.strip(), dasar_hukum.strip()
    renstra.save()
    _simpan_bernomor(Misi, renstra, _baris(misi))
    _simpan_bernomor(Tujuan, renstra, _baris(tujuan))
    return renstra


@transaction.atomic
def simpan_sasaran(
    user,
    renstra: Renstra,
    sasaran: Sasaran | None,
    *,
    uraian: str,
    tujuan: Tujuan | None = None,
    nomor: int | None = None,
) -> Sasaran:
    """Create or change a sasaran; a new one is numbered after the last."""
    pastikan_boleh(user, renstra.satker)
    if not uraian.strip():
        raise PerencanaanError("Uraian sasaran wajib diisi.")
    if tujuan is not None and tujuan.renstra_id != renstra.pk:
        raise PerencanaanError("Tujuan yang dipilih bukan tujuan Renstra ini.")
    if sasaran is None:
        terakhir = renstra.sasaran.order_by("-nomor").values_list("nomor", flat=True).first()
        sasaran = Sasaran(renstra=renstra, nomor=nomor or (terakhir or 0) + 1)
    elif sasaran.renstra_id != renstra.pk:
        raise PerencanaanError("Sasaran ini bukan milik Renstra ini.")
    elif nomor:
        sasaran.nomor = nomor
    if renstra.sasaran.filter(nomor=sasaran.nomor).exclude(pk=sasaran.pk).exists():
        raise PerencanaanError(f"Nomor sasaran {sasaran.nomor} sudah dipakai di Renstra ini.")
    sasaran.uraian, sasaran.tujuan = uraian.strip(), tujuan
    sasaran.save()
    return sasaran


@transaction.atomic
def hapus_sasaran(user, sasaran: Sasaran) -> None:
    pastikan_boleh(user, sasaran.renstra.satker)
    if BarisPK.objects.filter(indikator__sasaran=sasaran).exists():
        raise PerencanaanError(
            f"Sasaran {sasaran.nomor} tidak dapat dihapus: indikatornya sudah tercantum dalam "
            "Perjanjian Kinerja."
        )
    sasaran.delete()


# -- indicators -------------------------------------------------------------------------

KOLOM_INDIKATOR = [
    "nama",
    "uraian",
    "cara_penghitungan",
    "rumus",
    "satuan",
    "jenis",
    "polaritas",
    "agregasi",
    "sumber_data",
    "unit",
    "iku",
    "wajib_bukti",
]


@transaction.atomic
def simpan_indikator(user, sasaran: Sasaran, indikator: Indikator | None, **isi) -> Indikator:
    """Create or change an indicator and its whole definition sheet (validated by the model)."""
    satker = sasaran.renstra.satker
    pastikan_boleh(user, satker)
    if indikator is None:
        terakhir = sasaran.indikator.order_by("-nomor").values_list("nomor", flat=True).first()
        indikator = Indikator(sasaran=sasaran, nomor=(terakhir or 0) + 1)
    elif indikator.sasaran.renstra.satker_id != satker.pk:
        raise PerencanaanError("Indikator ini bukan milik kantor ini.")
    for kolom, nilai in isi.items():
        if kolom not in KOLOM_INDIKATOR:
            raise PerencanaanError(f"Kolom indikator '{kolom}' tidak dikenal.")
        setattr(indikator, kolom, nilai.strip() if isinstance(nilai, str) else nilai)
    indikator.sasaran = sasaran
    if indikator.unit_id and indikator.unit.satker_id != satker.pk:
        raise PerencanaanError("Unit penanggung jawab bukan unit kantor ini.")
    if indikator.jenis == Indikator.Jenis.PERSEN and not indikator.satuan:
        indikator.satuan = "%"
    try:
        indikator.full_clean(validate_unique=False)
    except ValidationError as exc:
        raise PerencanaanError(_galat_validasi(exc)) from exc
    indikator.save()
    return indikator


@dataclass(frozen=True)
class PratinjauRumus:
    """The live preview of a formula: its quantities and a trial value, or the error."""

    galat: str = ""
    nama: tuple[str, ...] = ()
    contoh: dict[str, Decimal] | None = None
    hasil: Decimal | None = None


def pratinjau_rumus(teks: str) -> PratinjauRumus:
    """Parse a formula and compute it for small sample values (10, 8, 6, …) of its quantities."""
    if not (teks or "").strip():
        return PratinjauRumus()
    try:
        rumus = periksa(teks)
    except RumusError as exc:
        pesan = str(exc)
        return PratinjauRumus(galat=f"Rumus tidak dapat dibaca: {pesan[:1].lower()}{pesan[1:]}.")
    contoh = {n: Decimal(max(10 - 2 * i, 1)) for i, n in enumerate(rumus.nama)}
    try:
        hasil = hitung(rumus, contoh)
    except RumusError:
        hasil = None
    return PratinjauRumus(nama=rumus.nama, contoh=contoh, hasil=hasil)


# -- targets ----------------------------------------------------------------------------


@dataclass
class IsiTarget:
    """What the target form sends for one indicator and one period (triwulan None = year)."""

    indikator: Indikator
    triwulan: int | None
    teks: str
    tonggak: str = ""


def _nama_periode(tahun: int, triwulan: int | None) -> str:
    return f"tahun {tahun}" if triwulan is None else f"{dict(TRIWULAN)[triwulan]} {tahun}"


@transaction.atomic
def simpan_target(user, renstra: Renstra, tahun: int, isian: list[IsiTarget]) -> int:
    """Store the year's and the quarters' targets (and milestones); returns rows changed.

    Every entry is checked first; any error refuses the whole form, listing every error.
    An empty value with no milestone removes the target.
    """
    pastikan_boleh(user, renstra.satker)
    if not renstra.memuat(tahun):
        raise PerencanaanError(
            f"Tahun {tahun} di luar periode Renstra {renstra.periode}: target tidak dapat diisi."
        )
    galat, tulis, hapus = [], [], []
    for isi in isian:
        i = isi.indikator
        if i.sasaran.renstra_id != renstra.pk:
            raise PerencanaanError(f"Indikator “{i.nama}” bukan indikator Renstra ini.")
        letak = f"Indikator {i.sasaran.nomor}.{i.nomor}, {_nama_periode(tahun, isi.triwulan)}"
        teks = (isi.teks or "").strip()
        tonggak = (isi.tonggak or "").strip()
        if not teks:
            if tonggak:
                galat.append(f"{letak}: tonggak diisi tetapi nilai targetnya kosong.")
            else:
                hapus.append((i, isi.triwulan))
            continue
        nilai, huruf = None, ""
        if i.berhuruf:
            huruf = teks.upper()
            if huruf not in NILAI_HURUF:
                galat.append(
                    f"{letak}: '{teks}' bukan nilai huruf; isi salah satu dari "
                    f"{', '.join(NILAI_HURUF)}."
                )
                continue
        else:
            try:
                nilai = parse_angka(teks)
            except AngkaError as exc:
                galat.append(f"{letak}: {exc}.")
                continue
            if nilai < 0:
                galat.append(f"{letak}: target tidak boleh negatif.")
                continue
        tulis.append((i, isi.triwulan, nilai, huruf, tonggak))
    if galat:
        raise PerencanaanError(" ".join(galat))
    berubah = 0
    for i, triwulan, nilai, huruf, tonggak in tulis:
        t = Target.objects.filter(indikator=i, tahun=tahun, triwulan=triwulan).first()
        if t is not None and (t.nilai, t.nilai_huruf, t.tonggak) == (nilai, huruf, tonggak):
            continue
        t = t or Target(indikator=i, tahun=tahun, triwulan=triwulan)
        t.nilai, t.nilai_huruf, t.tonggak = nilai, huruf, tonggak
        t.save()
        berubah += 1
    for i, triwulan in hapus:
        berubah += Target.objects.filter(indikator=i, tahun=tahun, triwulan=triwulan).delete()[0]
    return berubah


# -- the PK -----------------------------------------------------------------------------


@dataclass
class Penandatangan:
    """Place, date and the two signatories of a PK."""

    tempat: str
    tanggal: datetime.date
    pihak_pertama_nama: str
    pihak_pertama_jabatan: str
    pihak_kedua_nama: str
    pihak_kedua_jabatan: str
    pihak_pertama_nip: str = ""
    pihak_kedua_nip: str = ""


def _periksa_penandatangan(
    p: Penandatangan, tahun: int, hari_ini: datetime.date, konfirmasi: bool
) -> None:
    galat = []
    for kolom, label in (
        ("tempat", "Tempat"),
        ("pihak_pertama_nama", "Nama pihak pertama"),
        ("pihak_pertama_jabatan", "Jabatan pihak pertama"),
        ("pihak_kedua_nama", "Nama pihak kedua"),
        ("pihak_kedua_jabatan", "Jabatan pihak kedua"),
    ):
        if not getattr(p, kolom).strip():
            galat.append(f"{label} wajib diisi.")
    for kolom, label in (
        ("pihak_pertama_nama", "Nama pihak pertama"),
        ("pihak_pertama_nip", "NIP pihak pertama"),
        ("pihak_pertama_jabatan", "Jabatan pihak pertama"),
        ("pihak_kedua_nama", "Nama pihak kedua"),
        ("pihak_kedua_nip", "NIP pihak kedua"),
        ("pihak_kedua_jabatan", "Jabatan pihak kedua"),
        ("tempat", "Tempat"),
    ):
        sementara = cari_placeholder(getattr(p, kolom))
        if sementara:
            galat.append(
                f"{label} masih memuat isian sementara {', '.join(sementara)}: isi yang sebenarnya"
                " (kosongkan NIP bila tidak ada)."
            )
    for kolom, label in (("pihak_pertama_nip", "pertama"), ("pihak_kedua_nip", "kedua")):
        nip = getattr(p, kolom).replace(" ", "")
        if nip and not cari_placeholder(getattr(p, kolom)) and not nip.isdigit():
            galat.append(f"NIP pihak {label} '{getattr(p, kolom)}' hanya boleh berisi angka.")
    nilai = nilai_tanggal(p.tanggal, tahun, "pk", hari_ini)
    if nilai.galat:
        galat.append(nilai.galat)
    elif nilai.perlu_konfirmasi and not konfirmasi:
        galat.append(nilai.perlu_konfirmasi)
    if galat:
        raise PerencanaanError(" ".join(galat))


def _isi_penandatangan(pk: PerjanjianKinerja, p: Penandatangan) -> None:
    for kolom, nilai in vars(p).items():
        setattr(pk, kolom, nilai.strip() if isinstance(nilai, str) else nilai)


def penandatangan_usulan(satker: Satker, tahun: int) -> Penandatangan:
    """Signatories for a new PK: last year's PK's, else the office's Sekretaris and Ketua."""
    lalu = PerjanjianKinerja.objects.filter(satker=satker, tahun__lt=tahun).order_by(
        "-tahun", "-perubahan"
    )
    lalu = lalu.first()
    if lalu is not None:
        return Penandatangan(
            tempat=lalu.tempat,
            tanggal=datetime.date(tahun, 1, 2),
            pihak_pertama_nama=lalu.pihak_pertama_nama,
            pihak_pertama_nip=lalu.pihak_pertama_nip,
            pihak_pertama_jabatan=lalu.pihak_pertama_jabatan,
            pihak_kedua_nama=lalu.pihak_kedua_nama,
            pihak_kedua_nip=lalu.pihak_kedua_nip,
            pihak_kedua_jabatan=lalu.pihak_kedua_jabatan,
        )
    sekretaris = satker.pegawai.filter(jabatan__iexact="Sekretaris").first()
    return Penandatangan(
        tempat=satker.kota,
        tanggal=datetime.date(tahun, 1, 2),
        pihak_pertama_nama=sekretaris.nama if sekretaris else "",
        pihak_pertama_nip=sekretaris.nip if sekretaris else "",
        pihak_pertama_jabatan=f"Sekretaris {satker.nama}",
        pihak_kedua_nama="",
        pihak_kedua_jabatan=f"Ketua {satker.nama}",
    )


def _baris_dari_renstra(satker: Satker, tahun: int) -> list[tuple[Indikator, Decimal | None, str]]:
    indikator = list(
        Indikator.objects.filter(
            sasaran__renstra__satker=satker,
            sasaran__renstra__tahun_awal__lte=tahun,
            sasaran__renstra__tahun_akhir__gte=tahun,
            iku=True,
        ).select_related("sasaran")
    )
    target = {
        t.indikator_id: t
        for t in Target.objects.filter(indikator__in=indikator, tahun=tahun, triwulan__isnull=True)
    }
    kosong = [
        f"{i.sasaran.nomor}.{i.nomor} “{i.nama}”"
        for i in indikator
        if i.pk not in target
        or not (target[i.pk].nilai_huruf if i.berhuruf else target[i.pk].nilai is not None)
    ]
    if not indikator:
        raise PerencanaanError(
            f"Renstra yang mencakup tahun {tahun} belum memiliki indikator IKU: isi sasaran dan "
            "indikatornya dahulu."
        )
    if kosong:
        raise PerencanaanError(
            f"Target tahun {tahun} belum diisi untuk indikator {', '.join(kosong)}: isi di "
            "halaman target Renstra dahulu."
        )
    return [(i, target[i.pk].nilai, target[i.pk].nilai_huruf) for i in indikator]


@transaction.atomic
def buat_pk(
    user,
    satker: Satker,
    tahun: int,
    penandatangan: Penandatangan,
    *,
    sumber: str = "renstra",
    hari_ini: datetime.date,
    konfirmasi_tanggal: bool = False,
) -> PerjanjianKinerja:
    """The year's first PK, its rows from the Renstra's targets of the year, or from last
    year's PK (same indicators, this year's Renstra targets where set, else last year's)."""
    pastikan_boleh(user, satker)
    if PerjanjianKinerja.objects.filter(satker=satker, tahun=tahun).exists():
        raise PerencanaanError(
            f"Perjanjian Kinerja {tahun} sudah ada; ubah penandatangannya atau buat PK Perubahan."
        )
    _periksa_penandatangan(penandatangan, tahun, hari_ini, konfirmasi_tanggal)
    if sumber == "renstra":
        baris = _baris_dari_renstra(satker, tahun)
        anggaran = []
    elif sumber == "tahun_lalu":
        lalu = PerjanjianKinerja.berlaku(satker, tahun - 1)
        if lalu is None:
            raise PerencanaanError(f"Tidak ada Perjanjian Kinerja {tahun - 1} untuk disalin.")
        target = {
            t.indikator_id: t
            for t in Target.objects.filter(
                indikator_id__in=lalu.baris.values("indikator_id"),
                tahun=tahun,
                triwulan__isnull=True,
            )
        }
        baris = []
        for b in lalu.baris.select_related("indikator"):
            t = target.get(b.indikator_id)
            if t is not None:
                baris.append((b.indikator, t.nilai, t.nilai_huruf))
            else:
                baris.append((b.indikator, b.target, b.target_huruf))
        anggaran = list(lalu.anggaran.all())
    else:
        raise PerencanaanError(f"Sumber PK '{sumber}' tidak dikenal (renstra atau tahun_lalu).")
    pk = PerjanjianKinerja(satker=satker, tahun=tahun, perubahan=0)
    _isi_penandatangan(pk, penandatangan)
    pk.save()
    BarisPK.objects.bulk_create(
        BarisPK(pk_dokumen=pk, urutan=n, indikator=i, target=nilai, target_huruf=huruf)
        for n, (i, nilai, huruf) in enumerate(baris, start=1)
    )
    AnggaranPK.objects.bulk_create(
        AnggaranPK(
            pk_dokumen=pk,
            urutan=a.urutan,
            kode_program=a.kode_program,
            nama_program=a.nama_program,
            anggaran=a.anggaran,
        )
        for a in anggaran
    )
    return pk


@transaction.atomic
def ubah_penandatangan(
    user,
    pk: PerjanjianKinerja,
    penandatangan: Penandatangan,
    *,
    hari_ini: datetime.date,
    konfirmasi_tanggal: bool = False,
    alasan_perubahan: str | None = None,
) -> PerjanjianKinerja:
    """Correct the signatories, place and date of a PK (the history keeps the earlier ones)."""
    pastikan_boleh(user, pk.satker)
    _periksa_penandatangan(penandatangan, pk.tahun, hari_ini, konfirmasi_tanggal)
    _isi_penandatangan(pk, penandatangan)
    if pk.perubahan and alasan_perubahan is not None:
        if not alasan_perubahan.strip():
            raise PerencanaanError("Alasan perubahan wajib diisi untuk PK Perubahan.")
        pk.alasan_perubahan = alasan_perubahan.strip()
    pk.save()
    return pk


@transaction.atomic
def ubah_target_pk(user, pk: PerjanjianKinerja, isian: dict[int, str]) -> int:
    """Change the agreed targets of a PK's rows ({row id: text}); all checked first."""
    pastikan_boleh(user, pk.satker)
    baris = {b.pk: b for b in pk.baris.select_related("indikator__sasaran")}
    galat, tulis = [], []
    for id_baris, teks in isian.items():
        b = baris.get(id_baris)
        if b is None:
            raise PerencanaanError("Baris PK tidak ditemukan pada PK ini.")
        i = b.indikator
        letak = f"Baris {b.urutan} (indikator {i.sasaran.nomor}.{i.nomor})"
        teks = (teks or "").strip()
        if not teks:
            galat.append(f"{letak}: target wajib diisi.")
        elif i.berhuruf:
            if teks.upper() not in NILAI_HURUF:
                galat.append(f"{letak}: '{teks}' bukan nilai huruf ({', '.join(NILAI_HURUF)}).")
            else:
                tulis.append((b, None, teks.upper()))
        else:
            try:
                nilai = parse_angka(teks)
            except AngkaError as exc:
                galat.append(f"{letak}: {exc}.")
                continue
            if nilai < 0:
                galat.append(f"{letak}: target tidak boleh negatif.")
                continue
            tulis.append((b, nilai, ""))
    if galat:
        raise PerencanaanError(" ".join(galat))
    berubah = 0
    for b, nilai, huruf in tulis:
        if (b.target, b.target_huruf) != (nilai, huruf):
            b.target, b.target_huruf = nilai, huruf
            b.save()
            berubah += 1
    return berubah


@transaction.atomic
def ganti_anggaran_pk(
    user, pk: PerjanjianKinerja, baris: list[tuple[str, str, Decimal]]
) -> list[AnggaranPK]:
    """Replace the PK's Program | Anggaran rows (kode, nama, rupiah), e.g. from the DIPA."""
    pastikan_boleh(user, pk.satker)
    galat = []
    for n, (kode, nama, jumlah) in enumerate(baris, start=1):
        if not kode.strip() or not nama.strip():
            galat.append(f"Baris program {n}: kode dan nama program wajib diisi.")
        if jumlah is None or jumlah < 0:
            galat.append(f"Baris program {n}: anggaran harus angka tidak negatif.")
    if galat:
        raise PerencanaanError(" ".join(galat))
    pk.anggaran.all().delete()
    return AnggaranPK.objects.bulk_create(
        AnggaranPK(
            pk_dokumen=pk,
            urutan=n,
            kode_program=kode.strip(),
            nama_program=nama.strip(),
            anggaran=j,
        )
        for n, (kode, nama, j) in enumerate(baris, start=1)
    )


@transaction.atomic
def buat_pk_perubahan(
    user,
    pk: PerjanjianKinerja,
    *,
    alasan: str,
    tanggal: datetime.date,
    hari_ini: datetime.date,
    konfirmasi_tanggal: bool = False,
) -> PerjanjianKinerja:
    """A PK Perubahan: a copy of the PK in force with the next number, a reason and a date.

    The earlier version stays as it was (it is its own row); the new one is the one in force.
    """
    pastikan_boleh(user, pk.satker)
    berlaku = PerjanjianKinerja.berlaku(pk.satker, pk.tahun)
    if berlaku is None or berlaku.pk != pk.pk:
        raise PerencanaanError(
            "Perubahan dibuat dari PK yang berlaku (perubahan terakhir), bukan dari versi lama."
        )
    if not alasan.strip():
        raise PerencanaanError("Alasan perubahan wajib diisi untuk PK Perubahan.")
    sementara = cari_placeholder(alasan)
    if sementara:
        raise PerencanaanError(
            f"Alasan perubahan masih memuat isian sementara {', '.join(sementara)}."
        )
    if tanggal < pk.tanggal:
        raise PerencanaanError(
            "Tanggal PK Perubahan tidak boleh sebelum tanggal PK yang diubahnya."
        )
    p = Penandatangan(
        tempat=pk.tempat,
        tanggal=tanggal,
        pihak_pertama_nama=pk.pihak_pertama_nama,
        pihak_pertama_nip=pk.pihak_pertama_nip,
        pihak_pertama_jabatan=pk.pihak_pertama_jabatan,
        pihak_kedua_nama=pk.pihak_kedua_nama,
        pihak_kedua_nip=pk.pihak_kedua_nip,
        pihak_kedua_jabatan=pk.pihak_kedua_jabatan,
    )
    _periksa_penandatangan(p, pk.tahun, hari_ini, konfirmasi_tanggal)
    baru = PerjanjianKinerja(
        satker=pk.satker, tahun=pk.tahun, perubahan=pk.perubahan + 1, alasan_perubahan=alasan
    )
    _isi_penandatangan(baru, p)
    baru.alasan_perubahan = alasan.strip()
    baru.save()
    BarisPK.objects.bulk_create(
        BarisPK(
            pk_dokumen=baru,
            urutan=b.urutan,
            indikator_id=b.indikator_id,
            target=b.target,
            target_huruf=b.target_huruf,
        )
        for b in pk.baris.all()
    )
    AnggaranPK.objects.bulk_create(
        AnggaranPK(
            pk_dokumen=baru,
            urutan=a.urutan,
            kode_program=a.kode_program,
            nama_program=a.nama_program,
            anggaran=a.anggaran,
        )
        for a in pk.anggaran.all()
    )
    return baru
