"""How long the document checker takes on a 100-page LKj, as PDF and as text.

Builds the document from the seed (its text and tables, repeated and laid out by
WeasyPrint with a running header), cut to exactly 100 pages, then times reading and
checking. Prints one line for the README.
"""

from __future__ import annotations

import html
import io
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
SEED = AKAR / "sakip" / "lib" / "tests" / "data" / "000_519c2e87864b06b6.txt"
HALAMAN = 100


def _html(teks: str, ulang: int) -> str:
    """The seed as HTML: tab-separated runs become tables, running headers go to @page."""
    from sakip.lib.periksa.dokumen import dari_teks
    from sakip.lib.periksa.tabel import kepala_berjalan

    dok = dari_teks(teks)
    kepala = kepala_berjalan(dok)
    bagian, tabel = [], []
    for b in dok.baris:
        if "\t" in b.teks:
            sel = "".join(f"<td>{html.escape(c)}</td>" for c in b.teks.split("\t"))
            tabel.append(f"<tr>{sel}</tr>")
            continue
        if b.nomor in kepala:
            continue  # a running header of the seed: the page header below replaces it
        if tabel and b.teks.strip():
            bagian.append(f"<table>{''.join(tabel)}</table>")
            tabel = []
        if b.teks.strip():
            bagian.append(f"<p>{html.escape(b.teks)}</p>")
    if tabel:
        bagian.append(f"<table>{''.join(tabel)}</table>")
    gaya = (
        "@page { size: A4; margin: 2cm; @top-center { content: 'LAPORAN KINERJA TAHUN 2023'; } }"
        "body { font: 10pt sans-serif } table { border-collapse: collapse; width: 100% }"
        "td { border: 1px solid #000; padding: 2px; font-size: 8pt }"
    )
    return f"<html><style>{gaya}</style><body>{''.join(bagian) * ulang}</body></html>"


def buat_pdf(halaman: int = HALAMAN) -> bytes:
    """A PDF of exactly `halaman` pages built from the seed."""
    import weasyprint
    from pypdf import PdfReader, PdfWriter

    teks = SEED.read_text(encoding="utf-8")
    ulang = 1
    while True:
        pdf = weasyprint.HTML(string=_html(teks, ulang)).write_pdf()
        pembaca = PdfReader(io.BytesIO(pdf))
        if len(pembaca.pages) >= halaman:
            break
        ulang = ulang * halaman // len(pembaca.pages) + 1
    penulis = PdfWriter()
    for p in pembaca.pages[:halaman]:
        penulis.add_page(p)
    keluar = io.BytesIO()
    penulis.write(keluar)
    return keluar.getvalue()


def main() -> None:
    from sakip.lib.periksa import periksa
    from sakip.lib.periksa.dokumen import baca_bytes, dari_teks

    pdf = buat_pdf()
    t0 = time.perf_counter()
    dok = baca_bytes(pdf, "lkj-100-halaman.pdf")
    t1 = time.perf_counter()
    hasil = periksa(dok)
    t2 = time.perf_counter()
    teks = "\n".join(b.teks for b in dok.baris)
    t3 = time.perf_counter()
    periksa(dari_teks(teks))
    t4 = time.perf_counter()
    halaman = max(b.halaman or 0 for b in dok.baris)
    print(
        f"periksa: PDF {halaman} halaman ({len(dok.baris)} baris, {len(hasil.findings)} temuan) "
        f"dibaca {t1 - t0:.2f} s + diperiksa {t2 - t1:.2f} s = {t2 - t0:.2f} s "
        f"({(t2 - t0) / halaman * 1000:.0f} ms/halaman); teks yang sama diperiksa {t4 - t3:.2f} s"
    )


if __name__ == "__main__":
    main()
