"""more enum columns checked: whether the request was sent, the week's situation, the day's
effect, and what is asked of an anchor

Revision ID: 0014_more_enum_checks
Revises: 0013_enum_checks
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0014_more_enum_checks"
down_revision = "0013_enum_checks"
branch_labels = None
depends_on = None

# (table, constraint, column, its length, the values as of this revision: frozen here, not read
# from the code). All four columns may be empty (None: not answered yet).
CHECKS = (
    ("weeks", "ck_weeks_request_sent", "request_sent", 12, ("sent", "not_yet", "declined")),
    ("weeks", "ck_weeks_situation", "situation", 16, ("big", "new", "care", "ordinary")),
    ("checkins", "ck_checkins_effect", "effect", 12, ("calmer", "braver", "both", "neither")),
    ("anchors", "ck_anchors_support_kind", "support_kind", 16,
     ("comfort", "listen", "help", "own")),
)  # fmt: skip


def _within(column: str, values: tuple[str, ...]) -> str:
    return "{} IN ({})".format(column, ", ".join(f"'{v}'" for v in values))


def _swap(table: str, column: str, definition: str) -> None:
    """SQLite: `column` takes a new definition (with or without its CHECK) in place, by native
    ALTER TABLE (3.37+): a new column, the values copied, the old one dropped, the new renamed.
    Never batch mode's copy of the table: dropping the old `weeks` with foreign keys on would
    cascade to every row that names a week."""
    temporary = f"{column}__new"
    op.execute(f"ALTER TABLE {table} ADD COLUMN {temporary} {definition.format(temporary)}")
    op.execute(f"UPDATE {table} SET {temporary} = {column}")
    op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    op.execute(f"ALTER TABLE {table} RENAME COLUMN {temporary} TO {column}")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, name, column, length, values in CHECKS:
        # A value no version offered (only a forged button could write one) means nothing the
        # bot can read back: it becomes "not answered" rather than block the upgrade.
        op.execute(f"UPDATE {table} SET {column} = NULL WHERE NOT ({_within(column, values)})")
        if sqlite:
            check = f"VARCHAR({length}) CONSTRAINT {name} CHECK ({_within('{0}', values)})"
            _swap(table, column, check)
        else:
            op.create_check_constraint(name, table, _within(column, values))


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, name, column, length, _ in reversed(CHECKS):
        if sqlite:
            _swap(table, column, f"VARCHAR({length})")
        else:
            op.drop_constraint(name, table, type_="check")
