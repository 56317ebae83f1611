"""The gateway's HTTP API as method calls (docs/gateway.md).

One `GatewayClient` per gateway address. Every failure comes out as a
`ServiceError` with a message for the citizen (see errors.py); nothing here
knows about cards or Qt. The methods block: the GUI calls them from its
network worker, the command line directly.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Sequence
from typing import Any, Final
from urllib.parse import quote

import requests
from urllib3.exceptions import MaxRetryError, ReadTimeoutError

from app.services.address import gateway_base_url
from app.services.errors import (
    GatewayRefused,
    GatewayTimeout,
    GatewayUnavailable,
    GatewayUnreachable,
    LoginRefused,
    NotAuthenticated,
    PaymentDeclined,
    PaymentRequired,
    ServiceError,
    UnexpectedAnswer,
    login_message,
    plain_message,
)
from app.services.http import HttpPolicy, make_session
from app.services.models import Challenge, Fetched, Login, Payment, Receipt, parse_time

API: Final = "/api/v1"
# 401s that mean "log in (again)"; every other 401 refuses the login itself.
SESSION_CODES: Final = frozenset({"unauthenticated", "session_expired"})
# The test PKI's CRLs, served by a gateway that trusts it (demo, tests).
TEST_PKI_CRLS: Final = ("root", "citizen-ca", "foreigner-ca")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class GatewayClient:
    def __init__(self, url: str, policy: HttpPolicy | None = None,
                 session: requests.Session | None = None) -> None:
        self.base_url = gateway_base_url(url)
        self.policy = policy or HttpPolicy()
        self.http = session or make_session(self.base_url, self.policy)
        self.login: Login | None = None
        self._down: tuple[float, ServiceError] | None = None

    def close(self) -> None:
        self.http.close()

    # ---- plumbing ----------------------------------------------------------

    def _request(self, method: str, path: str, *, expect: Sequence[int] = (200,),
                 auth: bool = False, headers: dict[str, str] | None = None,
                 timeout: tuple[float, float] | None = None, **kwargs: Any,
                 ) -> requests.Response:
        all_headers = dict(headers or {})
        if auth:
            if self.login is None:
                raise NotAuthenticated(plain_message("unauthenticated", ""),
                                       code="unauthenticated", status=401)
            all_headers["Authorization"] = f"Bearer {self.login.token}"
        url = self.base_url + path
        if self._down is not None:
            since, failure = self._down
            if time.monotonic() - since < self.policy.down_for:
                raise type(failure)(failure.message, code=failure.code)
            self._down = None
        try:
            reply = self._send(method, url, all_headers, timeout, kwargs)
        except (GatewayUnreachable, GatewayTimeout) as failure:
            self._down = (time.monotonic(), failure)
            raise
        if reply.status_code in expect:
            return reply
        raise refusal(reply)

    def _send(self, method: str, url: str, headers: dict[str, str],
              timeout: tuple[float, float] | None, kwargs: dict[str, Any]) -> requests.Response:
        try:
            return self.http.request(method, url, headers=headers,
                                     timeout=timeout or self.policy.timeout, **kwargs)
        except requests.exceptions.SSLError:
            raise ServiceError(
                "The government gateway's identity could not be verified (its TLS "
                "certificate is not trusted). Nothing was sent.", code="tls_untrusted") from None
        except (requests.exceptions.ReadTimeout, requests.exceptions.ConnectTimeout) as exc:
            raise self._timeout(exc) from None
        except requests.exceptions.ConnectionError as exc:
            if _was_read_timeout(exc):
                raise self._timeout(exc) from None
            raise GatewayUnreachable(
                "The government gateway cannot be reached. Check the internet connection "
                "and try again.", code="unreachable") from None
        except requests.exceptions.RequestException:
            raise GatewayUnreachable("The request to the government gateway failed. Try "
                                     "again.", code="unreachable") from None

    @staticmethod
    def _timeout(_exc: Exception) -> GatewayTimeout:
        return GatewayTimeout("The government gateway did not answer in time. Try again "
                              "later.", code="timeout")

    def _json(self, reply: requests.Response) -> dict[str, Any]:
        try:
            body = reply.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise UnexpectedAnswer("Something other than the government gateway answered at "
                                   f"{self.base_url}.", code="unexpected_answer",
                                   status=reply.status_code)
        return body

    # ---- content -----------------------------------------------------------

    def health(self) -> dict[str, Any]:
        # A liveness probe should not wait as long as a submission may.
        timeout = (self.policy.connect_timeout, min(10.0, self.policy.read_timeout))
        return self._json(self._request("GET", f"{API}/health", timeout=timeout))

    def _fetch(self, path: str, etag: str | None) -> Fetched:
        headers = {"If-None-Match": etag} if etag else None
        reply = self._request("GET", path, expect=(200, 304), headers=headers)
        if reply.status_code == 304:
            return Fetched(None, etag)
        return Fetched(self._json(reply), reply.headers.get("ETag"))

    def catalog(self, etag: str | None = None) -> Fetched:
        return self._fetch(f"{API}/catalog", etag)

    def form_definition(self, form_id: str, etag: str | None = None) -> Fetched:
        return self._fetch(f"{API}/forms/{quote(form_id, safe='')}", etag)

    # ---- authentication ----------------------------------------------------

    def challenge(self) -> Challenge:
        body = self._json(self._request("POST", f"{API}/auth/challenge", expect=(201,)))
        text = str(body["challenge"])
        return Challenge(_b64url_decode(text), text, parse_time(body.get("expires_at")))

    def open_session(self, challenge: Challenge, signature: bytes,
                     certificates: Sequence[bytes]) -> Login:
        """Exchange the signed challenge (and the DER chain, own certificate first)."""
        body = self._json(self._request("POST", f"{API}/auth/session", expect=(201,), json={
            "challenge": challenge.text,
            "signature": base64.b64encode(signature).decode("ascii"),
            "certificates": [base64.b64encode(c).decode("ascii") for c in certificates],
        }))
        self.login = Login(str(body["token"]), str(body["national_number"]),
                           parse_time(body.get("expires_at")))
        return self.login

    def me(self) -> dict[str, Any]:
        return self._json(self._request("GET", f"{API}/me", auth=True))

    # ---- submissions and cases ---------------------------------------------

    def submit(self, pdf: bytes, idempotency_key: str,
               payment_id: str | None = None) -> Receipt:
        headers = {"Content-Type": "application/pdf", "Idempotency-Key": idempotency_key}
        if payment_id:
            headers["Payment-Id"] = payment_id
        reply = self._request("POST", f"{API}/submissions", expect=(200, 201), auth=True,
                              headers=headers, data=pdf)
        replayed = reply.headers.get("Idempotent-Replayed", "").lower() == "true"
        return Receipt.from_json(self._json(reply), replayed)

    def cases(self) -> list[dict[str, Any]]:
        cases: list[dict[str, Any]] = self._json(
            self._request("GET", f"{API}/submissions", auth=True))["cases"]
        return cases

    def case(self, reference: str) -> dict[str, Any]:
        return self._json(self._request(
            "GET", f"{API}/submissions/{quote(reference, safe='')}", auth=True))

    def case_document(self, reference: str) -> bytes:
        return self._request(
            "GET", f"{API}/submissions/{quote(reference, safe='')}/document",
            auth=True).content

    def inbox(self) -> list[dict[str, Any]]:
        messages: list[dict[str, Any]] = self._json(
            self._request("GET", f"{API}/inbox", auth=True))["messages"]
        return messages

    def inbox_message(self, message_id: str) -> dict[str, Any]:
        return self._json(self._request(
            "GET", f"{API}/inbox/{quote(message_id, safe='')}", auth=True))

    def inbox_document(self, message_id: str) -> bytes:
        return self._request(
            "GET", f"{API}/inbox/{quote(message_id, safe='')}/document",
            auth=True).content

    # ---- fees --------------------------------------------------------------

    def pay(self, form_id: str, payment_method: dict[str, Any],
            idempotency_key: str) -> Payment:
        return Payment.from_json(self._json(self._request(
            "POST", f"{API}/payments", expect=(200, 201), auth=True,
            headers={"Idempotency-Key": idempotency_key},
            json={"form_id": form_id, "payment_method": payment_method})))

    def payment(self, payment_id: str) -> Payment:
        return Payment.from_json(self._json(self._request(
            "GET", f"{API}/payments/{quote(payment_id, safe='')}", auth=True)))

    # ---- timestamps and revocation data ------------------------------------

    def timestamp(self, request_der: bytes) -> bytes:
        """RFC 3161: a DER TimeStampReq in, the DER TimeStampResp out."""
        reply = self._request("POST", f"{API}/timestamp", data=request_der,
                              headers={"Content-Type": "application/timestamp-query"})
        if reply.headers.get("Content-Type", "").split(";")[0] != "application/timestamp-reply":
            raise UnexpectedAnswer("The time-stamping service answered something that is not "
                                   "a timestamp.", code="unexpected_answer")
        return reply.content

    def test_pki_crls(self) -> list[bytes]:
        """The test PKI's current CRLs, or nothing when the gateway does not serve them."""
        found: list[bytes] = []
        for name in TEST_PKI_CRLS:
            try:
                found.append(self._request("GET", f"/pki/crl/{name}.crl").content)
            except GatewayRefused:
                return []
        return found


def _was_read_timeout(exc: requests.exceptions.ConnectionError) -> bool:
    # After the retries are spent, requests reports a read timeout as a
    # ConnectionError around urllib3's MaxRetryError.
    reason = exc.args[0] if exc.args else None
    return isinstance(reason, MaxRetryError) and isinstance(reason.reason, ReadTimeoutError)


def refusal(reply: requests.Response) -> ServiceError:
    """The error for a non-success answer, in plain words."""
    status = reply.status_code
    try:
        error = reply.json()["error"]
        code, message = str(error["code"]), str(error.get("message", ""))
        details = error.get("details")
    except (ValueError, KeyError, TypeError):
        if status >= 500 or status in (429, 502, 503, 504):
            return GatewayUnavailable("The government gateway is having trouble. Try again "
                                      "later.", code="server_error", status=status)
        return UnexpectedAnswer(f"Something other than the government gateway answered (HTTP "
                                f"{status}). Check the gateway address.",
                                code="unexpected_answer", status=status)
    text = plain_message(code, message)
    if code == "answers_rejected" and isinstance(details, list):
        problems = "; ".join(str(d.get("message", "")) for d in details if isinstance(d, dict))
        if problems:
            text = f"{text} ({problems})"
    if code == "payment_declined":
        text = f"The payment was refused: {message.removeprefix('the payment was refused: ')}"
        return PaymentDeclined(text, code=code, status=status, details=details)
    if status == 401 and code in SESSION_CODES:
        return NotAuthenticated(text, code=code, status=status)
    if status == 401:  # the card login itself was refused (revoked, untrusted, ...)
        return LoginRefused(login_message(code, message), code=code, status=status)
    if code == "payment_required":
        return PaymentRequired(text, code=code, status=status)
    if status >= 500 or status == 429:
        return GatewayUnavailable("The government gateway is having trouble. Try again later.",
                                  code=code, status=status)
    return GatewayRefused(text, code=code, status=status, details=details)
