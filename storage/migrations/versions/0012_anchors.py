"""anchors as rows: one row per anchor of a week, in place of the anchor_* and anchor2_* columns

Revision ID: 0012_anchors
Revises: 0011_care_day
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_anchors"
down_revision = "0011_care_day"
branch_labels = None
depends_on = None

# (position, the week's columns in the order name, why, support_kind, support_text, request_text)
OLD_COLUMNS = (
    (1, ("anchor_name", "anchor_why", "support_kind", "support_text", "request_text")),
    (2, ("anchor2_name", "anchor2_why", "support2_kind", "support2_text", "request2_text")),
)
FIELDS = ("name", "why", "support_kind", "support_text", "request_text")
TYPES = {"name": sa.String(128), "support_kind": sa.String(16)}


def upgrade() -> None:
    op.create_table(
        "anchors",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "week_id", sa.Integer(), sa.ForeignKey("weeks.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(128), nullable=False, server_default=""),
        sa.Column("why", sa.Text(), nullable=True),
        sa.Column("support_kind", sa.String(16), nullable=True),
        sa.Column("support_text", sa.Text(), nullable=True),
        sa.Column("request_text", sa.Text(), nullable=True),
        sa.CheckConstraint("position >= 1", name="ck_anchors_position"),
        sa.UniqueConstraint("week_id", "position", name="uq_anchors_week_position"),
    )
    op.create_index("ix_anchors_week_id", "anchors", ["week_id"])
    for position, (name, *rest) in OLD_COLUMNS:
        columns = (name, *rest)
        any_set = " OR ".join(f"{c} IS NOT NULL" for c in columns)
        op.execute(
            f"INSERT INTO anchors (week_id, position, {', '.join(FIELDS)}) "
            f"SELECT id, {position}, COALESCE({name}, ''), {', '.join(rest)} "
            f"FROM weeks WHERE {any_set}"
        )
    # Native DROP COLUMN (SQLite 3.35+), never batch mode's copy of `weeks`: dropping the old
    # table with foreign keys on would cascade to every row that names a week (this table too).
    for _, columns in OLD_COLUMNS:
        for column in columns:
            op.drop_column("weeks", column)


def downgrade() -> None:
    for _, columns in OLD_COLUMNS:
        for column, field in zip(columns, FIELDS, strict=True):
            op.add_column("weeks", sa.Column(column, TYPES.get(field, sa.Text()), nullable=True))
    for position, columns in OLD_COLUMNS:
        for column, field in zip(columns, FIELDS, strict=True):
            value = f"NULLIF(a.{field}, '')" if field == "name" else f"a.{field}"
            op.execute(
                f"UPDATE weeks SET {column} = (SELECT {value} FROM anchors a "
                f"WHERE a.week_id = weeks.id AND a.position = {position})"
            )
    op.drop_index("ix_anchors_week_id", table_name="anchors")
    op.drop_table("anchors")
