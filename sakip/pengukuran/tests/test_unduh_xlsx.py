"""XLSX downloads of the dashboard, the quarter list and the work list match their pages."""

import io
import re

import pytest
from django.urls import reverse
from openpyxl import load_workbook

pytestmark = pytest.mark.django_db


def _buku(r):
    assert r.status_code == 200
    assert r["Content-Type"].startswith("application/vnd.openxmlformats-officedocument")
    return load_workbook(io.BytesIO(r.content)).active


def _data(ws):
    kepala = next(
        i
        for i, row in enumerate(ws.iter_rows(values_only=True), 1)
        if row[0] == "No" or row[0] == "Tugas"
    )
    return [list(row) for row in ws.iter_rows(min_row=kepala + 1, values_only=True)], kepala


def test_dashboard_xlsx_matches_the_page(client, perencana):
    client.force_login(perencana)
    url = reverse("dasbor", args=["3674", 2023])
    html = client.get(url).content.decode()
    ws = _buku(client.get(url, {"format": "xlsx"}))
    baris, kepala = _data(ws)
    assert [c.value for c in ws[kepala]] == [
        "No",
        "Sasaran",
        "Indikator Kinerja",
        "Satuan",
        "Target",
        "Realisasi",
        "Capaian (%)",
        "Kategori",
        "Belum disetujui",
    ]
    assert len(baris) == 14
    irb = next(b for b in baris if b[2].startswith("Indeks Reformasi Birokrasi"))
    assert irb[6] == pytest.approx(94.12, abs=0.005) and isinstance(irb[6], float)
    assert irb[7] == "Berhasil"
    akip = next(b for b in baris if b[2].startswith("Nilai Akuntabilitas Kinerja"))
    assert akip[4:8] == ["BB", "B", pytest.approx(85.71, abs=0.005), "Cukup Berhasil"]
    # every capaian cell of the page is the sheet's number, formatted the Indonesian way
    halaman = re.findall(r'data-kolom="capaian">([^<]*)<', html)
    lembar = [
        "—"
        if b[6] is None
        else f"{b[6]:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " %"
        for b in baris
    ]
    assert halaman == lembar
    sel = ws.cell(kepala + 1, 7)
    assert sel.number_format == "#,##0.00"


def test_dashboard_xlsx_of_2024_names_the_values_not_approved(client, perencana):
    client.force_login(perencana)
    ws = _buku(client.get(reverse("dasbor", args=["3674", 2024]), {"format": "xlsx"}))
    baris, _ = _data(ws)
    sosialisasi = next(b for b in baris if b[2].startswith("Sosialisasi Kebijakan KPU"))
    assert sosialisasi[8] == "TW I 2024: Draf"
    sdm = next(b for b in baris if b[2].startswith("Persentase Jumlah SDM"))
    assert sdm[8] is None  # approved


def test_quarter_list_filters_and_downloads_what_it_shows(client, pimpinan, demo):
    client.force_login(pimpinan)
    url = reverse("pengukuran:periode", args=["3674", 2024, 1])
    r = client.get(url, {"status": "draf"})
    assert r.status_code == 200
    nama = [i.nama for i, _, _ in r.context["baris"]]
    assert len(nama) == 3
    assert [n.split()[0] + " " + n.split()[1] for n in nama] == [
        "Sosialisasi Kebijakan",
        "Persentase KPU",
        "Persentase penyiapan",
    ]
    ws = _buku(client.get(url, {"status": "draf", "format": "xlsx"}))
    baris, _ = _data(ws)
    assert [b[5] for b in baris] == ["Draf", "Draf", "Draf"]
    assert {b[1] for b in baris} == {i.nama for i, _, _ in r.context["baris"]}
    unit = demo.unit.get(nama__startswith="Subbagian Keuangan")
    r = client.get(url, {"unit": unit.pk})
    assert r.context["baris"] and all(i.unit_id == unit.pk for i, _, _ in r.context["baris"])
    # a filter value that is not one is ignored, not an error
    assert client.get(url, {"unit": "x", "status": "bukan"}).status_code == 200


def test_work_list_xlsx(client, verifikator):
    client.force_login(verifikator)
    r = client.get(reverse("pengukuran:tugas"))
    ws = _buku(client.get(reverse("pengukuran:tugas"), {"format": "xlsx"}))
    baris, _ = _data(ws)
    assert len(baris) == len(r.context["daftar"]["verifikasi"])
    assert all(b[0] == "Menunggu verifikasi" and b[1] == "TW I 2024" for b in baris)
