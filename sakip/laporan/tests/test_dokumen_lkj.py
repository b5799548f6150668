"""The demo's LKj 2023 as PDF and DOCX, read back: figures, headings, TOC, checker-clean."""

import re

import pytest
from docx.oxml.ns import qn

from sakip.lib.periksa import ERROR, periksa_bytes

from .bantu import isi_docx, paragraf_docx, rapat, tabel_docx, teks_pdf

# The mark makes pytest-django create the test database the module fixture fills.
# one worker renders the documents once (dokumen_demo) for both modules under pytest-xdist
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("dokumen_demo")]

BAB = [
    ("BAB I", "PENDAHULUAN"),
    ("BAB II", "PERENCANAAN KINERJA"),
    ("BAB III", "AKUNTABILITAS KINERJA"),
    ("BAB IV", "PENUTUP"),
]
TERBILANG_PAGU = (
    "dua puluh sembilan miliar lima ratus sembilan puluh enam juta empat ratus delapan puluh "
    "delapan ribu rupiah"
)


@pytest.fixture(scope="module")
def halaman(dokumen_demo):
    return [rapat(t) for t in teks_pdf(dokumen_demo["lkj_pdf"])]


@pytest.fixture(scope="module")
def pdf(halaman):
    return " ".join(halaman)


@pytest.fixture(scope="module")
def docx(dokumen_demo):
    return isi_docx(dokumen_demo["lkj_docx"])


@pytest.fixture(scope="module")
def teks_docx(docx):
    bagian = paragraf_docx(docx)
    for t in tabel_docx(docx):
        bagian += ["\t".join(sel) for baris in t for sel in [baris]]
    return rapat(" ".join(bagian))


def test_the_checker_finds_no_error_in_either_format(dokumen_demo):
    for nama in ("lkj_pdf", "lkj_docx"):
        hasil = periksa_bytes(dokumen_demo[nama], nama)
        assert hasil.year == 2023
        galat = [
            f"{f.kind} baris {f.line}: {f.message}" for f in hasil.findings if f.severity == ERROR
        ]
        assert galat == [], nama


def test_key_figures_are_computed_from_the_data(pdf, teks_docx):
    for teks in (pdf, teks_docx):
        # Indeks Reformasi Birokrasi 80 of 85, Nilai AKIP B (60) of BB (70)
        assert "“Indeks Reformasi Birokrasi” ditargetkan 85 dan terealisasi 80" in teks
        assert "94,12 % (kategori Berhasil)" in teks
        assert "85,71 % (kategori Cukup Berhasil)" in teks
        # staff: 5 + 13 + 12 = 30
        assert "didukung oleh 30 (tiga puluh) orang personel" in teks
        assert (
            "5 (lima) orang Komisioner, 13 (tiga belas) orang PNS, dan 12 (dua belas) orang" in teks
        )


def test_budget_totals_with_their_words(pdf, teks_docx):
    for teks in (pdf, teks_docx):
        assert f"Rp29.596.488.000 ({TERBILANG_PAGU})" in teks
        assert "Rp28.422.942.650 (dua puluh delapan miliar empat ratus dua puluh dua juta" in teks
        assert "96,03 % dari pagu" in teks
        assert "13 (tiga belas) kali revisi DIPA" in teks
        assert "termasuk kategori Baik" in teks


def test_the_budget_tables_total_their_rows(docx):
    tabel = {t[0][1]: t for t in tabel_docx(docx) if len(t[0]) > 1}
    jenis = tabel["Jenis Belanja"]
    assert [r[1] for r in jenis[1:-1]] == ["Belanja Pegawai", "Belanja Barang", "Belanja Modal"]
    assert jenis[-1][2:] == ["29.596.488.000", "28.422.942.650", "1.173.545.350", "96,03"]
    ro = next(t for t in tabel_docx(docx) if t[0][:3] == ["No", "Kode RO", "Rincian Output"])
    assert [r[0] for r in ro[1:-1]] == [str(n) for n in range(1, 34)]
    assert ro[-1][3:5] == ["29.596.488.000", "28.422.942.650"]


def test_staff_tables_total_30_and_13(docx):
    status = next(t for t in tabel_docx(docx) if t[0][1:] == ["Status", "Jumlah (orang)"])
    assert [r[1:] for r in status[1:]] == [
        ["Komisioner", "5"],
        ["PNS", "13"],
        ["Non-PNS (PPNPN)", "12"],
        ["Jumlah", "30"],
    ]
    golongan = next(t for t in tabel_docx(docx) if t[0][1] == "Golongan")
    assert golongan[-1][-1] == "13"


def test_the_measurement_table_numbers_sasaran_and_lists_14_indicators(docx):
    ukur = next(
        t
        for t in tabel_docx(docx)
        if t[0] and t[0][:3] == ["No", "Sasaran", "Indikator Kinerja"] and "Capaian (%)" in t[0]
    )
    nomor = list(dict.fromkeys(r[0] for r in ukur[1:]))
    assert nomor == [str(n) for n in range(1, 9)]
    assert len(ukur) - 1 == 14
    baris_rb = next(r for r in ukur if r[2] == "Indeks Reformasi Birokrasi")
    assert baris_rb[3:] == ["85", "80", "94,12", "Berhasil"]


def test_every_chapter_heading_is_in_both_formats(halaman, docx):
    judul = [p.text for p in docx.paragraphs if p.style.name == "Heading 1"]
    for label, nama in BAB:
        assert f"{label}\n{nama}" in judul
        assert any(f"{label} {nama}" in h for h in halaman)
    for nama in ("KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "DAFTAR ISI"):
        assert nama in judul
    sub = [p.text for p in docx.paragraphs if p.style.name == "Heading 2"]
    assert "A. Capaian Kinerja Organisasi" in sub and "B. Realisasi Anggaran" in sub


def test_no_heading_names_another_year(docx):
    """Only the report's year; an election's own year ('Pemilu serentak tahun 2024') is a name."""
    for p in docx.paragraphs:
        if p.style.name.startswith("Heading"):
            tanpa_pemilu = re.sub(r"Pemilu(?: serentak)?(?: tahun)? 20\d\d", "", p.text)
            assert set(re.findall(r"\b20\d\d\b", tanpa_pemilu)) <= {"2023"}, p.text


def test_the_pdf_toc_gives_the_page_each_chapter_starts_on(halaman):
    daftar_isi = next(h for h in halaman if h.startswith("DAFTAR ISI") or " DAFTAR ISI " in h)
    for label, nama in BAB:
        m = re.search(rf"{label} {nama} ?\.+ ?(\d+)", daftar_isi)
        assert m, f"{label} tidak ada di daftar isi"
        nomor = int(m.group(1))
        # the cover is unnumbered, so page n is the (n+1)-th page of the file
        assert halaman[nomor].lstrip().startswith(f"{label} {nama}") or (
            f"{label} {nama}" in halaman[nomor][:200]
        ), (label, nomor)


def test_the_docx_has_a_toc_field_page_numbers_and_repeated_table_headers(docx):
    body = docx.element.body
    instr = [t.text for t in body.iter(qn("w:instrText"))]
    assert any(i.strip().startswith("TOC ") for i in instr)
    assert sum(1 for i in instr if "PAGEREF _Toc" in i) >= 15
    kaki = docx.sections[-1].footer._element
    assert any(t.text.strip() == "PAGE" for t in kaki.iter(qn("w:instrText")))
    for t in docx.tables[:-1]:
        if t.style is not None and t.style.name == "Table Grid":
            assert t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert docx.settings.element.find(qn("w:updateFields")) is not None


def _deskriptor(font):
    font = font.get_object()
    if "/FontDescriptor" in font:
        return font["/FontDescriptor"].get_object()
    return font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()


def test_the_pdf_embeds_its_fonts(dokumen_demo):
    import io

    from pypdf import PdfReader

    fonta = {}
    for page in PdfReader(io.BytesIO(dokumen_demo["lkj_pdf"])).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            d = _deskriptor(font)
            fonta[str(d["/FontName"])] = any(
                k in d for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    assert any("Liberation" in nama for nama in fonta)
    assert fonta and all(fonta.values()), fonta


def test_the_annex_is_the_pk(pdf):
    assert "LAMPIRAN PERJANJIAN KINERJA TAHUN 2023" in pdf
    assert "selanjutnya disebut pihak pertama" in pdf


def test_the_docx_rebuilds_to_the_same_bytes_without_drawing_its_charts_again(dokumen_demo):
    import hashlib

    from sakip.laporan import services
    from sakip.lib import grafik

    services.render(dokumen_demo["data"], "lkj", "docx")  # the charts are in the cache now
    sebelum = grafik.LUKISAN
    lagi = services.render(dokumen_demo["data"], "lkj", "docx")
    assert sebelum == grafik.LUKISAN
    # made at the start of the run and now: the same SHA-256 (no clock in the file)
    assert hashlib.sha256(lagi).hexdigest() == hashlib.sha256(dokumen_demo["lkj_docx"]).hexdigest()
