"""Form pages: one thing per page, check your answers, fee, sign and send, confirmation.

`FormScreen(FormContext(...))` is the widget the shell shows; `open(form_id)`
starts or resumes a form. Paying, signing and sending go through a
`FormSender` (sender.py), implemented on app/forms and app/services.
"""

from app.ui.forms.context import FormContext
from app.ui.forms.screen import FormScreen
from app.ui.forms.sender import (
    FormSender,
    PaymentOutcome,
    PaymentRequest,
    SendOutcome,
    SendRequest,
    SendStage,
    ServiceUnreachable,
    SubmissionRefused,
)

__all__ = [
    "FormContext",
    "FormScreen",
    "FormSender",
    "PaymentOutcome",
    "PaymentRequest",
    "SendOutcome",
    "SendRequest",
    "SendStage",
    "ServiceUnreachable",
    "SubmissionRefused",
]
