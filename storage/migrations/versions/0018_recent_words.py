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
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("recent_words", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("words_until", sa.DateTime(), nullable=True))
    op.create_index("ix_users_words_until", "users", ["words_until"])


def downgrade() -> None:
    op.drop_index("ix_users_words_until", table_name="users")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("words_until")
        batch.drop_column("recent_words")
