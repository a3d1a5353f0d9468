"""users keep their last typed words for a few minutes: words of crisis split over two messages

Revision ID: 0018_recent_words
Revises: 0017_relay_ask_again
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_recent_words"
down_revision = "0017_relay_ask_again"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("recent_words", sa.JSON(), nullable=True))
    op.add_column("users", sa.Column("words_until", sa.DateTime(), nullable=True))
    op.create_index("ix_users_words_until", "users", ["words_until"])


def downgrade() -> None:
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+), never batch mode's copy of the table:
    # on SQLite, dropping the old users table would cascade to every row that refers to it.
    op.drop_index("ix_users_words_until", table_name="users")
    op.drop_column("users", "words_until")
    op.drop_column("users", "recent_words")
