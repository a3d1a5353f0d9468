"""enum columns checked: what a message to another chat is, and what an event records

The other enum columns (weeks.status, nudges.kind and status, anchor_links.status, relays.status)
are checked since the revision that made them; the models now type all of them as their enums.

Revision ID: 0013_enum_checks
Revises: 0012_anchors
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0013_enum_checks"
down_revision = "0012_anchors"
branch_labels = None
depends_on = None

# (table, constraint, column, the values as of this revision: frozen here, not read from the code)
CHECKS = (
    ("relays", "ck_relays_kind", "kind", ("message", "care")),
    ("events", "ck_events_kind", "kind", ("crisis_words", "low_mood", "care_safe", "care_unsafe")),
)


def _within(column: str, values: tuple[str, ...]) -> str:
    return "{} IN ({})".format(column, ", ".join(f"'{v}'" for v in values))


def upgrade() -> None:
    for table, name, column, values in CHECKS:
        # A kind no version wrote (only a forged button could: "care_<anything>") names nothing
        # the bot can read back; such an event row goes rather than block the upgrade.
        op.execute(f"DELETE FROM {table} WHERE NOT ({_within(column, values)})")
        # Batch mode: SQLite adds a CHECK by copying the table (nothing refers to these two
        # tables, so dropping the old copy cascades to nothing); PostgreSQL alters it in place.
        with op.batch_alter_table(table) as batch:
            batch.create_check_constraint(name, _within(column, values))


def downgrade() -> None:
    for table, name, _, _ in reversed(CHECKS):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(name, type_="check")
