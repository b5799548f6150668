"""The budget of an office: DIPA and its revisions, lines with pagu, monthly realisation, RO volume, RPD."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models

from sakip.lib.anggaran import JENIS_BELANJA, NAMA_BULAN
from sakip.organisasi.models import Satker

UANG = {"max_digits": 18, "decimal_places": 2}
VOLUME = {"max_digits": 14, "decimal_places": 3}
BULAN = [(i, nama) for i, nama in enumerate(NAMA_BULAN, start=1)]
_BULAN_SAH = [MinValueValidator(1), MaxValueValidator(12)]


class ProfilAnggaran(models.Model):
    """The office's identity in the state budget: its 6-digit satker code at Kemenkeu."""

    satker = models.OneToOneField(Satker, on_delete=models.CASCADE, related_name="profil_anggaran")
    kode_satker_kemenkeu = models.CharField(
        "kode satker (Kemenkeu)",
        max_length=6,
        unique=True,
        validators=[RegexValidator(r"^\d{6}$", "Kode satker Kemenkeu terdiri dari 6 angka.")],
    )

    class Meta:
        verbose_name = "profil anggaran"
        verbose_name_plural = "profil anggaran"

    def __str__(self) -> str:
        return f"{self.satker} ({self.kode_satker_kemenkeu})"


class Dipa(models.Model):
    """The budget document of one office for one year."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="dipa")
    tahun = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = "DIPA"
        verbose_name_plural = "DIPA"
        ordering = ["satker", "-tahun"]
        constraints = [models.UniqueConstraint(fields=["satker", "tahun"], name="dipa_unik")]

    def __str__(self) -> str:
        return f"DIPA {self.satker} {self.tahun}"

    def revisi_terakhir(self) -> RevisiDipa | None:
        return self.revisi.order_by("-nomor").first()

    def jumlah_revisi(self) -> int:
        """How many times the DIPA was revised (the original DIPA, nomor 0, is not a revision)."""
        return self.revisi.filter(nomor__gt=0).count()


class RevisiDipa(models.Model):
    """One set of pagu: nomor 0 is the original DIPA, 1..n its revisions; each kept whole."""

    dipa = models.ForeignKey(Dipa, on_delete=models.CASCADE, related_name="revisi")
    nomor = models.PositiveSmallIntegerField()
    tanggal = models.DateField(null=True, blank=True)
    catatan = models.TextField(blank=True)
    diimpor_pada = models.DateTimeField(auto_now=True)
    diimpor_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "revisi DIPA"
        verbose_name_plural = "revisi DIPA"
        ordering = ["dipa", "nomor"]
        constraints = [models.UniqueConstraint(fields=["dipa", "nomor"], name="revisi_unik")]

    def __str__(self) -> str:
        return "DIPA awal" if self.nomor == 0 else f"Revisi ke-{self.nomor}"


class UraianKode(models.Model):
    """The name of one code prefix (program, kegiatan, KRO, RO, komponen, sub komponen, akun line)."""

    dipa = models.ForeignKey(Dipa, on_delete=models.CASCADE, related_name="uraian")
    kode = models.CharField(max_length=60)
    uraian = models.TextField()

    class Meta:
        verbose_name = "uraian kode"
        verbose_name_plural = "uraian kode"
        constraints = [models.UniqueConstraint(fields=["dipa", "kode"], name="uraian_kode_unik")]

    def __str__(self) -> str:
        return f"{self.kode} {self.uraian}"


class RincianOutput(models.Model):
    """An RO of the DIPA with its volume target (TVRO) and unit."""

    dipa = models.ForeignKey(Dipa, on_delete=models.CASCADE, related_name="rincian_output")
    kode = models.CharField("kode RO", max_length=30, help_text="BA.Eselon.Program.Kegiatan.KRO.RO")
    target_volume = models.DecimalField("target volume (TVRO)", null=True, blank=True, **VOLUME)
    satuan = models.CharField(max_length=60, blank=True)

    class Meta:
        verbose_name = "rincian output"
        verbose_name_plural = "rincian output"
        ordering = ["dipa", "kode"]
        constraints = [models.UniqueConstraint(fields=["dipa", "kode"], name="ro_unik")]

    def __str__(self) -> str:
        return self.kode

    @property
    def kode_pendek(self) -> str:
        """Kegiatan.KRO.RO as reports write it: '6709.QGE.001'."""
        return ".".join(self.kode.split(".")[3:])


class PosAnggaran(models.Model):
    """One budget line, identified by its full code; its pagu lives per revision."""

    dipa = models.ForeignKey(Dipa, on_delete=models.CASCADE, related_name="pos")
    rincian_output = models.ForeignKey(RincianOutput, on_delete=models.CASCADE, related_name="pos")
    kode = models.CharField(max_length=60)
    ba = models.CharField(max_length=3)
    eselon = models.CharField(max_length=2)
    program = models.CharField(max_length=2)
    kegiatan = models.CharField(max_length=4)
    kro = models.CharField(max_length=3)
    ro = models.CharField(max_length=3)
    komponen = models.CharField(max_length=3)
    subkomponen = models.CharField(max_length=2)
    akun = models.CharField(max_length=6)
    jenis_belanja = models.CharField(max_length=2, choices=list(JENIS_BELANJA.items()))

    class Meta:
        verbose_name = "pos anggaran"
        verbose_name_plural = "pos anggaran"
        ordering = ["dipa", "kode"]
        constraints = [models.UniqueConstraint(fields=["dipa", "kode"], name="pos_unik")]
        indexes = [models.Index(fields=["dipa", "jenis_belanja"])]

    def __str__(self) -> str:
        return self.kode


class Pagu(models.Model):
    """The ceiling of one line in one revision; a line missing from a revision was removed."""

    revisi = models.ForeignKey(RevisiDipa, on_delete=models.CASCADE, related_name="pagu")
    pos = models.ForeignKey(PosAnggaran, on_delete=models.CASCADE, related_name="pagu")
    jumlah = models.DecimalField(**UANG)

    class Meta:
        verbose_name = "pagu"
        verbose_name_plural = "pagu"
        constraints = [
            models.UniqueConstraint(fields=["revisi", "pos"], name="pagu_unik"),
            models.CheckConstraint(condition=models.Q(jumlah__gte=0), name="pagu_tidak_negatif"),
        ]

    def __str__(self) -> str:
        return f"{self.pos} {self.jumlah}"


class RealisasiAnggaran(models.Model):
    """Money spent on one line in one month (not cumulative); SAKTI corrections may be negative."""

    pos = models.ForeignKey(PosAnggaran, on_delete=models.CASCADE, related_name="realisasi")
    bulan = models.PositiveSmallIntegerField(choices=BULAN, validators=_BULAN_SAH)
    jumlah = models.DecimalField(**UANG)

    class Meta:
        verbose_name = "realisasi anggaran"
        verbose_name_plural = "realisasi anggaran"
        constraints = [
            models.UniqueConstraint(fields=["pos", "bulan"], name="realisasi_anggaran_unik"),
            models.CheckConstraint(
                condition=models.Q(bulan__gte=1, bulan__lte=12), name="realisasi_bulan_sah"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.pos} {self.get_bulan_display()} {self.jumlah}"


class RealisasiVolume(models.Model):
    """Volume of an RO delivered in one month; RVRO is the sum over the months."""

    rincian_output = models.ForeignKey(
        RincianOutput, on_delete=models.CASCADE, related_name="realisasi_volume"
    )
    bulan = models.PositiveSmallIntegerField(choices=BULAN, validators=_BULAN_SAH)
    volume = models.DecimalField(**VOLUME)

    class Meta:
        verbose_name = "realisasi volume RO"
        verbose_name_plural = "realisasi volume RO"
        constraints = [
            models.UniqueConstraint(
                fields=["rincian_output", "bulan"], name="realisasi_volume_unik"
            ),
            models.CheckConstraint(
                condition=models.Q(bulan__gte=1, bulan__lte=12), name="volume_bulan_sah"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rincian_output} {self.get_bulan_display()} {self.volume}"


class RencanaPenarikan(models.Model):
    """RPD (Halaman III DIPA): planned spending of one type of spending in one month."""

    dipa = models.ForeignKey(Dipa, on_delete=models.CASCADE, related_name="rpd")
    jenis_belanja = models.CharField(max_length=2, choices=list(JENIS_BELANJA.items()))
    bulan = models.PositiveSmallIntegerField(choices=BULAN, validators=_BULAN_SAH)
    jumlah = models.DecimalField(**UANG)

    class Meta:
        verbose_name = "rencana penarikan dana"
        verbose_name_plural = "rencana penarikan dana"
        ordering = ["dipa", "jenis_belanja", "bulan"]
        constraints = [
            models.UniqueConstraint(fields=["dipa", "jenis_belanja", "bulan"], name="rpd_unik"),
            models.CheckConstraint(
                condition=models.Q(bulan__gte=1, bulan__lte=12), name="rpd_bulan_sah"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.dipa} {self.jenis_belanja} {self.get_bulan_display()}"


class KaitanAnggaran(models.Model):
    """Links a sasaran or indicator to the kegiatan or RO that fund it (budget per sasaran)."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="kaitan_anggaran")
    tahun = models.PositiveSmallIntegerField()
    sasaran = models.ForeignKey(
        "perencanaan.Sasaran", on_delete=models.CASCADE, related_name="kaitan_anggaran"
    )
    indikator = models.ForeignKey(
        "perencanaan.Indikator",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="kaitan_anggaran",
    )
    kode = models.CharField(
        max_length=30,
        help_text="Kode kegiatan (mis. 6709) atau RO (mis. 6709.QGE.001) yang mendanai sasaran ini.",
    )

    class Meta:
        verbose_name = "kaitan anggaran"
        verbose_name_plural = "kaitan anggaran"
        ordering = ["satker", "tahun", "sasaran", "kode"]
        constraints = [
            models.UniqueConstraint(
                fields=["satker", "tahun", "sasaran", "indikator", "kode"], name="kaitan_unik"
            )
        ]

    def __str__(self) -> str:
        return f"{self.sasaran} ← {self.kode}"
