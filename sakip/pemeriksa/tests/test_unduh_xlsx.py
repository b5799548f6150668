"""The office-data findings as XLSX: the page's findings, figures as number cells."""

import io
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from sakip.perencanaan.models import Target

pytestmark = pytest.mark.django_db

URL = reverse("pemeriksa:data", kwargs={"kode": "3674", "tahun": 2023})


@pytest.fixture(autouse=True)
def _hari(settings):
    settings.SAKIP_HARI_INI = "2024-04-10"


def test_findings_xlsx_matches_the_page(client, perencana, demo):
    # an inconsistency whose figures are numbers: a PK target that differs from the plan's
    t = (
        Target.objects.filter(indikator__sasaran__renstra__satker=demo, tahun=2023)
        .exclude(nilai=None)
        .first()
    )
    t.nilai = t.nilai + 7
    t.save()
    client.force_login(perencana)
    html = client.get(URL).content.decode()
    r = client.get(URL, {"format": "xlsx"})
    assert r.status_code == 200
    assert r["Content-Disposition"] == 'attachment; filename="periksa-data-3674-2023.xlsx"'
    ws = load_workbook(io.BytesIO(r.content)).active
    assert ws.title == "Temuan"
    kepala = [c.value for c in ws[3]]
    assert kepala == ["No", "Tingkat", "Jenis", "Temuan", "Seharusnya", "Tercatat", "Letak"]
    baris = [list(b) for b in ws.iter_rows(min_row=4, values_only=True)]
    pesan_halaman = [
        re.sub(r"\s+", " ", m).strip()
        for m in re.findall(r'<div class="flex-grow-1 text-break">\s*(.*?)\s*<', html, re.S)
    ]
    assert len(baris) == len(pesan_halaman) >= 1
    assert [b[3] for b in baris] == pesan_halaman
    assert [b[0] for b in baris] == list(range(1, len(baris) + 1))
    angka = [(b[4], b[5]) for b in baris if isinstance(b[4], (int, float))]
    assert angka, "a finding with figures"
    for _harap, catat in angka:
        assert isinstance(catat, (int, float))
    assert any(Decimal(str(h)) - Decimal(str(c)) in {Decimal(7), Decimal(-7)} for h, c in angka)
