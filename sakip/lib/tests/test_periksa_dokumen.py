"""Reading documents: text, Markdown, DOCX and PDF made here, and input that is not one."""

import base64
import io
import zipfile

import docx
import pytest
import weasyprint
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader, PdfWriter

from sakip.lib.periksa import DokumenError, periksa_berkas, periksa_bytes, periksa_teks
from sakip.lib.periksa.dokumen import baca_berkas, baca_bytes

TABEL = [
    ["NO", "URAIAN", "PAGU", "REALISASI", "SISA", "%"],
    ["1", "Belanja Pegawai", "2.313.438.000", "2.311.554.188", "1.883.812", "99,92%"],
    ["2", "Belanja Modal", "956.561.000", "894.995.000", "61.666.000", "93,56%"],
]


def _docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("LAPORAN KINERJA TAHUN 2023")
    d.add_paragraph("Pagu sebesar Rp 1.500.000 (satu juta lima puluh ribu rupiah).")
    t = d.add_table(rows=4, cols=6)
    for i, row in enumerate(TABEL):
        for j, isi in enumerate(row):
            t.cell(i, j).text = isi
    total = t.rows[3].cells
    total[0].merge(total[1]).text = "TOTAL"
    for j, isi in enumerate(["3.269.999.000", "3.206.549.188", "63.449.812", "98,06%"], 2):
        total[j].text = isi
    d.add_paragraph("PERJANJIAN KINERJA TAHUN 2022")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _html_pdf(badan: str) -> bytes:
    gaya = "table { border-collapse: collapse } td { border: 1px solid black; padding: 2px }"
    return weasyprint.HTML(
        string=f"<html><style>{gaya}</style><body>{badan}</body></html>"
    ).write_pdf()


def _pdf() -> bytes:
    baris = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in TABEL)
    return _html_pdf(
        "<h1>LAPORAN KINERJA TAHUN 2023</h1>"
        "<p>Pagu sebesar Rp 1.500.000 (satu juta lima puluh ribu rupiah).</p>"
        f"<table>{baris}</table>"
        "<p style='page-break-before: always'>Semoga LKj tahun 2022 ini bermanfaat.</p>"
    )


def _ringkas(hasil):
    return [(f.kind, f.line, f.page, f.expected, f.found) for f in hasil.findings]


def test_a_docx_is_read_paragraphs_and_tables_in_order():
    dok = baca_bytes(_docx(), "lkj.docx")
    assert dok.jenis == "docx"
    assert [b.teks for b in dok.baris] == [
        "LAPORAN KINERJA TAHUN 2023",
        "Pagu sebesar Rp 1.500.000 (satu juta lima puluh ribu rupiah).",
        "\t".join(TABEL[0]),
        "\t".join(TABEL[1]),
        "\t".join(TABEL[2]),
        "TOTAL\t\t3.269.999.000\t3.206.549.188\t63.449.812\t98,06%",
        "PERJANJIAN KINERJA TAHUN 2022",
    ]
    assert _ringkas(periksa_bytes(_docx(), "lkj.docx")) == [
        (
            "terbilang",
            2,
            None,
            "satu juta lima ratus ribu rupiah",
            "satu juta lima puluh ribu rupiah (= 1.050.000)",
        ),
        ("sisa", 5, None, "61.566.000", "61.666.000"),
        ("total", 6, None, "63.549.812", "63.449.812"),
        ("tahun", 7, None, "2023", "2022"),
    ]


def test_docx_merged_cells_keep_the_columns_and_do_not_repeat():
    d = docx.Document()
    t = d.add_table(rows=4, cols=3)
    for i, row in enumerate(
        [["NO", "SASARAN", "INDIKATOR"], ["1", "S1", "I1"], ["", "", "I2"], ["2", "S2", "I3"]]
    ):
        for j, isi in enumerate(row):
            t.cell(i, j).text = isi
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(1, 1).merge(t.cell(2, 1))
    buf = io.BytesIO()
    d.save(buf)
    dok = baca_bytes(buf.getvalue(), "pk.docx")
    assert [b.teks for b in dok.baris] == [
        "NO\tSASARAN\tINDIKATOR",
        "1\tS1\tI1",
        "\t\tI2",
        "2\tS2\tI3",
    ]
    assert periksa_bytes(buf.getvalue(), "pk.docx", 2023).findings == []


def test_a_pdf_is_read_with_pages_and_its_table_as_rows():
    dok = baca_bytes(_pdf(), "lkj.pdf")
    assert dok.jenis == "pdf"
    assert [(b.halaman, b.teks) for b in dok.baris] == [
        (1, "LAPORAN KINERJA TAHUN 2023"),
        (1, "Pagu sebesar Rp 1.500.000 (satu juta lima puluh ribu rupiah)."),
        (1, "\t".join(TABEL[0])),
        (1, "\t".join(TABEL[1])),
        (1, "\t".join(TABEL[2])),
        (2, "Semoga LKj tahun 2022 ini bermanfaat."),
    ]
    assert _ringkas(periksa_bytes(_pdf(), "lkj.pdf")) == [
        (
            "terbilang",
            2,
            1,
            "satu juta lima ratus ribu rupiah",
            "satu juta lima puluh ribu rupiah (= 1.050.000)",
        ),
        ("sisa", 5, 1, "61.566.000", "61.666.000"),
        ("tahun", 6, 2, "2023", "2022"),
    ]


def test_a_pdf_paragraph_wrapped_over_lines_is_read_as_one_line_under_its_header():
    kata = "dua puluh sembilan miliar lima ratus sembilan puluh enam juta empat ratus delapan puluh delapan ribu rupiah"
    paragraf = (
        "Berdasarkan alokasi anggaran Komisi Pemilihan Umum Kota Contoh Tahun 2023, pagu "
        "anggaran Komisi Pemilihan Umum Kota Contoh sebesar Rp 29.596.488.000,- "
        f"({kata.replace('dua puluh sembilan', 'dua')})."
    )
    gaya = "<style>@page { size: A5; margin: 2cm; @top-center { content: 'LAPORAN KINERJA TAHUN 2023' } }</style>"
    pdf = _html_pdf(f"{gaya}<h3>3. KEUANGAN</h3><p>{paragraf}</p><p>Penutup.</p>")
    dok = baca_bytes(pdf, "lkj.pdf")
    assert [b.teks for b in dok.baris] == [
        "LAPORAN KINERJA TAHUN 2023",
        "3. KEUANGAN",
        paragraf,
        "Penutup.",
    ]
    (f,) = [f for f in periksa_bytes(pdf, "lkj.pdf").findings if f.kind == "terbilang"]
    assert (f.line, f.page, f.expected) == (3, 1, kata)


def test_an_encrypted_pdf_gets_a_clear_message():
    penulis = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf())))
    penulis.encrypt("rahasia", algorithm="AES-128")
    buf = io.BytesIO()
    penulis.write(buf)
    with pytest.raises(DokumenError, match="dikunci dengan kata sandi"):
        baca_bytes(buf.getvalue(), "kunci.pdf")


def test_a_pdf_with_only_an_image_has_no_text_layer():
    gambar = io.BytesIO()
    Image.new("RGB", (200, 100), "white").save(gambar, "PNG")
    src = "data:image/png;base64," + base64.b64encode(gambar.getvalue()).decode()
    pdf = _html_pdf(f"<img src='{src}'>")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    with pytest.raises(DokumenError, match="tidak memiliki lapisan teks"):
        baca_bytes(pdf, "pindaian.pdf")


@pytest.mark.parametrize(
    ("data", "pesan"),
    [
        (b"", "Berkas kosong"),
        (b"   \n\n  ", "Berkas kosong"),
        (bytes(range(256)) * 10, "bukan teks, PDF, atau DOCX"),
        (b"%PDF-1.7\nsampah yang bukan PDF", "PDF rusak"),
        (b"PK\x03\x04 bukan zip", "rusak"),
    ],
)
def test_unreadable_input_gets_a_clear_message(data, pesan):
    with pytest.raises(DokumenError, match=pesan):
        periksa_bytes(data, "berkas")


def test_a_zip_that_is_not_a_docx_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(DokumenError, match="bukan dokumen yang didukung"):
        baca_bytes(buf.getvalue(), "anggaran.xlsx")


def test_the_type_is_sniffed_not_taken_from_the_name(tmp_path):
    salah_nama = tmp_path / "laporan.txt"
    salah_nama.write_bytes(_docx())
    assert baca_berkas(salah_nama).jenis == "docx"
    tanpa_nama = tmp_path / "laporan"
    tanpa_nama.write_bytes(_pdf())
    assert baca_berkas(tanpa_nama).jenis == "pdf"


def test_latin1_text_and_markdown_are_read(tmp_path):
    berkas = tmp_path / "lkj.md"
    berkas.write_bytes(
        "# LAPORAN KINERJA TAHUN 2023\n\nKegiatan ‘café’ 5 (lima) kali".encode("cp1252")
    )
    dok = baca_berkas(berkas)
    assert dok.baris[2].teks == "Kegiatan ‘café’ 5 (lima) kali".encode("cp1252").decode("latin-1")
    assert periksa_berkas(berkas).findings == []


def test_a_missing_file_or_a_folder(tmp_path):
    with pytest.raises(DokumenError, match="tidak ditemukan"):
        baca_berkas(tmp_path / "tidak-ada.pdf")
    with pytest.raises(DokumenError, match="folder"):
        baca_berkas(tmp_path)


def test_a_500_page_document_is_checked(tmp_path):
    halaman = "LAPORAN KINERJA TAHUN 2023\nKPU KOTA CONTOH\n\n" + "\n".join(
        f"Paragraf {i}: revisi sebanyak 13 (tiga belas) kali pada Tahun Anggaran 2023."
        for i in range(40)
    )
    berkas = tmp_path / "besar.txt"
    berkas.write_text("\n".join([halaman] * 500), encoding="utf-8")
    hasil = periksa_berkas(berkas)
    assert hasil.year == 2023
    assert hasil.findings == []


_POTONGAN = st.sampled_from(
    [
        "Rp",
        "1.000",
        "29.596.488.000,-",
        "(",
        ")",
        "dua",
        "puluh",
        "Milyar",
        "%",
        "99,21",
        "tahun",
        "2022",
        "2023",
        "terdiri",
        "dari",
        "orang",
        "yaitu",
        ":",
        ",",
        ".",
        "dan",
        "kategori",
        "BAIK",
        "TOTAL",
        "JUMLAH",
        "NO",
        "PAGU",
        "REALISASI",
        "SISA",
        "\t",
        "\n",
        "|",
        "-",
        "5",
        "sasaran",
        "Kurang dari",
        "sampai",
        ">",
        "RENTANG",
        "KATEGORI",
        "B",
        "BB",
        "TARGET",
        "CAPAIAN",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_POTONGAN, max_size=300).map(" ".join) | st.text(max_size=2000))
def test_any_text_is_checked_without_crashing(teks):
    hasil = periksa_teks(teks)
    baris = teks.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for f in hasil.findings:
        assert f.severity in ("error", "warning", "note")
        assert 1 <= f.line <= len(baris)
        assert f.message


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_are_read_or_refused_with_a_message(data):
    try:
        periksa_bytes(data, "acak")
    except DokumenError as exc:
        assert str(exc)


def test_long_runs_of_digits_and_words_stay_fast_enough_to_finish():
    # A backtracking regex once took minutes on a run of 50.000 digits.
    hasil = periksa_teks(
        "LAPORAN KINERJA TAHUN 2023\n" + "1" * 50_000 + "\n" + "dua puluh " * 20_000
    )
    assert hasil.findings == []
