"""events may record that the next day's line about a hard day was said (care_remembered)

Revision ID: 0015_care_remembered
Revises: 0014_more_enum_checks
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0015_care_remembered"
down_revision = "0014_more_enum_checks"
branch_labels = None
depends_on = None

BEFORE = ("crisis_words", "low_mood", "care_safe", "care_unsafe")  # as of 0013, frozen here
AFTER = (*BEFORE, "care_remembered")


def _within(values: tuple[str, ...]) -> str:
    return "kind IN ({})".format(", ".join(f"'{v}'" for v in values))


def _check(values: tuple[str, ...]) -> None:
    # Batch mode: SQLite changes a CHECK by copying the table (nothing refers to events, so
    # dropping the old copy cascades to nothing); PostgreSQL alters it in place.
    with op.batch_alter_table("events") as batch:
        batch.drop_constraint("ck_events_kind", type_="check")
        batch.create_check_constraint("ck_events_kind", _within(values))


def upgrade() -> None:
    _check(AFTER)


def downgrade() -> None:
    op.execute("DELETE FROM events WHERE kind = 'care_remembered'")  # the older schema has no word
    _check(BEFORE)
