"""Guards before publishing: no placeholder text, and a signing date that makes sense."""

from datetime import date

import pytest
from django.urls import reverse

from sakip.laporan import services
from sakip.laporan.models import NarasiLaporan, PengesahanLaporan, VersiLaporan
from sakip.laporan.pemeriksaan import periksa_data, temuan_placeholder
from sakip.lib.periksa.temuan import ERROR, WARNING
from sakip.perencanaan.models import PerjanjianKinerja


@pytest.fixture(autouse=True)
def _hari(settings):
    settings.SAKIP_HARI_INI = "2024-04-10"


@pytest.fixture
def pk(demo):
    return PerjanjianKinerja.berlaku(demo, 2023)


def test_the_demo_pk_names_its_second_signatory_as_data(pk):
    assert pk.pihak_kedua_nama == "M. TAUFIQ MZ"
    assert pk.pihak_kedua_jabatan == "Ketua KPU Kota Tangerang Selatan"
    assert temuan_placeholder(pk.satker, 2023, "pk") == []
    assert [f for f in periksa_data(pk.satker, 2023).findings if f.kind == "placeholder"] == []


def test_the_publish_check_refuses_a_placeholder_in_the_pk(pk, pimpinan, demo):
    pk.pihak_kedua_nama = "[Nama Ketua KPU Kota Tangerang Selatan]"
    pk.pihak_kedua_nip = "NIP. -"
    pk.save()
    temuan = temuan_placeholder(demo, 2023, "pk")
    assert [(f.severity, f.message) for f in temuan] == [
        (
            ERROR,
            "Isian nama pihak kedua pada PK 2023 KPU Kota Tangerang Selatan masih memuat isian "
            "sementara “[Nama Ketua KPU Kota Tangerang Selatan]”: ganti dengan isi yang "
            "sebenarnya sebelum diterbitkan.",
        ),
        (
            ERROR,
            "Isian NIP pihak kedua pada PK 2023 KPU Kota Tangerang Selatan masih memuat isian "
            "sementara “NIP. -”: ganti dengan isi yang sebenarnya sebelum diterbitkan.",
        ),
    ]
    assert temuan[0].tautan == reverse("perencanaan:pk_ubah", args=["3674", 2023])
    with pytest.raises(services.LaporanError, match=r"Perjanjian Kinerja 2023 belum dapat"):
        services.terbitkan(demo, 2023, pimpinan, "pk")
    with pytest.raises(services.LaporanError, match=r"Laporan Kinerja 2023 belum dapat"):
        services.terbitkan(demo, 2023, pimpinan, "lkj", akui_peringatan=True)
    assert not VersiLaporan.objects.exists()


def test_the_publish_check_refuses_a_placeholder_in_a_narrative(perencana, demo):
    NarasiLaporan.objects.create(
        satker=demo, tahun=2023, bagian="kesimpulan", teks="Capaian tahun ini xxx persen."
    )
    temuan = [f for f in periksa_data(demo, 2023).findings if f.kind == "placeholder"]
    assert [(f.severity, f.found) for f in temuan] == [(ERROR, "Capaian tahun ini xxx persen.")]
    assert "bagian “kesimpulan” masih memuat isian sementara “xxx”" in temuan[0].message
    assert temuan[0].tautan == "/laporan/3674/2023/narasi/#narasi-kesimpulan"


def test_a_signing_date_in_the_future_is_refused(perencana, demo, client):
    with pytest.raises(services.LaporanError, match="belum tiba"):
        services.simpan_pengesahan(perencana, demo, 2023, "Tangerang Selatan", date(2031, 1, 5))
    client.force_login(perencana)
    url = reverse("laporan:pengesahan", args=["3674", 2023])
    r = client.post(url, {"tempat": "", "tanggal": "2031-01-05", "konfirmasi_tanggal": "1"})
    assert r.status_code == 400
    assert "5 Januari 2031 belum tiba" in r.content.decode()
    assert PengesahanLaporan.objects.get(satker=demo, tahun=2023).tanggal == date(2024, 1, 13)


def test_a_date_before_the_year_end_needs_the_confirmation(perencana, demo, client):
    client.force_login(perencana)
    url = reverse("laporan:pengesahan", args=["3674", 2023])
    r = client.post(url, {"tempat": "", "tanggal": "2023-11-30"})
    assert r.status_code == 400
    assert "sebelum tahun 2023 berakhir (31 Desember 2023)" in r.content.decode()
    assert PengesahanLaporan.objects.get(satker=demo, tahun=2023).tanggal == date(2024, 1, 13)
    r = client.post(url, {"tempat": "", "tanggal": "2023-11-30", "konfirmasi_tanggal": "1"})
    assert r.status_code == 302
    assert PengesahanLaporan.objects.get(satker=demo, tahun=2023).tanggal == date(2023, 11, 30)
    tanggal = [f for f in periksa_data(demo, 2023).findings if f.kind == "tanggal"]
    assert [(f.severity, f.found) for f in tanggal] == [(WARNING, "30 November 2023")]


def test_without_a_pk_the_sekretaris_name_is_checked(demo):
    from sakip.organisasi.models import Pegawai

    PerjanjianKinerja.objects.filter(satker=demo, tahun=2023).delete()
    Pegawai.objects.filter(satker=demo, jabatan="Sekretaris").update(nama="[Nama Sekretaris]")
    temuan = [f for f in periksa_data(demo, 2023).findings if f.kind == "placeholder"]
    assert [f.message for f in temuan] == [
        "Nama Sekretaris (penanda tangan LKj 2023) masih memuat isian sementara "
        "“[Nama Sekretaris]”: ganti dengan isi yang sebenarnya sebelum diterbitkan."
    ]
