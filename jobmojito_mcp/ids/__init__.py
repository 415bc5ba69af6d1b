"""The id layer: one name per concept, every id normalised, checked, resolved and renamed.

Every tool goes through it. `kinds` names the kinds of id, `fields` is the table of
which upstream field carries which kind, `normalize` reads what people paste,
`arguments` maps argument names, `resolver` checks and corrects ids with what
`memory` has seen, `lookup` turns names into ids, and `links` builds admin-app links.
"""

from jobmojito_mcp.ids.kinds import IdKind
from jobmojito_mcp.ids.memory import IdMemory, IdMemoryStore, Seen
from jobmojito_mcp.ids.refusals import IdRefused
from jobmojito_mcp.ids.resolver import IdResolver, Resolved

__all__ = ["IdKind", "IdMemory", "IdMemoryStore", "IdRefused", "IdResolver", "Resolved", "Seen"]
