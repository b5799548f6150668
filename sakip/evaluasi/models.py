"""The evaluation of an office: LKE worksheet, LHE recommendations and their follow-up, IKPA inputs."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from sakip.lib.lke import NILAI_JAWABAN, Kerangka, baca_kerangka
from sakip.organisasi.models import Satker, UnitKerja

JAWABAN = [(j, j) for j in NILAI_JAWABAN]


class KerangkaLke(models.Model):
    """A version of the LKE (criteria, weights) as data, loaded by `muat_lke` from JSON."""

    kode = models.SlugField(max_length=60, unique=True)
    nama = models.CharField(max_length=200)
    tahun_mulai = models.PositiveSmallIntegerField()
    tahun_akhir = models.PositiveSmallIntegerField(null=True, blank=True)
    struktur = models.JSONField()
    dimuat_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "kerangka LKE"
        verbose_name_plural = "kerangka LKE"
        ordering = ["-tahun_mulai", "kode"]

    def __str__(self) -> str:
        return self.nama

    def kerangka(self) -> Kerangka:
        return baca_kerangka(self.struktur)


class PengaturanEvaluasi(models.Model):
    """What an evaluating office sets per year for the offices below it (the deadlines themselves
    are the office's `Satker.tenggat_*`, the one rule the roll-ups use too)."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="pengaturan_evaluasi")
    tahun = models.PositiveSmallIntegerField()
    ambang_target_tercapai = models.DecimalField(
        "ambang indikator tercapai (%)", max_digits=5, decimal_places=2, default=80
    )
    kerangka = models.ForeignKey(KerangkaLke, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        verbose_name = "pengaturan evaluasi"
        verbose_name_plural = "pengaturan evaluasi"
        constraints = [
            models.UniqueConstraint(fields=["satker", "tahun"], name="pengaturan_evaluasi_unik")
        ]

    def __str__(self) -> str:
        return f"Pengaturan evaluasi {self.satker} {self.tahun}"


class LembarKerja(models.Model):
    """The LKE of one office for one year: self-assessment, then the evaluator's scores."""

    class Status(models.TextChoices):
        MANDIRI = "mandiri", "Penilaian mandiri"
        DIAJUKAN = "diajukan", "Diajukan ke evaluator"
        FINAL = "final", "Final"

    satker = models.ForeignKey(Satker, on_delete=models.PROTECT, related_name="lembar_lke")
    tahun = models.PositiveSmallIntegerField()
    kerangka = models.ForeignKey(KerangkaLke, on_delete=models.PROTECT)
    evaluator = models.ForeignKey(
        Satker, on_delete=models.PROTECT, related_name="lembar_lke_dievaluasi"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.MANDIRI)
    versi = models.PositiveIntegerField(default=1)
    nilai_akhir = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    predikat = models.CharField(max_length=2, blank=True)
    nomor_lhe = models.CharField("nomor LHE", max_length=100, blank=True)
    simpulan = models.TextField(blank=True)
    diajukan_pada = models.DateTimeField(null=True, blank=True)
    difinalkan_pada = models.DateTimeField(null=True, blank=True)
    difinalkan_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "lembar kerja evaluasi"
        verbose_name_plural = "lembar kerja evaluasi"
        ordering = ["satker", "-tahun"]
        constraints = [models.UniqueConstraint(fields=["satker", "tahun"], name="lke_unik")]

    def __str__(self) -> str:
        return f"LKE {self.satker} {self.tahun}"


class JawabanKriteria(models.Model):
    """One criterion: the office's proposal with evidence, the evaluator's Y/T with a comment."""

    lembar = models.ForeignKey(LembarKerja, on_delete=models.CASCADE, related_name="jawaban")
    kode = models.CharField(max_length=12)
    usulan = models.BooleanField(null=True, blank=True)
    bukti = models.TextField("tautan bukti", blank=True)
    catatan_usulan = models.TextField(blank=True)
    penetapan = models.BooleanField(null=True, blank=True)
    catatan_evaluator = models.TextField(blank=True)
    diubah_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "jawaban kriteria"
        verbose_name_plural = "jawaban kriteria"
        constraints = [models.UniqueConstraint(fields=["lembar", "kode"], name="jawaban_unik")]

    def __str__(self) -> str:
        return f"{self.lembar} {self.kode}"


class JawabanSub(models.Model):
    """The evaluator's answer (AA…E) of a sub-component, where it differs from the proposal."""

    lembar = models.ForeignKey(LembarKerja, on_delete=models.CASCADE, related_name="jawaban_sub")
    kode = models.CharField(max_length=8)
    jawaban = models.CharField(max_length=2, choices=JAWABAN)
    catatan = models.TextField(blank=True)

    class Meta:
        verbose_name = "jawaban sub-komponen"
        verbose_name_plural = "jawaban sub-komponen"
        constraints = [models.UniqueConstraint(fields=["lembar", "kode"], name="jawaban_sub_unik")]

    def __str__(self) -> str:
        return f"{self.lembar} {self.kode} {self.jawaban}"


class JejakLke(models.Model):
    """Audit trail of the worksheet."""

    lembar = models.ForeignKey(LembarKerja, on_delete=models.CASCADE, related_name="jejak")
    pengguna = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    waktu = models.DateTimeField(default=timezone.now)
    aksi = models.CharField(max_length=40)
    keterangan = models.TextField(blank=True)

    class Meta:
        ordering = ["waktu", "pk"]

    def __str__(self) -> str:
        return f"{self.lembar} {self.aksi}"


class Rekomendasi(models.Model):
    """A finding and recommendation of the LHE; it becomes a follow-up item of the office."""

    class Status(models.TextChoices):
        BELUM = "belum", "Belum ditindaklanjuti"
        PROSES = "proses", "Dalam proses"
        SELESAI = "selesai", "Selesai"

    lembar = models.ForeignKey(LembarKerja, on_delete=models.CASCADE, related_name="rekomendasi")
    nomor = models.PositiveSmallIntegerField()
    komponen = models.PositiveSmallIntegerField(null=True, blank=True)
    temuan = models.TextField()
    rekomendasi = models.TextField()
    unit = models.ForeignKey(UnitKerja, null=True, blank=True, on_delete=models.SET_NULL)
    batas_waktu = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.BELUM)
    uraian_tindak_lanjut = models.TextField(blank=True)
    bukti = models.TextField("tautan bukti", blank=True)
    versi = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "rekomendasi"
        verbose_name_plural = "rekomendasi"
        ordering = ["lembar", "nomor"]
        constraints = [models.UniqueConstraint(fields=["lembar", "nomor"], name="rekomendasi_unik")]

    def __str__(self) -> str:
        return f"Rekomendasi {self.nomor} {self.lembar}"


class RiwayatTindakLanjut(models.Model):
    rekomendasi = models.ForeignKey(Rekomendasi, on_delete=models.CASCADE, related_name="riwayat")
    pengguna = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    waktu = models.DateTimeField(default=timezone.now)
    dari_status = models.CharField(max_length=8, blank=True)
    ke_status = models.CharField(max_length=8)
    keterangan = models.TextField(blank=True)

    class Meta:
        ordering = ["waktu", "pk"]

    def __str__(self) -> str:
        return f"{self.rekomendasi} {self.dari_status}→{self.ke_status}"


class MasukanIkpa(models.Model):
    """An IKPA figure entered by hand (with evidence) or imported from OM-SPAN for a month.

    For the indicators sakip cannot compute it is the value used; for those it computes it is
    the value the KPPN reported, shown beside sakip's. An empty value means no object.
    """

    class Asal(models.TextChoices):
        MANUAL = "manual", "Diisi manual"
        OMSPAN = "omspan", "Impor OM-SPAN"

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="masukan_ikpa")
    tahun = models.PositiveSmallIntegerField()
    bulan = models.PositiveSmallIntegerField()
    indikator = models.CharField(max_length=20)
    nilai = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    asal = models.CharField(max_length=6, choices=Asal.choices)
    bukti = models.TextField(blank=True)
    diisi_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    diisi_pada = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "masukan IKPA"
        verbose_name_plural = "masukan IKPA"
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun", "bulan", "indikator"], name="masukan_ikpa_unik"
            )
        ]

    def __str__(self) -> str:
        return f"IKPA {self.satker} {self.tahun}/{self.bulan} {self.indikator}"


class SumberRealisasi(models.Model):
    """Where a realisation of the Nilai Akuntabilitas Kinerja indicator came from."""

    realisasi = models.OneToOneField(
        "pengukuran.Realisasi", on_delete=models.CASCADE, related_name="sumber_evaluasi"
    )
    lembar = models.ForeignKey(LembarKerja, on_delete=models.PROTECT, related_name="+")
    dicatat_pada = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.realisasi_id} ← {self.lembar}"
