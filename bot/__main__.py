"""`python -m bot`. The start's imports create a few hundred thousand objects that all live as
long as the process: the garbage collector is paused while they load (it would walk them over
and over, ~0.15 s of CPU a start) and then leaves them out of every later collection."""

import gc

gc.disable()
from bot.app import main  # noqa: E402

gc.freeze()
gc.enable()
main()
