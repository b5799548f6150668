"""National work in the job queue: allowed commands only, started by IT staff only."""

import pytest
from django.core.exceptions import PermissionDenied

from sakip.organisasi.antrean import PerintahDitolak, antrekan_perintah, jalankan_perintah


def test_a_queued_command_keeps_its_output_as_the_result(demo):
    hasil = antrekan_perintah(None, "capaian", ["--satker", "3674", "--tahun", "2023", "--json"])
    nilai = hasil.return_value
    assert (nilai["status"], nilai["pesan"]) == ("selesai", "")
    assert '"indikator"' in nilai["keluaran"] and '"94.12"' in nilai["keluaran"]


def test_a_failing_command_is_reported_with_its_message(demo):
    nilai = jalankan_perintah.call("capaian", ["--satker", "0000", "--tahun", "2023"])
    assert nilai["status"] == "gagal" and "0000" in nilai["pesan"]


def test_only_allowed_commands_and_only_it_staff(demo, pimpinan, django_user_model):
    with pytest.raises(PerintahDitolak, match="tidak dapat dijalankan di antrean"):
        antrekan_perintah(None, "flush", ["--noinput"])
    with pytest.raises(PermissionDenied):
        antrekan_perintah(pimpinan, "capaian", ["--satker", "3674", "--tahun", "2023"])
    assert jalankan_perintah.call("flush", ["--noinput"])["status"] == "gagal"
    ti = django_user_model.objects.create_superuser("ti-pusat", "ti@kpu.go.id", "rahasia-sekali")
    hasil = antrekan_perintah(ti, "capaian", ["--satker", "3674", "--tahun", "2023"])
    assert hasil.return_value["status"] == "selesai"
