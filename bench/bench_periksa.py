"""The document checker: recall on the corpus, and how long a 100-page LKj takes.

1. Recall and false errors over the corpus of LKj-like documents
   (sakip/lib/tests/korpus): each document in its clean version and with its planted
   defects, as text, DOCX and PDF. Recall = planted defects found / planted; false
   errors = error-level findings on the clean versions. `--korpus` runs only this.
2. Time: builds a 100-page PDF from the seed (its text and tables, repeated and laid out
   by WeasyPrint with a running header), then times reading and checking.
Prints one line each for the README.
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


def korpus() -> None:
    from sakip.lib.periksa import periksa_bytes, periksa_teks
    from sakip.lib.tests.korpus import korpus as buat_korpus
    from sakip.lib.tests.korpus import nilai

    dokumen = buat_korpus()
    for format_ in ("teks", "docx", "pdf"):
        t0 = time.perf_counter()
        hasil = []
        for d in dokumen:
            if format_ == "teks":
                pasangan = [periksa_teks(d.teks(c), nama=d.nama) for c in (False, True)]
            else:
                pasangan = [periksa_bytes(getattr(d, format_)(c), d.nama) for c in (False, True)]
            hasil.append((d, *pasangan))
        skor = nilai(hasil)
        print(
            f"korpus {format_}: {len(dokumen)} dokumen, {skor['ditanam']} cacat tertanam, "
            f"{skor['ditemukan']} ditemukan (recall {skor['recall'] * 100:.1f} %), "
            f"{skor['galat_bersih']} galat pada versi bersih ({time.perf_counter() - t0:.1f} s)"
        )
        for baris in skor["luput"] + skor["palsu"]:
            print(f"  {baris}")


def main() -> None:
    import sys

    korpus()
    if "--korpus" in sys.argv:
        return
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
