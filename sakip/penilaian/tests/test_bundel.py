"""The e-SAKIP bundle: the year's documents by type in one ZIP, with a manifest of SHA-256."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest
from django.test import Client
from pypdf import PdfReader

from sakip.laporan import services

pytestmark = pytest.mark.django_db


def _zip(user, url="/lke/3674/2023/e-sakip.zip"):
    c = Client()
    c.force_login(user)
    return c.get(url)


def test_bundel_tanpa_terbitan_menyebut_yang_kurang(perencana, media):
    r = _zip(perencana)
    assert r.status_code == 200
    assert r["Content-Disposition"] == 'attachment; filename="e-SAKIP-3674-2023.zip"'
    z = zipfile.ZipFile(io.BytesIO(r.content))
    assert z.namelist() == [
        "01-Renstra-3674-2020-2024.pdf",
        "02-IKU-3674-2023.pdf",
        "04-Rencana-Aksi-3674-2023.pdf",
        "manifest.json",
    ]
    m = json.loads(z.read("manifest.json"))
    kurang = {e["jenis"]: e["keterangan"] for e in m["berkas"] if e["berkas"] is None}
    assert kurang == {
        "Perjanjian Kinerja (PK)": "PK 2023 belum diterbitkan; terbitkan di halaman Laporan lebih dahulu.",
        "Laporan Kinerja (LKj)": "LKj 2023 belum diterbitkan; terbitkan di halaman Laporan lebih dahulu.",
        "Laporan Hasil Evaluasi (LHE)": "LKE 2023 belum difinalkan evaluator; LHE belum ada.",
    }
    for e in m["berkas"]:
        if e["berkas"]:
            assert hashlib.sha256(z.read(e["berkas"])).hexdigest() == e["sha256"]
    teks = PdfReader(io.BytesIO(z.read("04-Rencana-Aksi-3674-2023.pdf"))).pages[0].extract_text()
    assert "Rencana Aksi" in teks and "TW IV" in teks
    iku = PdfReader(io.BytesIO(z.read("02-IKU-3674-2023.pdf"))).pages[0].extract_text()
    assert "Indikator Kinerja Utama" in iku and "Sekretariat KPU Kota Tangerang Selatan" in iku


def test_bundel_memuat_pk_dan_lkj_terbit_apa_adanya(anggaran, pimpinan, media, render_cepat):
    from sakip.pengukuran.models import Bukti, Realisasi

    for r in Realisasi.objects.filter(tahun=2023, indikator__wajib_bukti=True):
        Bukti.objects.create(
            realisasi=r, berkas="bukti/x.pdf", nama="x.pdf", jenis="pdf", ukuran=1, sha256=str(r.pk)
        )
    lkj = services.terbitkan(anggaran, 2023, pimpinan)
    pk = services.terbitkan(anggaran, 2023, pimpinan, dokumen="pk")
    z = zipfile.ZipFile(io.BytesIO(_zip(pimpinan).content))
    assert "03-PK-3674-2023-v1.pdf" in z.namelist() and "05-LKj-3674-2023-v1.pdf" in z.namelist()
    assert hashlib.sha256(z.read("05-LKj-3674-2023-v1.pdf")).hexdigest() == lkj.sha256_pdf
    assert hashlib.sha256(z.read("03-PK-3674-2023-v1.pdf")).hexdigest() == pk.sha256_pdf
    m = json.loads(z.read("manifest.json"))
    assert [e["urutan"] for e in m["berkas"]] == [1, 2, 3, 4, 5, 6]
    assert all(e["berkas"] for e in m["berkas"] if e["urutan"] != 6)


def test_bundel_hanya_untuk_yang_boleh_membaca(orang_luar, evaluator_lain, evaluator, media):
    assert _zip(orang_luar).status_code == 404
    assert _zip(evaluator_lain).status_code == 404
    assert _zip(evaluator).status_code == 200
    assert Client().get("/lke/3674/2023/e-sakip.zip").status_code == 302
    assert _zip(evaluator, "/lke/3674/2031/e-sakip.zip").status_code == 404


def test_bundel_memuat_lhe_setelah_lke_final(demo, perencana, evaluator, media):
    from sakip.evaluasi import lke
    from sakip.penilaian.tests.test_lke import _nilai_semua

    lembar = lke.buka(perencana, demo, 2023)
    lke.ajukan(perencana, lembar.pk, {})
    _nilai_semua(evaluator, lembar)
    lke.finalkan(evaluator, lembar.pk, "7/PL.02-LHE/36/2024")
    z = zipfile.ZipFile(io.BytesIO(_zip(perencana).content))
    assert "06-LHE-3674-2023.pdf" in z.namelist()
    m = json.loads(z.read("manifest.json"))
    lhe = next(e for e in m["berkas"] if e["urutan"] == 6)
    assert lhe["sumber"] == "LKE 2023 final, nomor LHE 7/PL.02-LHE/36/2024"
    assert hashlib.sha256(z.read("06-LHE-3674-2023.pdf")).hexdigest() == lhe["sha256"]
    halaman = PdfReader(io.BytesIO(z.read("06-LHE-3674-2023.pdf"))).pages
    teks = " ".join(" ".join(h.extract_text().split()) for h in halaman)
    assert "Laporan Hasil Evaluasi Akuntabilitas Kinerja Tahun 2023" in teks
    assert "NomorLHE:7/PL.02-LHE/36/2024." in "".join(teks.split())  # a line may break in it
