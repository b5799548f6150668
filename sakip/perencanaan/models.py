"""The plan: Renstra (visi, misi, tujuan, sasaran), indicators, targets and the yearly PK."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from simple_history.models import HistoricalRecords

from sakip.lib.agregasi import Agregasi
from sakip.lib.angka import bulatkan
from sakip.lib.capaian import NILAI_HURUF, Polaritas, nilai_angka
from sakip.lib.rumus import RumusError, periksa
from sakip.organisasi.models import Satker, UnitKerja

TRIWULAN = [(1, "TW I"), (2, "TW II"), (3, "TW III"), (4, "TW IV")]


class Renstra(models.Model):
    """A five-year strategic plan of an office."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="renstra")
    tahun_awal = models.PositiveSmallIntegerField()
    tahun_akhir = models.PositiveSmallIntegerField()
    dasar_hukum = models.CharField(max_length=300, blank=True)
    visi = models.TextField()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "Renstra"
        verbose_name_plural = "Renstra"
        ordering = ["satker", "-tahun_awal"]
        constraints = [
            models.UniqueConstraint(fields=["satker", "tahun_awal"], name="renstra_unik"),
            models.CheckConstraint(
                condition=models.Q(tahun_akhir__gte=models.F("tahun_awal")),
                name="renstra_periode_urut",
            ),
        ]

    def __str__(self) -> str:
        return f"Renstra {self.tahun_awal}–{self.tahun_akhir} {self.satker}"

    @property
    def periode(self) -> str:
        return f"{self.tahun_awal}–{self.tahun_akhir}"

    def memuat(self, tahun: int) -> bool:
        return self.tahun_awal <= tahun <= self.tahun_akhir


class Misi(models.Model):
    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="misi")
    nomor = models.PositiveSmallIntegerField()
    uraian = models.TextField()
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "misi"
        ordering = ["renstra", "nomor"]

    def __str__(self) -> str:
        return f"Misi {self.nomor}"


class Tujuan(models.Model):
    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="tujuan")
    nomor = models.PositiveSmallIntegerField()
    uraian = models.TextField()
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "tujuan"
        ordering = ["renstra", "nomor"]

    def __str__(self) -> str:
        return f"Tujuan {self.nomor}"


class Sasaran(models.Model):
    """A sasaran (strategic or activity goal) measured by one or more indicators."""

    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="sasaran")
    tujuan = models.ForeignKey(Tujuan, null=True, blank=True, on_delete=models.SET_NULL)
    nomor = models.PositiveSmallIntegerField()
    uraian = models.TextField()
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "sasaran"
        ordering = ["renstra", "nomor"]
        constraints = [models.UniqueConstraint(fields=["renstra", "nomor"], name="sasaran_unik")]

    def __str__(self) -> str:
        return self.uraian


class Indikator(models.Model):
    """A performance indicator with its definition, unit, polarity and aggregation rule."""

    class Jenis(models.TextChoices):
        ANGKA = "angka", "Angka"
        PERSEN = "persen", "Persentase"
        HURUF = "huruf", "Nilai huruf (AA…D)"

    sasaran = models.ForeignKey(Sasaran, on_delete=models.CASCADE, related_name="indikator")
    nomor = models.PositiveSmallIntegerField()
    nama = models.TextField()
    satuan = models.CharField(max_length=40, default="%")
    jenis = models.CharField(max_length=8, choices=Jenis.choices, default=Jenis.PERSEN)
    polaritas = models.CharField(
        max_length=6,
        choices=[
            (Polaritas.NAIK, "Semakin tinggi semakin baik"),
            (Polaritas.TURUN, "Semakin rendah semakin baik"),
        ],
        default=Polaritas.NAIK,
    )
    agregasi = models.CharField(
        "penggabungan triwulan",
        max_length=8,
        choices=[
            (Agregasi.LAST, "Nilai triwulan terakhir"),
            (Agregasi.SUM, "Jumlah"),
            (Agregasi.AVERAGE, "Rata-rata"),
            (Agregasi.MAX, "Nilai tertinggi"),
        ],
        default=Agregasi.LAST,
    )
    uraian = models.TextField("definisi", blank=True)
    cara_penghitungan = models.TextField(blank=True)
    rumus = models.CharField(
        "rumus realisasi",
        max_length=300,
        blank=True,
        help_text="Contoh: keputusan_sesuai / keputusan_total * 100. Kosongkan bila nilai diisi langsung.",
    )
    sumber_data = models.CharField(max_length=200, blank=True)
    unit = models.ForeignKey(
        UnitKerja, null=True, blank=True, on_delete=models.SET_NULL, verbose_name="penanggung jawab"
    )
    iku = models.BooleanField("IKU", default=True)
    standar_nasional = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    wajib_bukti = models.BooleanField("bukti dukung wajib", default=False)
    indikator_induk = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="turunan",
        verbose_name="indikator induk",
        help_text="Indikator kantor induk yang diturunkan ke indikator ini (kaskade nasional).",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "indikator"
        ordering = ["sasaran__renstra", "sasaran__nomor", "nomor"]
        constraints = [models.UniqueConstraint(fields=["sasaran", "nomor"], name="indikator_unik")]

    def __str__(self) -> str:
        return self.nama

    @property
    def satker(self) -> Satker:
        return self.sasaran.renstra.satker

    @property
    def berhuruf(self) -> bool:
        return self.jenis == self.Jenis.HURUF

    def clean(self) -> None:
        if self.rumus.strip():
            if self.jenis == self.Jenis.HURUF:
                raise ValidationError({"rumus": "Indikator bernilai huruf tidak memakai rumus."})
            try:
                periksa(self.rumus)
            except RumusError as exc:
                raise ValidationError({"rumus": f"Rumus tidak sah: {exc}."}) from exc

    def target_for(self, tahun: int, triwulan: int | None = None) -> Target | None:
        return self.target.filter(tahun=tahun, triwulan=triwulan).first()


class Target(models.Model):
    """The target of an indicator for a year (triwulan empty) or a quarter."""

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="target")
    tahun = models.PositiveSmallIntegerField()
    triwulan = models.PositiveSmallIntegerField(null=True, blank=True, choices=TRIWULAN)
    nilai = models.DecimalField(max_digits=18, decimal_places=4, null=True, blank=True)
    nilai_huruf = models.CharField(max_length=2, blank=True, choices=[(h, h) for h in NILAI_HURUF])
    tonggak = models.TextField("tonggak/uraian target triwulan", blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "target"
        ordering = ["indikator", "tahun", "triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["indikator", "tahun", "triwulan"], name="target_unik"),
            models.UniqueConstraint(
                fields=["indikator", "tahun"],
                condition=models.Q(triwulan__isnull=True),
                name="target_tahunan_unik",
            ),
        ]

    def __str__(self) -> str:
        return f"Target {self.indikator} {self.tahun}"

    def clean(self) -> None:
        if self.indikator_id and self.indikator.berhuruf:
            if not self.nilai_huruf:
                raise ValidationError({"nilai_huruf": "Indikator ini bernilai huruf: isi AA…D."})
        elif self.nilai is None:
            raise ValidationError({"nilai": "Isi nilai target."})
        if self.nilai is not None and self.nilai < 0:
            raise ValidationError({"nilai": "Target tidak boleh negatif."})

    def nilai_angka(self) -> Decimal | None:
        """The value used for capaian: the number, or a grade's band number."""
        return nilai_angka(self.indikator.berhuruf, self.nilai, self.nilai_huruf)


class PerjanjianKinerja(models.Model):
    """The signed yearly performance agreement (PK) of an office."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="perjanjian")
    tahun = models.PositiveSmallIntegerField()
    perubahan = models.PositiveSmallIntegerField(
        default=0, help_text="0 untuk PK awal; 1, 2, … untuk PK Perubahan."
    )
    tempat = models.CharField(max_length=100)
    tanggal = models.DateField()
    pihak_pertama_nama = models.CharField(max_length=200)
    pihak_pertama_nip = models.CharField("NIP pihak pertama", max_length=30, blank=True)
    pihak_pertama_jabatan = models.CharField(max_length=200)
    pihak_kedua_nama = models.CharField(max_length=200)
    pihak_kedua_nip = models.CharField("NIP pihak kedua", max_length=30, blank=True)
    pihak_kedua_jabatan = models.CharField(max_length=200)
    alasan_perubahan = models.TextField(
        "alasan perubahan", blank=True, help_text="Wajib untuk PK Perubahan."
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "perjanjian kinerja"
        verbose_name_plural = "perjanjian kinerja"
        ordering = ["satker", "-tahun", "-perubahan"]
        constraints = [
            models.UniqueConstraint(fields=["satker", "tahun", "perubahan"], name="pk_unik")
        ]

    def __str__(self) -> str:
        judul = "PK Perubahan" if self.perubahan else "PK"
        return f"{judul} {self.tahun} {self.satker}"

    @classmethod
    def berlaku(cls, satker: Satker, tahun: int) -> PerjanjianKinerja | None:
        """The PK in force for the year: the latest revision."""
        return cls.objects.filter(satker=satker, tahun=tahun).order_by("-perubahan").first()

    def total_anggaran(self) -> Decimal:
        """The PK's budget: the sum of its program rows, in the database (0 when it has none).

        Rupiah with two decimals like the rows, whatever the database returns (SQLite sums
        decimals as floats and drops the trailing zeros).
        """
        total = self.anggaran.aggregate(t=models.Sum("anggaran"))["t"] or Decimal(0)
        return bulatkan(total, AnggaranPK._meta.get_field("anggaran").decimal_places)


class BarisPK(models.Model):
    """A row Sasaran | Indikator | Target of a PK (target as agreed when signed)."""

    pk_dokumen = models.ForeignKey(
        PerjanjianKinerja, on_delete=models.CASCADE, related_name="baris", verbose_name="PK"
    )
    urutan = models.PositiveSmallIntegerField()
    indikator = models.ForeignKey(Indikator, on_delete=models.PROTECT)
    target = models.DecimalField(max_digits=18, decimal_places=4, null=True, blank=True)
    target_huruf = models.CharField(max_length=2, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "baris PK"
        verbose_name_plural = "baris PK"
        ordering = ["pk_dokumen", "urutan"]
        constraints = [
            models.UniqueConstraint(fields=["pk_dokumen", "indikator"], name="baris_pk_unik")
        ]

    def __str__(self) -> str:
        return f"{self.urutan}. {self.indikator}"


class AnggaranPK(models.Model):
    """A row Program | Anggaran of a PK."""

    pk_dokumen = models.ForeignKey(
        PerjanjianKinerja, on_delete=models.CASCADE, related_name="anggaran", verbose_name="PK"
    )
    urutan = models.PositiveSmallIntegerField()
    kode_program = models.CharField(max_length=10)
    nama_program = models.CharField(max_length=300)
    anggaran = models.DecimalField(max_digits=18, decimal_places=2)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "anggaran PK"
        verbose_name_plural = "anggaran PK"
        ordering = ["pk_dokumen", "urutan"]

    def __str__(self) -> str:
        return f"{self.kode_program} {self.nama_program}"


def tahun_tersedia(satker: Satker) -> list[int]:
    """Years for which the office has a PK or targets, newest first: the year menus."""
    tahun = set(PerjanjianKinerja.objects.filter(satker=satker).values_list("tahun", flat=True))
    tahun.update(
        Target.objects.filter(indikator__sasaran__renstra__satker=satker).values_list(
            "tahun", flat=True
        )
    )
    return sorted(tahun, reverse=True)
