"""The hierarchy as reference data: 1 + 38 + 514 offices, idempotent, office data untouched."""

from io import StringIO

import pytest
from django.core.management import call_command

from sakip.organisasi.models import Satker
from sakip.organisasi.wilayah import daftar_wilayah


def test_data_wilayah_38_provinsi_514_kabkota():
    daftar = daftar_wilayah()
    jenis = [w.jenis for w in daftar]
    assert jenis.count("pusat") == 1
    assert jenis.count("provinsi") == 38
    assert jenis.count("kabkota") == 514
    kode = {w.kode: w for w in daftar}
    assert len(kode) == 553
    assert kode["3674"].nama == "KPU Kota Tangerang Selatan" and kode["3674"].induk == "36"
    assert kode["36"].nama == "KPU Provinsi Banten" and kode["36"].induk == "00"
    assert kode["1101"].nama == "KIP Kabupaten Aceh Selatan"
    assert kode["31"].nama == "KPU Provinsi DKI Jakarta"
    assert kode["96"].nama == "KPU Provinsi Papua Barat Daya"
    assert all(len(w.kode) == 4 and w.kode[:2] == w.induk for w in daftar if w.jenis == "kabkota")


@pytest.mark.django_db
def test_muat_wilayah_dua_kali_tidak_mengubah_apa_pun(demo):
    sebelum = Satker.objects.get(kode="3674")
    out = StringIO()
    call_command("muat_wilayah", stdout=out)
    # the demo's three offices already carry the reference code and name
    assert out.getvalue().strip() == "Satuan kerja: 550 dibuat, 0 diperbarui, 3 tetap."
    assert Satker.objects.count() == 553
    assert Satker.objects.filter(jenis="provinsi").count() == 38
    assert Satker.objects.filter(jenis="kabkota").count() == 514
    assert Satker.objects.filter(jenis="kabkota", induk__kode="36").count() == 8
    kantor = Satker.objects.get(kode="3674")
    assert (kantor.pk, kantor.alamat, kantor.kota, kantor.renstra.count()) == (
        sebelum.pk,
        sebelum.alamat,
        sebelum.kota,
        1,
    )
    out = StringIO()
    call_command("muat_wilayah", stdout=out)
    assert out.getvalue().strip() == "Satuan kerja: 0 dibuat, 0 diperbarui, 553 tetap."


@pytest.mark.django_db
def test_muat_wilayah_membetulkan_nama_dan_induk_tanpa_menyentuh_data(db_kosong):
    pusat = Satker.objects.create(kode="00", nama="KPU RI", jenis="pusat")
    salah = Satker.objects.create(
        kode="3674", nama="KPU Tangsel", jenis="kabkota", induk=pusat, alamat="Setu", kota="Serpong"
    )
    call_command("muat_wilayah", stdout=StringIO())
    salah.refresh_from_db()
    assert (salah.nama, salah.induk.kode, salah.alamat, salah.kota) == (
        "KPU Kota Tangerang Selatan",
        "36",
        "Setu",
        "Serpong",
    )
    assert Satker.objects.get(kode="00").nama == "KPU Republik Indonesia"
