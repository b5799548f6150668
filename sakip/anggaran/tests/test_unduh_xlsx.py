"""The budget page as XLSX: one sheet per table, numbers as number cells, as on the page."""

import io
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from conftest import muat_anggaran_demo
from sakip.lib.angka import format_angka, format_persen

pytestmark = pytest.mark.django_db


@pytest.fixture
def buku(client, perencana, demo):
    muat_anggaran_demo(demo)
    client.force_login(perencana)
    url = reverse("anggaran:ringkasan", args=["3674", 2023])
    html = client.get(url).content.decode()
    r = client.get(url, {"format": "xlsx"})
    assert r.status_code == 200
    assert r["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert r["Content-Disposition"] == 'attachment; filename="anggaran-3674-2023.xlsx"'
    return load_workbook(io.BytesIO(r.content)), html


def _baris(ws, mulai=5):
    return [
        [c.value for c in row]
        for row in ws.iter_rows(min_row=mulai)
        if row[0].value or row[1].value
    ]


def test_budget_xlsx_has_every_table_with_numbers_as_numbers(buku):
    wb, html = buku
    assert wb.sheetnames == ["Jenis belanja", "Program", "Kegiatan", "RO", "Bulanan"]
    ws = wb["Jenis belanja"]
    assert [c.value for c in ws[4]] == [
        "No",
        "Uraian",
        "Kode",
        "Anggaran (Rp)",
        "Realisasi (Rp)",
        "Sisa (Rp)",
        "% Realisasi",
    ]
    total = [c for c in ws[ws.max_row]]
    assert total[1].value == "Total"
    assert total[3].value == 29596488000 and isinstance(total[3].value, int)
    assert total[4].value == 28422942650
    assert total[5].value == 29596488000 - 28422942650
    assert total[6].value == pytest.approx(96.03, abs=0.005)
    assert total[3].number_format == "#,##0"
    assert total[6].number_format == '#,##0.00" %"'
    # every figure of the page's type-of-spending table is in the sheet, as a number
    for no, _uraian, kode, pagu, realisasi, sisa, persen in _baris(ws)[:-1]:
        assert isinstance(pagu, int) and isinstance(realisasi, int)
        baris_html = re.search(rf"<tr><td>{no}</td><td>[^<]*\({kode}\)</td>(.*?)</tr>", html)
        assert baris_html, kode
        sel = re.findall(r'<td class="angka">([^<]*)</td>', baris_html.group(1))
        assert sel == [
            format_angka(pagu),
            format_angka(realisasi),
            format_angka(sisa),
            format_persen(Decimal(str(persen)), 2),
        ]
    assert len(_baris(wb["RO"])) == 33
    assert wb["RO"]["E5"].value == pytest.approx(float(Decimal(wb["RO"]["E5"].value)))


def test_empty_year_and_another_office(client, perencana, orang_luar, demo):
    client.force_login(perencana)
    r = client.get(reverse("anggaran:ringkasan", args=["3674", 2022]), {"format": "xlsx"})
    assert r.status_code == 200 and "Belum ada DIPA" in r.content.decode()  # the empty page
    client.force_login(orang_luar)
    r = client.get(reverse("anggaran:ringkasan", args=["3674", 2023]), {"format": "xlsx"})
    assert r.status_code == 404
