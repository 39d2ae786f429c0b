"""Errors in OpenAI's shape. Messages are written here, never built from request content, so no PHI."""

from __future__ import annotations


class ProxyError(Exception):
    """A refusal or failure that the client sees as {"error": {"message", "type", "code"}}."""

    def __init__(self, status: int, code: str, message: str, type_: str | None = None,
                 param: str | None = None):
        super().__init__(message)
        self.param = param
        self.status = status
        self.code = code
        self.message = message
        self.type = type_ or _TYPE_BY_STATUS.get(status, "api_error")

    def body(self) -> dict:
        return {"error": {"message": self.message, "type": self.type, "code": self.code, "param": self.param}}


_TYPE_BY_STATUS = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
    500: "api_error",
    502: "api_error",
    503: "api_error",
    504: "timeout_error",
}
