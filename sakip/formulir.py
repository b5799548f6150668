"""Form fields shared by every app: numbers typed the Indonesian way."""

from decimal import Decimal

from django import forms

from sakip.lib.angka import AngkaError, format_angka_ringkas, parse_angka


class AngkaField(forms.CharField):
    """A Decimal typed as '1.234.567,89', '99,21 %' or '1234.5'; a clear error otherwise."""

    def __init__(
        self, *, min_value: Decimal | None = None, max_value: Decimal | None = None, **kwargs
    ):
        self.min_value, self.max_value = min_value, max_value
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        kwargs.pop("max_digits", None)
        kwargs.pop("decimal_places", None)
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
        except AngkaError as exc:
            raise forms.ValidationError(f"{exc}.", code="angka") from exc
        if self.min_value is not None and nilai < self.min_value:
            raise forms.ValidationError(
                f"Nilai paling kecil {format_angka_ringkas(self.min_value)}.", code="min"
            )
        if self.max_value is not None and nilai > self.max_value:
            raise forms.ValidationError(
                f"Nilai paling besar {format_angka_ringkas(self.max_value)}.", code="max"
            )
        return nilai
