"""Report narratives, signing details, generation jobs and published (frozen) versions."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from sakip.organisasi.models import Satker


class JenisDokumen(models.TextChoices):
    LKJ = "lkj", "Laporan Kinerja"
    PK = "pk", "Perjanjian Kinerja"


class NarasiLaporan(models.Model):
    """A Perencana's own text for one section of an office's LKj; absent = the default text."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="narasi_laporan")
    tahun = models.PositiveSmallIntegerField()
    bagian = models.CharField(max_length=60)
    teks = models.TextField()
    diubah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    diubah_pada = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "narasi laporan"
        verbose_name_plural = "narasi laporan"
        ordering = ["satker", "tahun", "bagian"]
        constraints = [
            models.UniqueConstraint(fields=["satker", "tahun", "bagian"], name="narasi_unik")
        ]

    def __str__(self) -> str:
        return f"{self.bagian} {self.tahun} {self.satker}"


class PengesahanLaporan(models.Model):
    """Place and date under the Kata Pengantar of an LKj; empty = the office's city and today."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="+")
    tahun = models.PositiveSmallIntegerField()
    tempat = models.CharField(max_length=100, blank=True)
    tanggal = models.DateField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "pengesahan laporan"
        verbose_name_plural = "pengesahan laporan"
        constraints = [models.UniqueConstraint(fields=["satker", "tahun"], name="pengesahan_unik")]

    def __str__(self) -> str:
        return f"Pengesahan LKj {self.tahun} {self.satker}"


class Pembuatan(models.Model):
    """One generation of a document's PDF and DOCX for a given data hash (the cache key)."""

    class Status(models.TextChoices):
        ANTRI = "antri", "Menunggu"
        PROSES = "proses", "Sedang dibuat"
        SELESAI = "selesai", "Selesai"
        GAGAL = "gagal", "Gagal"

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="+")
    tahun = models.PositiveSmallIntegerField()
    dokumen = models.CharField(max_length=3, choices=JenisDokumen.choices)
    sidik = models.CharField("sidik data (SHA-256)", max_length=64)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.ANTRI)
    kemajuan = models.PositiveSmallIntegerField(default=0)
    tahap = models.CharField(max_length=100, blank=True)
    pesan = models.TextField(blank=True)
    id_tugas = models.CharField("id tugas di antrean", max_length=64, blank=True)
    diminta_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # "Terbitkan" pressed before the files of the data were made: the task publishes as
    # this user when it finishes (laporan.services.minta_terbit), with the same checks
    terbitkan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    akui_peringatan = models.BooleanField(default=False)
    versi_terbit = models.ForeignKey(
        "VersiLaporan", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    diperbarui_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "pembuatan dokumen"
        verbose_name_plural = "pembuatan dokumen"
        ordering = ["-dibuat_pada"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun", "dokumen", "sidik"], name="pembuatan_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_dokumen_display()} {self.tahun} {self.satker} ({self.status})"


def _lokasi_versi(instance: VersiLaporan, nama: str) -> str:
    return (
        f"laporan/terbit/{instance.satker.kode}/{instance.tahun}/"
        f"{instance.dokumen}-v{instance.nomor}/{nama}"
    )


class VersiLaporan(models.Model):
    """A published version: the PDF, the DOCX and the data as JSON, frozen with their SHA-256."""

    satker = models.ForeignKey(Satker, on_delete=models.PROTECT, related_name="versi_laporan")
    tahun = models.PositiveSmallIntegerField()
    dokumen = models.CharField(max_length=3, choices=JenisDokumen.choices)
    nomor = models.PositiveIntegerField()
    sidik_data = models.CharField("sidik data sumber", max_length=64)
    pdf = models.FileField(upload_to=_lokasi_versi, max_length=300)
    docx = models.FileField(upload_to=_lokasi_versi, max_length=300)
    data = models.FileField(upload_to=_lokasi_versi, max_length=300)
    sha256_pdf = models.CharField("SHA-256 PDF", max_length=64)
    sha256_docx = models.CharField("SHA-256 DOCX", max_length=64)
    sha256_data = models.CharField("SHA-256 data", max_length=64)
    diterbitkan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    diterbitkan_pada = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "versi terbit"
        verbose_name_plural = "versi terbit"
        ordering = ["satker", "-tahun", "dokumen", "-nomor"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun", "dokumen", "nomor"], name="versi_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_dokumen_display()} {self.tahun} {self.satker} versi {self.nomor}"

    def nama_berkas(self, format: str) -> str:
        """Download name, e.g. 'LKj-3674-2023-v2.pdf'."""
        awalan = "LKj" if self.dokumen == JenisDokumen.LKJ else "PK"
        return f"{awalan}-{self.satker.kode}-{self.tahun}-v{self.nomor}.{format}"
