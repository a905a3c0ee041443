"""Sending many messages at once: ``client.send_many(messages)`` for both clients.

Built only on the clients' public ``send``: each input is a dict of its keyword arguments.
At most ``concurrency`` sends are in flight (threads for :class:`~smtpeter.SMTPeter`, tasks
for :class:`~smtpeter.AsyncSMTPeter`), and results come back one per input, in input order:
the :class:`~smtpeter.SendResult`, or the exception that send raised. Nothing raises half-way,
and nothing is retried beyond what ``send`` itself does (only what certainly was not sent).

Memory stays bounded whatever the input's length: inputs are read lazily, and at most
``concurrency`` sends run plus a reorder buffer of finished results waiting for an earlier,
slower one (``_BUFFER_PER_WORKER`` per unit of concurrency). When that buffer is full, no new
send starts until the oldest one finishes.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import queue
import warnings
from collections import deque
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
    Sized,
)
from typing import Any, Self, TypeVar

from ._constants import DEFAULT_CONCURRENCY as DEFAULT_CONCURRENCY
from ._exceptions import ValidationError
from ._outcomes import SendManyCounts, classify
from ._types import Closing, SendResult

__all__ = [
    "AsyncSendManyResults",
    "BulkResult",
    "ProgressCallback",
    "SendManyResults",
    "check_options",
    "ordered_map",
    "ordered_map_async",
    "send_many",
    "send_many_async",
]

BulkResult = SendResult | Exception
"""One message's outcome: its :class:`SendResult`, or the exception its send raised."""

ProgressCallback = Callable[[int, int | None], object]
"""Called as ``on_progress(done, total)`` each time a send finishes; ``total`` is None when
the input has no length (a generator)."""

_T = TypeVar("_T")
_R = TypeVar("_R")

_BUFFER_PER_WORKER = 4  # finished results that may wait for a slower, earlier one


_SyncSend = Callable[..., SendResult]
_AsyncSend = Callable[..., Awaitable[SendResult]]


def check_options(concurrency: object, on_progress: object) -> int:
    """The concurrency, checked before anything is sent."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValidationError("concurrency", "must be a whole number of 1 or more")
    if on_progress is not None and not callable(on_progress):
        raise ValidationError("on_progress", "must be a callable taking (done, total), or None")
    return concurrency


def _total(messages: object) -> int | None:
    return len(messages) if isinstance(messages, Sized) else None


def _window(concurrency: int) -> int:
    return concurrency * (1 + _BUFFER_PER_WORKER)


def _send_one(send: _SyncSend, kwargs: object) -> BulkResult:
    try:
        if not isinstance(kwargs, Mapping):
            raise TypeError(
                f"each message must be a dict of send() arguments, not {type(kwargs).__name__}"
            )
        return send(**kwargs)
    except Exception as exc:  # this message's result; the others go on
        return exc


async def _send_one_async(send: _AsyncSend, kwargs: object) -> BulkResult:
    try:
        if not isinstance(kwargs, Mapping):
            raise TypeError(
                f"each message must be a dict of send() arguments, not {type(kwargs).__name__}"
            )
        return await send(**kwargs)
    except Exception as exc:
        return exc


class _NeverStarted:
    """Warns when results are dropped unread: then nothing was sent, which is easy to miss."""

    _started = False

    def __del__(self) -> None:
        if not self._started:
            warnings.warn(
                "send_many() results were never iterated, so nothing was sent: "
                "loop over them, or call list() on them",
                RuntimeWarning,
                stacklevel=2,
            )


class SendManyResults(_NeverStarted, Closing, Iterator[BulkResult]):
    """The results of :meth:`SMTPeter.send_many`, one per input in input order.

    Sending starts when you start iterating. Stopping early (``break``, or :meth:`close`)
    lets the sends already under way finish and starts no others. ``counts`` tallies the
    outcomes of the results read so far (a :class:`SendManyCounts`).
    """

    counts: SendManyCounts

    def __init__(
        self,
        send: _SyncSend,
        messages: Iterable[Mapping[str, Any]],
        concurrency: int,
        on_progress: ProgressCallback | None,
    ) -> None:
        self._generator = ordered_map(
            functools.partial(_send_one, send), messages, concurrency, on_progress
        )
        self.counts = SendManyCounts()

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> BulkResult:
        self._started = True
        result = next(self._generator)
        self.counts.add(classify(result))
        return result

    def close(self) -> None:
        """Start no more sends; wait for those under way."""
        self._started = True
        self._generator.close()


class AsyncSendManyResults(_NeverStarted, AsyncIterator[BulkResult]):
    """The results of :meth:`AsyncSMTPeter.send_many`: ``async for result in ...``."""

    counts: SendManyCounts

    def __init__(
        self,
        send: _AsyncSend,
        messages: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        concurrency: int,
        on_progress: ProgressCallback | None,
    ) -> None:
        self._generator = ordered_map_async(
            functools.partial(_send_one_async, send), messages, concurrency, on_progress
        )
        self.counts = SendManyCounts()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> BulkResult:
        self._started = True
        result = await self._generator.__anext__()
        self.counts.add(classify(result))
        return result

    async def aclose(self) -> None:
        """Start no more sends; wait for those under way."""
        self._started = True
        await self._generator.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def ordered_map(
    job: Callable[[_T], _R],
    items: Iterable[_T],
    concurrency: int,
    on_progress: ProgressCallback | None,
) -> Generator[_R]:
    """``job(item)`` for each item on ``concurrency`` threads, answered in input order.

    ``job`` must not raise (an exception from it ends the run once the jobs under way are
    done). Items are read lazily; see the module's docstring for the memory bound.
    """
    total = _total(items)
    inputs = iter(items)
    window = _window(concurrency)
    pending: deque[concurrent.futures.Future[_R]] = deque()  # in input order
    # Each send, as it finishes, in the order they finish: one queue read per send, where
    # concurrent.futures.wait would wait on every running one each time.
    finished: queue.SimpleQueue[object] = queue.SimpleQueue()
    running = done = 0
    exhausted = False
    input_error: Exception | None = None
    executor = concurrent.futures.ThreadPoolExecutor(concurrency, "smtpeter-send-many")
    # Each worker finds its next send already queued, without waiting for this thread to get
    # the GIL back among ``concurrency`` others (at 32 threads the wait showed: 0.92 of a raw
    # thread pool's rate). Still ``concurrency`` sends at most run, within the window.
    queued = 2 * concurrency

    def one_finished(block: bool) -> bool:
        nonlocal running, done
        try:
            finished.get(block)
        except queue.Empty:
            return False
        running -= 1
        done += 1
        if on_progress is not None:
            on_progress(done, total)
        return True

    try:
        while True:
            while not exhausted and running < queued and len(pending) < window:
                try:
                    item = next(inputs)
                except StopIteration:
                    exhausted = True
                except Exception as exc:  # the caller's iterable failed: raised after the rest
                    exhausted, input_error = True, exc
                else:
                    future = executor.submit(job, item)
                    running += 1
                    future.add_done_callback(finished.put)
                    pending.append(future)
            while one_finished(block=False):
                pass
            if not pending:
                while running:  # done, though their callbacks may not have run yet
                    one_finished(block=True)
                break
            if pending[0].done():
                yield pending.popleft().result()
            else:
                one_finished(block=True)
    finally:
        # Stopped early: sends not yet started never will; those under way finish.
        executor.shutdown(wait=True, cancel_futures=True)
    if input_error is not None:
        raise input_error


async def _next_input(inputs: Iterator[_T] | AsyncIterator[_T]) -> _T:
    if isinstance(inputs, AsyncIterator):
        return await anext(inputs)
    try:
        return next(inputs)
    except StopIteration:
        raise StopAsyncIteration from None


async def ordered_map_async(
    job: Callable[[_T], Awaitable[_R]],
    items: Iterable[_T] | AsyncIterable[_T],
    concurrency: int,
    on_progress: ProgressCallback | None,
) -> AsyncGenerator[_R]:
    """The asyncio twin of :func:`ordered_map`: ``concurrency`` tasks at most."""
    total = _total(items)
    inputs: Iterator[_T] | AsyncIterator[_T] = (
        aiter(items) if isinstance(items, AsyncIterable) else iter(items)
    )
    window = _window(concurrency)
    pending: deque[asyncio.Task[_R]] = deque()  # in input order
    running: set[asyncio.Task[_R]] = set()
    done = 0
    exhausted = False
    input_error: Exception | None = None
    try:
        while True:
            while not exhausted and len(running) < concurrency and len(pending) < window:
                try:
                    item = await _next_input(inputs)
                except StopAsyncIteration:
                    exhausted = True
                except Exception as exc:
                    exhausted, input_error = True, exc
                else:
                    task = asyncio.ensure_future(job(item))
                    pending.append(task)
                    running.add(task)
            finished = {task for task in running if task.done()}
            running -= finished
            for _ in finished:
                done += 1
                if on_progress is not None:
                    on_progress(done, total)
            if not pending:
                break
            if pending[0].done():
                yield pending.popleft().result()
            else:
                await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
    finally:
        if pending:
            # Stopped early or cancelled: let the sends under way finish rather than cut one
            # off after its request may already have reached SMTPeter.
            await asyncio.wait(pending)
    if input_error is not None:
        raise input_error


def send_many(
    send: _SyncSend,
    messages: Iterable[Mapping[str, Any]],
    concurrency: int,
    on_progress: ProgressCallback | None,
) -> SendManyResults:
    """What :meth:`SMTPeter.send_many` answers (its options checked at once)."""
    return SendManyResults(send, messages, check_options(concurrency, on_progress), on_progress)


def send_many_async(
    send: _AsyncSend,
    messages: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
    concurrency: int,
    on_progress: ProgressCallback | None,
) -> AsyncSendManyResults:
    """What :meth:`AsyncSMTPeter.send_many` answers (its options checked at once)."""
    return AsyncSendManyResults(
        send, messages, check_options(concurrency, on_progress), on_progress
    )
