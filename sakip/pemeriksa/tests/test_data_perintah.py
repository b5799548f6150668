"""python manage.py periksa --satker KODE --tahun TAHUN: text, JSON and exit status."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from conftest import muat_anggaran_demo
from sakip.perencanaan.models import Indikator


@pytest.fixture(autouse=True)
def _hari(settings):
    settings.SAKIP_HARI_INI = "2024-04-10"


@pytest.fixture
def kantor(demo):
    muat_anggaran_demo(demo)
    return demo


def _jalankan(*args):
    """(stdout, exit status) of the command."""
    out = StringIO()
    try:
        call_command("periksa", *args, stdout=out)
    except SystemExit as exc:
        return out.getvalue(), exc.code
    return out.getvalue(), 0


def test_errors_are_listed_by_kind_with_where_to_fix_them_and_exit_1(kantor):
    out, status = _jalankan("--satker", "3674", "--tahun", "2023")
    assert status == 1
    baris = out.splitlines()
    assert baris[0] == (
        "Dokumen: data KPU Kota Tangerang Selatan (3674) · tahun laporan 2023 · "
        "4 galat, 0 peringatan, 0 catatan"
    )
    assert baris[1:3] == ["", "== Bukti dukung wajib (4) =="]
    assert baris[3] == (
        "  [GALAT] Realisasi TW I 2023 · indikator 2.3: Realisasi TW I 2023 indikator 2.3 "
        "“Persentase Ketepatan waktu pelaporan keuangan KPU Kota Tangerang Selatan sesuai SAP "
        "dan Akuntabel” belum memiliki bukti dukung, padahal indikator ini mewajibkannya."
    )
    assert len(baris) == 7


def test_json_lists_every_finding_with_its_label_and_link(kantor):
    out, status = _jalankan("--satker", "3674", "--tahun", "2023", "--json")
    assert status == 1
    data = json.loads(out)
    assert (data["document"], data["year"], len(data["findings"])) == (
        "data KPU Kota Tangerang Selatan (3674)",
        2023,
        4,
    )
    laporan = Indikator.objects.get(nama__startswith="Persentase Ketepatan waktu pelaporan")
    assert data["findings"][3] == {
        "kind": "bukti",
        "severity": "error",
        "line": 0,
        "page": None,
        "text": "",
        "message": "Realisasi TW IV 2023 indikator 2.3 “Persentase Ketepatan waktu pelaporan "
        "keuangan KPU Kota Tangerang Selatan sesuai SAP dan Akuntabel” belum memiliki bukti "
        "dukung, padahal indikator ini mewajibkannya.",
        "expected": "",
        "found": "",
        "letak": "Realisasi TW IV 2023 · indikator 2.3",
        "tautan": f"/pengukuran/3674/indikator/{laporan.pk}/2023/tw4/",
    }


def test_warnings_alone_exit_0(kantor):
    from sakip.pengukuran.models import Realisasi

    Indikator.objects.update(wajib_bukti=False)
    Realisasi.objects.filter(tahun=2023, triwulan=4).update(status=Realisasi.Status.TERVERIFIKASI)
    out, status = _jalankan("--satker", "3674", "--tahun", "2023", "--json")
    assert status == 0
    data = json.loads(out)
    assert {(f["kind"], f["severity"]) for f in data["findings"]} == {("persetujuan", "warning")}
    assert len(data["findings"]) == 14


def test_a_clean_year_exits_0(kantor):
    Indikator.objects.update(wajib_bukti=False)
    out, status = _jalankan("--satker", "3674", "--tahun", "2023")
    assert status == 0
    assert out == (
        "Dokumen: data KPU Kota Tangerang Selatan (3674) · tahun laporan 2023 · "
        "0 galat, 0 peringatan, 0 catatan\nTidak ditemukan ketidakkonsistenan.\n"
    )


@pytest.mark.parametrize(
    ("args", "pesan"),
    [
        (
            ["--satker", "9999", "--tahun", "2023"],
            "^Satuan kerja dengan kode '9999' tidak ditemukan.$",
        ),
        (
            ["--satker", "3674", "--tahun", "2019"],
            "^KPU Kota Tangerang Selatan tidak memiliki data tahun 2019: ",
        ),
        (["--satker", "3674"], "--satker memerlukan --tahun"),
    ],
)
def test_an_unknown_office_or_year_is_a_clear_error_with_status_2(kantor, args, pesan):
    with pytest.raises(CommandError, match=pesan) as info:
        call_command("periksa", *args)
    assert info.value.returncode == 2
