"""A real browser uploads two LKj documents, reads page numbers, filters, sorts, downloads."""

import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from conftest import masuk
from sakip.lib.tests.korpus import buat

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEED = Path(__file__).resolve().parents[2] / "lib" / "tests" / "data" / "000_519c2e87864b06b6.txt"


def test_an_evaluator_checks_two_documents_filters_and_downloads(live_server, halaman, tmp_path):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("evaluator-uji", password="sakip-demo")
    pdf = tmp_path / "lkj-sawahlunto-2020.pdf"
    pdf.write_bytes(buat(1).pdf(True))
    masuk(halaman, live_server, "evaluator-uji")
    halaman.goto(f"{live_server.url}/periksa/")
    halaman.set_input_files("input[type=file]", [str(SEED), str(pdf)])
    with halaman.expect_navigation():  # count() does not wait: read the answer's page
        halaman.click("[data-testid=form-periksa] button[type=submit]")
    ringkasan = halaman.locator("[data-testid=ringkasan-baris]")
    assert ringkasan.count() == 2
    assert "KPU Kota Sawahlunto" in ringkasan.nth(1).inner_text()
    dok_pdf = halaman.locator("[data-testid=dokumen]").nth(1)
    halaman_pdf = {c.inner_text() for c in dok_pdf.locator("[data-testid=halaman]").all()}
    assert halaman_pdf == {"2", "4", "5"}  # the PDF's pages
    dok_seed = halaman.locator("[data-testid=dokumen]").nth(0)
    assert {c.inner_text() for c in dok_seed.locator("[data-testid=halaman]").all()} == {"—"}

    # only errors of one kind, sorted by page
    halaman.select_option("#saring-tingkat", "error")
    halaman.select_option("#saring-jenis", "capaian")
    halaman.select_option("#saring-urut", "halaman")
    with halaman.expect_navigation():
        halaman.click("[data-testid=saring] button:has-text('Terapkan')")
    baris = halaman.locator("[data-testid=dokumen]").nth(1).locator("[data-testid=temuan]")
    assert baris.count() == 2
    assert [b.locator("[data-testid=halaman]").inner_text() for b in baris.all()] == ["2", "4"]
    assert all("Capaian salah" in b.inner_text() for b in baris.all())
    assert (
        halaman.locator("[data-testid=dokumen]").nth(0).locator("[data-testid=temuan]").count() == 0
    )
    assert halaman.locator("#saring-tingkat").input_value() == "error"

    with halaman.expect_download() as unduh:
        halaman.click("[data-testid=unduh-xlsx]")
    wb = load_workbook(io.BytesIO(Path(unduh.value.path()).read_bytes()))
    temuan = list(wb["Temuan"].iter_rows(min_row=2, values_only=True))
    assert [(t[0], t[1], t[3], t[4]) for t in temuan] == [
        ("lkj-sawahlunto-2020.pdf", 2, "Galat", "Capaian"),
        ("lkj-sawahlunto-2020.pdf", 4, "Galat", "Capaian"),
    ]
    assert isinstance(temuan[0][2], int)
    ringkas = list(wb["Ringkasan"].iter_rows(min_row=2, values_only=True))
    assert [r[3] for r in ringkas] == [24, 8]

    with halaman.expect_download() as unduh:
        halaman.click("[data-testid=unduh-pdf]")
    assert unduh.value.suggested_filename == "hasil-periksa.pdf"
    isi = Path(unduh.value.path()).read_bytes()
    teks = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(isi)).pages))
    assert "Disaring: tingkat Galat, jenis Capaian." in teks
    assert "KPU Kota Sawahlunto" in teks and "Capaian salah" in teks
