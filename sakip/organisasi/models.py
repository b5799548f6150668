"""Offices (satker), their units, staff and the users' memberships."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models

from sakip.lib.skala import SKALA_CAPAIAN_KPU, SKALA_PENYERAPAN, Skala


def skala_capaian_bawaan() -> list[dict]:
    return SKALA_CAPAIAN_KPU.as_data()


def skala_penyerapan_bawaan() -> list[dict]:
    return SKALA_PENYERAPAN.as_data()


class Satker(models.Model):
    """An office with its own secretariat, DIPA and LKj; KPU RI → Provinsi → Kab/Kota."""

    class Jenis(models.TextChoices):
        PUSAT = "pusat", "KPU Republik Indonesia"
        PROVINSI = "provinsi", "KPU Provinsi"
        KABKOTA = "kabkota", "KPU Kabupaten/Kota"

    kode = models.CharField("kode wilayah", max_length=10, unique=True)
    nama = models.CharField(max_length=200)
    jenis = models.CharField(max_length=10, choices=Jenis.choices)
    induk = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="anak"
    )
    kota = models.CharField("tempat penandatanganan", max_length=100, blank=True)
    alamat = models.CharField(max_length=300, blank=True)
    situs = models.CharField(max_length=200, blank=True)
    batas_capaian = models.DecimalField(
        "batas atas capaian (%)",
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Kosongkan bila capaian tidak dibatasi; isi 100 atau 120 bila dibatasi.",
    )
    skala_capaian = models.JSONField(default=skala_capaian_bawaan)
    skala_penyerapan = models.JSONField(default=skala_penyerapan_bawaan)
    berlaku_sejak = models.PositiveSmallIntegerField(
        "berlaku sejak tahun",
        null=True,
        blank=True,
        help_text="Tahun kedudukan kantor ini (kode, nama, induk) mulai berlaku, mis. setelah "
        "pemekaran; kosong bila sejak awal. Data kantor tetap melekat pada kantornya.",
    )
    # Deadlines this office sets for the offices directly below it (the roll-ups' on time/late).
    tenggat_pk_hari = models.PositiveSmallIntegerField(
        "batas PK bawahan (hari ke-, tahun berjalan)",
        default=31,
        help_text="PK kantor di bawahnya terbit paling lambat hari ke-N tahun itu (31 = 31 Januari).",
    )
    tenggat_lkj_hari = models.PositiveSmallIntegerField(
        "batas LKj bawahan (hari ke-, tahun berikutnya)",
        default=59,
        help_text="LKj kantor di bawahnya terbit paling lambat hari ke-N tahun berikutnya "
        "(59 = 28 Februari).",
    )
    logo = models.FileField(
        "logo",
        upload_to="logo/",
        blank=True,
        help_text="PNG atau JPEG, dipakai di sampul LKj. Isi berkas diperiksa saat diunggah.",
    )

    class Meta:
        verbose_name = "satuan kerja"
        verbose_name_plural = "satuan kerja"
        ordering = ["kode"]

    def __str__(self) -> str:
        return self.nama

    @property
    def nama_sekretariat(self) -> str:
        return f"Sekretariat {self.nama}"

    def leluhur(self) -> list[Satker]:
        """Parent offices, nearest first."""
        hasil, s = [], self.induk
        while s is not None:
            hasil.append(s)
            s = s.induk
        return hasil

    def tenggat(self, dokumen: str, tahun: int) -> datetime.date:
        """The last day a 'pk' or 'lkj' of the year is on time for an office below this one."""
        if dokumen == "pk":
            return datetime.date(tahun, 1, 1) + datetime.timedelta(days=self.tenggat_pk_hari - 1)
        return datetime.date(tahun + 1, 1, 1) + datetime.timedelta(days=self.tenggat_lkj_hari - 1)

    def skala(self) -> Skala:
        return Skala.from_data(f"Skala capaian {self.nama}", self.skala_capaian)

    def skala_serapan(self) -> Skala:
        return Skala.from_data(f"Skala penyerapan {self.nama}", self.skala_penyerapan)


class UnitKerja(models.Model):
    """A subbagian of a secretariat, responsible for some indicators."""

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="unit")
    kode = models.SlugField(max_length=30)
    nama = models.CharField(max_length=200)

    class Meta:
        verbose_name = "unit kerja"
        verbose_name_plural = "unit kerja"
        ordering = ["satker", "kode"]
        constraints = [models.UniqueConstraint(fields=["satker", "kode"], name="unit_unik")]

    def __str__(self) -> str:
        return self.nama


class Pegawai(models.Model):
    """A person of the office, for the staff tables of the LKj."""

    class Status(models.TextChoices):
        KOMISIONER = "komisioner", "Komisioner"
        PNS = "pns", "PNS"
        NON_PNS = "non_pns", "Non-PNS (PPNPN)"

    class Pendidikan(models.TextChoices):
        SLTA = "SLTA", "SLTA/Sederajat"
        D3 = "D3", "D3"
        S1 = "S1", "S1"
        S2 = "S2", "S2"
        S3 = "S3", "S3"

    GOLONGAN = [
        f"{r}/{h}"
        for r, hs in (("IV", "abcde"), ("III", "abcd"), ("II", "abcd"), ("I", "abcd"))
        for h in hs
    ]

    satker = models.ForeignKey(Satker, on_delete=models.CASCADE, related_name="pegawai")
    unit = models.ForeignKey(UnitKerja, null=True, blank=True, on_delete=models.SET_NULL)
    nama = models.CharField(max_length=200)
    nip = models.CharField("NIP", max_length=30, blank=True)
    jabatan = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices)
    pendidikan = models.CharField(max_length=4, choices=Pendidikan.choices)
    golongan = models.CharField(
        max_length=6, blank=True, choices=[(g, g) for g in GOLONGAN], help_text="Hanya untuk PNS."
    )
    aktif = models.BooleanField(default=True)

    class Meta:
        verbose_name = "pegawai"
        verbose_name_plural = "pegawai"
        ordering = ["satker", "status", "nama"]

    def __str__(self) -> str:
        return self.nama


class Peran(models.TextChoices):
    """Roles of DESIGN.md 'Who uses it'."""

    ADMIN = "admin", "Admin"
    PERENCANA = "perencana", "Perencana"
    PIC = "pic", "PIC"
    VERIFIKATOR = "verifikator", "Verifikator (Kepala Subbagian)"
    PIMPINAN = "pimpinan", "Pimpinan (Sekretaris)"
    EVALUATOR = "evaluator", "Evaluator"


class Keanggotaan(models.Model):
    """A user's office, unit and role; a user belongs to exactly one office."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="keanggotaan"
    )
    satker = models.ForeignKey(Satker, on_delete=models.PROTECT, related_name="anggota")
    unit = models.ForeignKey(UnitKerja, null=True, blank=True, on_delete=models.PROTECT)
    peran = models.CharField(max_length=12, choices=Peran.choices)

    class Meta:
        verbose_name = "keanggotaan"
        verbose_name_plural = "keanggotaan"

    def __str__(self) -> str:
        return f"{self.user} — {self.get_peran_display()} {self.satker}"


class VersiData(models.Model):
    """The data version of one office (satker_id 0: rows of no office), kept by triggers.

    Written only by the database (sakip/organisasi/versi.py); read by the page cache. No
    foreign key: a deleted office's number may stay, and number 0 is no office.
    """

    satker_id = models.BigIntegerField(primary_key=True)
    n = models.BigIntegerField()

    class Meta:
        verbose_name = "versi data"
        verbose_name_plural = "versi data"

    def __str__(self) -> str:
        return f"versi data kantor {self.satker_id}: {self.n}"
