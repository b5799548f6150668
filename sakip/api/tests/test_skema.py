"""schemathesis against the API's own OpenAPI schema: every operation, as each role and anonymous.

Property-based: generated paths, queries and bodies. Checks that no answer is a server error
and that every answer (status, content type, body) conforms to the schema.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from conftest import pengguna
from sakip.api import services

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", get_wsgi_application())


@pytest.fixture(autouse=True)
def _sambungan_tetap():
    """schemathesis calls the real WSGI handler, whose request signals close the database
    connection (on PostgreSQL, inside the test's transaction); Django's test client keeps it
    open the same way, by disconnecting close_old_connections around each request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


PERAN = [None, "perencana", "pic-keuangan", "sekretaris", "evaluator-banten"]


@pytest.fixture(params=PERAN, ids=lambda p: p or "anonim")
def kepala(request, demo, settings, tmp_path):
    settings.SAKIP_HARI_INI = "2024-04-10"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SAKIP_API_BATAS = {"anonim": "100000/min", "pengguna": "100000/min"}
    if request.param is None:
        return {}
    rahasia = services.buat_token(pengguna(request.param), "schemathesis").rahasia
    return {"Authorization": f"Bearer {rahasia}"}


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_sesuai_skema(case, kepala):
    case.call_and_validate(headers=kepala)
