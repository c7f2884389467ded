using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Tasks;

/// <summary>
/// A task was closed, in the closing handler's unit of work: features that follow a task's life act on it before the
/// one save (Draws reveals the task's executed draws), so Tasks need not know them.
/// </summary>
[Unscoped("published by CloseTaskHandler, after CloseTaskCommand passed the scope check; never sent by a client")]
public sealed record TaskClosedNotification(Guid TaskId) : INotification;
