"""The commands impor_anggaran and anggaran: messages and exit status."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sakip.anggaran.models import Dipa, ProfilAnggaran
from sakip.organisasi.models import Satker

from .berkas import DEMO, SAMPEL, dipa_kecil, xlsx

pytestmark = pytest.mark.django_db


@pytest.fixture
def kantor(db_kosong):
    return Satker.objects.create(kode="3674", nama="KPU Kota Tangerang Selatan", jenis="kabkota")


def test_import_command_loads_the_demo_and_reports_what_it_wrote(kantor, capsys):
    call_command("impor_anggaran", str(DEMO), "--satker", "3674", "--tahun", "2023")
    keluar = capsys.readouterr().out
    assert "Anggaran KPU Kota Tangerang Selatan tahun 2023 diimpor." in keluar
    assert "Pagu revisi ke-13 disimpan." in keluar
    assert "1616 baris pagu." in keluar


def test_import_command_lists_every_error_and_fails(kantor, tmp_path, capsys):
    berkas = tmp_path / "rusak.xlsx"
    berkas.write_bytes(
        xlsx({"pagu": [["kode", "uraian", "pagu"], ["076.01", "x", -1], ["1", "y", 5]]})
    )
    with pytest.raises(CommandError, match="Impor ditolak: 2 kesalahan; tidak ada yang disimpan."):
        call_command("impor_anggaran", str(berkas), "--satker", "3674", "--tahun", "2023")
    galat = capsys.readouterr().err
    assert "lembar 'pagu', baris 2, kolom C (pagu): pagu: '-1' negatif" in galat
    assert (
        "lembar 'pagu', baris 3, kolom A (kode): kode '1': kode Bagian Anggaran '1' tidak sah"
        in galat
    )
    assert not Dipa.objects.exists()


def test_import_command_refuses_an_unknown_office_or_file(kantor, tmp_path):
    berkas = tmp_path / "dipa.xlsx"
    berkas.write_bytes(dipa_kecil())
    with pytest.raises(CommandError, match="Satuan kerja dengan kode '0000' tidak ditemukan."):
        call_command("impor_anggaran", str(berkas), "--satker", "0000", "--tahun", "2023")
    with pytest.raises(CommandError, match="Berkas 'tidak-ada.xlsx' tidak ditemukan."):
        call_command("impor_anggaran", "tidak-ada.xlsx", "--satker", "3674", "--tahun", "2023")


def test_import_command_records_the_kemenkeu_code_for_sakti(kantor, capsys):
    sampel = str(SAMPEL / "GLP039_Sep2025.xlsx")
    call_command(
        "impor_anggaran", sampel, "--satker", "3674", "--tahun", "2025", "--kode-kemenkeu", "427768"
    )
    assert ProfilAnggaran.objects.get(satker=kantor).kode_satker_kemenkeu == "427768"
    assert "Laporan SAKTI GLP039 periode September 2025." in capsys.readouterr().out


def test_summary_command_fails_clearly_for_unknown_office_or_year(kantor):
    with pytest.raises(CommandError, match="Satuan kerja dengan kode '0000' tidak ditemukan."):
        call_command("anggaran", "--satker", "0000", "--tahun", "2023")
    with pytest.raises(CommandError, match="Belum ada DIPA KPU Kota Tangerang Selatan tahun 2023."):
        call_command("anggaran", "--satker", "3674", "--tahun", "2023")


def test_summary_command_prints_a_table(kantor, capsys):
    call_command("impor_anggaran", str(DEMO), "--satker", "3674", "--tahun", "2023")
    call_command("anggaran", "--satker", "3674", "--tahun", "2023")
    keluar = capsys.readouterr().out
    assert "53 Belanja Modal               Rp956.561.000         Rp894.995.000" in keluar
    assert "DIPA direvisi 13 kali" in keluar
    assert "Kategori penyerapan: Baik" in keluar
    assert "6870.QGE.002" in keluar and "50,00 %" in keluar
