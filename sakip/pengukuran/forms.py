"""Forms of the realisation workflow; numbers accept Indonesian notation (1.234,5)."""

from __future__ import annotations

from django import forms

from sakip.formulir import AngkaField
from sakip.lib.capaian import NILAI_HURUF
from sakip.lib.rumus import RumusError, urai
from sakip.perencanaan.models import TRIWULAN, Indikator

from .models import Realisasi
from .services import Isian, label_besaran

CATATAN = {
    "analisis": "Analisis capaian",
    "kendala": "Kendala",
    "solusi": "Solusi",
    "tindak_lanjut": "Tindak lanjut",
}


class RealisasiForm(forms.Form):
    """The value (or the formula's quantities) and the notes of one quarter."""

    versi = forms.IntegerField(widget=forms.HiddenInput, min_value=0)

    def __init__(self, *args, indikator: Indikator, realisasi: Realisasi | None, **kwargs):
        super().__init__(*args, **kwargs)
        self.indikator = indikator
        r = realisasi
        self.fields["versi"].initial = r.versi if r is not None and r.pk else 0
        self.nama_besaran: list[str] = []
        if indikator.berhuruf:
            self.fields["nilai_huruf"] = forms.ChoiceField(
                label="Nilai huruf",
                required=False,
                choices=[("", "— belum diisi —")] + [(h, h) for h in NILAI_HURUF],
                initial=r.nilai_huruf if r else "",
            )
            self.fields["skor"] = AngkaField(
                label="Skor evaluasi (0–100, bila ada)",
                required=False,
                initial=r.skor if r else None,
            )
        elif indikator.rumus:
            try:
                self.nama_besaran = list(urai(indikator.rumus).nama)
            except RumusError:
                self.nama_besaran = []
            besaran = r.besaran_desimal() if r else {}
            for nama in self.nama_besaran:
                self.fields[f"besaran_{nama}"] = AngkaField(
                    label=label_besaran(nama), required=False, initial=besaran.get(nama)
                )
        else:
            self.fields["nilai"] = AngkaField(
                label=f"Nilai realisasi ({indikator.satuan})",
                required=False,
                initial=r.nilai if r else None,
            )
        for nama, label in CATATAN.items():
            self.fields[nama] = forms.CharField(
                label=label,
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=getattr(r, nama, "") if r else "",
            )
        for f in self.fields.values():
            css = "form-select" if isinstance(f, forms.ChoiceField) else "form-control"
            f.widget.attrs.setdefault("class", css)

    def isian(self) -> Isian:
        d = self.cleaned_data
        return Isian(
            nilai=d.get("nilai"),
            nilai_huruf=d.get("nilai_huruf", ""),
            skor=d.get("skor"),
            besaran={n: d.get(f"besaran_{n}") for n in self.nama_besaran},
            **{nama: d.get(nama, "") for nama in CATATAN},
        )

    def tambah_galat(self, galat: dict[str, list[str]]) -> None:
        for kolom, pesan in galat.items():
            for p in pesan:
                self.add_error(None if kolom == "__all__" or kolom not in self.fields else kolom, p)


class KomentarForm(forms.Form):
    komentar = forms.CharField(required=False, max_length=2000, widget=forms.Textarea)
    versi = forms.IntegerField(required=False, min_value=0)


class BuktiForm(forms.Form):
    berkas = forms.FileField(
        label="Berkas bukti dukung",
        allow_empty_file=True,
        max_length=500,
        error_messages={"required": "Pilih berkas yang akan diunggah."},
    )


class PengecualianForm(forms.Form):
    tahun = forms.IntegerField(min_value=2000, max_value=2100)
    triwulan = forms.TypedChoiceField(choices=TRIWULAN, coerce=int)
    indikator = forms.ModelChoiceField(
        queryset=Indikator.objects.none(),
        required=False,
        empty_label="Semua indikator",
    )
    alasan = forms.CharField(max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
    berlaku_sampai = forms.DateField(
        label="Berlaku sampai", widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, satker, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indikator"].queryset = Indikator.objects.filter(
            sasaran__renstra__satker=satker
        ).select_related("sasaran")
        for f in self.fields.values():
            css = "form-select" if isinstance(f, forms.ChoiceField) else "form-control"
            f.widget.attrs.setdefault("class", css)


class BukuKerjaForm(forms.Form):
    """The onboarding workbook to import."""

    berkas = forms.FileField(
        label="Buku kerja (.xlsx)",
        help_text="Isi dari template buku kerja, atau hasil ekspor kantor; paling besar 20 MB.",
    )
