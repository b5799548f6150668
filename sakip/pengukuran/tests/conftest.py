"""Fixtures of the realisation workflow: a fixed 'today', evidence storage, the cast per unit."""

from datetime import date
from decimal import Decimal

import pytest

from conftest import pengguna

# 10 April 2024: TW I 2024 is still open (closes 15 April), TW II open since 1 April.
HARI = date(2024, 4, 10)
LAPORAN = "Persentase Ketepatan waktu pelaporan keuangan"  # keuangan, formula, evidence required
LOGISTIK = "Persentase penyiapan sarana dan prasarana logistik"  # keuangan, value typed directly
IRB = "Indeks Reformasi Birokrasi"  # hukum, value typed directly, jenis angka
SDM = "Persentase Jumlah SDM"  # hukum, formula


@pytest.fixture(autouse=True)
def _hari_dan_media(settings, tmp_path):
    settings.SAKIP_HARI_INI = HARI.isoformat()
    settings.SAKIP_BATAS_HARI_SETELAH_TRIWULAN = 15
    settings.MEDIA_ROOT = tmp_path / "media"


def indikator(awal):
    from sakip.perencanaan.models import Indikator

    return Indikator.objects.select_related("sasaran__renstra__satker", "unit").get(
        nama__startswith=awal
    )


@pytest.fixture
def pic_hukum(demo):
    return pengguna("pic-hukum")


@pytest.fixture
def kasubbag_hukum(demo):
    return pengguna("kasubbag-hukum")


@pytest.fixture
def admin_kantor(demo):
    return pengguna("admin")


@pytest.fixture
def pic_luar(kantor_lain, django_user_model):
    """A PIC of another office, with a unit of the same code as 3674's keuangan."""
    from sakip.organisasi.models import Keanggotaan, Peran, UnitKerja

    unit = UnitKerja.objects.create(satker=kantor_lain, kode="keuangan", nama="Subbagian Keuangan")
    user = django_user_model.objects.create_user("pic-3671", password="rahasia-123")
    Keanggotaan.objects.create(user=user, satker=kantor_lain, unit=unit, peran=Peran.PIC)
    return user


def isi_nilai(user, awal, triwulan=2, tahun=2024, hari=HARI, versi=None, **kolom):
    """Save an entry through the service; quantities as besaran={...}, plain value as nilai=..."""
    from sakip.pengukuran import services
    from sakip.pengukuran.models import Realisasi

    ind = indikator(awal)
    if versi is None:
        r = Realisasi.objects.filter(indikator=ind, tahun=tahun, triwulan=triwulan).first()
        versi = r.versi if r else 0
    besaran = {k: Decimal(v) for k, v in kolom.pop("besaran", {}).items()}
    if "nilai" in kolom:
        kolom["nilai"] = Decimal(kolom["nilai"])
    isian = services.Isian(besaran=besaran, **kolom)
    return services.simpan(user, ind, tahun, triwulan, isian, versi, hari).realisasi


def pdf(teks="bukti"):
    """A small file whose bytes are a PDF."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    isi = b"%PDF-1.4\n1 0 obj<<>>endobj\n% " + teks.encode() + b"\ntrailer<<>>\n%%EOF\n"
    return SimpleUploadedFile(f"{teks}.pdf", isi, content_type="application/pdf")
