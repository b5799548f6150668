"""Forms of the office pages (profile, users, a new office); the rules are in services.py."""

from __future__ import annotations

from django import forms

from sakip.formulir import AngkaField

from .models import Peran, Satker, UnitKerja


def _gaya(form) -> None:
    for field in form.fields.values():
        w = field.widget
        if isinstance(w, forms.CheckboxInput):
            css = "form-check-input"
        elif isinstance(w, forms.Select):
            css = "form-select"
        else:
            css = "form-control"
        w.attrs["class"] = f"{w.attrs.get('class', '')} {css}".strip()


class _Form(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _gaya(self)


BANTUAN_SKALA = (
    "Satu kategori per baris: label; batas bawah; batas atas. Contoh: "
    "“Berhasil; >= 91; <= 100”, dan baris terakhir tanpa batas atas: “Sangat Berhasil; > 100;”."
)


class ProfilForm(_Form):
    nama = forms.CharField(label="Nama kantor", max_length=200)
    alamat = forms.CharField(label="Alamat", max_length=300, required=False)
    kota = forms.CharField(
        label="Tempat penandatanganan",
        max_length=100,
        required=False,
        help_text="Kota pada tanda tangan LKj dan PK.",
    )
    situs = forms.CharField(label="Situs web", max_length=200, required=False)
    batas_capaian = AngkaField(
        label="Batas atas capaian (%)",
        required=False,
        help_text="Kosongkan bila capaian tidak dibatasi; isi 100 atau 120 bila dibatasi.",
    )
    skala_capaian = forms.CharField(
        label="Skala kategori capaian",
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=BANTUAN_SKALA,
    )
    skala_penyerapan = forms.CharField(
        label="Skala penyerapan anggaran",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=BANTUAN_SKALA,
    )
    logo = forms.FileField(
        label="Logo (sampul LKj)", required=False, help_text="PNG atau JPEG, paling besar 1 MB."
    )
    hapus_logo = forms.BooleanField(label="Hapus logo yang ada", required=False)


def _unit(satker: Satker) -> forms.ModelChoiceField:
    f = forms.ModelChoiceField(
        label="Unit kerja",
        queryset=UnitKerja.objects.filter(satker=satker),
        required=False,
        empty_label="(tanpa unit)",
        help_text="Wajib untuk PIC dan Kepala Subbagian.",
    )
    return f


class PenggunaBaruForm(_Form):
    username = forms.CharField(label="Nama pengguna", max_length=150)
    nama_depan = forms.CharField(label="Nama depan", max_length=150, required=False)
    nama_belakang = forms.CharField(label="Nama belakang", max_length=150, required=False)
    email = forms.EmailField(label="Surel", required=False)
    peran = forms.ChoiceField(label="Peran", choices=Peran.choices)
    sandi = forms.CharField(
        label="Kata sandi awal", widget=forms.PasswordInput(render_value=False), strip=False
    )

    def __init__(self, *args, satker: Satker, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"] = _unit(satker)
        self.order_fields(["username", "nama_depan", "nama_belakang", "email", "peran", "unit"])
        _gaya(self)


class UbahPenggunaForm(_Form):
    peran = forms.ChoiceField(label="Peran", choices=Peran.choices)
    aktif = forms.BooleanField(label="Aktif (boleh masuk)", required=False)

    def __init__(self, *args, satker: Satker, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"] = _unit(satker)
        self.order_fields(["peran", "unit", "aktif"])
        _gaya(self)


class SandiForm(_Form):
    sandi = forms.CharField(
        label="Kata sandi baru", widget=forms.PasswordInput(render_value=False), strip=False
    )


class KantorBaruForm(_Form):
    induk = forms.ModelChoiceField(
        label="Kantor induk",
        queryset=Satker.objects.exclude(jenis=Satker.Jenis.KABKOTA).order_by("kode"),
    )
    kode = forms.CharField(label="Kode wilayah", max_length=10)
    nama = forms.CharField(label="Nama kantor", max_length=200)
    admin_username = forms.CharField(
        label="Nama pengguna Admin kantor",
        max_length=150,
        required=False,
        help_text="Admin pertama kantor ini; ia lalu membuat pengguna lainnya.",
    )
    admin_sandi = forms.CharField(
        label="Kata sandi awal Admin",
        widget=forms.PasswordInput(render_value=False),
        required=False,
        strip=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["induk"].label_from_instance = lambda s: f"{s.kode} — {s.nama}"
