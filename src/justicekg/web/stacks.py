"""Threads with a big stack, for the work a client's SPARQL text can make deep.

rdflib's grammar, which plans every client's text (:mod:`justicekg.web.plan`), spends about 11
Python frames on each triple pattern of a group and about 25 on each nested group; Oxigraph's
parser and evaluator recurse on the machine stack, and an ordinary 8 MB thread dies in them
(SIGSEGV) on texts the planner accepts: 900 nested ``FILTER EXISTS``, 3,000 nested
sub-queries. So the threads that plan and run a client's query have a :data:`BIG_STACK` stack:
the query processes' (:mod:`justicekg.web.process_pool`) and the query threads of a ``memory:``
store (:class:`~justicekg.web.executor.ThreadExecutor`). A client's update is planned
(:func:`~justicekg.web.plan.plan_update`) and run (:meth:`~justicekg.web.state.WebState.update`)
on a thread of its own with that stack (:func:`run_on_big_stack`). The stack's pages are only
used as it grows: a thread that stays shallow costs address space, not memory.

``threading.stack_size`` is process-wide: :func:`big_stacks` sets it and puts it back under a
lock, so two callers never put back each other's size.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

#: The stack of the threads that plan and run a client's query.
BIG_STACK = 512 << 20

_LOCK = threading.Lock()
#: ``big_stack``: this thread was started inside :func:`big_stacks` (:func:`mark_big_stack`).
_THREAD = threading.local()

_T = TypeVar("_T")


@contextmanager
def big_stacks() -> Iterator[None]:
    """Threads started inside this block get a :data:`BIG_STACK` stack.

    A thread that another part of the program starts meanwhile gets one too, which costs it
    address space only.

    >>> with big_stacks():
    ...     threading.stack_size() == BIG_STACK
    True
    >>> threading.stack_size()
    0
    """
    with _LOCK:
        old = threading.stack_size(BIG_STACK)
        try:
            yield
        finally:
            threading.stack_size(old)


def mark_big_stack() -> None:
    """Say that the calling thread was started inside :func:`big_stacks` (call it first thing
    in the thread, e.g. as a pool's ``initializer``): :func:`has_big_stack` is then true."""
    _THREAD.big_stack = True


def has_big_stack() -> bool:
    """Whether the calling thread said it has a big stack (:func:`mark_big_stack`).

    >>> has_big_stack()
    False
    """
    return bool(getattr(_THREAD, "big_stack", False))


def run_on_big_stack(call: Callable[[], _T], *, name: str) -> _T:
    """``call()`` on a new thread with a :data:`BIG_STACK` stack; its result, or its exception
    raised here.

    >>> run_on_big_stack(has_big_stack, name="jkg-doc")
    True
    """
    box: list[_T] = []
    failed: list[BaseException] = []

    def run() -> None:
        mark_big_stack()
        try:
            box.append(call())
        except BaseException as exc:
            failed.append(exc)

    with big_stacks():
        thread = threading.Thread(target=run, name=name)
        thread.start()
    thread.join()
    if failed:
        raise failed[0]
    return box[0]
