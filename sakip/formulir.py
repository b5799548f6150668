"""Form fields shared by every app: numbers typed the Indonesian way, safe text, sane dates.

Every message names the field and the one problem, so a message shown above the form (not
next to its field) still says where to look.
"""

import datetime
import re
from decimal import Decimal

from django import forms

from sakip.lib.angka import (
    AngkaError,
    format_angka,
    format_angka_ringkas,
    format_tanggal,
    parse_angka,
    periksa_digit,
)

# Control characters (C0, DEL, C1) except tab and the line breaks a textarea sends.
_KENDALI = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _nama(field) -> str:
    return str(field.label) if field.label else "Isian"


def _awali(field, teks: str) -> str:
    """'Nilai realisasi: nilai paling kecil 0.' (or 'Nilai paling kecil 0.' without a label)."""
    if field.label:
        return f"{field.label}: {teks}"
    return teks[:1].upper() + teks[1:]


def periksa_teks(teks: str, label: str, max_length: int | None) -> None:
    """Refuse control characters (NUL first: PostgreSQL cannot store it) and over-long text."""
    if "\x00" in teks:
        raise forms.ValidationError(
            f"{label} memuat karakter NUL (\\0) yang tidak diizinkan; ketik ulang teksnya.",
            code="nul",
        )
    kendali = _KENDALI.search(teks)
    if kendali:
        raise forms.ValidationError(
            f"{label} memuat karakter kendali U+{ord(kendali.group()):04X} yang tidak diizinkan; "
            "ketik ulang teksnya.",
            code="kendali",
        )
    if max_length is not None and len(teks) > max_length:
        raise forms.ValidationError(
            f"{label} terlalu panjang: {format_angka(len(teks))} karakter, paling banyak "
            f"{format_angka(max_length)}.",
            code="max_length",
        )


class TeksField(forms.CharField):
    """Text with a maximum length and no NUL or other control characters."""

    def __init__(self, *, max_length: int, **kwargs):
        super().__init__(max_length=max_length, **kwargs)
        # our own message (naming the field) replaces Django's MaxLengthValidator
        self.validators = [v for v in self.validators if v.code != "max_length"]

    def to_python(self, value):
        teks = super().to_python(value)
        periksa_teks(teks, _nama(self), self.max_length)
        return teks


class AngkaField(forms.CharField):
    """A Decimal typed as '1.234.567,89', '99,21 %' or '1234.5'; a clear error otherwise.

    With `max_digits`/`decimal_places` (a model's DecimalField passes them) a number with more
    digits before the decimal point than the column holds is refused by name.
    """

    def __init__(
        self,
        *,
        min_value: Decimal | None = None,
        max_value: Decimal | None = None,
        max_digits: int | None = None,
        decimal_places: int | None = None,
        **kwargs,
    ):
        self.min_value, self.max_value = min_value, max_value
        self.max_digits, self.decimal_places = max_digits, decimal_places
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            return format_angka_ringkas(value)
        return value

    def to_python(self, value):
        teks = super().to_python(value)
        if teks in self.empty_values:
            return None
        try:
            nilai = parse_angka(teks)
            if self.max_digits is not None:
                periksa_digit(nilai, self.max_digits, self.decimal_places or 0)
        except AngkaError as exc:
            raise forms.ValidationError(_awali(self, f"{exc}."), code="angka") from exc
        if self.min_value is not None and nilai < self.min_value:
            raise forms.ValidationError(
                _awali(self, f"nilai paling kecil {format_angka_ringkas(self.min_value)}."),
                code="min",
            )
        if self.max_value is not None and nilai > self.max_value:
            raise forms.ValidationError(
                _awali(self, f"nilai paling besar {format_angka_ringkas(self.max_value)}."),
                code="max",
            )
        return nilai


class BulatField(forms.IntegerField):
    """A whole number in ASCII digits 0–9 (Django's IntegerField also takes '٣' or '３')."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        teks = str(value).strip()
        if not (teks.isascii() and teks.lstrip("-").isdigit()) or len(teks) > 18:
            raise forms.ValidationError(
                _awali(self, f"'{teks[:20]}' bukan bilangan bulat (tulis dengan angka 0–9)."),
                code="invalid",
            )
        nilai = int(teks)
        if self.min_value is not None and nilai < self.min_value:
            raise forms.ValidationError(
                _awali(self, f"paling kecil {self.min_value}."), code="min_value"
            )
        if self.max_value is not None and nilai > self.max_value:
            raise forms.ValidationError(
                _awali(self, f"paling besar {self.max_value}."), code="max_value"
            )
        return nilai

    def validate(self, value):
        forms.Field.validate(self, value)

    def run_validators(self, value):
        pass  # min/max checked above with the field's name


class TanggalField(forms.DateField):
    """A date within a window that makes sense for it (a signing date is not 9999-12-31)."""

    def __init__(self, *, paling_awal: datetime.date, paling_akhir: datetime.date, **kwargs):
        self.paling_awal, self.paling_akhir = paling_awal, paling_akhir
        kwargs.setdefault(
            "error_messages",
            {"invalid": "tanggal tidak sah; gunakan format TTTT-BB-HH (mis. 2024-01-13)"},
        )
        super().__init__(**kwargs)

    def to_python(self, value):
        try:
            tanggal = super().to_python(value)
        except forms.ValidationError as exc:
            raise forms.ValidationError(
                f"{_nama(self)}: tanggal tidak sah; gunakan format TTTT-BB-HH (mis. 2024-01-13).",
                code="invalid",
            ) from exc
        if tanggal is not None and not self.paling_awal <= tanggal <= self.paling_akhir:
            raise forms.ValidationError(
                f"{_nama(self)} {format_tanggal(tanggal)} di luar rentang yang masuk akal "
                f"({format_tanggal(self.paling_awal)} – {format_tanggal(self.paling_akhir)}).",
                code="rentang",
            )
        return tanggal
