"""The upload form of the document checker."""

from django import forms

from sakip.formulir import BulatField
from sakip.lib.periksa import DokumenError
from sakip.lib.periksa.dokumen import jenis_isi

BATAS_UKURAN = 20 * 1024 * 1024


class UnggahForm(forms.Form):
    berkas = forms.FileField(
        label="Dokumen LKj",
        help_text="PDF, DOCX, atau teks/Markdown; paling besar 20 MB. Dokumen tidak disimpan.",
    )
    tahun = BulatField(
        label="Tahun laporan",
        required=False,
        min_value=2000,
        max_value=2100,
        help_text="Kosongkan agar tahun dicari di dokumen.",
    )

    def clean_berkas(self):
        berkas = self.cleaned_data["berkas"]
        if berkas.size > BATAS_UKURAN:
            raise forms.ValidationError(
                f"Berkas terlalu besar ({berkas.size / 1024 / 1024:.1f} MB); batasnya 20 MB."
            )
        self.isi = berkas.read()
        try:
            jenis_isi(self.isi)  # the type is judged by content, never by the file name
        except DokumenError as exc:
            raise forms.ValidationError(str(exc)) from exc
        return berkas
