"""The DOCX: python-docx walks the same document tree as the HTML, for editing in Word.

Real Heading styles (so Word's navigation pane and table of contents work), real tables
whose header rows repeat on each page and whose rows do not split, a TOC field that Word
refreshes on opening, and page numbers in the footer.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from xml.sax.saxutils import escape

from docx import Document as BuatDocx
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from . import logo
from .html import daftar_isi
from .susun import (
    Bagian,
    Daftar,
    DaftarIsi,
    Dokumen,
    Gambar,
    Isian,
    Paragraf,
    Sel,
    SubJudul,
    Tabel,
    TandaTangan,
    TandaTanganDua,
)

BIRU = RGBColor(0x1F, 0x3A, 0x5F)
JINGGA = RGBColor(0xD9, 0x82, 0x2B)
SERIF, SANS = "Times New Roman", "Arial"
LEBAR_TEKS_CM = 16.0  # A4 21 cm minus 3 cm (binding) and 2 cm margins
_RATA = {
    "kiri": WD_ALIGN_PARAGRAPH.LEFT,
    "kanan": WD_ALIGN_PARAGRAPH.RIGHT,
    "tengah": WD_ALIGN_PARAGRAPH.CENTER,
}


# Children that must follow a given element (WordprocessingML fixes the order of children;
# Word refuses a file whose elements are out of order).
SESUDAH = {
    "w:lang": ("w:eastAsianLayout", "w:specVanish", "w:oMath"),
    "w:pBdr": (
        "w:shd",
        "w:tabs",
        "w:suppressAutoHyphens",
        "w:kinsoku",
        "w:wordWrap",
        "w:overflowPunct",
        "w:topLinePunct",
        "w:autoSpaceDE",
        "w:autoSpaceDN",
        "w:bidi",
        "w:adjustRightInd",
        "w:snapToGrid",
        "w:spacing",
        "w:ind",
        "w:contextualSpacing",
        "w:mirrorIndents",
        "w:suppressOverlap",
        "w:jc",
        "w:textDirection",
        "w:textAlignment",
        "w:textboxTightWrap",
        "w:outlineLvl",
        "w:divId",
        "w:cnfStyle",
        "w:rPr",
        "w:sectPr",
        "w:pPrChange",
    ),
    "w:shd": (
        "w:noWrap",
        "w:tcMar",
        "w:textDirection",
        "w:tcFitText",
        "w:vAlign",
        "w:hideMark",
        "w:headers",
        "w:cellIns",
        "w:cellDel",
        "w:cellMerge",
        "w:tcPrChange",
    ),
    "w:updateFields": (
        "w:hdrShapeDefaults",
        "w:footnotePr",
        "w:endnotePr",
        "w:compat",
        "w:docVars",
        "w:rsids",
        "m:mathPr",
        "w:attachedSchema",
        "w:themeFontLang",
        "w:clrSchemeMapping",
        "w:doNotIncludeSubdocsInStats",
        "w:doNotAutoCompressPictures",
        "w:forceUpgrade",
        "w:captions",
        "w:readModeInkLockDown",
        "w:smartTagType",
        "sl:schemaLibrary",
        "w:shapeDefaults",
        "w:doNotEmbedSmartTags",
        "w:decimalSymbol",
        "w:listSeparator",
    ),
    "w:pgNumType": (
        "w:cols",
        "w:formProt",
        "w:vAlign",
        "w:noEndnote",
        "w:titlePg",
        "w:textDirection",
        "w:bidi",
        "w:rtlGutter",
        "w:docGrid",
        "w:printerSettings",
        "w:sectPrChange",
    ),
    "w:tblW": (
        "w:jc",
        "w:tblCellSpacing",
        "w:tblInd",
        "w:tblBorders",
        "w:shd",
        "w:tblLayout",
        "w:tblCellMar",
        "w:tblLook",
        "w:tblCaption",
        "w:tblDescription",
        "w:tblPrChange",
    ),
    "w:tblLayout": (
        "w:tblCellMar",
        "w:tblLook",
        "w:tblCaption",
        "w:tblDescription",
        "w:tblPrChange",
    ),
    "w:tblCellMar": ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange"),
    "w:cantSplit": (
        "w:trHeight",
        "w:tblHeader",
        "w:tblCellSpacing",
        "w:jc",
        "w:hidden",
        "w:ins",
        "w:del",
        "w:trPrChange",
    ),
    "w:tblHeader": ("w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange"),
    # children of w:pBdr and w:tblCellMar
    "w:top": ("w:left", "w:start", "w:bottom", "w:right", "w:end", "w:between", "w:bar"),
    "w:left": ("w:bottom", "w:right", "w:end", "w:between", "w:bar"),
    "w:bottom": ("w:right", "w:end", "w:between", "w:bar"),
    "w:right": ("w:between", "w:bar"),
}


def _set(el, tag: str, **attr) -> OxmlElement:
    """Get or add a child element, in its schema position, and set its w: attributes."""
    anak = el.find(qn(tag))
    if anak is None:
        anak = OxmlElement(tag)
        sesudah = {qn(t) for t in SESUDAH.get(tag, ())}
        berikut = next((c for c in el if c.tag in sesudah), None)
        if berikut is None:
            el.append(anak)
        else:
            berikut.addprevious(anak)
    for k, v in attr.items():
        anak.set(qn(f"w:{k}"), str(v))
    return anak


def _font(style, nama: str, ukuran: float, tebal: bool | None = None, warna=None) -> None:
    style.font.name = nama
    style.font.size = Pt(ukuran)
    rpr = style.element.get_or_add_rPr()
    fonts = _set(rpr, "w:rFonts")
    for a in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{a}"), nama)
    _set(rpr, "w:lang", val="id-ID")
    if tebal is not None:
        style.font.bold = tebal
    if warna is not None:
        style.font.color.rgb = warna


def _gaya(doc) -> None:
    normal = doc.styles["Normal"]
    _font(normal, SERIF, 11)
    normal.paragraph_format.space_after = Pt(5)
    normal.paragraph_format.line_spacing = 1.2
    for nama, ukuran in (("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        s = doc.styles[nama]
        _font(s, SANS, ukuran, True, BIRU)
        s.font.italic = False
        s.paragraph_format.keep_with_next = True
        s.paragraph_format.space_before = Pt(12 if nama != "Heading 1" else 0)
        s.paragraph_format.space_after = Pt(6 if nama != "Heading 1" else 18)
    doc.styles["Heading 1"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    nama_ada = {s.name for s in doc.styles}
    for nama in ("Caption", "TOC 1", "TOC 2"):
        if nama not in nama_ada:
            gaya = doc.styles.add_style(nama, WD_STYLE_TYPE.PARAGRAPH)
            gaya.base_style = normal
    cap = doc.styles["Caption"]
    _font(cap, SANS, 9.5, True, RGBColor(0x22, 0x22, 0x22))
    cap.font.italic = False
    cap.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cap.paragraph_format.space_before = Pt(6)
    cap.paragraph_format.space_after = Pt(3)
    for nama, indent, tebal in (("TOC 1", 0, True), ("TOC 2", 0.8, False)):
        s = doc.styles[nama]
        _font(s, SERIF, 11, tebal)
        s.paragraph_format.left_indent = Cm(indent)
        s.paragraph_format.space_after = Pt(2)
        s.paragraph_format.tab_stops.add_tab_stop(
            Cm(LEBAR_TEKS_CM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )


def _halaman(section) -> None:
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.2)
    section.left_margin, section.right_margin = Cm(3.0), Cm(2.0)
    section.header_distance, section.footer_distance = Cm(1.2), Cm(1.0)


def _field(paragraf, kode: str, hasil: str = "") -> None:
    """A complex field (PAGE ...) with a cached result shown until the field is refreshed."""
    _field_awal(paragraf, kode)
    if hasil:
        paragraf.add_run(hasil)
    _field_akhir(paragraf)


def _garis_bawah(paragraf, warna: str = "999999") -> None:
    ppr = paragraf._p.get_or_add_pPr()
    bdr = _set(ppr, "w:pBdr")
    _set(bdr, "w:bottom", val="single", sz=4, space=1, color=warna)


def _shading(el, warna: str) -> None:
    _set(el, "w:shd", val="clear", color="auto", fill=warna)


class PenulisDocx:
    """Writes one Dokumen into a python-docx Document."""

    def __init__(self, dok: Dokumen):
        self.dok = dok
        self.doc = BuatDocx()
        _gaya(self.doc)
        _halaman(self.doc.sections[0])
        self.doc.core_properties.title = dok.judul
        self.doc.core_properties.language = "id-ID"
        if dok.sampul:
            self.doc.core_properties.author = dok.sampul.satker.nama_sekretariat
        self._perbarui_saat_dibuka()
        # Style ids by name, looked up once: python-docx searches every style (and the
        # default) each time a style is given by name.
        self._id_gaya = {g.name: g.style_id for g in self.doc.styles}
        # One bookmark per TOC entry, named as Word names them.
        self._penanda_judul = {
            e.kunci: f"_Toc{n:08d}" for n, e in enumerate(daftar_isi(dok), start=1)
        }

    def _paragraf_gaya(self, gaya: str, teks: str = "") -> Paragraph:
        """A new paragraph in the named style, as add_paragraph(teks, style=gaya) writes it."""
        p = self.doc.add_paragraph(teks)
        p._p.style = self._id_gaya[gaya]
        return p

    def _perbarui_saat_dibuka(self) -> None:
        """Ask Word to refresh fields (the TOC's page numbers) when the file is opened."""
        settings = self.doc.settings.element
        _set(settings, "w:updateFields", val="true")

    # -- page furniture ---------------------------------------------------------------

    def _kepala_kaki(self, section) -> None:
        section.header.is_linked_to_previous = False
        section.footer.is_linked_to_previous = False
        kepala = section.header.paragraphs[0]
        kepala.text = ""
        run = kepala.add_run(self.dok.kepala)
        run.font.size, run.font.name = Pt(8), SANS
        run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        _garis_bawah(kepala)
        kaki = section.footer.paragraphs[0]
        kaki.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _field(kaki, "PAGE", "1")
        for r in kaki.runs:
            r.font.size, r.font.name = Pt(9), SANS
        pg = _set(section._sectPr, "w:pgNumType", start=1)
        pg.set(qn("w:fmt"), "decimal")

    def _sampul(self) -> None:
        s = self.dok.sampul
        sec = self.doc.sections[0]
        sec.header.is_linked_to_previous = False
        sec.footer.is_linked_to_previous = False

        def baris(teks, ukuran, warna=BIRU, tebal=True, sebelum=0, sesudah=4, font=SANS):
            p = self.doc.add_paragraph()
            p.paragraph_format.space_before = Pt(sebelum)
            p.paragraph_format.space_after = Pt(sesudah)
            r = p.add_run(teks)
            r.font.size, r.font.bold, r.font.name = Pt(ukuran), tebal, font
            r.font.color.rgb = warna
            return p

        isi_logo = logo.baca(s.satker.logo)
        if isi_logo:
            p = self.doc.add_paragraph()
            p.paragraph_format.space_before = Pt(40)
            p.add_run().add_picture(io.BytesIO(isi_logo), height=Cm(2.8))
        baris(s.lembaga.upper(), 13, sebelum=20 if isi_logo else 90, sesudah=40)
        baris(s.judul, 32, sesudah=0)
        baris(s.subjudul, 40, warna=JINGGA, sesudah=10)
        garis = baris("", 4, sesudah=60)
        _garis_bawah(garis, "D9822B")
        baris(s.satker.nama_sekretariat.upper(), 16, sesudah=4)
        if s.satker.induk:
            baris(f"di bawah {s.satker.induk}", 11, warna=RGBColor(0x44, 0x44, 0x44), tebal=False)
        kaki = [x for x in (s.satker.alamat, s.satker.situs) if x]
        if kaki:
            p = baris(
                "\n".join(kaki), 10, warna=RGBColor(0x33, 0x33, 0x33), tebal=False, sebelum=150
            )
            ppr = p._p.get_or_add_pPr()
            _set(_set(ppr, "w:pBdr"), "w:top", val="single", sz=8, space=4, color="1F3A5F")
        self.doc.add_section(WD_SECTION.NEW_PAGE)
        _halaman(self.doc.sections[-1])

    # -- blocks -----------------------------------------------------------------------

    def _judul(self, b: Bagian, halaman_baru: bool) -> None:
        if b.tingkat == 1:
            p = self._paragraf_gaya("Heading 1")
            if b.label:
                p.add_run(b.label)
                p.add_run().add_break(WD_BREAK.LINE)
            p.add_run(b.judul)
        elif b.judul:
            p = self._paragraf_gaya(f"Heading {min(b.tingkat, 3)}", b.judul_lengkap)
        else:
            if halaman_baru:
                self.doc.add_paragraph().paragraph_format.page_break_before = True
            return
        p.paragraph_format.page_break_before = halaman_baru
        if b.kunci in self._penanda_judul:
            self._penanda(p, b.kunci)

    def _penanda(self, p, kunci: str) -> None:
        """A bookmark around a heading, the target of its TOC entry's link and PAGEREF."""
        nama = self._penanda_judul[kunci]
        awal = OxmlElement("w:bookmarkStart")
        awal.set(qn("w:id"), nama[4:].lstrip("0"))
        awal.set(qn("w:name"), nama)
        akhir = OxmlElement("w:bookmarkEnd")
        akhir.set(qn("w:id"), nama[4:].lstrip("0"))
        p._p.insert(1 if p._p.pPr is not None else 0, awal)
        p._p.append(akhir)

    def _paragraf(self, blok: Paragraf) -> None:
        p = self.doc.add_paragraph()
        r = p.add_run(blok.teks)
        if blok.gaya == "judul":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            r.font.bold, r.font.name, r.font.size = True, SANS, Pt(12)
            r.font.color.rgb = BIRU
        elif blok.gaya == "catatan":
            r.font.italic, r.font.size = True, Pt(9.5)
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def _daftar(self, blok: Daftar) -> None:
        for n, butir in enumerate(blok.butir, start=1):
            if blok.bernomor:
                # Written numbers: every list restarts at 1 in Word and LibreOffice alike.
                p = self.doc.add_paragraph(f"{n}.\t{butir}")
                p.paragraph_format.left_indent = Cm(0.9)
                p.paragraph_format.first_line_indent = Cm(-0.7)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))
            else:
                p = self._paragraf_gaya("List Bullet", butir)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(2)

    def _tabel(self, t: Tabel) -> None:
        cap = self._paragraf_gaya("Caption", f"Tabel {t.nomor} {t.judul}")
        cap.paragraph_format.keep_with_next = True
        kolom = len(t.lebar)
        baris_semua = [*t.kepala, *t.isi, *t.kaki]
        tabel = self.doc.add_table(rows=0, cols=kolom)
        tabel._tbl.tblStyle_val = self._id_gaya["Table Grid"]
        tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
        tabel.autofit = False
        lebar = [int(Cm(LEBAR_TEKS_CM * w / sum(t.lebar)).twips) for w in t.lebar]
        ukuran = 8 if t.kecil else 9
        # Fixed layout on the grid's widths: LibreOffice reads w:gridCol, Word w:tcW.
        tblpr = tabel._tbl.tblPr
        _set(tblpr, "w:tblLayout", type="fixed")
        _set(tblpr, "w:tblW", w=sum(lebar), type="dxa")
        for kol, w in zip(tabel._tbl.tblGrid.gridCol_lst, lebar, strict=True):
            kol.set(qn("w:w"), str(w))
        marjin = _set(tblpr, "w:tblCellMar")
        for sisi, twip in (("top", 40), ("bottom", 40), ("left", 85), ("right", 85)):
            _set(marjin, f"w:{sisi}", w=twip, type="dxa")
        # The rows as WordprocessingML text, parsed once (python-docx's per-cell setters
        # search the schema order for every property): one w:tc per grid cell, a merged
        # cell's span filled by empty cells that merge() below takes in.
        n_kepala, n_isi = len(t.kepala), len(t.isi)
        isi_grid: list[list[Sel | None]] = [[None] * kolom for _ in baris_semua]
        gabung = []
        terisi: set[tuple[int, int]] = set()
        for i, isi_baris in enumerate(baris_semua):
            j = 0
            for isi in isi_baris:
                while (i, j) in terisi:
                    j += 1
                isi_grid[i][j] = isi
                if isi.kolom > 1 or isi.baris > 1:
                    gabung.append((i, j, i + isi.baris - 1, j + isi.kolom - 1))
                for di in range(isi.baris):
                    for dj in range(isi.kolom):
                        terisi.add((i + di, j + dj))
                j += isi.kolom
        baris_xml = []
        for i, isi_baris in enumerate(isi_grid):
            kepala = i < n_kepala
            sel = "".join(
                _xml_sel(isi, w, ukuran, kepala, kaki=i >= n_kepala + n_isi)
                for isi, w in zip(isi_baris, lebar, strict=True)
            )
            ciri = "<w:cantSplit/><w:tblHeader/>" if kepala else "<w:cantSplit/>"
            baris_xml.append(f"<w:tr><w:trPr>{ciri}</w:trPr>{sel}</w:tr>")
        for tr in parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(baris_xml)}</w:tbl>"):
            tabel._tbl.append(tr)
        grid = [tr.tc_lst for tr in tabel._tbl.tr_lst]
        gabung = [(_Cell(grid[a][b], tabel), _Cell(grid[c][d], tabel)) for a, b, c, d in gabung]
        for awal, akhir in gabung:
            awal.merge(akhir)
        # Keep short tables on one page: every paragraph but the last row's keeps with the next.
        if t.utuh:
            for tr in tabel._tbl.tr_lst[:-1]:
                for p in tr.iter(qn("w:p")):
                    Paragraph(p, None).paragraph_format.keep_with_next = True
        if t.catatan:
            p = self.doc.add_paragraph()
            r = p.add_run(t.catatan)
            r.font.size, r.font.name = Pt(8), SANS
        else:
            self.doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def _gambar(self, g: Gambar) -> None:
        png = g.buat("png")
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        p.add_run().add_picture(io.BytesIO(png), width=Cm(LEBAR_TEKS_CM * g.lebar))
        self._paragraf_gaya("Caption", f"Gambar {g.nomor} {g.judul}")

    def _ttd(self, blok: TandaTangan) -> None:
        for i, teks in enumerate([blok.tempat_tanggal, *[f"{j}," for j in blok.jabatan]]):
            p = self.doc.add_paragraph(teks)
            p.paragraph_format.left_indent = Cm(8.5)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.space_before = Pt(18 if i == 0 else 0)
            p.paragraph_format.keep_with_next = True
        p = self.doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(8.5)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(54)
        r = p.add_run(blok.nama)
        r.bold, r.underline = True, True

    def _ttd2(self, blok: TandaTanganDua) -> None:
        p = self.doc.add_paragraph(blok.tempat_tanggal)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_before = Pt(18)
        p.paragraph_format.keep_with_next = True
        tabel = self.doc.add_table(rows=1, cols=2)
        tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
        for sel, jabatan, nama in (
            (tabel.cell(0, 0), blok.kiri, blok.kiri_nama),
            (tabel.cell(0, 1), blok.kanan, blok.kanan_nama),
        ):
            sel.width = Cm(LEBAR_TEKS_CM / 2)
            sel.text = ""
            for i, teks in enumerate(jabatan):
                q = sel.paragraphs[0] if i == 0 else sel.add_paragraph()
                q.text = teks
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
                q.paragraph_format.space_after = Pt(0)
            q = sel.add_paragraph()
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            q.paragraph_format.space_before = Pt(54)
            r = q.add_run(nama)
            r.bold, r.underline = True, True
        _set(tabel.rows[0]._tr.get_or_add_trPr(), "w:cantSplit")

    def _isian(self, blok: Isian) -> None:
        for label, isi in blok.pasangan:
            p = self.doc.add_paragraph(f"{label}\t: {isi}")
            p.paragraph_format.left_indent = Cm(0.8)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
            p.paragraph_format.space_after = Pt(0)

    def _daftar_isi(self) -> None:
        """A TOC field over Heading 1–2 written as Word writes it: each entry links to its
        heading's bookmark and carries a PAGEREF field, which Word and LibreOffice compute
        from their own layout; Word also rebuilds the whole TOC on opening."""
        entri = daftar_isi(self.dok)
        paragraf = []
        for n, e in enumerate(entri):
            p = self._paragraf_gaya(f"TOC {min(e.tingkat, 2)}")
            if n == 0:
                _field_awal(p, 'TOC \\o "1-2" \\h \\z \\u')
            penanda = self._penanda_judul[e.kunci]
            tautan = OxmlElement("w:hyperlink")
            tautan.set(qn("w:anchor"), penanda)
            tautan.set(qn("w:history"), "1")
            p._p.append(tautan)
            _run_teks(tautan, e.judul_lengkap)
            _run_field(tautan, OxmlElement("w:tab"))
            _field_awal(tautan, f"PAGEREF {penanda} \\h")
            _run_teks(tautan, "")
            _field_akhir(tautan)
            paragraf.append(p)
        if paragraf:
            _field_akhir(paragraf[-1])

    # -- the whole --------------------------------------------------------------------

    def tulis(self) -> bytes:
        if self.dok.sampul:
            self._sampul()
        self._kepala_kaki(self.doc.sections[-1])
        pertama = True
        for b in self.dok.bagian:
            self._judul(b, b.halaman_baru and not pertama)
            pertama = False
            for blok in b.blok:
                if isinstance(blok, Paragraf):
                    self._paragraf(blok)
                elif isinstance(blok, Daftar):
                    self._daftar(blok)
                elif isinstance(blok, SubJudul):
                    p = self.doc.add_paragraph()
                    p.paragraph_format.keep_with_next = True
                    p.paragraph_format.space_before = Pt(6)
                    p.paragraph_format.space_after = Pt(2)
                    r = p.add_run(blok.teks)
                    r.bold, r.italic = True, True
                elif isinstance(blok, Tabel):
                    self._tabel(blok)
                elif isinstance(blok, Gambar):
                    self._gambar(blok)
                elif isinstance(blok, TandaTangan):
                    self._ttd(blok)
                elif isinstance(blok, TandaTanganDua):
                    self._ttd2(blok)
                elif isinstance(blok, Isian):
                    self._isian(blok)
                elif isinstance(blok, DaftarIsi):
                    self._daftar_isi()
        self.doc.core_properties.created = TANGGAL_TETAP
        self.doc.core_properties.modified = TANGGAL_TETAP
        buf = io.BytesIO()
        self.doc.save(buf)
        return zip_tetap(buf.getvalue())


# Same data, same bytes: a published DOCX can be rebuilt to its recorded SHA-256. The core
# properties carry no clock, and every zip entry gets the same time (python-docx writes
# each part with the current time).
TANGGAL_TETAP = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
WAKTU_ZIP = (1980, 1, 1, 0, 0, 0)


def zip_tetap(isi: bytes) -> bytes:
    """The same zip with fixed entry times and attributes, entries in their order."""
    keluar = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(isi)) as masuk, zipfile.ZipFile(keluar, "w") as z:
        for entri in masuk.infolist():
            info = zipfile.ZipInfo(entri.filename, date_time=WAKTU_ZIP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, masuk.read(entri))
    return keluar.getvalue()


_JC = {"kiri": "left", "kanan": "right", "tengah": "center"}


def _xml_sel(isi: Sel | None, lebar: int, ukuran: float, kepala: bool, kaki: bool) -> str:
    """One table cell as WordprocessingML, as python-docx writes it: width, shading (head
    and foot rows), vertical alignment; a paragraph per line of text (no space after,
    single spacing), each one run in Arial of `ukuran` pt, bold in the head, the foot and
    bold cells. None: an empty cell inside a merged cell's span."""
    lebar_xml = f'<w:tcW w:type="dxa" w:w="{lebar}"/>'
    if isi is None:
        return f"<w:tc><w:tcPr>{lebar_xml}</w:tcPr><w:p/></w:tc>"
    shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{"E9EEF4" if kepala else "F4F6F8"}"/>'
    tcpr = (
        f"<w:tcPr>{lebar_xml}{shd if kepala or kaki else ''}"
        f'<w:vAlign w:val="{"center" if kepala else "top"}"/></w:tcPr>'
    )
    jc = "center" if kepala else _JC[isi.rata]
    tebal = "<w:b/>" if kepala or isi.tebal else '<w:b w:val="0"/>'
    rpr = f'<w:rPr><w:rFonts w:ascii="{SANS}" w:hAnsi="{SANS}"/>{tebal}<w:sz w:val="{round(ukuran * 2)}"/></w:rPr>'
    ppr = f'<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="{jc}"/></w:pPr>'
    paragraf = [
        f"<w:p>{ppr}{'<w:r/>' if n == 0 else ''}<w:r>{rpr}{_xml_teks(baris)}</w:r></w:p>"
        for n, baris in enumerate(isi.teks.split("\n"))
    ]
    return f"<w:tc>{tcpr}{''.join(paragraf)}</w:tc>"


def _xml_teks(teks: str) -> str:
    """A run's text as python-docx writes it: w:t pieces (kept spaces preserved), a tab as
    w:tab, a carriage return as w:br."""
    keluar = []
    for bagian in re.split(r"([\t\r])", teks):
        if bagian == "\t":
            keluar.append("<w:tab/>")
        elif bagian == "\r":
            keluar.append("<w:br/>")
        elif bagian:
            jaga = ' xml:space="preserve"' if len(bagian.strip()) < len(bagian) else ""
            keluar.append(f"<w:t{jaga}>{escape(bagian)}</w:t>")
    return "".join(keluar)


def _induk(paragraf):
    """The XML element runs are appended to: a paragraph's w:p or a w:hyperlink."""
    return getattr(paragraf, "_p", paragraf)


def _run_field(paragraf, el) -> None:
    r = OxmlElement("w:r")
    r.append(el)
    _induk(paragraf).append(r)


def _run_teks(induk, teks: str) -> None:
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = teks
    _run_field(induk, t)


def _field_awal(paragraf, kode: str) -> None:
    awal = OxmlElement("w:fldChar")
    awal.set(qn("w:fldCharType"), "begin")
    awal.set(qn("w:dirty"), "true")
    _run_field(paragraf, awal)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {kode} "
    _run_field(paragraf, instr)
    pisah = OxmlElement("w:fldChar")
    pisah.set(qn("w:fldCharType"), "separate")
    _run_field(paragraf, pisah)


def _field_akhir(paragraf) -> None:
    akhir = OxmlElement("w:fldChar")
    akhir.set(qn("w:fldCharType"), "end")
    _run_field(paragraf, akhir)


def buat_docx(dok: Dokumen) -> bytes:
    """DOCX bytes of the document."""
    return PenulisDocx(dok).tulis()
