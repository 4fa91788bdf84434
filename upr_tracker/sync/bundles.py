"""Exchanging changes by file: a bundle written for a colleague (or for the team's passphrase),
applied on their laptop; this laptop's public keys given out and colleagues' keys trusted.

Who may send: with the team's passphrase, anyone who knows it (the passphrase proves membership);
the sender's signing key is remembered on first sight and a bundle later signed by another key in
that sender's name is refused as forged. For keys, only a colleague whose key file was trusted
(`trust_key_file`) or whose key was already seen."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from upr_tracker.errors import BundleError
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.sync import exchange
from upr_tracker.sync.bundle_file import (
    MODE_KEYS,
    BundleHeader,
    KeyFile,
    PublicKeys,
    ReplicaKeys,
    key_file_bytes,
    read_bundle,
    read_key_file,
    seal,
    write_bundle,
)
from upr_tracker.sync.changeset import Changeset, ChangesetError
from upr_tracker.sync.exchange import ApplyReport
from upr_tracker.sync.peers import PeerInfo, find_peer, list_peers, remember_peer
from upr_tracker.sync.replica import replica_row

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BundleReport:
    path: Path
    records: int
    size: int
    peer_name: str | None   # the peer it was written for (None: everything, for anyone of the team)


def _refuse_server(db: Database) -> None:
    if db.address is not None:
        raise BundleError(f"{db.name} is a team database on a server: it exchanges changes with laptops by sync, "
                          "not by bundle files")


def replica_keys(db: Database) -> tuple[str, str, ReplicaKeys]:
    """This database's id, name and keys, made on first need."""
    with db.write() as session:
        row = replica_row(session, db)
        if row.signing_key is None or len(row.signing_key) != 64:
            row.signing_key = ReplicaKeys.generate().to_bytes()
        return row.id, row.name, ReplicaKeys.from_bytes(row.signing_key)


def public_keys(db: Database) -> KeyFile:
    replica_id, name, keys = replica_keys(db)
    return KeyFile(replica_id, name, keys.public())


def write_key_file(db: Database, out: Path) -> KeyFile:
    """Write this laptop's public keys (and its id and name) for colleagues to trust."""
    from upr_tracker.services.atomic_files import atomic_output

    mine = public_keys(db)
    with atomic_output(Path(out), "wb") as stream:
        stream.write(key_file_bytes(mine.replica_id, mine.name, mine.keys))
    return mine


def _known_keys(peer: PeerInfo | None) -> PublicKeys | None:
    if peer is None or not peer.public_key or len(peer.public_key) != 64:
        return None
    return PublicKeys.from_bytes(peer.public_key)


def trust_key_file(db: Database, key_file: Path) -> KeyFile:
    """Record a colleague's keys: their bundles are then accepted, and bundles can be written for them.
    A key different from the one already known for that laptop is refused (it may be forged)."""
    colleague = read_key_file(key_file)
    mine = public_keys(db)
    if colleague.replica_id == mine.replica_id:
        raise BundleError(f"{key_file}: these are this database's own keys; give them to colleagues instead")
    known = _known_keys(find_peer(db, colleague.replica_id))
    if known is not None and known.signing != colleague.keys.signing:
        raise BundleError(f"{key_file}: {colleague.name} is already known with another key (fingerprint "
                          f"{known.fingerprint}, this file's {colleague.keys.fingerprint}); the file may be forged. "
                          "Check with your colleague before trusting it")
    with db.write() as session:
        remember_peer(session, colleague.replica_id, colleague.name, public_key=colleague.keys.to_bytes())
    return colleague


def _recipient_keys(db: Database, recipients: Sequence[Path | PublicKeys]) -> list[PublicKeys]:
    keys = []
    for recipient in recipients:
        if isinstance(recipient, PublicKeys):
            keys.append(recipient)
        else:
            keys.append(read_key_file(Path(recipient)).keys)
    return keys


def create_bundle(db: Database, out: Path, *, passphrase: Passphrase | None = None,
                  recipients: Sequence[Path | PublicKeys] = (), for_peer: str | None = None,
                  progress: ProgressReporter = NO_PROGRESS) -> BundleReport:
    """Write the changes a peer may lack (`for_peer`, its id or name), else everything, into `out`,
    encrypted for `passphrase` or for `recipients` (key files or keys), signed by this database.
    With `for_peer` and neither, it is written for that peer's known key."""
    _refuse_server(db)
    out = Path(out)
    peer = None
    if for_peer is not None:
        peer = find_peer(db, for_peer)
        if peer is None:
            names = ", ".join(p.name for p in list_peers(db)) or "none yet"
            raise BundleError(f"no colleague's laptop named {for_peer!r} is known here (known: {names}); write a "
                              "bundle of everything instead, or trust their key first (File ▸ Trust a colleague's "
                              "key…, or upr-tracker bundle trust)")
    recipient_keys = _recipient_keys(db, recipients)
    if passphrase is None and not recipient_keys:
        peer_keys = _known_keys(peer)
        if peer_keys is None:
            raise BundleError("say how to encrypt the bundle: with the team's bundle passphrase, or for colleagues' "
                              "key files")
        recipient_keys = [peer_keys]
    if passphrase is not None and recipient_keys:
        raise BundleError("a bundle is encrypted either with the team's passphrase or for colleagues' keys, not both")
    sender_id, sender_name, keys = replica_keys(db)
    progress.report(0, 3, "Collecting the changes…")
    changeset = exchange.collect_changes(db, peer.knowledge if peer is not None else None, progress)
    progress.check_cancelled()
    progress.report(1, 3, "Encrypting and signing…")
    data = seal(changeset.to_bytes(), sender_id=sender_id, sender_name=sender_name, keys=keys,
                passphrase=passphrase, recipients=recipient_keys)
    progress.check_cancelled()
    progress.report(2, 3, f"Writing {out.name}…")
    size = write_bundle(out, data)
    if peer is not None:
        with db.write() as session:
            remember_peer(session, peer.id, peer.name, kind=peer.kind, sent=True,
                          summary={"sent": len(changeset.records), "received": 0, "conflicts": 0})
    progress.report(3, 3, "")
    log.info("Wrote the bundle %s: %d records, %d bytes, for %s, encrypted with %s", out.name, len(changeset.records),
             size, peer.name if peer is not None else "anyone of the team",
             "the team's passphrase" if passphrase is not None else f"{len(recipient_keys)} key(s)")
    return BundleReport(out, len(changeset.records), size, peer.name if peer is not None else None)


def bundle_header(path: Path) -> BundleHeader:
    """Who wrote the bundle at `path` and how it is encrypted (its form and signature checked), to
    know whether to ask for the passphrase before applying it."""
    return read_bundle(Path(path)).header


def check_bundle_passphrase(path: Path, passphrase: Passphrase) -> None:
    """Whether `passphrase` opens the bundle at `path` (WrongBundlePassphraseError if not), before
    a database is opened or made for it."""
    read_bundle(Path(path)).open_with_passphrase(passphrase)


def apply_bundle(db: Database, path: Path, *, passphrase: Passphrase | None = None,
                 progress: ProgressReporter = NO_PROGRESS) -> ApplyReport:
    """Check and open the bundle at `path`, then merge its changes into `db` (all or nothing;
    applying it again changes nothing). Refused with BundleError, nothing applied, when it is
    damaged, forged, from outside the team, not for this laptop, or written by this database."""
    _refuse_server(db)
    path = Path(path)
    progress.report(0, 3, f"Checking {path.name}…")
    sealed = read_bundle(path)
    header = sealed.header
    own_id, _own_name, keys = replica_keys(db)
    if header.sender_id == own_id:
        raise BundleError(f"{path}: this bundle was written by this database itself; apply it on a colleague's "
                          "laptop. Nothing was applied")
    peer = find_peer(db, header.sender_id)
    peer = peer if peer is not None and peer.id == header.sender_id else None  # (by id, never by name)
    known = _known_keys(peer)
    if peer is not None and known is not None and known.signing != header.sender_keys.signing:
        raise BundleError(f"{path}: forged: the bundle is signed in the name of {peer.name} by another "
                          f"key than theirs (known fingerprint {known.fingerprint}, this bundle's "
                          f"{header.sender_keys.fingerprint}); nothing was applied")
    if header.mode == MODE_KEYS:
        if known is None:
            raise BundleError(f"{path}: the bundle comes from {header.sender_name}, whose key this laptop does not "
                              f"trust (fingerprint {header.sender_keys.fingerprint}): from outside the team? If it "
                              "is a colleague, trust their key file first (File ▸ Trust a colleague's key…, or "
                              "upr-tracker bundle trust); nothing was applied")
        content = sealed.open_with_keys(keys)
    else:
        if passphrase is None:
            raise BundleError(f"{path}: this bundle is encrypted with the team's bundle passphrase: give it")
        content = sealed.open_with_passphrase(passphrase)
    try:
        changeset = Changeset.from_bytes(content)
    except ChangesetError as exc:
        raise BundleError(f"{path}: {exc}; nothing was applied") from None
    if changeset.sender_id != header.sender_id:
        raise BundleError(f"{path}: forged: the changes inside were written by another database than the one "
                          "that signed the bundle; nothing was applied")
    if changeset.sender_id == own_id:
        raise BundleError(f"{path}: these changes were written by this database itself; nothing was applied")
    progress.check_cancelled()
    progress.report(1, 3, f"Applying the changes of {header.sender_name}…")
    # The changes and what is remembered of their sender land together, or neither.
    with db.write() as session:
        report = exchange.apply_in(session, db, changeset, progress)
        progress.report(2, 3, "")
        remember_peer(session, changeset.sender_id, changeset.sender_name,
                      kind=peer.kind if peer is not None else "laptop", knowledge=changeset.knowledge,
                      public_key=header.sender_keys.to_bytes(), received=True,
                      summary={"sent": 0, "received": report.received, "conflicts": report.conflicts})
    progress.report(3, 3, "")
    log.info("Applied the bundle %s of %s: %d records received, %d skipped, %d new conflicts", path.name,
             header.sender_name, report.received, report.skipped, report.conflicts)
    return report
