"""Report workflow: gather, generate (cached by data hash, in the job queue), edit, publish.

Views, the command line and the API call these; each checks permission itself, so a
caller cannot forget to.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks.exceptions import TaskResultDoesNotExist

from sakip.formulir import periksa_teks
from sakip.lib.narasi import Temuan, periksa_narasi
from sakip.lib.penandatanganan import nilai_tanggal
from sakip.lib.periksa.temuan import ERROR, WARNING
from sakip.organisasi import akses
from sakip.organisasi.models import Satker
from sakip.pengukuran import jendela

from .kumpul import DataTidakAda, kumpul_dokumen_pk, kumpul_lkj, sebagai_json, sidik
from .models import JenisDokumen, NarasiLaporan, Pembuatan, PengesahanLaporan, VersiLaporan
from .narasi import Narasi, narasi_laporan
from .pemeriksaan import DataTidakDikenal, jumlah_tingkat, periksa_data, temuan_placeholder
from .susun import Dokumen, susun_lkj, susun_pk
from .teks import Penulis

log = logging.getLogger(__name__)

FORMAT = ("pdf", "docx")
JENIS_MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "json": "application/json",
}
# A generation not heard from for this long is taken as dead (its worker restarted).
BATAS_DIAM = datetime.timedelta(minutes=10)
SIMPAN_DRAF = 3  # cached drafts kept per office, year and document

__all__ = ["DataTidakAda", "LaporanError"]


class LaporanError(Exception):
    """A report action that cannot be done; the message says why, in Bahasa Indonesia."""


# -- permissions ------------------------------------------------------------------------


def periksa_boleh_baca(user, satker: Satker) -> None:
    """Members of the office and evaluators above it read and download drafts."""
    if user is not None:
        akses.pastikan(
            akses.boleh_membaca(user, satker), "Anda tidak berhak membaca laporan kantor ini."
        )


# -- gathering and rendering ------------------------------------------------------------


def jenis_sah(dokumen: str) -> str:
    if dokumen not in JenisDokumen.values:
        raise LaporanError(f"Jenis dokumen '{dokumen}' tidak dikenal (gunakan lkj atau pk).")
    return dokumen


def kumpul(satker: Satker, tahun: int, dokumen: str):
    """The plain data of a document; DataTidakAda when the year has nothing to report."""
    if jenis_sah(dokumen) == JenisDokumen.PK:
        return kumpul_dokumen_pk(satker, tahun)
    return kumpul_lkj(satker, tahun)


def susun(data, dokumen: str) -> Dokumen:
    if dokumen == JenisDokumen.PK:
        return susun_pk(data.pk, data.satker)
    return susun_lkj(data)


def render(data, dokumen: str, format: str) -> bytes:
    """One format of a document, built from its data."""
    if format == "pdf":
        from .pdf import buat_pdf

        return buat_pdf(susun(data, dokumen))
    if format == "docx":
        from .docx import buat_docx

        return buat_docx(susun(data, dokumen))
    raise LaporanError(f"Format '{format}' tidak dikenal (gunakan pdf atau docx).")


def nama_berkas(satker: Satker, tahun: int, dokumen: str, format: str) -> str:
    awalan = "LKj" if dokumen == JenisDokumen.LKJ else "PK"
    return f"{awalan}-{satker.kode}-{tahun}.{format}"


# -- cached drafts ----------------------------------------------------------------------


def _folder_draf(satker: Satker, tahun: int) -> Path:
    return Path(settings.MEDIA_ROOT) / "laporan" / "draf" / satker.kode / str(tahun)


def lokasi_draf(satker: Satker, tahun: int, dokumen: str, kunci: str, format: str) -> Path:
    return _folder_draf(satker, tahun) / f"{dokumen}-{kunci}.{format}"


def draf_siap(satker: Satker, tahun: int, dokumen: str, kunci: str) -> dict[str, Path]:
    """The cached files of this data hash, if every format is there."""
    berkas = {f: lokasi_draf(satker, tahun, dokumen, kunci, f) for f in FORMAT}
    return berkas if all(p.exists() for p in berkas.values()) else {}


def _tulis_atomik(path: Path, isi: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    sementara = path.with_suffix(path.suffix + f".{threading.get_ident()}.tmp")
    sementara.write_bytes(isi)
    sementara.replace(path)


def _buang_draf_lama(satker: Satker, tahun: int, dokumen: str) -> None:
    folder = _folder_draf(satker, tahun)
    if not folder.exists():
        return
    berkas = sorted(folder.glob(f"{dokumen}-*.pdf"), key=lambda p: p.stat().st_mtime, reverse=True)
    for lama in berkas[SIMPAN_DRAF:]:
        for f in FORMAT:
            lama.with_suffix(f".{f}").unlink(missing_ok=True)


@dataclass
class Keadaan:
    """What a page shows about a document: its data hash, and files or a running job."""

    dokumen: str
    kunci: str
    berkas: dict[str, Path]
    pembuatan: Pembuatan | None

    @property
    def siap(self) -> bool:
        return bool(self.berkas)


def keadaan(user, satker: Satker, tahun: int, dokumen: str) -> Keadaan:
    """Current hash of the document's data, and whether its files exist or are being made."""
    periksa_boleh_baca(user, satker)
    data = kumpul(satker, tahun, dokumen)
    kunci = sidik(data, dokumen)
    pembuatan = Pembuatan.objects.filter(
        satker=satker, tahun=tahun, dokumen=dokumen, sidik=kunci
    ).first()
    _selaraskan_dengan_tugas(pembuatan)
    return Keadaan(dokumen, kunci, draf_siap(satker, tahun, dokumen, kunci), pembuatan)


def _selaraskan_dengan_tugas(pembuatan: Pembuatan | None) -> None:
    """A queued or running row whose task the queue reports failed (the worker died inside
    it, or it could not be loaded) is shown as failed instead of polled for ten minutes."""
    if pembuatan is None or not pembuatan.id_tugas or not _berjalan(pembuatan):
        return
    try:
        hasil = buat_dokumen.get_result(pembuatan.id_tugas)
    except (NotImplementedError, TaskResultDoesNotExist):
        return  # a backend without stored results (tests run tasks in the caller)
    if hasil.status == TaskResultStatus.FAILED:
        galat = hasil.errors[-1].exception_class_path if hasil.errors else "tidak diketahui"
        _gagal(pembuatan.pk, f"Pekerja antrean tugas gagal menjalankan pembuatan ({galat}).")
        pembuatan.refresh_from_db()


def periksa_boleh_buat(user, satker: Satker) -> None:
    """Making the files costs a worker half a minute of CPU: who publishes starts it."""
    if user is not None:
        akses.pastikan(
            akses.boleh_terbitkan(user, satker),
            "Hanya Pimpinan (Sekretaris) kantor ini yang boleh memulai pembuatan PDF dan DOCX.",
        )


def _berjalan(pembuatan: Pembuatan) -> bool:
    return (
        pembuatan.status in (Pembuatan.Status.ANTRI, Pembuatan.Status.PROSES)
        and timezone.now() - pembuatan.diperbarui_pada < BATAS_DIAM
    )


def mulai_pembuatan(
    user, satker: Satker, tahun: int, dokumen: str, terbit: _Terbit | None = None
) -> Pembuatan:
    """Queue the making of the PDF and DOCX of the current data, unless not needed.

    With `terbit` (from minta_terbit) the row also asks its task to publish when it
    finishes; a joined running row gets the request too.

    The files of this data hash exist: nothing to do. A generation of this office, year
    and document is queued or running (for this data or an older one): the request joins
    it and gets its row, so at most one runs per office and document. Otherwise a
    Pembuatan row is queued and a task (`buat_dokumen`) enqueued; a `db_worker` runs it
    and reports its progress on the row, which the page polls.
    """
    periksa_boleh_baca(user, satker)
    periksa_boleh_buat(user, satker)
    data = kumpul(satker, tahun, dokumen)
    kunci = sidik(data, dokumen)
    with transaction.atomic():
        # one lock per office, year and document: two requests never both enqueue
        Satker.objects.select_for_update().filter(pk=satker.pk).first()
        pembuatan, baru = Pembuatan.objects.get_or_create(
            satker=satker,
            tahun=tahun,
            dokumen=dokumen,
            sidik=kunci,
            defaults={"diminta_oleh": user if getattr(user, "pk", None) else None},
        )
        if draf_siap(satker, tahun, dokumen, kunci):
            if pembuatan.status != Pembuatan.Status.SELESAI:
                pembuatan.status, pembuatan.kemajuan = Pembuatan.Status.SELESAI, 100
                pembuatan.save(update_fields=["status", "kemajuan", "diperbarui_pada"])
            return pembuatan
        lain = [
            p
            for p in Pembuatan.objects.filter(satker=satker, tahun=tahun, dokumen=dokumen)
            .exclude(pk=pembuatan.pk)
            .filter(status__in=[Pembuatan.Status.ANTRI, Pembuatan.Status.PROSES])
            if _berjalan(p)
        ]
        berjalan = lain[0] if lain else None  # an older data hash: join it, start this after
        if berjalan is None and not baru and _berjalan(pembuatan):
            berjalan = pembuatan
        if berjalan is not None:
            if terbit is not None:
                terbit.pada(berjalan)
            return berjalan
        pembuatan.status, pembuatan.kemajuan, pembuatan.pesan = Pembuatan.Status.ANTRI, 0, ""
        pembuatan.tahap = "Menunggu giliran"
        pembuatan.versi_terbit = None
        pembuatan.terbitkan_oleh = terbit.user if terbit is not None else None
        pembuatan.akui_peringatan = terbit.akui_peringatan if terbit is not None else False
        pembuatan.save(
            update_fields=[
                "status",
                "kemajuan",
                "pesan",
                "tahap",
                "versi_terbit",
                "terbitkan_oleh",
                "akui_peringatan",
                "diperbarui_pada",
            ]
        )
    hasil = buat_dokumen.enqueue(pembuatan.pk)
    Pembuatan.objects.filter(pk=pembuatan.pk).update(id_tugas=str(hasil.id))
    pembuatan.refresh_from_db()
    return pembuatan


@task()
def buat_dokumen(pk: int) -> str:
    """The queued task: make both formats of one Pembuatan (run by `manage.py db_worker`)."""
    job = Pembuatan.objects.select_related("satker").get(pk=pk)
    try:
        data = kumpul(job.satker, job.tahun, job.dokumen)
    except DataTidakAda as exc:
        _gagal(pk, str(exc))
        return Pembuatan.Status.GAGAL
    if sidik(data, job.dokumen) != job.sidik:
        _gagal(pk, "Data berubah sejak pembuatan diminta; klik Buat PDF dan DOCX sekali lagi.")
        return Pembuatan.Status.GAGAL
    _kerjakan(pk, data)
    return Pembuatan.objects.get(pk=pk).status


def _gagal(pk: int, pesan: str) -> None:
    Pembuatan.objects.filter(pk=pk).update(
        status=Pembuatan.Status.GAGAL, pesan=pesan, diperbarui_pada=timezone.now()
    )


def _kerjakan(pk: int, data) -> None:
    """Render both formats into the cache, reporting progress on the Pembuatan row."""
    job = Pembuatan.objects.select_related("satker").get(pk=pk)

    def lapor(kemajuan: int, tahap: str, status=Pembuatan.Status.PROSES) -> None:
        Pembuatan.objects.filter(pk=pk).update(
            kemajuan=kemajuan, tahap=tahap, status=status, diperbarui_pada=timezone.now()
        )

    try:
        lapor(5, "Menyusun dokumen dari data")
        for format, (awal, tahap) in zip(
            FORMAT, ((10, "Membuat PDF"), (70, "Membuat DOCX")), strict=True
        ):
            lapor(awal, tahap)
            isi = render(data, job.dokumen, format)
            _tulis_atomik(lokasi_draf(job.satker, job.tahun, job.dokumen, job.sidik, format), isi)
        _buang_draf_lama(job.satker, job.tahun, job.dokumen)
        lapor(100, "Selesai", Pembuatan.Status.SELESAI)
    except Exception as exc:  # the page must say it failed instead of spinning forever
        log.exception("Pembuatan dokumen %s gagal", pk)
        _gagal(pk, f"{type(exc).__name__}: {exc}")
        return
    # read after the row is marked done: a request that asked to publish before that is
    # seen here; one after it finds the row done and publishes itself (minta_terbit)
    job.refresh_from_db()
    if job.terbitkan_oleh_id is not None:
        _terbitkan_dari_antrean(job)


def _terbitkan_dari_antrean(job: Pembuatan) -> None:
    try:
        versi = terbitkan(
            job.satker,
            job.tahun,
            job.terbitkan_oleh,
            job.dokumen,
            akui_peringatan=job.akui_peringatan,
        )
    except (LaporanError, PermissionDenied, DataTidakAda) as exc:
        Pembuatan.objects.filter(pk=job.pk).update(
            pesan=f"PDF dan DOCX sudah dibuat, tetapi tidak diterbitkan: {exc}"
        )
        return
    Pembuatan.objects.filter(pk=job.pk).update(
        versi_terbit=versi, pesan=f"Versi {versi.nomor} diterbitkan."
    )


def buat_sekarang(
    user, satker: Satker, tahun: int, dokumen: str
) -> tuple[object, dict[str, bytes]]:
    """The data and both formats now, using the cache when the data has not changed."""
    periksa_boleh_baca(user, satker)
    data = kumpul(satker, tahun, dokumen)
    kunci = sidik(data, dokumen)
    ada = draf_siap(satker, tahun, dokumen, kunci)
    if ada:
        return data, {f: p.read_bytes() for f, p in ada.items()}
    isi = {f: render(data, dokumen, f) for f in FORMAT}
    for f, b in isi.items():
        _tulis_atomik(lokasi_draf(satker, tahun, dokumen, kunci, f), b)
    return data, isi


# -- narratives -------------------------------------------------------------------------


def daftar_narasi(user, satker: Satker, tahun: int) -> list[Narasi]:
    """Every narrative section with its current text and the figures the data does not back."""
    periksa_boleh_baca(user, satker)
    return narasi_laporan(satker, tahun)


MAKS_NARASI = 20_000  # characters of one narrative section (the longest default is ~3.000)


def _periksa_teks(teks: str, label: str, maks: int) -> None:
    try:
        periksa_teks(teks, label, maks)
    except ValidationError as exc:
        raise LaporanError(" ".join(exc.messages)) from exc


def simpan_narasi(user, satker: Satker, tahun: int, kunci: str, teks: str) -> list[Temuan]:
    """Store the Perencana's text of a section (the default text stored is no edit)."""
    akses.pastikan(
        akses.boleh_sunting_narasi(user, satker),
        "Hanya Perencana kantor ini yang boleh menyunting narasi laporan.",
    )
    _periksa_teks(teks, "Narasi", MAKS_NARASI)
    penulis = Penulis(kumpul_lkj(satker, tahun))
    if kunci not in {b.kunci for b in penulis.daftar()}:
        raise LaporanError(f"Bagian narasi '{kunci}' tidak ada dalam laporan tahun {tahun}.")
    bersih = "\n".join(baris.rstrip() for baris in teks.replace("\r\n", "\n").strip().split("\n"))
    if not bersih or bersih == penulis.bawaan(kunci).strip():
        NarasiLaporan.objects.filter(satker=satker, tahun=tahun, bagian=kunci).delete()
        return []
    NarasiLaporan.objects.update_or_create(
        satker=satker, tahun=tahun, bagian=kunci, defaults={"teks": bersih, "diubah_oleh": user}
    )
    return periksa_narasi(bersih, penulis.izin(kunci))


def simpan_narasi_banyak(
    user, satker: Satker, tahun: int, teks: dict[str, str]
) -> dict[str, list[Temuan]]:
    """Store several sections at once ("Simpan semua"), all or none: an unknown section
    refuses the whole save. Returns each saved section's findings."""
    with transaction.atomic():
        return {k: simpan_narasi(user, satker, tahun, k, t) for k, t in teks.items()}


def simpan_pengesahan(
    user,
    satker: Satker,
    tahun: int,
    tempat: str,
    tanggal: datetime.date | None,
    konfirmasi: bool = False,
) -> None:
    """Place and date under the Kata Pengantar (empty = the office's city and today).

    A date in the future is refused; one outside the usual window (sakip.lib.penandatanganan)
    is stored only when `konfirmasi` says the user confirmed it.
    """
    akses.pastikan(
        akses.boleh_sunting_narasi(user, satker),
        "Hanya Perencana kantor ini yang boleh mengubah pengesahan laporan.",
    )
    _periksa_teks(
        tempat, "Tempat pengesahan", PengesahanLaporan._meta.get_field("tempat").max_length
    )
    if tanggal is not None:
        nilai = nilai_tanggal(tanggal, tahun, "lkj", jendela.hari_ini())
        if nilai.galat:
            raise LaporanError(nilai.galat)
        if nilai.perlu_konfirmasi and not konfirmasi:
            raise LaporanError(nilai.perlu_konfirmasi)
    PengesahanLaporan.objects.update_or_create(
        satker=satker, tahun=tahun, defaults={"tempat": tempat.strip(), "tanggal": tanggal}
    )


# -- publishing -------------------------------------------------------------------------


def _sha256(isi: bytes) -> str:
    return hashlib.sha256(isi).hexdigest()


CONTOH_GALAT = 3  # errors named in a refusal; the data check page lists them all


def periksa_sebelum_terbit(satker: Satker, tahun: int, akui_peringatan: bool) -> None:
    """An LKj is published only from data without errors, its warnings acknowledged."""
    try:
        temuan = periksa_data(satker, tahun).findings
    except DataTidakDikenal:
        return  # nothing to check; gathering the report refuses the year with DataTidakAda
    galat = [f for f in temuan if f.severity == ERROR]
    if galat:
        contoh = " ".join(f"({i}) {f.message}" for i, f in enumerate(galat[:CONTOH_GALAT], 1))
        lainnya = len(galat) - CONTOH_GALAT
        raise LaporanError(
            f"Laporan Kinerja {tahun} belum dapat diterbitkan: data masih memuat {len(galat)} "
            f"galat. {contoh}"
            + (f" … dan {lainnya} galat lainnya." if lainnya > 0 else "")
            + " Perbaiki di halaman Periksa data."
        )
    peringatan = jumlah_tingkat(temuan)[WARNING]
    if peringatan and not akui_peringatan:
        raise LaporanError(
            f"Data Laporan Kinerja {tahun} memuat {peringatan} peringatan: baca di halaman "
            f"Periksa data, lalu centang “Saya telah membaca {peringatan} peringatan”."
        )


def periksa_pk_sebelum_terbit(satker: Satker, tahun: int) -> None:
    """A PK is published only without placeholder text in its signatories and reasons."""
    galat = [f for f in temuan_placeholder(satker, tahun, dokumen="pk") if f.severity == ERROR]
    if galat:
        contoh = " ".join(f"({i}) {f.message}" for i, f in enumerate(galat[:CONTOH_GALAT], 1))
        raise LaporanError(
            f"Perjanjian Kinerja {tahun} belum dapat diterbitkan: masih ada {len(galat)} isian "
            f"sementara. {contoh}"
        )


def _boleh_terbit(satker: Satker, user, dokumen: str) -> None:
    akses.pastikan(
        akses.boleh_terbitkan(user, satker),
        "Hanya Pimpinan (Sekretaris) kantor ini yang boleh menerbitkan.",
    )
    jenis_sah(dokumen)


def _periksa_terbit(satker: Satker, tahun: int, user, dokumen: str, akui: bool) -> None:
    """Who may publish, and the document's checks before publishing (refusals raise)."""
    _boleh_terbit(satker, user, dokumen)
    if dokumen == JenisDokumen.LKJ:
        periksa_sebelum_terbit(satker, tahun, akui)
    else:
        periksa_pk_sebelum_terbit(satker, tahun)


@dataclass
class _Terbit:
    """A request to publish when the files are made (see minta_terbit)."""

    user: object
    akui_peringatan: bool
    diterima: bool = True  # False: the running row finished before the request reached it

    def pada(self, pembuatan: Pembuatan) -> None:
        """Ask a queued or running row to publish when it finishes."""
        self.diterima = bool(
            Pembuatan.objects.filter(
                pk=pembuatan.pk,
                status__in=[Pembuatan.Status.ANTRI, Pembuatan.Status.PROSES],
            ).update(terbitkan_oleh=self.user, akui_peringatan=self.akui_peringatan)
        )


def minta_terbit(
    satker: Satker, tahun: int, user, dokumen: str, akui_peringatan: bool = False
) -> VersiLaporan | Pembuatan:
    """ "Terbitkan" on the page: publish now when the files of the current data are made
    (reading them takes milliseconds); else queue their making, and the task publishes as
    this user when it finishes. The checks of `terbitkan` run here first, so a refusal is
    said at once, and again when the task publishes (the data may change meanwhile)."""
    _boleh_terbit(satker, user, dokumen)  # first: nothing is read for anyone else
    diperiksa = False
    for _ in range(3):
        data = kumpul(satker, tahun, dokumen)
        if draf_siap(satker, tahun, dokumen, sidik(data, dokumen)):
            return terbitkan(satker, tahun, user, dokumen, akui_peringatan=akui_peringatan)
        if not diperiksa:
            _periksa_terbit(satker, tahun, user, dokumen, akui_peringatan)
            diperiksa = True
        terbit = _Terbit(user, akui_peringatan)
        pembuatan = mulai_pembuatan(user, satker, tahun, dokumen, terbit)
        pembuatan.refresh_from_db()
        if pembuatan.versi_terbit_id is not None or pembuatan.status == Pembuatan.Status.GAGAL:
            return pembuatan  # done already (a queue that runs tasks at once), or failed
        if terbit.diterima and pembuatan.status != Pembuatan.Status.SELESAI:
            return pembuatan  # queued or running: its task publishes
        # the row finished between our look and our request: look again (files ready now)
    raise LaporanError("Dokumen sedang dibuat berulang kali; coba terbitkan sebentar lagi.")


def terbitkan(
    satker: Satker,
    tahun: int,
    user,
    dokumen: str = JenisDokumen.LKJ,
    buat: Callable[..., tuple[object, dict[str, bytes]]] = buat_sekarang,
    akui_peringatan: bool = False,
) -> VersiLaporan:
    """Publish the current document as a new frozen version (PDF, DOCX, data JSON, SHA-256).

    Refused for anyone but the office's Pimpinan, for a year without data, when the
    data has not changed since the last published version, for an LKj while the
    office's data has errors or unacknowledged warnings (sakip.laporan.pemeriksaan), and
    for a PK while its signatories hold placeholder text (sakip.lib.placeholder).
    """
    _periksa_terbit(satker, tahun, user, dokumen, akui_peringatan)
    data, isi = buat(user, satker, tahun, dokumen)
    kunci = sidik(data, dokumen)
    json_data = sebagai_json(data).encode()
    with transaction.atomic():
        terakhir = (
            VersiLaporan.objects.select_for_update()
            .filter(satker=satker, tahun=tahun, dokumen=dokumen)
            .order_by("-nomor")
            .first()
        )
        if terakhir is not None and terakhir.sidik_data == kunci:
            raise LaporanError(
                f"Data tidak berubah sejak versi {terakhir.nomor} diterbitkan; "
                "tidak ada versi baru yang perlu diterbitkan."
            )
        nomor = (
            VersiLaporan.objects.filter(satker=satker, tahun=tahun, dokumen=dokumen).aggregate(
                n=Max("nomor")
            )["n"]
            or 0
        ) + 1
        versi = VersiLaporan(
            satker=satker,
            tahun=tahun,
            dokumen=dokumen,
            nomor=nomor,
            sidik_data=kunci,
            sha256_pdf=_sha256(isi["pdf"]),
            sha256_docx=_sha256(isi["docx"]),
            sha256_data=_sha256(json_data),
            diterbitkan_oleh=user if getattr(user, "pk", None) else None,
        )
        awalan = "LKj" if dokumen == JenisDokumen.LKJ else "PK"
        nama = f"{awalan}-{satker.kode}-{tahun}-v{nomor}"
        versi.pdf.save(f"{nama}.pdf", ContentFile(isi["pdf"]), save=False)
        versi.docx.save(f"{nama}.docx", ContentFile(isi["docx"]), save=False)
        versi.data.save(f"{nama}.json", ContentFile(json_data), save=False)
        versi.save()
    return versi


def versi_terbit(satker: Satker, tahun: int | None = None):
    """Published versions of an office (what the public pages list), newest first."""
    q = VersiLaporan.objects.filter(satker=satker).select_related("satker")
    if tahun is not None:
        q = q.filter(tahun=tahun)
    return q.order_by("-tahun", "dokumen", "-nomor")
