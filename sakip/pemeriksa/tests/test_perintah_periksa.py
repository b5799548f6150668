"""python manage.py periksa: human and JSON output, exit status, unreadable files."""

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

SEED = Path(__file__).resolve().parents[2] / "lib" / "tests" / "data" / "000_519c2e87864b06b6.txt"


def _jalankan(*args):
    """(stdout, exit status) of the command."""
    from io import StringIO

    out = StringIO()
    try:
        call_command("periksa", *args, stdout=out)
    except SystemExit as exc:
        return out.getvalue(), exc.code
    return out.getvalue(), 0


def test_the_seed_has_errors_and_exits_1():
    out, status = _jalankan(str(SEED))
    assert status == 1
    assert out.startswith(
        "Dokumen: 000_519c2e87864b06b6.txt · tahun laporan 2023 · 24 galat, 15 peringatan, 11 catatan"
    )
    assert "\n== Penomoran baris tabel (2) ==\n" in out
    assert "  [GALAT] baris 502: Nomor baris 5 berulang; seharusnya 6.\n" in out
    assert "      > 5 | Meningkatnya Kualitas Kinerja Penyelenggara Pemilu" in out  # cells joined


def test_json_output_lists_every_finding():
    out, status = _jalankan(str(SEED), "--json")
    assert status == 1
    data = json.loads(out)
    assert (data["document"], data["year"], len(data["findings"])) == (
        "000_519c2e87864b06b6.txt",
        2023,
        50,
    )
    f = next(f for f in data["findings"] if f["line"] == 611)
    assert f == {
        "kind": "total",
        "severity": "error",
        "line": 611,
        "page": None,
        "message": "Total 'REALISASI (Rp.)' tidak sama dengan jumlah 3 baris di atasnya: jumlahnya "
        "29.338.830.009, tetapi tertulis 29.361.413.804 (selisih 22.583.795).",
        "expected": "29.338.830.009",
        "found": "29.361.413.804",
        "text": "TOTAL | 29.596.488.000 | 29.361.413.804 | 235.074.196 | 99,21%",
    }


def test_a_clean_document_exits_0(tmp_path):
    berkas = tmp_path / "lkj.txt"
    berkas.write_text(
        "LAPORAN KINERJA TAHUN 2023\nRevisi sebanyak 13 (tiga belas) kali.", encoding="utf-8"
    )
    out, status = _jalankan(str(berkas))
    assert status == 0
    assert (
        out
        == "Dokumen: lkj.txt · tahun laporan 2023 · 0 galat, 0 peringatan, 0 catatan\nTidak ditemukan ketidakkonsistenan.\n"
    )


def test_warnings_alone_exit_0(tmp_path):
    berkas = tmp_path / "lkj.txt"
    berkas.write_text("LAPORAN KINERJA TAHUN 2023\nsebesar dua Milyar rupiah", encoding="utf-8")
    out, status = _jalankan(str(berkas), "--tahun", "2023")
    assert status == 0
    assert (
        "[Peringatan] baris 2: Ejaan tidak baku: 'Milyar'; ejaan baku (EYD) adalah 'miliar'." in out
    )


@pytest.mark.parametrize(
    ("isi", "pesan"),
    [
        (b"\x00\x01\x02" * 100, "bukan teks, PDF, atau DOCX"),
        (b"", "Berkas kosong"),
    ],
)
def test_an_unreadable_file_is_a_clear_error_with_status_2(tmp_path, isi, pesan):
    berkas = tmp_path / "x.bin"
    berkas.write_bytes(isi)
    with pytest.raises(CommandError, match=pesan) as info:
        call_command("periksa", str(berkas))
    assert info.value.returncode == 2


def test_a_missing_file_or_no_argument_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="tidak ditemukan"):
        call_command("periksa", str(tmp_path / "tidak-ada.pdf"))
    with pytest.raises(CommandError, match="Sebutkan berkas"):
        call_command("periksa")


@pytest.mark.django_db
def test_satker_data_checks_of_an_unknown_office_are_a_clear_error():
    with pytest.raises(CommandError, match="9999") as info:
        call_command("periksa", "--satker", "9999", "--tahun", "2023")
    assert info.value.returncode == 2
