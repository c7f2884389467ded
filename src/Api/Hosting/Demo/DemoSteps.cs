using DoubleRandom.Application.Common.Acting;
using DoubleRandom.Infrastructure.Persistence;
using Mediator;

namespace DoubleRandom.Api.Hosting.Demo;

/// <summary>
/// Sends one use case as one demo user, each in a scope of its own (scoping caches the actor's units per scope), the way
/// a request would: validation, scoping and audit run as they do for the API.
/// </summary>
public sealed class DemoSteps(IServiceProvider services)
{
    /// <summary>Start-up itself, for what an administrator would do (users, items): unscoped, audited as <c>demo-seed</c>.</summary>
    public static readonly DemoActor System = new("demo-seed", null, ["administrator"], null);

    public Task<TResponse> SendAsync<TResponse>(DemoActor actor, ICommand<TResponse> command, CancellationToken ct) =>
        AsAsync(actor, sender => sender.Send(command, ct));

    public Task<TResponse> QueryAsync<TResponse>(DemoActor actor, IQuery<TResponse> query, CancellationToken ct) =>
        AsAsync(actor, sender => sender.Send(query, ct));

    private async Task<TResponse> AsAsync<TResponse>(DemoActor actor, Func<ISender, ValueTask<TResponse>> send)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<BackgroundActing>().User = actor;
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    /// <summary>Reads (or, for the few direct changes the seeder documents, updates) the database in a scope of its own.</summary>
    public async Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var scope = services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
