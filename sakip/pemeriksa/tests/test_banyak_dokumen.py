"""Many documents at once: the page, the filter and sort, the downloads, the command."""

import io
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from sakip.lib.tests.korpus import buat

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[2] / "lib" / "tests" / "data" / "000_519c2e87864b06b6.txt"
URL = reverse("pemeriksa:unggah")


@pytest.fixture
def pengguna(django_user_model):
    return django_user_model.objects.create_user("tamu", password="rahasia-123")


@pytest.fixture(scope="module")
def kuning():
    """A corpus document (KPU Kota Sawahlunto 2020, space-separated tables) as PDF."""
    return buat(1).pdf(True)


def _unggah(client, user, berkas, **data):
    client.force_login(user)
    return client.post(URL, {"berkas": [SimpleUploadedFile(n, isi) for n, isi in berkas], **data})


def test_two_documents_give_one_summary_row_each(client, pengguna, kuning):
    r = _unggah(client, pengguna, [("seed.txt", SEED.read_bytes()), ("sawahlunto.pdf", kuning)])
    assert r.status_code == 200
    ringkas = [d["ringkas"] for d in r.context["dokumen"]]
    assert [(x.dokumen, x.kantor, x.tahun, x.galat, x.peringatan, x.catatan) for x in ringkas] == [
        ("seed.txt", "KPU Kota Tangerang Selatan", 2023, 24, 15, 11),
        ("sawahlunto.pdf", "KPU Kota Sawahlunto", 2020, 8, 0, 1),
    ]
    assert ringkas[1].terberat.startswith("Galat hal. 2, baris ")
    html = r.content.decode()
    assert html.count('data-testid="ringkasan-baris"') == 2
    assert html.count('data-testid="dokumen"') == 2
    # the PDF's findings show their page
    pdf_temuan = r.context["dokumen"][1]["temuan"]
    assert {f.page for f in pdf_temuan} == {2, 4, 5}


def test_one_unreadable_file_among_several_is_named_and_the_others_are_checked(client, pengguna):
    r = _unggah(
        client, pengguna, [("rusak.pdf", b"%PDF-1.7\nbukan pdf"), ("seed.txt", SEED.read_bytes())]
    )
    assert r.status_code == 400
    assert "rusak.pdf: Berkas PDF rusak atau tidak dapat dibaca." in r.content.decode()
    assert [d["hasil"].document for d in r.context["dokumen"]] == ["seed.txt"]


def _saring(client, r, **pilihan):
    return client.post(URL, {"data": r.context["data"], **pilihan})


def test_filter_by_severity_and_kind_and_sort(client, pengguna):
    r = _unggah(client, pengguna, [("seed.txt", SEED.read_bytes())])
    galat = _saring(client, r, tingkat="error", urut="baris")
    (d,) = galat.context["dokumen"]
    assert len(d["temuan"]) == 24 and {f.severity for f in d["temuan"]} == {"error"}
    assert [f.line for f in d["temuan"]] == sorted(f.line for f in d["temuan"])
    assert d["kelompok"] is None and 'data-testid="daftar-temuan"' in galat.content.decode()
    tahun = _saring(client, r, jenis="tahun", urut="tingkat")
    (d,) = tahun.context["dokumen"]
    assert [f.severity for f in d["temuan"]][:7] == ["error"] * 6 + ["warning"]
    assert {f.kind for f in d["temuan"]} == {"tahun"} and len(d["temuan"]) == 15
    # grouped by kind (the default) keeps the filter
    kelompok = _saring(client, r, tingkat="note")
    (d,) = kelompok.context["dokumen"]
    assert [k for k, _, _ in d["kelompok"]] == ["tahun", "ejaan", "format"]


def test_altered_findings_are_refused_with_a_message(client, pengguna):
    client.force_login(pengguna)
    r = client.post(URL, {"data": "bukan-data-yang-sah"})
    assert r.status_code == 400
    assert "tidak sah atau sudah diubah" in r.content.decode()
    r = client.post(reverse("pemeriksa:unduh", args=["xlsx"]), {"data": "x"})
    assert r.status_code == 400
    assert client.post(reverse("pemeriksa:unduh", args=["doc"]), {"data": "x"}).status_code == 404
    assert client.get(reverse("pemeriksa:unduh", args=["xlsx"])).status_code == 405


def test_xlsx_download_has_numbers_as_numbers(client, pengguna, kuning):
    r = _unggah(client, pengguna, [("seed.txt", SEED.read_bytes()), ("sawahlunto.pdf", kuning)])
    x = client.post(reverse("pemeriksa:unduh", args=["xlsx"]), {"data": r.context["data"]})
    assert x.status_code == 200
    assert x["Content-Disposition"] == 'attachment; filename="hasil-periksa.xlsx"'
    wb = load_workbook(io.BytesIO(x.content))
    ringkasan = list(wb["Ringkasan"].iter_rows(values_only=True))
    assert ringkasan[0][:6] == ("Dokumen", "Kantor", "Tahun", "Galat", "Peringatan", "Catatan")
    assert ringkasan[1][:6] == ("seed.txt", "KPU Kota Tangerang Selatan", 2023, 24, 15, 11)
    assert ringkasan[2][:6] == ("sawahlunto.pdf", "KPU Kota Sawahlunto", 2020, 8, 0, 1)
    temuan = list(wb["Temuan"].iter_rows(values_only=True))
    assert len(temuan) == 1 + 50 + 9
    baris_611 = next(t for t in temuan if t[0] == "seed.txt" and t[2] == 611)
    assert baris_611[1] is None and baris_611[3] == "Galat"
    pdf_baris = [t for t in temuan if t[0] == "sawahlunto.pdf"]
    assert all(isinstance(t[1], int) and isinstance(t[2], int) for t in pdf_baris)


def test_pdf_download_is_printable_and_keeps_the_filter(client, pengguna):
    r = _unggah(client, pengguna, [("seed.txt", SEED.read_bytes())])
    p = client.post(
        reverse("pemeriksa:unduh", args=["pdf"]), {"data": r.context["data"], "tingkat": "error"}
    )
    assert p.status_code == 200 and p["Content-Type"] == "application/pdf"
    assert p["Content-Disposition"] == 'attachment; filename="hasil-periksa-seed.pdf"'
    teks = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(p.content)).pages)
    teks = re.sub(r"\s+", " ", teks)
    assert "Hasil pemeriksaan dokumen Laporan Kinerja" in teks
    assert "Disaring: tingkat Galat." in teks
    assert "Nomor baris 5 berulang; seharusnya 6." in teks
    assert "Ejaan tidak baku" not in teks  # notes and warnings filtered out


def test_the_command_checks_many_files_and_writes_a_summary(tmp_path):
    pdf = tmp_path / "sawahlunto.pdf"
    pdf.write_bytes(buat(1).pdf(True))
    bersih = tmp_path / "sarolangun.docx"
    bersih.write_bytes(buat(0).docx(False))
    keluar = tmp_path / "ringkasan.xlsx"
    out = io.StringIO()
    with pytest.raises(SystemExit) as e:
        call_command(
            "periksa", str(SEED), str(pdf), str(bersih), "--ringkasan", str(keluar), stdout=out
        )
    assert e.value.code == 1
    teks = out.getvalue()
    assert teks.count("Dokumen: ") == 3
    assert "Dokumen: sarolangun.docx · tahun laporan 2019 · 0 galat" in teks
    assert f"Ringkasan 3 dokumen ditulis ke {keluar}." in teks
    wb = load_workbook(keluar)
    assert [r[:4] for r in wb["Ringkasan"].iter_rows(min_row=2, values_only=True)] == [
        ("000_519c2e87864b06b6.txt", "KPU Kota Tangerang Selatan", 2023, 24),
        ("sawahlunto.pdf", "KPU Kota Sawahlunto", 2020, 8),
        ("sarolangun.docx", "KPU Kabupaten Sarolangun", 2019, 0),
    ]
    # the clean DOCX adds no error, only the three fraction gaps of its "71 – 90" scale
    assert wb["Temuan"].max_row == 1 + 50 + 9 + 3


def test_the_command_json_of_several_files_is_a_list(tmp_path):
    import json

    a = tmp_path / "a.txt"
    a.write_text(buat(2).teks(False), encoding="utf-8")
    out = io.StringIO()
    call_command("periksa", str(a), str(a), "--json", stdout=out)
    data = json.loads(out.getvalue())
    assert [(d["document"], d["office"], d["year"]) for d in data] == [
        ("a.txt", "KPU Provinsi Kalimantan Timur", 2021)
    ] * 2


def test_the_command_names_an_unreadable_file_and_exits_2(tmp_path):
    rusak = tmp_path / "rusak.pdf"
    rusak.write_bytes(b"%PDF-1.7 rusak")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(SystemExit) as e:
        call_command("periksa", str(rusak), str(SEED), stdout=out, stderr=err)
    assert e.value.code == 2
    assert f"{rusak}: Berkas PDF rusak atau tidak dapat dibaca." in err.getvalue()
    assert "Dokumen: 000_519c2e87864b06b6.txt" in out.getvalue()
