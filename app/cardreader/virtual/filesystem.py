"""The card's file tree and what is currently selected in it.

Files are given as bytes by absolute path ("3F00DF005031"); the directories
follow from the paths. Selection follows ISO 7816-4: a file identifier reaches
the MF, the current DF, its children, its parent and the parent's children.
eid-mw depends on that reach: it first selects the bare FID "in the current
DF" and walks the path only on 6A82, so a card that found files anywhere would
hide the middleware's fallback from our tests.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Final

from app.cardreader.virtual.command import (
    SW_FILE_NOT_FOUND,
    SW_LC_INCONSISTENT_WITH_P1P2,
    SW_OK,
)

MF_FID: Final = 0x3F00
APPLET_AID: Final = bytes.fromhex("A00000003029057000AD13100101FF")
# DF(BELPIC) and DF(ID) are selectable by AID too (content specification 4.4).
DF_AIDS: Final[dict[int, bytes]] = {
    0xDF00: bytes.fromhex("A000000177504B43532D3135"),
    0xDF01: bytes.fromhex("A000000177496446696C6573"),
}


def path_key(*fids: int) -> str:
    """The key of a file in a card image: its FIDs from 3F00, as uppercase hex."""
    return "".join(f"{fid:04X}" for fid in fids)


@dataclass(eq=False)
class Node:
    fid: int
    parent: Node | None
    content: bytes | None = None  # None for a DF
    children: dict[int, Node] = field(default_factory=dict)

    @property
    def is_df(self) -> bool:
        return self.content is None

    def path(self) -> str:
        fids: list[int] = []
        node: Node | None = self
        while node is not None:
            fids.append(node.fid)
            node = node.parent
        return path_key(*reversed(fids))


class FileSystem:
    """The immutable tree built from a card image's files."""

    def __init__(self, files: Mapping[str, bytes]) -> None:
        self.mf = Node(MF_FID, None)
        for key, content in files.items():
            self._add(key, content)

    def _add(self, key: str, content: bytes) -> None:
        if len(key) % 4 or not key.upper().startswith("3F00") or len(key) < 8:
            raise ValueError(f"file path {key!r} must be FIDs from 3F00 to an EF")
        fids = [int(key[i : i + 4], 16) for i in range(4, len(key), 4)]
        node = self.mf
        for fid in fids[:-1]:
            child = node.children.get(fid)
            if child is None:
                child = node.children[fid] = Node(fid, node)
            elif not child.is_df:
                raise ValueError(f"{key}: {fid:04X} is a file, not a directory")
            node = child
        if fids[-1] in node.children:
            raise ValueError(f"{key} is given twice")
        node.children[fids[-1]] = Node(fids[-1], node, bytes(content))

    def df_by_aid(self, aid: bytes) -> Node | None:
        for fid, df_aid in DF_AIDS.items():
            if aid == df_aid:
                return self.mf.children.get(fid)
        return None

    def walk(self) -> Iterator[Node]:
        stack = [self.mf]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(node.children.values())


class Selection:
    """The current DF and EF; volatile, so a reset puts it back on the MF."""

    def __init__(self, fs: FileSystem) -> None:
        self.fs = fs
        self.current_df = fs.mf
        self.current_ef: Node | None = None

    def reset(self) -> None:
        self.current_df = self.fs.mf
        self.current_ef = None

    def _set(self, node: Node) -> None:
        if node.is_df:
            self.current_df, self.current_ef = node, None
        else:
            assert node.parent is not None
            self.current_df, self.current_ef = node.parent, node

    def select_fid(self, fid: int) -> int:
        if fid == MF_FID:
            self._set(self.fs.mf)
            return SW_OK
        df = self.current_df
        candidates: list[Node] = [*df.children.values(), df]
        if df.parent is not None:
            candidates += [df.parent, *df.parent.children.values()]
        for node in candidates:
            if node.fid == fid:
                self._set(node)
                return SW_OK
        return SW_FILE_NOT_FOUND

    def select_path(self, path: bytes) -> int:
        """P1=08: an absolute path; the MF's own 3F00 may be given or left out."""
        if not path or len(path) % 2:
            return SW_LC_INCONSISTENT_WITH_P1P2
        fids = [int.from_bytes(path[i : i + 2], "big") for i in range(0, len(path), 2)]
        if fids[0] == MF_FID:
            fids = fids[1:]
        node = self.fs.mf
        for fid in fids:
            child = node.children.get(fid) if node.is_df else None
            if child is None:
                return SW_FILE_NOT_FOUND
            node = child
        self._set(node)
        return SW_OK

    def select_df(self, node: Node) -> None:
        self._set(node)
