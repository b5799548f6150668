"""The PDF renderer (sakip.laporan.pdf with dokumen.typ) on documents built by hand.

The demo's LKj is read back in test_dokumen_lkj; here the shapes it does not have: text
that is Typst syntax, a table over several pages, relative column widths, another tree.
"""

import io
import re

from pypdf import PdfReader

from sakip.laporan.pdf import _simpul, buat_pdf, data
from sakip.laporan.susun import Bagian, DaftarIsi, Dokumen, Paragraf, Sel, Tabel
from sakip.lib.pohon import Simpul

from .bantu import rapat, teks_pdf

# text a Typst source would read as markup, code, maths, a label, a reference or a comment
SINTAKS = (
    "#set page(width: 1cm) #pagebreak() $x^2$ *tebal* _miring_ <label> @rujukan \\ ] [ "
    '// bukan komentar /* juga bukan */ = bukan judul ~ `kode` "kutip" 50% Rp 1.000'
)


def _dokumen(baris: int = 3, lebar=(10, 60, 30)) -> Dokumen:
    isi = [
        [
            Sel(str(n), rata="tengah"),
            Sel(f"awal baris {n}\nakhir baris {n}"),
            Sel(f"{n},00", "kanan"),
        ]
        for n in range(1, baris + 1)
    ]
    tabel = Tabel(
        "1.1",
        "Uji panjang",
        [[Sel("No"), Sel("Uraian kolom"), Sel("Nilai")]],
        isi,
        list(lebar),
        kaki=[[Sel("Jumlah", kolom=2), Sel("999,00", "kanan")]],
    )
    return Dokumen(
        "lhe",
        "Dokumen Uji",
        "Dokumen Uji · Kantor Contoh",
        None,
        [
            Bagian("isi", "", "DAFTAR ISI", 1, [DaftarIsi()], depan=True),
            Bagian("bab-1", "BAB I", "SINTAKS", 1, [Paragraf(SINTAKS)], halaman_baru=True),
            Bagian("bab-2", "BAB II", "TABEL", 1, [tabel], halaman_baru=True),
            Bagian("bab-2-a", "A.", "Sesudah tabel", 2, [Paragraf("Penutup tabel.")]),
        ],
    )


def test_text_that_is_typst_syntax_is_printed_as_it_was_typed():
    halaman = teks_pdf(buat_pdf(_dokumen()))
    assert len(halaman) == 3  # the contents, BAB I, BAB II: no page break, no 1 cm page
    tanpa_spasi = lambda t: re.sub(r"\s", "", t)  # noqa: E731 (a line may break after "/")
    assert tanpa_spasi(SINTAKS) in tanpa_spasi(halaman[1])
    assert halaman[1].startswith("Dokumen Uji · Kantor Contoh\nBAB I\nSINTAKS\n#set page(")
    pdf = PdfReader(io.BytesIO(buat_pdf(_dokumen())))
    assert [
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1)) for p in pdf.pages
    ] == [(595.3, 841.9)] * 3


def test_a_long_table_repeats_its_header_and_never_splits_a_row():
    halaman = [rapat(t) for t in teks_pdf(buat_pdf(_dokumen(baris=150)))]
    dengan_baris = [n for n, t in enumerate(halaman) if "awal baris" in t]
    assert len(dengan_baris) >= 3
    for n in dengan_baris:
        assert "No Uraian kolom Nilai" in halaman[n], n
    for b in range(1, 151):
        awal = [n for n, t in enumerate(halaman) if re.search(rf"awal baris {b}\b", t)]
        akhir = [n for n, t in enumerate(halaman) if re.search(rf"akhir baris {b}\b", t)]
        assert awal == akhir and len(awal) == 1, b
    assert "Jumlah 999,00" in halaman[dengan_baris[-1]]


def test_the_contents_give_the_page_each_heading_is_on():
    halaman = [rapat(t) for t in teks_pdf(buat_pdf(_dokumen(baris=150)))]
    daftar = halaman[0]
    for judul in ("BAB I SINTAKS", "BAB II TABEL", "A. Sesudah tabel"):
        nomor = int(re.search(rf"{re.escape(judul)} \.+ ?(\d+)", daftar).group(1))
        # page numbers count from the first page (no cover); the heading is on that page
        assert judul.split(" ", 1)[-1] in halaman[nomor - 1], judul
    assert re.search(r"BAB I SINTAKS \.+ ?2\b", daftar)


def test_column_widths_are_shares_of_the_text_width_whatever_their_unit(tmp_path):
    tabel = lambda lebar: data(_dokumen(lebar=lebar), tmp_path)["isi"][1]["blok"][0]["lebar"]  # noqa: E731
    assert tabel((10, 60, 30)) == [10.0, 60.0, 30.0]
    assert tabel((0.1, 0.6, 0.3)) == [10.0, 60.0, 30.0]
    assert tabel((1, 1, 2)) == [25.0, 25.0, 50.0]


def test_the_same_document_gives_the_same_bytes():
    assert buat_pdf(_dokumen(baris=40)) == buat_pdf(_dokumen(baris=40))


def test_the_metadata_names_the_document_and_its_office():
    meta = PdfReader(io.BytesIO(buat_pdf(_dokumen()))).metadata
    assert meta.title == "Dokumen Uji — Kantor Contoh"
    assert meta.author == "Kantor Contoh"


def test_the_tree_goes_to_the_template_as_nodes_in_their_colours():
    akar = Simpul("Visi <A>", "akar", [Simpul("IK 1.1", anak=[Simpul("Unit", "unit")])], "R")
    assert _simpul(akar) == {
        "teks": "Visi <A>",
        "catatan": "R",
        "latar": "#0b3d5c",
        "tulisan": "#ffffff",
        "anak": [
            {
                "teks": "IK 1.1",
                "catatan": "",
                "latar": "#e8f1f7",
                "tulisan": "#10222e",
                "anak": [
                    {
                        "teks": "Unit",
                        "catatan": "",
                        "latar": "#f5f5f5",
                        "tulisan": "#333333",
                        "anak": [],
                    }
                ],
            }
        ],
    }
