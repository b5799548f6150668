"""Forms of the planning pages; the rules themselves are in services.py and the models."""

from __future__ import annotations

from django import forms
from django.urls import reverse

from sakip.formulir import AngkaField
from sakip.lib.periode import TAHUN_MAX, TAHUN_MIN

from .models import Indikator, Tujuan


class FormBootstrap(forms.Form):
    """Adds the Bootstrap class of each widget, so the templates loop over the fields."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        gaya(self)


def gaya(form) -> None:
    for field in form.fields.values():
        w = field.widget
        if isinstance(w, forms.CheckboxInput):
            css = "form-check-input"
        elif isinstance(w, forms.Select):
            css = "form-select"
        else:
            css = "form-control"
        w.attrs["class"] = f"{w.attrs.get('class', '')} {css}".strip()


def _tahun(label: str) -> forms.IntegerField:
    return forms.IntegerField(label=label, min_value=TAHUN_MIN, max_value=TAHUN_MAX)


class RenstraForm(FormBootstrap):
    tahun_awal = _tahun("Tahun awal")
    tahun_akhir = _tahun("Tahun akhir")
    dasar_hukum = forms.CharField(label="Dasar hukum", required=False, max_length=300)
    visi = forms.CharField(label="Visi", widget=forms.Textarea(attrs={"rows": 2}))
    misi = forms.CharField(
        label="Misi",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Satu misi per baris, berurutan.",
    )
    tujuan = forms.CharField(
        label="Tujuan",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Satu tujuan per baris, berurutan.",
    )


class SasaranForm(FormBootstrap):
    uraian = forms.CharField(label="Uraian sasaran", widget=forms.Textarea(attrs={"rows": 2}))
    tujuan = forms.ModelChoiceField(
        label="Tujuan", queryset=Tujuan.objects.none(), required=False, empty_label="(tanpa tujuan)"
    )

    def __init__(self, *args, renstra=None, **kwargs):
        super().__init__(*args, **kwargs)
        if renstra is not None:
            self.fields["tujuan"].queryset = renstra.tujuan.all()
            self.fields["tujuan"].label_from_instance = lambda t: f"{t.nomor}. {t.uraian[:90]}"


class IndikatorForm(forms.ModelForm):
    """The whole definition sheet of an indicator."""

    class Meta:
        model = Indikator
        fields = [
            "nama",
            "uraian",
            "cara_penghitungan",
            "jenis",
            "satuan",
            "rumus",
            "polaritas",
            "agregasi",
            "sumber_data",
            "unit",
            "iku",
            "wajib_bukti",
        ]
        labels = {
            "nama": "Nama indikator",
            "uraian": "Definisi (uraian)",
            "cara_penghitungan": "Cara penghitungan",
            "jenis": "Jenis nilai",
            "satuan": "Satuan",
            "rumus": "Rumus realisasi",
            "polaritas": "Polaritas",
            "agregasi": "Penggabungan triwulan",
            "sumber_data": "Sumber data",
            "unit": "Unit penanggung jawab",
            "iku": "Indikator Kinerja Utama (IKU)",
            "wajib_bukti": "Bukti dukung wajib diunggah",
        }
        help_texts = {
            "rumus": "Rumus atas besaran bernama, misalnya keputusan_sesuai / keputusan_total * "
            "100. Nama besaran: huruf kecil, angka dan garis bawah. Kosongkan bila nilai "
            "diisi langsung.",
            "satuan": "Misalnya %, dokumen, laporan, hari; untuk nilai huruf misalnya predikat.",
        }
        widgets = {
            "nama": forms.Textarea(attrs={"rows": 2}),
            "uraian": forms.Textarea(attrs={"rows": 3}),
            "cara_penghitungan": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, satker=None, **kwargs):
        super().__init__(*args, **kwargs)
        if satker is not None:
            self.fields["unit"].queryset = satker.unit.all()
        self.fields["unit"].empty_label = "(belum ditentukan)"
        self.fields["rumus"].widget.attrs.update(
            {
                # the live preview: htmx asks the server, which parses with sakip.lib.rumus
                "hx-get": reverse("perencanaan:rumus_pratinjau"),
                "hx-trigger": "input changed delay:300ms, load",
                "hx-target": "#pratinjau-rumus",
                "autocomplete": "off",
                "spellcheck": "false",
            }
        )
        gaya(self)

    def _post_clean(self):
        # the model's rules run in the service (sakip.perencanaan.services.simpan_indikator)
        pass


class PenandatanganForm(FormBootstrap):
    tempat = forms.CharField(label="Tempat penandatanganan", max_length=100)
    tanggal = forms.DateField(
        label="Tanggal", widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})
    )
    pihak_pertama_nama = forms.CharField(label="Nama pihak pertama", max_length=200)
    pihak_pertama_nip = forms.CharField(
        label="NIP pihak pertama",
        max_length=30,
        required=False,
        help_text="Kosongkan bila tidak ada.",
    )
    pihak_pertama_jabatan = forms.CharField(label="Jabatan pihak pertama", max_length=200)
    pihak_kedua_nama = forms.CharField(label="Nama pihak kedua", max_length=200)
    pihak_kedua_nip = forms.CharField(
        label="NIP pihak kedua",
        max_length=30,
        required=False,
        help_text="Kosongkan bila tidak ada.",
    )
    pihak_kedua_jabatan = forms.CharField(label="Jabatan pihak kedua", max_length=200)
    konfirmasi_tanggal = forms.BooleanField(
        label="Tanggal ini benar, walaupun di luar bulan Desember tahun sebelumnya sampai akhir "
        "tahun PK",
        required=False,
    )


class PkBaruForm(PenandatanganForm):
    sumber = forms.ChoiceField(
        label="Baris sasaran dan target diambil dari",
        choices=[
            ("renstra", "Target Renstra tahun ini"),
            ("tahun_lalu", "Perjanjian Kinerja tahun lalu (disalin)"),
        ],
    )


class PerubahanForm(FormBootstrap):
    alasan = forms.CharField(label="Alasan perubahan", widget=forms.Textarea(attrs={"rows": 3}))
    tanggal = forms.DateField(
        label="Tanggal PK Perubahan",
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
    )
    konfirmasi_tanggal = forms.BooleanField(
        label="Tanggal ini benar walaupun di luar tahun PK", required=False
    )


class AnggaranBarisForm(FormBootstrap):
    kode_program = forms.CharField(label="Kode program", max_length=10)
    nama_program = forms.CharField(label="Nama program", max_length=300)
    anggaran = AngkaField(label="Anggaran (Rp)", min_value=0)
