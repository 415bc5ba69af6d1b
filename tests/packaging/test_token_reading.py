"""Reading a token's kind and expiry, and the start-up warning for an expired one."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from jobmojito_mcp.server import build_server
from jobmojito_mcp.settings import Settings
from jobmojito_mcp.tokens import MalformedToken, describe_time, read_token, warn_if_expired
from tests.packaging.running import jwt

NOW = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)


def test_a_token_that_is_not_three_base64url_parts_is_taken_for_a_service_key():
    for token in ("sk_live_0123456789abcdef", "a.b", "abc.d$f.ghi"):
        info = read_token(token)
        assert not info.is_jwt
        assert info.expires_at is None


def test_a_jwt_expiry_is_read_from_the_payload_without_checking_the_signature():
    info = read_token(jwt({"exp": 1_777_896_000, "role": "authenticated"}))

    assert info.is_jwt
    assert info.expires_at == datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
    assert info.is_expired(NOW)


def test_a_jwt_without_exp_never_counts_as_expired():
    info = read_token(jwt({"sub": "someone"}))

    assert info.is_jwt
    assert not info.is_expired(NOW)


@pytest.mark.parametrize(
    "token",
    ["eyJhbGciOiJIUzI1NiJ9.e30x.sig", "W10.e30.sig", "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjFlOTk5fQ.s"],
)
def test_a_jwt_whose_parts_or_expiry_do_not_decode_is_malformed(token):
    with pytest.raises(MalformedToken):
        read_token(token)


def test_times_read_as_a_date_in_utc_and_a_distance_from_now():
    assert describe_time(datetime(2026, 5, 4, 12, 1, 30, tzinfo=UTC), NOW).endswith(
        "(in 90 seconds)"
    )
    assert describe_time(datetime(2026, 5, 1, 12, 0, tzinfo=UTC), NOW) == (
        "2026-05-01 12:00 UTC (3 days ago)"
    )


def test_the_server_warns_at_start_up_about_an_expired_user_token(caplog):
    token = jwt({"exp": 1_000_000_000})

    with caplog.at_level(logging.WARNING, logger="jobmojito_mcp.tokens"):
        build_server(Settings(api_token=token))

    [record] = caplog.records
    assert "expired at 2001-09-09 01:46 UTC" in record.getMessage()
    assert token not in record.getMessage()


def test_no_warning_for_a_live_token_a_service_key_or_a_malformed_token(caplog):
    live = jwt({"exp": int(NOW.timestamp()) + 3600})

    with caplog.at_level(logging.WARNING, logger="jobmojito_mcp.tokens"):
        for token in (live, "a-service-key", "eyJhbGciOiJIUzI1NiJ9.e30x.sig"):
            warn_if_expired(token, now=NOW)

    assert caplog.records == []
