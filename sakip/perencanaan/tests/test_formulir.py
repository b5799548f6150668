"""Numbers typed into forms: Indonesian notation accepted, anything else a clear message."""

from decimal import Decimal as D

import pytest
from django import forms
from django.contrib import admin

from sakip.formulir import AngkaField
from sakip.perencanaan.models import Indikator


class Contoh(forms.Form):
    pagu = AngkaField(min_value=D(0))
    persen = AngkaField(required=False, max_value=D(100))


@pytest.mark.parametrize(
    ("pagu", "hasil"),
    [("29.596.488.000,00", D("29596488000.00")), ("1234.5", D("1234.5")), ("Rp 1.000", D(1000))],
)
def test_indonesian_numbers_are_accepted(pagu, hasil):
    f = Contoh({"pagu": pagu})
    assert f.is_valid(), f.errors
    assert f.cleaned_data["pagu"] == hasil
    assert f.cleaned_data["persen"] is None


def test_malformed_number_gets_a_clear_message():
    f = Contoh({"pagu": "12,5,0"})
    assert not f.is_valid()
    assert f.errors["pagu"] == [
        "'12,5,0' bukan angka yang dikenali (contoh yang benar: 1.234.567,89 atau 99,21%)."
    ]


def test_bounds_are_named():
    f = Contoh({"pagu": "-5", "persen": "100,5"})
    assert not f.is_valid()
    assert f.errors["pagu"] == ["Nilai paling kecil 0."]
    assert f.errors["persen"] == ["Nilai paling besar 100."]


def test_a_decimal_is_shown_the_indonesian_way():
    f = Contoh(initial={"pagu": D("1234567.50")})
    assert 'value="1.234.567,5"' in str(f["pagu"])


def test_admin_target_inline_takes_indonesian_numbers(rf, django_user_model, db):
    model_admin = admin.site._registry[Indikator]
    request = rf.get("/")
    request.user = django_user_model(is_superuser=True, is_staff=True)
    inline = model_admin.get_inline_instances(request)[0]
    field = inline.get_formset(request).form.base_fields["nilai"]
    assert isinstance(field, AngkaField)
    assert field.clean("85,5") == D("85.5")
