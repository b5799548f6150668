"""Reading an LKj document (text, Markdown, DOCX, PDF) into numbered lines with pages."""

from __future__ import annotations

import io
import re
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 200 * 1024 * 1024


class DokumenError(ValueError):
    """A document that cannot be read; the message says why, in Bahasa Indonesia."""


@dataclass(frozen=True)
class Baris:
    """One line of the text as read: 1-based number, page where known, and its text."""

    nomor: int
    teks: str
    halaman: int | None = None


@dataclass
class Dokumen:
    """The lines of a document, in reading order."""

    nama: str
    jenis: str
    baris: list[Baris]


def dari_teks(teks: str, nama: str = "teks", jenis: str = "teks") -> Dokumen:
    """Number the lines of a plain text."""
    teks = teks.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" not in teks:
        return Dokumen(nama, jenis, [Baris(i, t) for i, t in enumerate(teks.split("\n"), 1)])
    # pdftotext and others separate pages with a form feed: keep the page of each line
    baris: list[Baris] = []
    halaman = 1
    for i, t in enumerate(teks.split("\n"), 1):
        halaman += t.count("\f")
        baris.append(Baris(i, t.replace("\f", ""), halaman))
    return Dokumen(nama, jenis, baris)


def _dari_halaman(halaman: list[list[str]], nama: str, jenis: str) -> Dokumen:
    baris: list[Baris] = []
    for nomor_halaman, isi in enumerate(halaman, 1):
        for t in isi:
            baris.append(Baris(len(baris) + 1, t, nomor_halaman))
    return Dokumen(nama, jenis, baris)


def baca_berkas(path: str | Path, nama: str | None = None) -> Dokumen:
    """Read a file from disk; the type is sniffed from its content, not its name."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError as exc:
        raise DokumenError(f"Berkas '{path}' tidak ditemukan.") from exc
    except IsADirectoryError as exc:
        raise DokumenError(f"'{path}' adalah folder, bukan berkas.") from exc
    except OSError as exc:
        raise DokumenError(f"Berkas '{path}' tidak dapat dibuka: {exc.strerror}.") from exc
    return baca_bytes(data, nama or path.name)


def jenis_isi(data: bytes) -> str:
    """'pdf', 'docx' or 'teks' from the first bytes; DokumenError for anything else."""
    if not data.strip():
        raise DokumenError("Berkas kosong: tidak ada teks untuk diperiksa.")
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if "word/document.xml" in z.namelist():
                    return "docx"
        except zipfile.BadZipFile as exc:
            raise DokumenError("Berkas ZIP/DOCX rusak dan tidak dapat dibuka.") from exc
        raise DokumenError(
            "Berkas ini arsip ZIP (mis. XLSX atau ODT), bukan dokumen yang didukung. "
            "Unggah PDF, DOCX, atau teks."
        )
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "teks"
    sampel = data[:65536]
    if b"\x00" in sampel:
        raise DokumenError(
            "Berkas ini bukan teks, PDF, atau DOCX (isinya data biner). "
            "Unggah laporan dalam format PDF, DOCX, atau teks."
        )
    kendali = sum(1 for b in sampel if b < 32 and b not in (9, 10, 12, 13))
    if kendali > len(sampel) * 0.05:
        raise DokumenError(
            "Berkas ini bukan teks, PDF, atau DOCX (terlalu banyak karakter kendali)."
        )
    return "teks"


def baca_bytes(data: bytes, nama: str = "dokumen") -> Dokumen:
    """Read a document held in memory."""
    if len(data) > MAX_BYTES:
        raise DokumenError("Berkas terlalu besar untuk diperiksa (lebih dari 200 MB).")
    jenis = jenis_isi(data)
    if jenis == "pdf":
        dok = _baca_pdf(data, nama)
    elif jenis == "docx":
        dok = _baca_docx(data, nama)
    else:
        dok = dari_teks(_dekode(data), nama)
    if not any(b.teks.strip() for b in dok.baris):
        raise DokumenError("Dokumen tidak memuat teks apa pun untuk diperiksa.")
    return dok


def _dekode(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DokumenError("Berkas UTF-16 ini rusak dan tidak dapat dibaca.") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Windows tools save Latin-1/CP-1252; latin-1 accepts every byte.
        return data.decode("latin-1")


def _baca_docx(data: bytes, nama: str) -> Dokumen:
    import docx
    from docx.oxml.ns import qn

    try:
        berkas = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise DokumenError("Berkas DOCX rusak atau tidak dapat dibaca.") from exc
    baris: list[str] = []
    for elemen in berkas.element.body.iterchildren():
        if elemen.tag == qn("w:p"):
            teks = "".join(t.text or "" for t in elemen.iter(qn("w:t")))
            baris.extend(teks.split("\n"))
        elif elemen.tag == qn("w:tbl"):
            baris.extend(_baris_tabel_docx(elemen, qn))
    return dari_teks("\n".join(baris), nama, "docx")


def _baris_tabel_docx(tbl, qn) -> list[str]:
    """Each table row as one tab-separated line; merged cells keep the grid's columns."""
    hasil = []
    for tr in tbl.iter(qn("w:tr")):
        sel: list[str] = []
        for tc in tr.iterchildren(qn("w:tc")):
            tcpr = tc.find(qn("w:tcPr"))
            rentang, lanjut = 1, False
            if tcpr is not None:
                span = tcpr.find(qn("w:gridSpan"))
                if span is not None:
                    rentang = int(span.get(qn("w:val"), "1"))
                vmerge = tcpr.find(qn("w:vMerge"))
                lanjut = vmerge is not None and vmerge.get(qn("w:val")) in (None, "continue")
            paragraf = [
                "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))
            ]
            teks = "" if lanjut else " ".join(p.strip() for p in paragraf if p.strip())
            sel.extend([teks.replace("\t", " ")] + [""] * (rentang - 1))
        hasil.append("\t".join(sel))
    return hasil


# PDFium is not thread-safe; the web server checks uploads in several threads.
_KUNCI_PDFIUM = threading.Lock()


def _baca_pdf(data: bytes, nama: str) -> Dokumen:
    """PDF text per page with PDFium (fast, C); ruled tables become tab-separated rows."""
    import pypdfium2 as pdfium

    with _KUNCI_PDFIUM:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if "password" in str(exc).lower():
                raise DokumenError(
                    "PDF ini dikunci dengan kata sandi; buka kuncinya dahulu lalu unggah lagi."
                ) from exc
            raise DokumenError("Berkas PDF rusak atau tidak dapat dibaca.") from exc
        try:
            halaman = [_teks_halaman_pdf(pdf[i]) for i in range(len(pdf))]
        except pdfium.PdfiumError as exc:
            raise DokumenError("Berkas PDF rusak atau tidak dapat dibaca.") from exc
        finally:
            pdf.close()
    if not halaman:
        raise DokumenError("PDF ini tidak memiliki halaman.")
    if not any(t.strip() for isi in halaman for t in isi):
        raise DokumenError(
            "PDF ini tidak memiliki lapisan teks (kemungkinan hasil pindaian/gambar); "
            "jalankan OCR terlebih dahulu atau unggah versi DOCX/PDF aslinya."
        )
    return _dari_halaman(halaman, nama, "pdf")


_SPASI = re.compile(r"\s+")
_BUTIR = re.compile(r"^\s*([-•*]|\(?\w{1,3}[.)])\s")
_BARIS_TABEL = re.compile(r"^\s*(\d{1,2}\s+[A-Za-z]|sasaran\s+(strategis\s+)?\d{1,2}\s*:)", re.I)
TIPIS = 2.5  # points: a path this thin is a ruling line of a table


def _garis(page) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Horizontal (y, x0, x1) and vertical (x, y0, y1) ruling segments drawn on a page."""
    import pypdfium2.raw as raw

    lebar, tinggi = page.get_size()
    mendatar, tegak = [], []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=3):
        x0, y0, x1, y1 = obj.get_bounds()
        w, h = x1 - x0, y1 - y0
        if h <= TIPIS and w > TIPIS:
            mendatar.append(((y0 + y1) / 2, x0, x1))
        elif w <= TIPIS and h > TIPIS:
            tegak.append(((x0 + x1) / 2, y0, y1))
        elif w > TIPIS and h > TIPIS and w < lebar * 0.95 and h < tinggi * 0.95:
            # A stroked box (a cell drawn as a rectangle): its four sides.
            mendatar += [(y0, x0, x1), (y1, x0, x1)]
            tegak += [(x0, y0, y1), (x1, y0, y1)]
    return mendatar, tegak


def _unik(nilai: list[float], jarak: float = 2.0) -> list[float]:
    hasil: list[float] = []
    for v in sorted(nilai):
        if not hasil or v - hasil[-1] > jarak:
            hasil.append(v)
    return hasil


def _tabel_pdf(page, textpage) -> list[tuple[float, float, list[str]]]:
    """(top, bottom, rows) of each ruled table on a page, in PDF coordinates (y up)."""
    mendatar, tegak = _garis(page)
    if len(mendatar) < 3 or len(tegak) < 3:
        return []
    # Group horizontal lines into tables: lines that share vertical segments.
    hasil = []
    ys = _unik([y for y, _, _ in mendatar])
    kelompok: list[list[float]] = []
    for y in sorted(ys, reverse=True):
        if kelompok and any(
            v0 - 2 <= y <= v1 + 2 and v0 - 2 <= kelompok[-1][-1] <= v1 + 2 for _, v0, v1 in tegak
        ):
            kelompok[-1].append(y)
        else:
            kelompok.append([y])
    for baris_y in kelompok:
        if len(baris_y) < 3:
            continue
        atas, bawah = baris_y[0], baris_y[-1]
        xs = _unik(
            [
                x
                for x, y0, y1 in tegak
                if y0 <= atas + 2 and y1 >= bawah - 2 or (bawah - 2 <= (y0 + y1) / 2 <= atas + 2)
            ]
        )
        if len(xs) < 3:
            continue
        rows = []
        for yt, yb in zip(baris_y, baris_y[1:], strict=False):
            tengah = (yt + yb) / 2
            batas = [
                x
                for x in xs
                if any(abs(x - vx) <= 2 and v0 - 1 <= tengah <= v1 + 1 for vx, v0, v1 in tegak)
            ]
            if len(batas) < 2:
                continue
            sel = []
            for xk, xn in zip(batas, batas[1:], strict=False):
                teks = textpage.get_text_bounded(left=xk, bottom=yb, right=xn, top=yt)
                sel.append(_SPASI.sub(" ", teks).strip())
                rentang = sum(1 for x in xs if xk < x < xn)
                sel.extend([""] * rentang)  # a merged cell keeps the grid's columns
            if any(sel):
                rows.append("\t".join(sel))
        if len(rows) >= 2:
            hasil.append((atas, bawah, rows))
    return hasil


def _teks_halaman_pdf(page) -> list[str]:
    """The page's lines top to bottom, tables as rows, wrapped paragraph lines joined."""
    textpage = page.get_textpage()
    try:
        tabel = _tabel_pdf(page, textpage)
        potongan = [(atas, rows) for atas, _, rows in tabel]
        garis: list[tuple[float, float, float, str, float]] = []  # (mid y, height, x0, text, x1)
        for i in range(textpage.count_rects()):
            kiri, bawah, kanan, atas = textpage.get_rect(i)
            tengah = (atas + bawah) / 2
            if any(b - 1 <= tengah <= a + 1 for a, b, _ in tabel):
                continue  # inside a table: read cell by cell above
            teks = textpage.get_text_bounded(left=kiri, bottom=bawah, right=kanan, top=atas)
            if teks.strip():
                garis.append((tengah, atas - bawah, kiri, _SPASI.sub(" ", teks).strip(), kanan))
        # Runs of text at the same height form one line, read left to right.
        baris: list[list[tuple[float, float, float, str, float]]] = []
        for g in sorted(garis, key=lambda g: -g[0]):
            if baris and abs(baris[-1][0][0] - g[0]) <= max(g[1], baris[-1][0][1]) * 0.5:
                baris[-1].append(g)
            else:
                baris.append([g])
        for kelompok in baris:
            urut = sorted(kelompok, key=lambda g: g[2])
            teks = " ".join(g[3] for g in urut)
            kanan = max(g[4] for g in urut)
            potongan.append((kelompok[0][0], [teks], kelompok[0][1], kanan))
        potongan.sort(key=lambda p: -p[0])
        hasil: list[str] = []
        lepas: list[tuple[float, float, float, str]] = []
        for tengah, isi, *ukur in potongan:
            if ukur:
                lepas.append((tengah, ukur[0], ukur[1], isi[0]))
                continue
            hasil += _sambung(lepas) + isi
            lepas = []
        return hasil + _sambung(lepas)
    finally:
        textpage.close()


def _sambung(baris: list[tuple[float, float, float, str]]) -> list[str]:
    """Join the lines a paragraph was wrapped into.

    A line is joined to the next when it is long (close to the widest line of the page),
    does not end a sentence, and the next one follows at ordinary line spacing and is not
    a list item. Lines are (middle y, height, right edge, text).
    """
    if not baris:
        return []
    penuh = max(r[2] for r in baris) * 0.8
    hasil = [baris[0][3]]
    for (y0, t0, kanan0, teks0), (y1, t1, _, teks1) in zip(baris, baris[1:], strict=False):
        huruf = [c for c in teks0 if c.isalpha()]
        menyambung = (
            kanan0 >= penuh
            and not teks0.endswith((".", ":", ";", "!", "?"))
            and y0 - y1 <= t0 * 1.8
            and abs(t0 - t1) <= t0 * 0.25  # same font size
            and not (huruf and sum(c.isupper() for c in huruf) > 0.8 * len(huruf))  # a heading
            and not _BUTIR.match(teks1)
            and not _BARIS_TABEL.match(teks1)  # a numbered row of a table read as text
        )
        if menyambung:
            hasil[-1] = f"{hasil[-1]} {teks1}"
        else:
            hasil.append(teks1)
    return hasil
