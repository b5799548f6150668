"""The web import form."""

import datetime

from django import forms

from sakip.formulir import BulatField, TanggalField, TeksField

from .impor import MAKS_UKURAN


class FormImpor(forms.Form):
    """A budget file with the revision it carries."""

    berkas = forms.FileField(
        label="Berkas anggaran",
        help_text="Template sakip (.xlsx atau .csv) atau laporan SAKTI GLP039 (.xlsx), "
        f"paling besar {MAKS_UKURAN // (1024 * 1024)} MB.",
    )
    revisi = BulatField(
        label="Nomor revisi pagu",
        required=False,
        min_value=0,
        max_value=99,
        help_text="Kosongkan untuk DIPA baru atau bila pagunya sama dengan revisi terakhir; "
        "0 = DIPA awal.",
    )
    tanggal = TanggalField(
        label="Tanggal revisi",
        required=False,
        paling_awal=datetime.date(2000, 1, 1),
        paling_akhir=datetime.date(2100, 12, 31),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    catatan = TeksField(label="Catatan revisi", required=False, max_length=500)
    kode_kemenkeu = forms.RegexField(
        label="Kode satker Kemenkeu",
        required=False,
        regex=r"^[0-9]{6}$",
        error_messages={"invalid": "Kode satker Kemenkeu terdiri dari 6 angka."},
        help_text="Hanya untuk laporan SAKTI, bila kode satker kantor ini belum dicatat.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for medan in self.fields.values():
            medan.widget.attrs.setdefault("class", "form-control")

    def clean_berkas(self):
        berkas = self.cleaned_data["berkas"]
        if berkas.size > MAKS_UKURAN:
            ukuran = f"{berkas.size / (1024 * 1024):.1f}".replace(".", ",")
            raise forms.ValidationError(
                f"Berkas {ukuran} MB melebihi batas {MAKS_UKURAN // (1024 * 1024)} MB."
            )
        return berkas
