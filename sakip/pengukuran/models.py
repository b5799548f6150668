"""Realisations of indicators per triwulan, their evidence, workflow trail and lock exceptions."""

from __future__ import annotations

import uuid
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from sakip.lib.capaian import NILAI_HURUF, nilai_angka
from sakip.lib.periode import Triwulan
from sakip.organisasi.models import Satker
from sakip.perencanaan.models import TRIWULAN, Indikator


class Realisasi(models.Model):
    """The realised value of an indicator in one triwulan of a year."""

    class Status(models.TextChoices):
        DRAF = "draf", "Draf"
        DIAJUKAN = "diajukan", "Diajukan"
        TERVERIFIKASI = "terverifikasi", "Terverifikasi"
        DISETUJUI = "disetujui", "Disetujui"
        DIKEMBALIKAN = "dikembalikan", "Dikembalikan"

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="realisasi")
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField(choices=TRIWULAN)
    nilai = models.DecimalField(max_digits=18, decimal_places=4, null=True, blank=True)
    nilai_huruf = models.CharField(max_length=2, blank=True, choices=[(h, h) for h in NILAI_HURUF])
    skor = models.DecimalField(
        "skor evaluasi",
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Untuk nilai huruf: skor angka hasil evaluasi, bila ada.",
    )
    analisis = models.TextField(blank=True)
    kendala = models.TextField(blank=True)
    solusi = models.TextField(blank=True)
    tindak_lanjut = models.TextField(blank=True)
    besaran = models.JSONField(
        default=dict,
        blank=True,
        help_text="Besaran rumus indikator: nama → angka desimal sebagai teks.",
    )
    status = models.CharField(max_length=14, choices=Status.choices, default=Status.DRAF)
    versi = models.PositiveIntegerField(default=1)
    diubah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    diubah_pada = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "realisasi"
        ordering = ["indikator", "tahun", "triwulan"]
        constraints = [
            models.UniqueConstraint(
                fields=["indikator", "tahun", "triwulan"], name="realisasi_unik"
            ),
            models.CheckConstraint(
                condition=models.Q(triwulan__gte=1, triwulan__lte=4), name="realisasi_triwulan_1_4"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indikator} {self.tahun}-TW{self.triwulan}"

    @property
    def periode(self) -> str:
        return f"{self.tahun}-TW{self.triwulan}"

    @property
    def tw(self) -> Triwulan:
        return Triwulan(self.tahun, self.triwulan)

    def besaran_desimal(self) -> dict[str, Decimal]:
        return {nama: Decimal(teks) for nama, teks in (self.besaran or {}).items()}

    def terisi(self) -> bool:
        if self.indikator.berhuruf:
            return bool(self.nilai_huruf)
        return self.nilai is not None

    def nilai_angka(self) -> Decimal | None:
        """The value used for capaian: the number, or a grade's score or band number."""
        return nilai_angka(self.indikator.berhuruf, self.nilai, self.nilai_huruf, self.skor)


def lokasi_bukti(bukti: Bukti, nama_berkas: str) -> str:
    """A generated storage name: the uploader's name never reaches the file system."""
    r = bukti.realisasi
    return f"bukti/{r.tahun}/tw{r.triwulan}/{uuid.uuid4().hex}.{bukti.jenis}"


class Bukti(models.Model):
    """An evidence file (bukti dukung) of a realisation, checked by content, stored by hash."""

    class Jenis(models.TextChoices):
        PDF = "pdf", "PDF"
        JPG = "jpg", "Gambar JPG"
        PNG = "png", "Gambar PNG"
        DOCX = "docx", "Dokumen Word (DOCX)"
        XLSX = "xlsx", "Lembar kerja Excel (XLSX)"

    realisasi = models.ForeignKey(Realisasi, on_delete=models.CASCADE, related_name="bukti")
    berkas = models.FileField(upload_to=lokasi_bukti, max_length=200)
    nama = models.CharField("nama berkas", max_length=150)
    jenis = models.CharField(max_length=4, choices=Jenis.choices)
    ukuran = models.PositiveBigIntegerField("ukuran (bita)")
    sha256 = models.CharField("SHA-256", max_length=64)
    diunggah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    diunggah_pada = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "bukti dukung"
        verbose_name_plural = "bukti dukung"
        ordering = ["realisasi", "diunggah_pada", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["realisasi", "sha256"], name="bukti_unik_per_realisasi")
        ]

    def __str__(self) -> str:
        return self.nama


class JejakRealisasi(models.Model):
    """One step of a realisation's workflow: who, when, from which state to which, and why."""

    class Aksi(models.TextChoices):
        SIMPAN = "simpan", "Menyimpan"
        AJUKAN = "ajukan", "Mengajukan"
        VERIFIKASI = "verifikasi", "Memverifikasi"
        KEMBALIKAN = "kembalikan", "Mengembalikan"
        SETUJUI = "setujui", "Menyetujui"
        BUKA_KEMBALI = "buka_kembali", "Membuka kembali"
        TAMBAH_BUKTI = "tambah_bukti", "Menambah bukti dukung"
        HAPUS_BUKTI = "hapus_bukti", "Menghapus bukti dukung"
        # a value brought from the office's earlier spreadsheets (the onboarding workbook),
        # approved as of the import
        MIGRASI = "migrasi", "Dimigrasikan dari buku kerja"

    realisasi = models.ForeignKey(Realisasi, on_delete=models.CASCADE, related_name="jejak")
    pengguna = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    waktu = models.DateTimeField(default=timezone.now)
    aksi = models.CharField(max_length=12, choices=Aksi.choices)
    dari_status = models.CharField(max_length=14, blank=True, choices=Realisasi.Status.choices)
    ke_status = models.CharField(max_length=14, choices=Realisasi.Status.choices)
    komentar = models.TextField(blank=True)

    class Meta:
        verbose_name = "jejak realisasi"
        verbose_name_plural = "jejak realisasi"
        ordering = ["realisasi", "waktu", "pk"]

    def __str__(self) -> str:
        return f"{self.get_aksi_display()} {self.realisasi}"


class PengecualianKunci(models.Model):
    """Entry allowed after a quarter's window closed, granted by the Sekretaris until a date."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="pengecualian_kunci")
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField(choices=TRIWULAN)
    indikator = models.ForeignKey(
        Indikator,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        help_text="Kosongkan bila berlaku untuk semua indikator pada periode ini.",
    )
    alasan = models.TextField()
    berlaku_sampai = models.DateField()
    diberikan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    diberikan_pada = models.DateTimeField(default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "pengecualian kunci"
        verbose_name_plural = "pengecualian kunci"
        ordering = ["satker", "-tahun", "-triwulan", "-berlaku_sampai"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(triwulan__gte=1, triwulan__lte=4),
                name="pengecualian_triwulan_1_4",
            )
        ]

    def __str__(self) -> str:
        return f"Pengecualian {self.tahun}-TW{self.triwulan} sampai {self.berlaku_sampai}"

    @property
    def tw(self) -> Triwulan:
        return Triwulan(self.tahun, self.triwulan)
