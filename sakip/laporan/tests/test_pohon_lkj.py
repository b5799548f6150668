"""The pohon kinerja in BAB II of the LKj: drawn in the PDF, a picture in the DOCX."""

import io

import pytest
from docx import Document
from pypdf import PdfReader

from .bantu import rapat, teks_pdf

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("dokumen_demo")]

JUDUL = "Gambar 2.1 Pohon Kinerja Sekretariat KPU Kota Tangerang Selatan"


def test_bab_ii_of_the_pdf_draws_the_tree(dokumen_demo):
    halaman = [rapat(t) for t in teks_pdf(dokumen_demo["lkj_pdf"])]
    letak = [n for n, t in enumerate(halaman) if JUDUL in t]
    assert len(letak) >= 1
    bab2 = next(n for n, t in enumerate(halaman) if "BAB II PERENCANAAN KINERJA" in t and n > 2)
    bab3 = next(
        n for n, t in enumerate(halaman) if "BAB III AKUNTABILITAS KINERJA" in t and n > bab2
    )
    assert bab2 <= letak[-1] < bab3
    pohon = " ".join(halaman[bab2:bab3])
    assert "IK 1.1" in pohon and "Sasaran 8:" in pohon
    assert "Subbagian Hukum dan Sumber Daya Manusia" in pohon


def test_no_text_of_the_lkj_lies_off_its_page(dokumen_demo):
    # the tree was an SVG taller than a page: its last sasaran were drawn below the foot
    luar = []
    for n, halaman in enumerate(PdfReader(io.BytesIO(dokumen_demo["lkj_pdf"])).pages, start=1):
        tinggi = float(halaman.mediabox.height)

        def lihat(teks, cm, tm, font, ukuran, n=n, tinggi=tinggi):
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if teks.strip() and not 0 <= y <= tinggi:
                luar.append((n, teks))

        halaman.extract_text(visitor_text=lihat)
    assert luar == []


def test_bab_ii_of_the_docx_holds_the_tree_as_a_picture(dokumen_demo):
    doc = Document(io.BytesIO(dokumen_demo["lkj_docx"]))
    teks = [p.text for p in doc.paragraphs]
    n = teks.index(JUDUL)
    gambar = doc.paragraphs[n - 1]._p.xpath(".//pic:pic")
    assert len(gambar) == 1
