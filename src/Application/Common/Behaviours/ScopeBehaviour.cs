using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Application.Common.Behaviours;

/// <summary>
/// Data scoping by id, for reads and writes alike: the records a message declares (<c>IScopedTo…</c> markers) must be
/// in the caller's scope, else 404 before validation and before the handler, so nothing is looked up further and
/// nothing is written. See <see cref="RecordScope"/>.
/// </summary>
public sealed class ScopeBehaviour<TMessage, TResponse>(RecordScope scope) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await scope.EnsureAsync(message, cancellationToken);
        return await next(message, cancellationToken);
    }
}
