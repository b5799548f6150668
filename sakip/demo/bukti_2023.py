"""Evidence files for the demo's approved 2023 quarters of indicators that require evidence.

The seed does not ship its evidence; each file made here is a one-page PDF that says it is
a demo document, so the 2023 report can pass the pre-publication checks as a real office's
would once its evidence is uploaded.
"""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.db import transaction
from weasyprint import HTML

from sakip.lib.nilai import format_nilai
from sakip.organisasi.models import Satker
from sakip.pengukuran import berkas as berkas_lib
from sakip.pengukuran.models import Bukti, Realisasi

from . import data_2023 as d

ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _pdf(r: Realisasi) -> bytes:
    """A one-page Berita Acara for one quarter, clearly marked as demo data."""
    ind = r.indikator
    nilai = format_nilai(r.nilai_angka(), ind.satuan, ind.jenis, r.nilai_huruf)
    judul = f"Berita Acara Realisasi Triwulan {ROMAWI[r.triwulan]} Tahun {r.tahun}"
    html = f"""<html><body style="font-family: serif; margin: 2cm">
      <h1 style="font-size: 16pt; text-align: center">{judul}</h1>
      <p>Sekretariat KPU Kota Tangerang Selatan</p>
      <p>Indikator: {r.indikator.nama}</p>
      <p>Realisasi: {nilai}</p>
      <p style="color: #a00">Dokumen contoh data demo sakip, bukan dokumen resmi.</p>
    </body></html>"""
    return HTML(string=html).write_pdf()


@transaction.atomic
def muat_bukti_2023(kantor: Satker) -> int:
    """Attach one PDF to each 2023 realisation that requires evidence and has none."""
    kosong = Realisasi.objects.filter(
        indikator__sasaran__renstra__satker=kantor,
        indikator__wajib_bukti=True,
        tahun=d.TAHUN,
        bukti__isnull=True,
    ).select_related("indikator")
    jumlah = 0
    for r in kosong:
        isi = ContentFile(_pdf(r), name=f"berita-acara-tw{r.triwulan}-{r.tahun}.pdf")
        bukti = Bukti(
            realisasi=r,
            nama=berkas_lib.nama_aman(isi.name, Bukti.Jenis.PDF),
            jenis=berkas_lib.kenali_jenis(isi),
            ukuran=isi.size,
            sha256=berkas_lib.sha256(isi),
        )
        bukti.berkas.save(f"bukti.{bukti.jenis}", isi, save=False)
        bukti.save()
        jumlah += 1
    return jumlah
