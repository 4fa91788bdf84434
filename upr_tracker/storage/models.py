"""The database schema as typed SQLAlchemy models.

Every row has a UUID key and created/updated times, so that databases kept on two laptops can be
merged later without clashes. Enumerations are stored as their text values (portable to
PostgreSQL, readable in any SQLite browser); the domain package owns the allowed values.

Some columns of `recommendation` are derived (current position, combined implementation level,
last activity): they are kept up to date by `upr_tracker.storage.derived` so that the big table
can be sorted and filtered in SQL without joins over the response history.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any, ClassVar, cast

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    text as sql_text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import FromClause
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

# Named constraints, so that later migrations can drop or alter them on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A moment in UTC. SQLite keeps no time zone, so values are stored as naive UTC and come back
    aware; PostgreSQL stores them as timestamptz."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a naive datetime cannot be stored: give it a time zone")
        value = value.astimezone(dt.timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None or value.tzinfo is not None:
            return value
        return value.replace(tzinfo=dt.timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


if TYPE_CHECKING:
    from typing import Unpack

    from sqlalchemy import Row, Select

    # A query, and a row, of any columns (SQLAlchemy 2.1 types them by the types of their columns).
    AnySelect = Select[Unpack[tuple[Any, ...]]]
    AnyRow = Row[Unpack[tuple[Any, ...]]]


def table_of(model: type[Base]) -> Table:
    """The Table a model maps. SQLAlchemy types `__table__` as any FromClause (a model may map a
    join), but every model here maps one Table, whose insert() and update() the writers need."""
    return cast(Table, model.__table__)


class Record(Base):
    """Columns every table of records has."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    # Indexed: sync looks for the records changed since its last look (upr_tracker.sync.scan).
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now, index=True)


class Versioned:
    """A record people edit: its version goes up by one on every change (storage.record_versions), and
    a change is written only WHERE the version is still the one read, so that of two people editing
    at once the second is told (services.edit_conflicts) instead of silently overwriting the first."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default=sql_text("1"))

    if TYPE_CHECKING:
        # Given by the Record the mixin is combined with.
        __table__: ClassVar[FromClause]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (a class attribute)
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}


def _link_table(name: str, left: str, right: str) -> Table:
    """A many-to-many association; deleting either side deletes the link."""
    return Table(
        name,
        Base.metadata,
        Column(f"{left}_id", Uuid, ForeignKey(f"{left}.id", ondelete="CASCADE"), primary_key=True),
        Column(f"{right}_id", Uuid, ForeignKey(f"{right}.id", ondelete="CASCADE"), primary_key=True, index=True),
    )


recommending_state = _link_table("recommending_state", "recommendation", "state")
recommendation_term = _link_table("recommendation_term", "recommendation", "term")
response_recommendation = _link_table("response_recommendation", "response", "recommendation")
milestone_recommendation = _link_table("milestone_recommendation", "milestone", "recommendation")
import_problem_recommendation = _link_table("import_problem_recommendation", "import_problem", "recommendation")


class State(Record):
    __tablename__ = "state"

    iso3: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    regional_group: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="member")

    other_names: Mapped[list[StateName]] = relationship(
        back_populates="state", cascade="all, delete-orphan", order_by="StateName.name"
    )


class StateName(Record):
    """Another name of a State, as UN documents and databases spell it; matched by its key."""

    __tablename__ = "state_name"

    state_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("state.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)

    state: Mapped[State] = relationship(back_populates="other_names")


class Review(Versioned, Record):
    """One State's review in one cycle."""

    __tablename__ = "review"
    __table_args__ = (
        UniqueConstraint("state_id", "cycle"),
        CheckConstraint("cycle >= 1", name="cycle_positive"),
    )

    state_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("state.id"), index=True)
    cycle: Mapped[int] = mapped_column(Integer)
    session: Mapped[int | None] = mapped_column(Integer)
    review_date: Mapped[dt.date | None] = mapped_column(Date)
    # The calendar after the review (see domain.review_calendar): adoption of the outcome at the
    # Council, the mid-term report, the next review; `estimated_dates` names those derived from the
    # calendar rather than given by a person (comma-separated column names).
    adopted_on: Mapped[dt.date | None] = mapped_column(Date)
    mid_term_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    next_review_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    estimated_dates: Mapped[str | None] = mapped_column(String(100))

    state: Mapped[State] = relationship()
    documents: Mapped[list[Document]] = relationship(back_populates="review", order_by="Document.issued_on")


class Document(Record):
    """A UN document (or any other source document) of a review."""

    __tablename__ = "document"

    review_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    symbol: Mapped[str | None] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str | None] = mapped_column(Text)
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    file_name: Mapped[str | None] = mapped_column(String(500))
    # The hash of the imported file: importing the same file twice is recognised.
    file_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    # The text read from the file: shown beside the problems to review, and read again when a
    # document that helps understand it arrives (the report after its addendum).
    source_text: Mapped[str | None] = mapped_column(Text)

    review: Mapped[Review | None] = relationship(back_populates="documents")


class Term(Record):
    """A term of a vocabulary (themes, SDGs, affected persons); users add, rename and merge them."""

    __tablename__ = "term"
    __table_args__ = (UniqueConstraint("vocabulary", "name_key"),)

    vocabulary: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))
    code: Mapped[str | None] = mapped_column(String(20))

    aliases: Mapped[list[TermAlias]] = relationship(back_populates="term", cascade="all, delete-orphan")


class TermAlias(Record):
    """A former or alternative name of a term (kept when terms are renamed or merged)."""

    __tablename__ = "term_alias"
    __table_args__ = (UniqueConstraint("vocabulary", "name_key"),)

    term_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("term.id", ondelete="CASCADE"), index=True)
    vocabulary: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))

    term: Mapped[Term] = relationship(back_populates="aliases")


class Recommendation(Versioned, Record):
    __tablename__ = "recommendation"
    __table_args__ = (
        UniqueConstraint("review_id", "label"),
        CheckConstraint("action_category BETWEEN 1 AND 5", name="action_category_range"),
        Index("ix_recommendation_review_sort", "review_id", "label_sort"),
        # The table filtered by position or level, in its default order, read from one index.
        Index("ix_recommendation_position_sort", "current_position", "sort_key"),
        Index("ix_recommendation_level_sort", "implementation_level", "sort_key"),
        Index("ix_recommendation_id_sort", "id", "sort_key"),
        # The dashboard's counts per review by position, level and review flag, read from the index alone.
        Index("ix_recommendation_review_counts", "review_id", "current_position", "implementation_level",
              "needs_review"),
    )

    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"))
    label: Mapped[str | None] = mapped_column(String(40))
    label_sort: Mapped[str] = mapped_column(String(80), default="~")
    # State name, cycle and label in one indexed column (kept by triggers, migration 0005): the
    # table's default order, read from the index without sorting the corpus.
    sort_key: Mapped[str | None] = mapped_column(String(300), index=True)
    text: Mapped[str] = mapped_column(Text)
    # Normalised text, to recognise the same recommendation coming from another source.
    text_key: Mapped[str] = mapped_column(String(64), index=True)
    # The recommending States as the document wrote them ("Mexico, Brazil"), kept verbatim.
    recommended_by: Mapped[str | None] = mapped_column(Text)
    action_category: Mapped[int | None] = mapped_column(Integer)
    source_document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("document.id", ondelete="SET NULL"))
    source_paragraph: Mapped[str | None] = mapped_column(String(40))

    # Derived from responses and assessments (see storage.derived).
    current_position: Mapped[str | None] = mapped_column(String(30), index=True)
    considered_implemented: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    implementation_level: Mapped[str | None] = mapped_column(String(30), index=True)
    last_activity_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)

    review: Mapped[Review] = relationship()
    source_document: Mapped[Document | None] = relationship()
    recommending_states: Mapped[list[State]] = relationship(secondary=recommending_state, order_by=State.name)
    terms: Mapped[list[Term]] = relationship(secondary=recommendation_term, order_by=Term.name)
    responses: Mapped[list[Response]] = relationship(
        secondary=response_recommendation, back_populates="recommendations"
    )


class RecommendationLink(Record):
    """Two recommendations that belong together, typically the same one recommended again a cycle later."""

    __tablename__ = "recommendation_link"
    __table_args__ = (
        UniqueConstraint("earlier_id", "later_id"),
        CheckConstraint("earlier_id <> later_id", name="not_self"),
        CheckConstraint("status IN ('suggested', 'confirmed', 'rejected')", name="status_known"),
    )

    earlier_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("recommendation.id", ondelete="CASCADE"), index=True)
    later_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("recommendation.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30), default="recommended_again")
    comment: Mapped[str | None] = mapped_column(Text)
    # A link made by a person is confirmed; one found by similar wording is suggested until a person
    # confirms or rejects it (a rejected pair is kept, so it is never suggested again).
    status: Mapped[str] = mapped_column(String(20), default="confirmed", server_default="confirmed", index=True)
    # How alike the two texts are (0-100), for a suggested link.
    score: Mapped[float | None] = mapped_column(Float)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class Suggestion(Record):
    """An action category, theme or SDG the shipped model suggests for a recommendation that lacks
    one (upr_tracker.suggestions). A person accepts it (the value is set, and this row says it came
    from a suggestion) or rejects it; decided rows are kept, so that they are never suggested again."""

    __tablename__ = "suggestion"
    __table_args__ = (
        UniqueConstraint("recommendation_id", "kind", "value"),
        CheckConstraint("kind IN ('action_category', 'theme', 'sdg')", name="kind_known"),
        CheckConstraint("status IN ('suggested', 'accepted', 'rejected')", name="status_known"),
    )

    recommendation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    # "4" for an action category, a theme's name, an SDG's code.
    value: Mapped[str] = mapped_column(String(300))
    confidence: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20), default="suggested", server_default="suggested")
    # The model's version that made the suggestion.
    model: Mapped[str] = mapped_column(String(40))
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)

    recommendation: Mapped[Recommendation] = relationship()


class Response(Versioned, Record):
    """The State's position on one or more recommendations, from one source document."""

    __tablename__ = "response"

    review_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)
    position: Mapped[str | None] = mapped_column(String(30))
    considered_implemented: Mapped[bool] = mapped_column(Boolean, default=False)
    response_text: Mapped[str | None] = mapped_column(Text)
    # The sentence of the response text that decided the position.
    deciding_sentence: Mapped[str | None] = mapped_column(Text)
    source_document_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("document.id", ondelete="SET NULL"))
    source_paragraph: Mapped[str | None] = mapped_column(String(40))
    responded_on: Mapped[dt.date | None] = mapped_column(Date)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    review_reason: Mapped[str | None] = mapped_column(Text)

    source_document: Mapped[Document | None] = relationship()
    recommendations: Mapped[list[Recommendation]] = relationship(
        secondary=response_recommendation, back_populates="responses", order_by=Recommendation.label_sort
    )


class ImportProblem(Record):
    """Something an import could not be sure of (a label with no response, a text that lost its
    numbers...), kept until a person resolves it. Its recommendations need review meanwhile."""

    __tablename__ = "import_problem"

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    labels: Mapped[str | None] = mapped_column(Text)  # as the document wrote them, comma-separated
    line: Mapped[int | None] = mapped_column(Integer)
    excerpt: Mapped[str | None] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolution: Mapped[str | None] = mapped_column(Text)

    document: Mapped[Document] = relationship()
    recommendations: Mapped[list[Recommendation]] = relationship(
        secondary=import_problem_recommendation, order_by=Recommendation.label_sort
    )


class Attachment(Record):
    """A file kept inside the database (so an encrypted database keeps its evidence encrypted too)."""

    __tablename__ = "attachment"

    file_name: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Milestone(Versioned, Record):
    """A dated event of implementation (or a setback), with its source; a plan has items."""

    __tablename__ = "milestone"

    state_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("state.id"), index=True)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("milestone.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    occurred_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_precision: Mapped[str] = mapped_column(String(10), default="day")
    # A plan's end, stored like occurred_on as its first day and a precision ("2009–2012").
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_precision: Mapped[str | None] = mapped_column(String(10))
    # When a plan or milestone is due (a plan's report, an item's deadline).
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    item_number: Mapped[str | None] = mapped_column(String(40))
    source_citation: Mapped[str | None] = mapped_column(Text)
    source_url: Mapped[str | None] = mapped_column(Text)
    attachment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("attachment.id", ondelete="SET NULL"))

    state: Mapped[State] = relationship()
    plan: Mapped[Milestone | None] = relationship(back_populates="items", remote_side="Milestone.id")
    items: Mapped[list[Milestone]] = relationship(back_populates="plan", order_by="Milestone.item_number")
    attachment: Mapped[Attachment | None] = relationship()
    recommendations: Mapped[list[Recommendation]] = relationship(
        secondary=milestone_recommendation, order_by=Recommendation.label_sort
    )


class Assessment(Versioned, Record):
    """How far one recommendation is implemented, by one source's account."""

    __tablename__ = "assessment"

    recommendation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(20))
    source_name: Mapped[str | None] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(30))
    assessed_on: Mapped[dt.date | None] = mapped_column(Date)
    evidence: Mapped[str | None] = mapped_column(Text)


class Note(Versioned, Record):
    """A follow-up note about a recommendation, a milestone or a review; some are confidential."""

    __tablename__ = "note"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN recommendation_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN milestone_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN review_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_subject",
        ),
    )

    author: Mapped[str] = mapped_column(String(200))
    written_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now, index=True)
    # The day of what the note records (a meeting, a testimony), which may be long before it was written.
    event_on: Mapped[dt.date | None] = mapped_column(Date)
    body: Mapped[str] = mapped_column(Text)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    # A confidential note "kept on this laptop" never leaves it: no sync, no bundle, no copy to a server.
    kept_on_laptop: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sql_text("false"))
    recommendation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    milestone_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("milestone.id", ondelete="CASCADE"), index=True)
    review_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("review.id", ondelete="CASCADE"), index=True)

    tags: Mapped[list[NoteTag]] = relationship(cascade="all, delete-orphan", order_by="NoteTag.tag")
    shares: Mapped[list[NoteShare]] = relationship(cascade="all, delete-orphan", order_by="NoteShare.grantee",
                                                  lazy="selectin")  # (one query per batch of notes, not one a note)


class NoteTag(Base):
    __tablename__ = "note_tag"

    note_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)


class NoteShare(Base):
    """Who a confidential note is shared with, besides its author: a user or a role of the team
    database (enforced there by row-level security, migration 0014). `shared_by` is who shared it."""

    __tablename__ = "note_share"

    note_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), primary_key=True)
    grantee: Mapped[str] = mapped_column(String(63), primary_key=True, index=True)
    shared_by: Mapped[str] = mapped_column(String(200))


class AuditEntry(Base):
    """One create, update or delete: who, when, and the values before and after (JSON)."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_record", "table_name", "record_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(10))
    table_name: Mapped[str] = mapped_column(String(50))
    # "id", or "left id,right id" of a link, or "note id,tag": up to 36 + 1 + 100 characters.
    record_id: Mapped[str] = mapped_column(String(200))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    # The database (laptop or team server) where the change was made, for entries received by sync;
    # None for a change made here.
    origin: Mapped[str | None] = mapped_column(String(200))


class Setting(Base):
    """Settings that belong to the data (not to the window): stored as JSON text."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- Synchronisation between databases (upr_tracker.sync) ---------------------------------------
# Clocks are hybrid logical clocks written as sortable text (upr_tracker.sync.clock); an origin is
# the id of the database (replica) where a change was made.


class SyncReplica(Base):
    """This database as a replica: its id, the name it shows to others, its clock, and where it was
    when the id was made (a file copied elsewhere becomes a new replica instead of sharing an id)."""

    __tablename__ = "sync_replica"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    clock: Mapped[str] = mapped_column(String(40))
    # The database's place (host and file) when the id was made.
    place: Mapped[str | None] = mapped_column(Text)
    # The last moment local changes were looked for (the scan reads rows changed since).
    scanned_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    # What this database has seen of each origin: JSON {origin: highest clock}.
    knowledge: Mapped[str] = mapped_column(Text, default="{}")
    # Signing key of this replica (Ed25519, private, raw bytes) for the bundles it sends.
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary)


class SyncRecord(Base):
    """The clock of each field of a record as last changed, and a digest of each value, so that a
    later scan sees which fields changed here and a merge knows which side changed what."""

    __tablename__ = "sync_record"
    # The records of a table still there, counted from the index alone (a look for changes compares
    # that count with the table's own to know whether any went).
    __table_args__ = (Index("ix_sync_record_live", "table_name", "deleted"),)

    table_name: Mapped[str] = mapped_column(String(50), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    # JSON {field: [clock, origin, author]}.
    stamps: Mapped[str] = mapped_column(Text)
    # JSON {field: digest of the value}.
    digests: Mapped[str] = mapped_column(Text)
    # The highest clock among the stamps, to find what changed since a moment.
    last_clock: Mapped[str] = mapped_column(String(40), index=True)
    # A deleted record keeps its row here (a tombstone): JSON [clock, origin, author], or None.
    deleted: Mapped[str | None] = mapped_column(Text)


class SyncIdentity(Base):
    """A record that another database made under another id and that is the same as one here (the
    same State, term, review, recommendation...), matched by content: the other id is read as ours."""

    __tablename__ = "sync_identity"

    table_name: Mapped[str] = mapped_column(String(50), primary_key=True)
    other_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    local_id: Mapped[str] = mapped_column(String(200), index=True)


class SyncPeer(Base):
    """Another database this one exchanged changes with: what it knew when last heard from (so a
    bundle for it holds only what it may lack), and its signing key once known."""

    __tablename__ = "sync_peer"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="laptop")  # "laptop" or "server"
    knowledge: Mapped[str] = mapped_column(Text, default="{}")
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    last_sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_received_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    # JSON summary of the last exchange ({"sent": n, "received": n, "conflicts": n}).
    last_summary: Mapped[str | None] = mapped_column(Text)


class SyncConflict(Base):
    """One field changed differently on two sides since they last synced: every competing value is
    kept here until a person chooses. Its id follows from the field, so that databases that found
    the same conflict hold the same record; candidates and resolutions merge as sets."""

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_record", "table_name", "record_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[str] = mapped_column(String(200))
    field: Mapped[str] = mapped_column(String(100))
    # JSON list of {"value": ..., "clock": ..., "origin": ..., "author": ..., "origin_name": ...}.
    candidates: Mapped[str] = mapped_column(Text)
    # JSON list of "clock@origin" of the candidates a person has decided on.
    resolved: Mapped[str] = mapped_column(Text, default="[]")
    # Whether some candidate awaits a decision (kept in step with candidates and resolved).
    open: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    found_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
