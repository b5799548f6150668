"""python manage.py capaian: the measurement table on the command line."""

import json

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db

HARAPAN = [
    (
        "Persentase KPU Kota Tangerang Selatan yang melaksanakan tahapan pemilu yang profesional, efisien dan efektif",
        "100",
        "100",
        "100.00",
        "Berhasil",
    ),
    ("Indeks Reformasi Birokrasi", "85", "80", "94.12", "Berhasil"),
    ("Nilai Akuntabilitas Kinerja", "BB", "B", "85.71", "Cukup Berhasil"),
    (
        "Persentase Ketepatan waktu pelaporan keuangan KPU Kota Tangerang Selatan sesuai SAP dan Akuntabel",
        "100",
        "95",
        "95.00",
        "Berhasil",
    ),
    (
        "Persentase penyelesaian rekomendasi BPK, BPKP dan APIP internal yang ditindaklanjuti",
        "100",
        "100",
        "100.00",
        "Berhasil",
    ),
    (
        "Persentase keterbukaan Informasi Publik sesuai SOP Pelayanan Publik",
        "100",
        "95",
        "95.00",
        "Berhasil",
    ),
    (
        "Sosialisasi Kebijakan KPU Kepada Stakeholder (Partai Politik, LSM, Ormas, Pemerintah Daerah, Perguruan Tinggi, dan Masyarakat)",
        "100",
        "100",
        "100.00",
        "Berhasil",
    ),
    (
        "Persentase KPU Kota Tangerang Selatan Memutakhirkan Data Pemilih melalui Coklit dan Sistem Informasi yang akurat",
        "100",
        "100",
        "100.00",
        "Berhasil",
    ),
    (
        "Tersedianya pedoman atau petunjuk teknis verifikasi partai politik dan/atau anggota perorangan",
        "100",
        "100",
        "100.00",
        "Berhasil",
    ),
    (
        "Persentase Jumlah SDM yang berkompeten dan berintegritas di KPU Kota Tangerang Selatan",
        "100",
        "95",
        "95.00",
        "Berhasil",
    ),
    (
        "Persentase Keputusan KPU Kota Tangerang Selatan sesuai kerangka regulasi KPU RI",
        "100",
        "100",
        "100.00",
        "Berhasil",
    ),
    (
        "Persentase informasi Produk Hukum KPU Kota Tangerang Selatan yang disajikan secara tepat dan akurat sesuai SOP",
        "100",
        "98",
        "98.00",
        "Berhasil",
    ),
    (
        "Persentase tersedianya dukungan sarana dan prasarana operasional perkantoran di lingkungan KPU Kota Tangerang Selatan yang berfungsi dengan baik",
        "100",
        "90",
        "90.00",
        "Cukup Berhasil",
    ),
    (
        "Persentase penyiapan sarana dan prasarana logistik Pemilu yang tepat jenis, jumlah dan waktu di KPU Kota Tangerang Selatan",
        "100",
        "100",
        "100.00",
        "Berhasil",
    ),
]


def test_json_gives_the_14_indicators_of_the_seed(demo, capsys):
    call_command("capaian", "--satker", "3674", "--tahun", "2023", "--json")
    data = json.loads(capsys.readouterr().out)
    assert [
        (d["indikator"], d["target"], d["realisasi"], d["capaian"], d["kategori"]) for d in data
    ] == HARAPAN
    assert len({d["sasaran"] for d in data}) == 8
    assert set(data[0]) == {
        "sasaran",
        "indikator",
        "target",
        "realisasi",
        "capaian",
        "kategori",
        "status",
    }
    assert {d["status"] for d in data} == {"disetujui"}


def _tw1_2024(capsys, *opsi):
    call_command("capaian", "--satker", "3674", "--tahun", "2024", "--json", *opsi)
    return {d["indikator"]: d for d in json.loads(capsys.readouterr().out)}


def test_only_approved_values_have_a_category_the_others_their_state(demo, capsys):
    data = _tw1_2024(capsys)
    status = {}
    for d in data.values():
        status[d["status"]] = status.get(d["status"], 0) + 1
        if d["status"] != "disetujui":
            assert (d["capaian"], d["kategori"]) == (None, None)
    assert status == {
        "diajukan": 3,
        "terverifikasi": 2,
        "dikembalikan": 1,
        "draf": 2,  # the third draft has only one of its two quantities: no value yet
        "disetujui": 1,
        None: 5,
    }
    sdm = next(d for n, d in data.items() if n.startswith("Persentase Jumlah SDM"))
    assert (sdm["status"], sdm["realisasi"], sdm["capaian"], sdm["kategori"]) == (
        "disetujui",
        "46.1538",
        "46.15",
        "Tidak Berhasil",
    )
    rb = data["Indeks Reformasi Birokrasi"]
    assert (rb["status"], rb["realisasi"], rb["capaian"]) == ("terverifikasi", "81", None)


def test_semua_counts_unapproved_values_marked_by_their_state(demo, capsys):
    rb = _tw1_2024(capsys, "--semua")["Indeks Reformasi Birokrasi"]
    assert rb["status"] == "terverifikasi" and rb["capaian"] is not None
    assert rb["kategori"] is not None
    call_command("capaian", "--satker", "3674", "--tahun", "2024", "--semua")
    out = capsys.readouterr().out
    assert f"| {rb['kategori']} [Terverifikasi]" in out
    call_command("capaian", "--satker", "3674", "--tahun", "2024")
    assert "| Draf" in capsys.readouterr().out


def test_text_output_is_in_indonesian_format(demo, capsys):
    call_command("capaian", "--satker", "3674", "--tahun", "2023")
    out = capsys.readouterr().out
    assert "target 85 | realisasi 80 | capaian 94,12 % | Berhasil" in out
    assert "target BB | realisasi B | capaian 85,71 % | Cukup Berhasil" in out


def test_undefined_capaian_is_null(demo, capsys):
    from sakip.perencanaan.models import BarisPK

    BarisPK.objects.filter(indikator__nama="Indeks Reformasi Birokrasi").update(target=0)
    call_command("capaian", "--satker", "3674", "--tahun", "2023", "--json")
    data = {d["indikator"]: d for d in json.loads(capsys.readouterr().out)}
    assert data["Indeks Reformasi Birokrasi"]["capaian"] is None
    assert data["Indeks Reformasi Birokrasi"]["kategori"] is None


def test_unknown_office_is_a_clear_error(demo):
    with pytest.raises(CommandError, match="Satuan kerja dengan kode '9999' tidak ditemukan"):
        call_command("capaian", "--satker", "9999", "--tahun", "2023")


def test_year_without_data_is_a_clear_error(demo):
    with pytest.raises(
        CommandError,
        match=r"tidak memiliki data kinerja tahun 2019 \(tahun yang tersedia: 2024, 2023\)",
    ):
        call_command("capaian", "--satker", "3674", "--tahun", "2019")


@pytest.fixture
def url_basis_data_uji(django_db_blocker, tmp_path):
    """A DATABASE_URL another process can open on the migrated test database (demo included).

    SQLite's test database lives in memory: it is copied to a file with SQLite's backup API,
    which takes milliseconds where migrating a new file takes seconds.
    """
    import sqlite3

    from django.db import connection

    with django_db_blocker.unblock():
        s = connection.settings_dict
        if connection.vendor != "sqlite":
            sandi = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
            return f"postgres://{s['USER']}{sandi}@{s['HOST']}:{s['PORT']}/{s['NAME']}"
        connection.ensure_connection()
        berkas = tmp_path / "uji.sqlite3"
        tujuan = sqlite3.connect(berkas)
        connection.connection.backup(tujuan)
        tujuan.close()
        return f"sqlite:///{berkas}"


def test_exit_code_is_1_from_the_shell(url_basis_data_uji):
    import os
    import subprocess
    import sys

    env = {**os.environ, "DATABASE_URL": url_basis_data_uji}
    hasil = subprocess.run(
        [sys.executable, "manage.py", "capaian", "--satker", "0000", "--tahun", "2023"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert hasil.returncode == 1
    assert hasil.stderr.strip() == "CommandError: Satuan kerja dengan kode '0000' tidak ditemukan."


def test_an_unmigrated_database_gets_a_message_not_a_traceback(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'belum.sqlite3'}"}
    hasil = subprocess.run(
        [sys.executable, "manage.py", "capaian", "--satker", "3674", "--tahun", "2023"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert hasil.returncode == 1
    assert "Traceback" not in hasil.stderr
    assert "Jalankan dahulu: python manage.py migrate" in hasil.stderr


def test_text_output_writes_values_with_their_satuan_as_the_lkj_does(demo, capsys):
    from sakip.perencanaan.models import Indikator

    Indikator.objects.filter(nama="Indeks Reformasi Birokrasi").update(satuan="poin")
    call_command("capaian", "--satker", "3674", "--tahun", "2023")
    out = capsys.readouterr().out
    assert "target 85 poin | realisasi 80 poin | capaian 94,12 % | Berhasil" in out
    assert "target 100 % | realisasi 95 % | capaian 95,00 % | Berhasil" in out
