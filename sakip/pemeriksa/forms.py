"""The upload form of the document checker: one document or many at once."""

from django import forms

from sakip.formulir import BulatField
from sakip.lib.periksa import DokumenError
from sakip.lib.periksa.dokumen import jenis_isi

BATAS_UKURAN = 20 * 1024 * 1024
BATAS_BERKAS = 30


class _BanyakBerkas(forms.ClearableFileInput):
    allow_multiple_selected = True


class BanyakBerkasField(forms.FileField):
    """A file field that takes several files (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", _BanyakBerkas())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        satu = super().clean
        if isinstance(data, list | tuple):
            if not data:
                return [satu(None, initial)]
            return [satu(d, initial) for d in data]
        return [satu(data, initial)]


class UnggahForm(forms.Form):
    berkas = BanyakBerkasField(
        label="Dokumen LKj",
        error_messages={
            "required": "Pilih berkas LKj yang akan diperiksa (PDF, DOCX atau teks).",
            "empty": "Berkas kosong: tidak ada isi yang dapat diperiksa.",
        },
        help_text=(
            f"PDF, DOCX, atau teks/Markdown; boleh beberapa berkas sekaligus (paling banyak "
            f"{BATAS_BERKAS}), masing-masing paling besar 20 MB. Dokumen tidak disimpan."
        ),
    )
    tahun = BulatField(
        label="Tahun laporan",
        required=False,
        min_value=2000,
        max_value=2100,
        help_text="Kosongkan agar tahun dicari di setiap dokumen.",
    )

    def clean_berkas(self):
        daftar = self.cleaned_data["berkas"]
        if len(daftar) > BATAS_BERKAS:
            raise forms.ValidationError(
                f"Terlalu banyak berkas ({len(daftar)}); paling banyak {BATAS_BERKAS} sekaligus."
            )
        banyak = len(daftar) > 1
        self.isi: list[tuple[str, bytes]] = []
        salah = []
        for berkas in daftar:
            awalan = f"{berkas.name}: " if banyak else ""
            if berkas.size > BATAS_UKURAN:
                salah.append(
                    f"{awalan}Berkas terlalu besar ({berkas.size / 1024 / 1024:.1f} MB); "
                    "batasnya 20 MB."
                )
                continue
            isi = berkas.read()
            try:
                jenis_isi(isi)  # the type is judged by content, never by the file name
            except DokumenError as exc:
                salah.append(f"{awalan}{exc}")
                continue
            self.isi.append((berkas.name, isi))
        if salah and not banyak:
            raise forms.ValidationError(salah)
        self.salah_berkas = salah  # with several files, the readable ones are still checked
        return daftar
