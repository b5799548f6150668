"""Open data: the published LKj's figures as CSV, XLSX and JSON, per office and for all offices."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import Client
from openpyxl import load_workbook

from sakip.laporan import data_terbuka, services
from sakip.laporan.models import VersiLaporan
from sakip.organisasi.models import Satker

pytestmark = pytest.mark.django_db


@pytest.fixture
def terbit(anggaran, pimpinan, media, render_cepat):
    from sakip.pengukuran.models import Bukti, Realisasi

    for r in Realisasi.objects.filter(tahun=2023, indikator__wajib_bukti=True):
        Bukti.objects.create(
            realisasi=r, berkas="bukti/x.pdf", nama="x.pdf", jenis="pdf", ukuran=1, sha256=str(r.pk)
        )
    return services.terbitkan(anggaran, 2023, pimpinan)


def _perintah(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return json.loads(out.getvalue())


def test_csv_capaian_sama_dengan_perintah_capaian(terbit):
    r = Client().get("/laporan/publik/3674/2023/data/capaian.csv")
    assert r.status_code == 200
    assert r["Content-Disposition"] == 'attachment; filename="capaian-3674-2023.csv"'
    baris = list(csv.DictReader(io.StringIO(r.content.decode())))
    perintah = _perintah("capaian", "--satker", "3674", "--tahun", "2023", "--json")
    assert len(baris) == len(perintah) == 14
    for b, p in zip(baris, perintah, strict=True):
        assert b["indikator"] == p["indikator"]
        assert (b["capaian_persen"] or None) == p["capaian"]
        assert (b["kategori"] or None) == p["kategori"]


def test_xlsx_angka_sebagai_angka_dan_lisensi(terbit):
    r = Client().get("/laporan/publik/3674/2023/data/anggaran.xlsx")
    assert r.status_code == 200
    ws = load_workbook(io.BytesIO(r.content)).active
    nilai = [[c.value for c in baris] for baris in ws.iter_rows()]
    assert nilai[1][0].startswith("Lisensi: Creative Commons Atribusi 4.0")
    kepala = next(i for i, b in enumerate(nilai) if b[0] == "Tahun")
    jumlah = nilai[-1]
    ringkas = _perintah("anggaran", "--satker", "3674", "--tahun", "2023", "--json")
    assert jumlah[2] == "Jumlah"
    assert Decimal(str(jumlah[3])) == Decimal(ringkas["total"]["pagu"])
    assert Decimal(str(jumlah[4])) == Decimal(ringkas["total"]["realisasi"])
    assert isinstance(jumlah[6], float)
    assert len(nilai) - kepala - 1 == len(ringkas["jenis_belanja"]) + 1


def test_json_menyebut_lisensi_dan_sumber(terbit):
    d = Client().get("/laporan/publik/3674/2023/data/capaian.json").json()
    assert d["lisensi"] == data_terbuka.LISENSI
    assert d["sumber"] == [f"LKj 3674 2023 versi 1 (SHA-256 data {terbit.sha256_data})"]
    assert d["data"][0]["tahun"] == 2023


def test_berkas_nasional_memuat_setiap_kantor_versi_terakhir(terbit, demo):
    # a second office whose published LKj says other figures (its own frozen data)
    lain = Satker.objects.create(
        kode="3603", nama="KPU Kabupaten Tangerang", jenis="kabkota", induk=demo.induk
    )
    with terbit.data.open("rb") as f:
        data = json.load(f)
    data["satker"]["kode"] = "3603"
    data["sasaran"] = data["sasaran"][:1]
    for nomor in (1, 2):
        v = VersiLaporan(
            satker=lain,
            tahun=2023,
            dokumen="lkj",
            nomor=nomor,
            sidik_data=str(nomor),
            sha256_pdf="a",
            sha256_docx="b",
            sha256_data=f"c{nomor}",
        )
        v.data.save(f"lain-{nomor}.json", ContentFile(json.dumps(data).encode()), save=False)
        v.pdf.save(f"lain-{nomor}.pdf", ContentFile(b"%PDF"), save=False)
        v.docx.save(f"lain-{nomor}.docx", ContentFile(b"PK"), save=False)
        v.save()
    r = Client().get("/laporan/publik/nasional/2023/capaian.csv")
    assert r.status_code == 200
    baris = list(csv.DictReader(io.StringIO(r.content.decode())))
    per_kantor = {}
    for b in baris:
        per_kantor[b["kode_satker"]] = per_kantor.get(b["kode_satker"], 0) + 1
    assert per_kantor == {"3603": len(data["sasaran"][0]["indikator"]), "3674": 14}
    sumber = Client().get("/laporan/publik/nasional/2023/capaian.json").json()["sumber"]
    assert [s.split(" (")[0] for s in sumber] == ["LKj 3603 2023 versi 2", "LKj 3674 2023 versi 1"]


@pytest.mark.parametrize(
    "jalur",
    [
        "/laporan/publik/3674/2023/data/capaian.csv",  # nothing published
        "/laporan/publik/3674/2023/data/rahasia.csv",
        "/laporan/publik/3674/2023/data/capaian.exe",
        "/laporan/publik/9999/2023/data/capaian.csv",
        "/laporan/publik/nasional/2023/capaian.csv",
        "/laporan/publik/nasional/1999/capaian.csv",
    ],
)
def test_tanpa_terbitan_atau_salah_alamat_404(demo, jalur):
    r = Client().get(jalur)
    assert r.status_code == 404


def test_halaman_publik_menawarkan_data_terbuka(terbit):
    isi = Client().get("/laporan/publik/3674/").content.decode()
    assert "/laporan/publik/3674/2023/data/capaian.xlsx" in isi
    assert "CC BY 4.0" in isi
    assert (
        "/laporan/publik/nasional/2023/anggaran.json"
        in Client().get("/laporan/publik/").content.decode()
    )
