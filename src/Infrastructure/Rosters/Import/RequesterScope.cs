using DoubleRandom.Application.Common.Acting;
using DoubleRandom.Infrastructure.Persistence;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// Runs one queued background job (a risk job, a report generation) in a scope of its own that acts for the user who
/// asked for it (<see cref="BackgroundActing"/>, as an import acts for its uploader): the audit trail names them.
/// </summary>
public static class RequesterScope
{
    /// <param name="requester">The job's requester by user name, read from its row; null: the job is gone (nothing is run).</param>
    /// <param name="command">The command that runs the job.</param>
    public static async Task SendAsync(
        IServiceScopeFactory scopes, Func<AppDbContext, CancellationToken, Task<string?>> requester, ICommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(requester);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await requester(db, ct) is not { } userName)
        {
            return;
        }

        scope.ServiceProvider.GetRequiredService<BackgroundActing>().User = await ImportUploader.ForUserAsync(db, userName, ct);
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, ct);
    }
}
