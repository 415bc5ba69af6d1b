"""The one error the id layer raises: a refusal that says what to pass instead."""


class IdRefused(ValueError):
    """An id argument that cannot be used as given; the message names the argument and the fix."""
