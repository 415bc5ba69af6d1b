"""An embedded stand-in for the JobMojito REST API, for tests, demos and benchmarks.

It serves all thirty operations from a seeded in-memory account, records every request,
and lets a test inject faults or hold requests. It does not depend on the rest of the
package: it plays the upstream service.

    sandbox = Sandbox()
    transport = SandboxTransport(app=sandbox.app)  # times out like a network
    client = httpx.AsyncClient(transport=transport, base_url="http://sandbox" + API_PREFIX)
"""

from .accounts import OWNER_TOKEN, RECRUITER_TOKEN, SERVICE_KEY, SUBMERCHANT_TOKEN
from .app import API_PREFIX, Sandbox
from .faults import FAULT_KINDS, Hold
from .handlers import WRITE_PATHS
from .recording import RecordedRequest
from .store import Store
from .transport import SandboxTransport

__all__ = [
    "API_PREFIX",
    "FAULT_KINDS",
    "OWNER_TOKEN",
    "RECRUITER_TOKEN",
    "SERVICE_KEY",
    "SUBMERCHANT_TOKEN",
    "WRITE_PATHS",
    "Hold",
    "RecordedRequest",
    "Sandbox",
    "SandboxTransport",
    "Store",
]
