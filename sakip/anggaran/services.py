"""Budget workflow: import files into a DIPA (validate everything, then write in one transaction)
and compare two revisions."""

from __future__ import annotations

import contextlib
import datetime
import re
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.db.models import Sum
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks.exceptions import TaskResultDoesNotExist, TaskResultMismatch

from sakip.lib.anggaran import (
    NAMA_BULAN,
    TINGKAT,
    KodeAnggaran,
    bulanan_dari_kumulatif,
    cocok_ro,
    kumulatif,
)
from sakip.lib.pengumpul import jeda_pengumpul
from sakip.lib.periode import TAHUN_MAX, TAHUN_MIN, tahun_sah
from sakip.organisasi import akses, versi
from sakip.organisasi.models import Satker

from .impor import MAKS_UKURAN, HasilBaca, ImporError, Kesalahan, baca_banyak
from .impor.rekaman import BarisPagu
from .impor.sakti import nama_periode
from .models import (
    Dipa,
    Pagu,
    PosAnggaran,
    ProfilAnggaran,
    RealisasiAnggaran,
    RealisasiVolume,
    RencanaPenarikan,
    RevisiDipa,
    RincianOutput,
    UraianKode,
)

_PARTAI = 2000
# the tables an import writes, all of one office (their version triggers, organisasi.versi)
_TABEL_ANGGARAN = tuple(m._meta.db_table for m in apps.get_app_config("anggaran").get_models())
# A queued import running longer than this is taken as dead (its worker stopped inside it):
# the biggest file allowed takes well under a minute
BATAS_IMPOR = datetime.timedelta(minutes=30)
# An upload larger than this is imported by a `db_worker`, not inside the web request (about
# 30 000 rows of the template: a second or two); the command line imports any size at once.
UKURAN_ANTREAN = 512 * 1024
BATAS_KESALAHAN_TUGAS = 500  # errors kept in a refused queued import's result


def periksa_boleh_impor(pengguna, satker: Satker) -> None:
    """Only the office's Perencana and Admin import; None is the trusted command line."""
    if pengguna is not None:
        akses.pastikan(
            akses.boleh_mengelola_perencanaan(pengguna, satker),
            "Hanya Perencana atau Admin kantor ini yang boleh mengimpor anggaran.",
        )


def periksa_boleh_baca(pengguna, satker: Satker) -> None:
    """The office's own users and evaluators above it read its budget."""
    if pengguna is not None:
        akses.pastikan(
            akses.boleh_membaca(pengguna, satker), "Anda tidak berhak melihat anggaran kantor ini."
        )


@dataclass
class HasilImpor:
    """What an import wrote, for the message shown to the user."""

    dipa: Dipa
    format: str
    revisi: list[int] = field(default_factory=list)
    baris_pagu: int = 0
    bulan_realisasi: list[int] = field(default_factory=list)
    baris_realisasi: int = 0
    ro_target: int = 0
    bulan_volume: list[int] = field(default_factory=list)
    bulan_rpd: list[int] = field(default_factory=list)
    periode_sakti: str = ""

    def pesan(self) -> list[str]:
        """One line per part written, in Bahasa Indonesia."""
        hasil = []
        if self.periode_sakti:
            hasil.append(f"Laporan SAKTI GLP039 periode {self.periode_sakti}.")
        for nomor in self.revisi:
            nama = "DIPA awal (revisi 0)" if nomor == 0 else f"revisi ke-{nomor}"
            hasil.append(f"Pagu {nama} disimpan.")
        if self.baris_pagu:
            hasil.append(f"{self.baris_pagu} baris pagu.")
        if self.bulan_realisasi:
            hasil.append(
                f"Realisasi bulan {_daftar_bulan(self.bulan_realisasi)} diganti "
                f"({self.baris_realisasi} baris)."
            )
        if self.ro_target:
            hasil.append(f"Target volume {self.ro_target} RO.")
        if self.bulan_volume:
            hasil.append(f"Realisasi volume RO bulan {_daftar_bulan(self.bulan_volume)} diganti.")
        if self.bulan_rpd:
            hasil.append(f"RPD bulan {_daftar_bulan(self.bulan_rpd)} diganti.")
        return hasil


def _daftar_bulan(bulan: Sequence[int]) -> str:
    return ", ".join(NAMA_BULAN[b - 1] for b in sorted(bulan))


def impor_berkas(
    pengguna,
    satker: Satker,
    tahun: int,
    berkas: Sequence[tuple[str, bytes]],
    *,
    revisi: int | None = None,
    tanggal: datetime.date | None = None,
    catatan: str = "",
    kode_kemenkeu: str | None = None,
    maks_ukuran: int = MAKS_UKURAN,
) -> HasilImpor:
    """Read the files and import them; raises ImporError listing every error, writing nothing."""
    periksa_boleh_impor(pengguna, satker)
    with jeda_pengumpul():
        hasil = baca_banyak(berkas, maks_ukuran)
        if hasil.kesalahan:
            raise ImporError(hasil.kesalahan)
        return impor(
            pengguna,
            satker,
            tahun,
            hasil,
            revisi=revisi,
            tanggal=tanggal,
            catatan=catatan,
            kode_kemenkeu=kode_kemenkeu,
        )


# ---- big imports in the job queue -----------------------------------------------------


def antrekan_impor(
    pengguna,
    satker: Satker,
    tahun: int,
    berkas: Sequence[tuple[str, bytes]],
    *,
    revisi: int | None = None,
    tanggal: datetime.date | None = None,
    catatan: str = "",
    kode_kemenkeu: str | None = None,
):
    """Queue an import for a `db_worker`: the files go to MEDIA_ROOT/antrean-impor/ (storage
    every worker reads), permission is checked now and again by the task."""
    periksa_boleh_impor(pengguna, satker)
    folder = Path(settings.MEDIA_ROOT) / "antrean-impor" / uuid.uuid4().hex
    folder.mkdir(parents=True)
    jalur = []
    for nama, isi in berkas:
        tujuan = folder / Path(nama).name
        tujuan.write_bytes(isi)
        jalur.append(str(tujuan))
    return impor_di_antrean.enqueue(
        getattr(pengguna, "pk", None),
        satker.pk,
        tahun,
        jalur,
        revisi=revisi,
        tanggal=tanggal.isoformat() if tanggal else None,
        catatan=catatan,
        kode_kemenkeu=kode_kemenkeu,
    )


@task()
def impor_di_antrean(
    pengguna_id: int | None,
    satker_id: int,
    tahun: int,
    jalur: list[str],
    revisi: int | None = None,
    tanggal: str | None = None,
    catatan: str = "",
    kode_kemenkeu: str | None = None,
) -> dict:
    """The queued import: the same checks and the same single transaction as impor_berkas.

    Returns {"status": "selesai", "pesan": [...]} or {"status": "ditolak", "kesalahan":
    [{"lembar", "baris", "kolom", "pesan"}, ...] (the first BATAS_KESALAHAN_TUGAS),
    "jumlah_kesalahan": n} (stored as the task's result); the queued files are removed
    either way.
    """
    from django.contrib.auth import get_user_model

    pengguna = get_user_model().objects.get(pk=pengguna_id) if pengguna_id else None
    satker = Satker.objects.get(pk=satker_id)
    berkas = [(Path(j).name, Path(j).read_bytes()) for j in jalur]
    try:
        hasil = impor_berkas(
            pengguna,
            satker,
            tahun,
            berkas,
            revisi=revisi,
            tanggal=datetime.date.fromisoformat(tanggal) if tanggal else None,
            catatan=catatan,
            kode_kemenkeu=kode_kemenkeu,
        )
    except ImporError as exc:
        return _ditolak(exc.kesalahan)
    except PermissionDenied as exc:  # the right to import was taken away while it waited
        return _ditolak([Kesalahan(None, None, None, str(exc))])
    finally:
        for j in jalur:
            Path(j).unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            Path(jalur[0]).parent.rmdir()
    return {"status": "selesai", "pesan": hasil.pesan()}


def _ditolak(kesalahan: Sequence[Kesalahan]) -> dict:
    return {
        "status": "ditolak",
        "kesalahan": [
            {"lembar": k.lembar, "baris": k.baris, "kolom": k.kolom, "pesan": k.pesan}
            for k in kesalahan[:BATAS_KESALAHAN_TUGAS]
        ],
        "jumlah_kesalahan": len(kesalahan),
    }


@dataclass
class KeadaanImpor:
    """An import started from the web page: written, refused, or still in the job queue."""

    status: str  # "selesai", "ditolak", "gagal", or "antri" / "proses" while queued
    pesan: list[str] = field(default_factory=list)
    kesalahan: list[Kesalahan] = field(default_factory=list)
    jumlah_kesalahan: int = 0
    id_tugas: str = ""
    diantrekan: datetime.datetime | None = None
    dimulai: datetime.datetime | None = None

    @property
    def berjalan(self) -> bool:
        return self.status in ("antri", "proses")


class ImporTidakAda(LookupError):
    """No queued import of this office and year has this id."""


def mulai_impor(
    pengguna,
    satker: Satker,
    tahun: int,
    berkas: Sequence[tuple[str, bytes]],
    **opsi,
) -> KeadaanImpor:
    """The web import: a small upload is imported now (as impor_berkas), a bigger one than
    UKURAN_ANTREAN goes to the job queue and its state is returned to be polled."""
    periksa_boleh_impor(pengguna, satker)
    if sum(len(isi) for _, isi in berkas) > UKURAN_ANTREAN:
        return _keadaan(antrekan_impor(pengguna, satker, tahun, berkas, **opsi))
    try:
        hasil = impor_berkas(pengguna, satker, tahun, berkas, **opsi)
    except ImporError as exc:
        return KeadaanImpor("ditolak", kesalahan=exc.kesalahan, jumlah_kesalahan=len(exc.kesalahan))
    return KeadaanImpor("selesai", pesan=hasil.pesan())


def keadaan_impor(pengguna, satker: Satker, tahun: int, id_tugas: str) -> KeadaanImpor:
    """The state of a queued import of this office and year; who may import there may see it."""
    periksa_boleh_impor(pengguna, satker)
    try:
        hasil = impor_di_antrean.get_result(id_tugas)
    except (TaskResultDoesNotExist, TaskResultMismatch, NotImplementedError) as exc:
        raise ImporTidakAda(f"Impor {id_tugas} tidak ditemukan.") from exc
    if hasil.args[1:3] != [satker.pk, tahun]:
        raise ImporTidakAda(f"Impor {id_tugas} tidak ditemukan.")
    return _keadaan(hasil)


def _keadaan(hasil) -> KeadaanImpor:
    """A task result of impor_di_antrean as the page shows it."""
    keadaan = KeadaanImpor(
        "antri", id_tugas=str(hasil.id), diantrekan=hasil.enqueued_at, dimulai=hasil.started_at
    )
    if hasil.status == TaskResultStatus.RUNNING:
        keadaan.status = "proses"
        if hasil.started_at is not None and timezone.now() - hasil.started_at > BATAS_IMPOR:
            # the worker died inside it (a restart, the machine): the import is one
            # transaction, so nothing of it was written
            keadaan.status = "gagal"
            keadaan.pesan = [
                f"Impor tidak selesai dalam {BATAS_IMPOR.seconds // 60} menit: pekerja antrean "
                "tugas berhenti di tengahnya. Impor berjalan dalam satu transaksi, jadi tidak ada "
                "data yang disimpan. Unggah berkasnya lagi."
            ]
    elif hasil.status == TaskResultStatus.FAILED:
        galat = hasil.errors[-1].exception_class_path if hasil.errors else "tidak diketahui"
        keadaan.status = "gagal"
        keadaan.pesan = [
            f"Pekerja antrean tugas gagal menjalankan impor ({galat}); tidak ada data yang "
            "disimpan. Unggah berkasnya lagi."
        ]
    elif hasil.status == TaskResultStatus.SUCCESSFUL:
        nilai = hasil.return_value
        keadaan.status = nilai["status"]
        keadaan.pesan = nilai.get("pesan", [])
        keadaan.kesalahan = [
            Kesalahan(k["lembar"], k["baris"], k["kolom"], k["pesan"])
            for k in nilai.get("kesalahan", [])
        ]
        keadaan.jumlah_kesalahan = nilai.get("jumlah_kesalahan", len(keadaan.kesalahan))
    return keadaan


@dataclass
class _Rencana:
    """Everything checked against the database, ready to write."""

    pagu_per_revisi: dict[int, list[BarisPagu]]
    ro_volume: dict[int, str] = field(default_factory=dict)
    ro_realisasi_volume: dict[int, str] = field(default_factory=dict)
    profil_baru: str | None = None


def impor(
    pengguna,
    satker: Satker,
    tahun: int,
    hasil: HasilBaca,
    *,
    revisi: int | None = None,
    tanggal: datetime.date | None = None,
    catatan: str = "",
    kode_kemenkeu: str | None = None,
) -> HasilImpor:
    """Check read rows against the office's DIPA, then write them in one transaction.

    Re-importing a revision or a month replaces it, so importing twice changes nothing.
    """
    periksa_boleh_impor(pengguna, satker)
    salah: list[Kesalahan] = list(hasil.kesalahan)
    if not tahun_sah(tahun):
        salah.append(Kesalahan(None, None, None, f"tahun {tahun} di luar {TAHUN_MIN}-{TAHUN_MAX}"))
    if revisi is not None and not 0 <= revisi <= 99:
        salah.append(Kesalahan(None, None, None, f"nomor revisi {revisi} tidak sah (0 sampai 99)"))
    dipa = Dipa.objects.filter(satker=satker, tahun=tahun).first()
    rencana = _Rencana(pagu_per_revisi={})
    if hasil.kosong:
        salah.append(Kesalahan(None, None, None, "tidak ada baris untuk diimpor"))
    if hasil.sakti is not None:
        rencana.profil_baru = _periksa_sakti(satker, tahun, hasil, kode_kemenkeu, salah)
    if hasil.pagu:
        rencana.pagu_per_revisi = _kelompok_revisi(dipa, hasil.pagu, revisi, salah)
    elif dipa is None and not hasil.kosong:
        salah.append(
            Kesalahan(
                None,
                None,
                None,
                f"DIPA {satker.nama} tahun {tahun} belum ada; impor lembar pagu lebih dahulu",
            )
        )
    _periksa_rujukan(dipa, hasil, rencana, salah)
    if salah:
        raise ImporError(salah)
    # one DIPA of this office: its data version raised once, not per row (organisasi.versi)
    with transaction.atomic(), versi.sekali(satker.pk, _TABEL_ANGGARAN):
        return _tulis(pengguna, satker, tahun, hasil, rencana, tanggal, catatan)


def _periksa_sakti(
    satker: Satker, tahun: int, hasil: HasilBaca, kode_kemenkeu: str | None, salah: list
) -> str | None:
    """The report must be of this year and of this office's satker code; returns a code to record."""
    info = hasil.sakti
    if kode_kemenkeu is not None and not re.fullmatch(r"\d{6}", kode_kemenkeu):
        salah.append(
            Kesalahan(None, None, None, f"kode satker Kemenkeu '{kode_kemenkeu}' harus 6 angka")
        )
        return None
    if info.tahun != tahun:
        salah.append(
            Kesalahan(None, None, None, f"laporan SAKTI untuk TA {info.tahun}, bukan {tahun}")
        )
    profil = ProfilAnggaran.objects.filter(satker=satker).first()
    tercatat = profil.kode_satker_kemenkeu if profil else None
    if kode_kemenkeu and tercatat and kode_kemenkeu != tercatat:
        salah.append(
            Kesalahan(
                None,
                None,
                None,
                f"kode satker Kemenkeu {satker.nama} tercatat {tercatat}, bukan {kode_kemenkeu}",
            )
        )
        return None
    kode = tercatat or kode_kemenkeu
    if kode is None:
        salah.append(
            Kesalahan(
                None,
                None,
                None,
                f"kode satker Kemenkeu (6 angka) untuk {satker.nama} belum dicatat; "
                "catat di profil anggaran atau sebutkan saat mengimpor",
            )
        )
        return None
    if info.kode_satker != kode:
        salah.append(
            Kesalahan(
                None,
                6,
                None,
                f"laporan SAKTI ini milik satker {info.kode_satker} ({info.nama_satker}), "
                f"bukan satker {kode} ({satker.nama}); berkas ditolak",
            )
        )
        return None
    if tercatat is None:
        lain = ProfilAnggaran.objects.filter(kode_satker_kemenkeu=kode).first()
        if lain is not None:
            salah.append(
                Kesalahan(
                    None, None, None, f"kode satker {kode} sudah tercatat untuk {lain.satker}"
                )
            )
            return None
        return kode
    return None


def _kelompok_revisi(
    dipa: Dipa | None, baris: list[BarisPagu], revisi: int | None, salah: list
) -> dict[int, list[BarisPagu]]:
    """Which revision each pagu row belongs to: its 'revisi' column, the given number, or the default."""
    bernomor = {b.revisi for b in baris}
    if bernomor != {None}:
        if revisi is not None:
            salah.append(
                Kesalahan(
                    "pagu",
                    None,
                    "revisi",
                    "lembar pagu sudah memuat kolom revisi; jangan sebutkan nomor revisi lagi",
                )
            )
        kelompok: dict[int, list[BarisPagu]] = defaultdict(list)
        for b in baris:
            kelompok[b.revisi].append(b)
        return dict(sorted(kelompok.items()))
    nomor = revisi if revisi is not None else _revisi_bawaan(dipa, baris, salah)
    return {nomor: baris}


def _revisi_bawaan(dipa: Dipa | None, baris: list[BarisPagu], salah: list) -> int:
    """0 for a new DIPA; the latest revision when the file repeats its pagu; else ask."""
    terakhir = dipa.revisi_terakhir() if dipa else None
    if terakhir is None:
        return 0
    tersimpan = dict(Pagu.objects.filter(revisi=terakhir).values_list("pos__kode", "jumlah"))
    if tersimpan != {str(b.kode): b.pagu for b in baris}:
        nama = "DIPA awal (revisi 0)" if terakhir.nomor == 0 else f"revisi ke-{terakhir.nomor}"
        salah.append(
            Kesalahan(
                None,
                None,
                None,
                f"pagu dalam berkas berbeda dengan {nama} yang tersimpan; sebutkan nomor revisi: "
                f"{terakhir.nomor} untuk menggantinya atau {terakhir.nomor + 1} untuk "
                "mencatat revisi baru",
            )
        )
    return terakhir.nomor


def _periksa_rujukan(dipa: Dipa | None, hasil: HasilBaca, rencana: _Rencana, salah: list) -> None:
    """Realisation must name a line of the DIPA, volumes an RO of it, revision notes a revision."""
    pos_ada = (
        set(PosAnggaran.objects.filter(dipa=dipa).values_list("kode", flat=True)) if dipa else set()
    )
    pos_ada |= {str(b.kode) for b in hasil.pagu}
    nama_dipa = "DIPA" + (f" {dipa.satker.nama} {dipa.tahun}" if dipa else "")
    for r in hasil.realisasi:
        if r.kode.teks not in pos_ada:
            salah.append(
                r.letak.salah(None, f"kode {r.kode} tidak ada di {nama_dipa}; realisasi ditolak")
            )
    ro_ada = (
        set(RincianOutput.objects.filter(dipa=dipa).values_list("kode", flat=True))
        if dipa
        else set()
    )
    ro_ada |= {b.kode.kode_ro for b in hasil.pagu}
    ro_urut = sorted(ro_ada)
    for daftar, tujuan in (
        (hasil.volume_ro, rencana.ro_volume),
        (hasil.realisasi_volume, rencana.ro_realisasi_volume),
    ):
        cache: dict[tuple[str, ...], list[str]] = {}
        for i, b in enumerate(daftar):
            cocok = cache.setdefault(b.kode_ro, [k for k in ro_urut if cocok_ro(b.kode_ro, k)])
            teks = ".".join(b.kode_ro)
            if not cocok:
                salah.append(b.letak.salah(None, f"RO {teks} tidak ada di {nama_dipa}"))
            elif len(cocok) > 1:
                salah.append(
                    b.letak.salah(
                        None, f"RO {teks} cocok dengan {', '.join(cocok)}; tulis kode RO lengkap"
                    )
                )
            else:
                tujuan[i] = cocok[0]
    _periksa_ganda_ro(hasil, rencana, salah)
    revisi_ada = (
        set(RevisiDipa.objects.filter(dipa=dipa).values_list("nomor", flat=True)) if dipa else set()
    )
    revisi_ada |= set(rencana.pagu_per_revisi)
    for r in hasil.revisi:
        if r.nomor not in revisi_ada:
            salah.append(
                r.letak.salah(
                    "revisi", f"revisi nomor {r.nomor} tidak ada pagunya di berkas maupun di DIPA"
                )
            )


def _periksa_ganda_ro(hasil: HasilBaca, rencana: _Rencana, salah: list) -> None:
    """A shortened and a full RO code in the same sheet may name the same RO twice."""
    terlihat: dict = {}
    for i, b in enumerate(hasil.volume_ro):
        kode = rencana.ro_volume.get(i)
        if kode and terlihat.setdefault(("t", kode), b.letak) is not b.letak:
            salah.append(b.letak.salah(None, f"target volume RO {kode} ganda"))
    for i, b in enumerate(hasil.realisasi_volume):
        kode = rencana.ro_realisasi_volume.get(i)
        kunci = ("r", kode, b.bulan)
        if kode and terlihat.setdefault(kunci, b.letak) is not b.letak:
            salah.append(b.letak.salah(None, f"realisasi volume RO {kode} bulan {b.bulan} ganda"))


def _tulis(
    pengguna,
    satker: Satker,
    tahun: int,
    hasil: HasilBaca,
    rencana: _Rencana,
    tanggal: datetime.date | None,
    catatan: str,
) -> HasilImpor:
    dipa, _ = Dipa.objects.get_or_create(satker=satker, tahun=tahun)
    laporan = HasilImpor(dipa=dipa, format=hasil.format)
    if rencana.profil_baru:
        ProfilAnggaran.objects.create(satker=satker, kode_satker_kemenkeu=rencana.profil_baru)
    ro_id = _simpan_ro(dipa, {b.kode.kode_ro for b in hasil.pagu})
    pos_id = _simpan_pos(dipa, hasil.pagu, ro_id)
    _simpan_uraian(dipa, hasil, rencana)
    oleh = pengguna if getattr(pengguna, "is_authenticated", False) else None
    catatan_revisi = {r.nomor: r for r in hasil.revisi}
    for nomor, baris in rencana.pagu_per_revisi.items():
        rev, _ = RevisiDipa.objects.get_or_create(dipa=dipa, nomor=nomor)
        if nomor in catatan_revisi:
            rev.tanggal, rev.catatan = catatan_revisi[nomor].tanggal, catatan_revisi[nomor].catatan
        elif len(rencana.pagu_per_revisi) == 1 and (tanggal or catatan):
            rev.tanggal, rev.catatan = tanggal or rev.tanggal, catatan or rev.catatan
        rev.diimpor_oleh = oleh
        rev.save()
        Pagu.objects.filter(revisi=rev).delete()
        _sisip(
            Pagu,
            ("revisi_id", "pos_id", "jumlah"),
            ((rev.pk, pos_id[str(b.kode)], b.pagu) for b in baris),
        )
        laporan.revisi.append(nomor)
        laporan.baris_pagu += len(baris)
    for nomor, r in catatan_revisi.items():
        if nomor not in rencana.pagu_per_revisi:
            RevisiDipa.objects.filter(dipa=dipa, nomor=nomor).update(
                tanggal=r.tanggal, catatan=r.catatan
            )
    if hasil.volume_ro:
        _simpan_target_volume(dipa, hasil, rencana)
        laporan.ro_target = len(hasil.volume_ro)
    if hasil.sakti is not None:
        laporan.periode_sakti = nama_periode(hasil.sakti)
        laporan.bulan_realisasi = [hasil.sakti.bulan]
        laporan.baris_realisasi = _simpan_realisasi_sakti(hasil, pos_id)
    elif hasil.realisasi:
        laporan.bulan_realisasi = sorted({r.bulan for r in hasil.realisasi})
        RealisasiAnggaran.objects.filter(pos__dipa=dipa, bulan__in=laporan.bulan_realisasi).delete()
        pos_id.update(_id_pos(dipa, {r.kode.teks for r in hasil.realisasi} - pos_id.keys()))
        _sisip(
            RealisasiAnggaran,
            ("pos_id", "bulan", "jumlah"),
            ((pos_id[r.kode.teks], r.bulan, r.jumlah) for r in hasil.realisasi),
        )
        laporan.baris_realisasi = len(hasil.realisasi)
    if hasil.realisasi_volume:
        laporan.bulan_volume = sorted({r.bulan for r in hasil.realisasi_volume})
        RealisasiVolume.objects.filter(
            rincian_output__dipa=dipa, bulan__in=laporan.bulan_volume
        ).delete()
        ro_id = dict(RincianOutput.objects.filter(dipa=dipa).values_list("kode", "id"))
        RealisasiVolume.objects.bulk_create(
            RealisasiVolume(
                rincian_output_id=ro_id[rencana.ro_realisasi_volume[i]],
                bulan=r.bulan,
                volume=r.volume,
            )
            for i, r in enumerate(hasil.realisasi_volume)
        )
    if hasil.rpd:
        laporan.bulan_rpd = sorted({r.bulan for r in hasil.rpd})
        RencanaPenarikan.objects.filter(dipa=dipa, bulan__in=laporan.bulan_rpd).delete()
        RencanaPenarikan.objects.bulk_create(
            RencanaPenarikan(
                dipa=dipa, jenis_belanja=r.jenis_belanja, bulan=r.bulan, jumlah=r.rencana
            )
            for r in hasil.rpd
        )
    return laporan


def _sisip(model, kolom: Sequence[str], baris) -> None:
    """Insert plain rows (already validated) into the model's table, without a model object
    per row: COPY on PostgreSQL, one prepared INSERT run over every row elsewhere. Called
    inside the import's transaction; the values are what bulk_create would send (Decimal,
    int), the columns the model's own (`attname`), so the rows read back the same."""
    tabel = connection.ops.quote_name(model._meta.db_table)
    nama = [connection.ops.quote_name(model._meta.get_field(k).column) for k in kolom]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {tabel} ({', '.join(nama)}) FROM STDIN") as salin:
                for b in baris:
                    salin.write_row(b)
            return
        sql = f"INSERT INTO {tabel} ({', '.join(nama)}) VALUES ({', '.join(['%s'] * len(nama))})"
        partai = []
        for b in baris:
            partai.append(b)
            if len(partai) == _PARTAI * 10:
                cursor.executemany(sql, partai)
                partai = []
        if partai:
            cursor.executemany(sql, partai)


def _simpan_ro(dipa: Dipa, kode: set[str]) -> dict[str, int]:
    ada = dict(RincianOutput.objects.filter(dipa=dipa).values_list("kode", "id"))
    baru = sorted(kode - ada.keys())
    if baru:
        RincianOutput.objects.bulk_create(RincianOutput(dipa=dipa, kode=k) for k in baru)
        ada.update(RincianOutput.objects.filter(dipa=dipa, kode__in=baru).values_list("kode", "id"))
    return ada


def _id_pos(dipa: Dipa, kode: set[str]) -> dict[str, int]:
    if not kode:
        return {}
    return dict(PosAnggaran.objects.filter(dipa=dipa, kode__in=kode).values_list("kode", "id"))


def _simpan_pos(dipa: Dipa, baris: list[BarisPagu], ro_id: dict[str, int]) -> dict[str, int]:
    kode: dict[str, KodeAnggaran] = {str(b.kode): b.kode for b in baris}
    ada = _id_pos(dipa, set(kode))
    baru = [k for k in kode if k not in ada]
    _sisip(
        PosAnggaran,
        ("dipa_id", "rincian_output_id", "kode", "jenis_belanja", *TINGKAT),
        (
            (dipa.pk, ro_id[kode[k].kode_ro], k, kode[k].jenis_belanja, *kode[k].segmen())
            for k in baru
        ),
    )
    ada.update(_id_pos(dipa, set(baru)))
    return ada


def _simpan_uraian(dipa: Dipa, hasil: HasilBaca, rencana: _Rencana) -> None:
    """Names of the code prefixes; a name in the file replaces the stored one."""
    nama = dict(hasil.uraian)
    for i, b in enumerate(hasil.volume_ro):
        if b.uraian and i in rencana.ro_volume:
            nama.setdefault(rencana.ro_volume[i], b.uraian)
    if not nama:
        return
    ada = {
        kode: (pk, teks)
        for pk, kode, teks in UraianKode.objects.filter(dipa=dipa).values_list(
            "pk", "kode", "uraian"
        )
    }
    ubah = [
        UraianKode(pk=ada[k][0], uraian=t) for k, t in nama.items() if k in ada and ada[k][1] != t
    ]
    UraianKode.objects.bulk_update(ubah, ["uraian"], batch_size=_PARTAI)
    _sisip(
        UraianKode,
        ("dipa_id", "kode", "uraian"),
        ((dipa.pk, k, t) for k, t in nama.items() if k not in ada),
    )


def _simpan_target_volume(dipa: Dipa, hasil: HasilBaca, rencana: _Rencana) -> None:
    per_kode = {rencana.ro_volume[i]: b for i, b in enumerate(hasil.volume_ro)}
    ro = list(RincianOutput.objects.filter(dipa=dipa, kode__in=list(per_kode)))
    for r in ro:
        r.target_volume, r.satuan = per_kode[r.kode].target, per_kode[r.kode].satuan
    RincianOutput.objects.bulk_update(ro, ["target_volume", "satuan"])


def _simpan_realisasi_sakti(hasil: HasilBaca, pos_id: dict[str, int]) -> int:
    """SAKTI gives realisation up to its month; store it as monthly amounts.

    The month's amount is the file's cumulative figure minus what earlier months already
    hold; a later month already stored keeps its own cumulative figure. Months before the
    first import are not known one by one: the file's "Periode Lalu" (January to the month
    before) goes to the month before, "Periode Ini" to the month, when the file gives both.
    """
    bulan = hasil.sakti.bulan
    id_baris = {pos_id[str(b.kode)]: b.realisasi_sd for b in hasil.pagu}
    # "Periode Lalu" is January to the month before: on a first import it is kept apart
    # from the month itself, as one amount in the month before (i13).
    lalu = {pos_id[str(b.kode)]: b.realisasi_lalu for b in hasil.pagu}
    lama: dict[int, dict[int, Decimal]] = defaultdict(dict)
    for pid, bl, jumlah in RealisasiAnggaran.objects.filter(pos_id__in=list(id_baris)).values_list(
        "pos_id", "bulan", "jumlah"
    ):
        lama[pid][bl] = jumlah
    baru = []
    for pid, sd in id_baris.items():
        per_bulan = lama.get(pid, {})
        jalan = kumulatif(per_bulan)
        kum = {bl: jalan[bl] for bl in per_bulan}
        if bulan > 1 and lalu[pid] is not None and not any(bl < bulan for bl in per_bulan):
            kum[bulan - 1] = lalu[pid]
        kum[bulan] = sd
        baru += [(pid, bl, j) for bl, j in bulanan_dari_kumulatif(kum).items() if j != 0]
    RealisasiAnggaran.objects.filter(pos_id__in=list(id_baris)).delete()
    _sisip(RealisasiAnggaran, ("pos_id", "bulan", "jumlah"), baru)
    return len(id_baris)


# ---- comparing revisions ------------------------------------------------------------


@dataclass
class PerubahanPos:
    """One akun line across two revisions; None means absent from that revision."""

    kode: str
    akun: str
    uraian: str
    lama: Decimal | None
    baru: Decimal | None

    @property
    def status(self) -> str:
        if self.lama is None:
            return "ditambah"
        if self.baru is None:
            return "dihapus"
        return "tetap" if self.lama == self.baru else "berubah"

    @property
    def selisih(self) -> Decimal:
        return (self.baru or Decimal(0)) - (self.lama or Decimal(0))


@dataclass
class PerubahanRO:
    """An RO's pagu in two revisions, with its changed lines."""

    kode: str
    uraian: str
    lama: Decimal
    baru: Decimal
    pos: list[PerubahanPos]

    @property
    def selisih(self) -> Decimal:
        return self.baru - self.lama

    @property
    def status(self) -> str:
        if all(p.status == "ditambah" for p in self.pos) and self.pos:
            return "ditambah"
        if all(p.status == "dihapus" for p in self.pos) and self.pos:
            return "dihapus"
        return "tetap" if not self.berubah else "berubah"

    @property
    def berubah(self) -> list[PerubahanPos]:
        return [p for p in self.pos if p.status != "tetap"]


@dataclass
class Perbandingan:
    """Two revisions of one DIPA compared per RO and akun line."""

    dipa: Dipa
    lama: RevisiDipa
    baru: RevisiDipa
    total_lama: Decimal
    total_baru: Decimal
    ro: list[PerubahanRO]

    @property
    def ro_berubah(self) -> list[PerubahanRO]:
        return [r for r in self.ro if r.status != "tetap"]


class RevisiTidakAda(LookupError):
    """A revision number that the DIPA does not have."""


def bandingkan_revisi(pengguna, dipa: Dipa, nomor_lama: int, nomor_baru: int) -> Perbandingan:
    """Old -> new pagu per RO and per akun line, with lines added and removed."""
    periksa_boleh_baca(pengguna, dipa.satker)
    revisi = {r.nomor: r for r in dipa.revisi.filter(nomor__in=[nomor_lama, nomor_baru])}
    for nomor in (nomor_lama, nomor_baru):
        if nomor not in revisi:
            raise RevisiTidakAda(f"{dipa} tidak memiliki revisi nomor {nomor}")
    lama, baru = revisi[nomor_lama], revisi[nomor_baru]
    per_ro = {
        nomor: dict(
            Pagu.objects.filter(revisi=r)
            .values_list("pos__rincian_output__kode")
            .annotate(total=Sum("jumlah"))
        )
        for nomor, r in ((nomor_lama, lama), (nomor_baru, baru))
    }
    nilai: dict[str, dict[int, Decimal]] = defaultdict(dict)
    info: dict[str, tuple[str, str]] = {}
    for nomor, r in ((nomor_lama, lama), (nomor_baru, baru)):
        for kode, ro, akun, jumlah in Pagu.objects.filter(revisi=r).values_list(
            "pos__kode", "pos__rincian_output__kode", "pos__akun", "jumlah"
        ):
            nilai[kode][nomor] = jumlah
            info[kode] = (ro, akun)
    nama = dict(UraianKode.objects.filter(dipa=dipa).values_list("kode", "uraian"))
    kelompok: dict[str, list[PerubahanPos]] = defaultdict(list)
    for kode in sorted(nilai):
        ro, akun = info[kode]
        kelompok[ro].append(
            PerubahanPos(
                kode,
                akun,
                nama.get(kode, ""),
                nilai[kode].get(nomor_lama),
                nilai[kode].get(nomor_baru),
            )
        )
    daftar_ro = [
        PerubahanRO(
            kode=ro,
            uraian=nama.get(ro, ""),
            lama=per_ro[nomor_lama].get(ro, Decimal(0)),
            baru=per_ro[nomor_baru].get(ro, Decimal(0)),
            pos=pos,
        )
        for ro, pos in sorted(kelompok.items())
    ]
    total = {
        nomor: Pagu.objects.filter(revisi=r).aggregate(t=Sum("jumlah"))["t"] or Decimal(0)
        for nomor, r in ((nomor_lama, lama), (nomor_baru, baru))
    }
    return Perbandingan(dipa, lama, baru, total[nomor_lama], total[nomor_baru], daftar_ro)


def jumlah_revisi(satker: Satker, tahun: int) -> int:
    """How many times the year's DIPA was revised (0 when there is no DIPA)."""
    dipa = Dipa.objects.filter(satker=satker, tahun=tahun).first()
    return dipa.jumlah_revisi() if dipa else 0
