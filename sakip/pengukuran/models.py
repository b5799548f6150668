"""Realisations of indicators per triwulan, with their notes."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from sakip.lib.capaian import NILAI_HURUF, nilai_huruf
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

    def nilai_angka(self) -> Decimal | None:
        """The value used for capaian: the number, or a grade's score or band number."""
        if self.indikator.berhuruf:
            if self.skor is not None:
                return self.skor
            return nilai_huruf(self.nilai_huruf) if self.nilai_huruf else None
        return self.nilai
