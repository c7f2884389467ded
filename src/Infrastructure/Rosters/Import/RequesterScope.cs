using DoubleRandom.Application.Common.Acting;
using DoubleRandom.Infrastructure.Persistence;
using System.Threading.Channels;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// Runs one queued background job (a risk job, a report generation) in a scope of its own that acts for the user who
/// asked for it (<see cref="BackgroundActing"/>, as an import acts for its uploader): the audit trail names them.
/// </summary>
public static class RequesterScope
{
    /// <summary>
    /// A background worker's loop: takes the queued job ids one at a time and runs each with <see cref="SendAsync"/>. A job
    /// whose state could not be stored must not stop every later one: its failure goes to <paramref name="failed"/> (a
    /// restart marks the job failed) and the loop goes on.
    /// </summary>
    /// <param name="requester">The requester of a job by its id, read from its row; null: the job is gone.</param>
    public static async Task DrainAsync(
        ChannelReader<Guid> queue,
        IServiceScopeFactory scopes,
        Func<AppDbContext, Guid, CancellationToken, Task<string?>> requester,
        Func<Guid, ICommand> command,
        Action<Exception, Guid> failed,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(failed);
        await foreach (var jobId in queue.ReadAllAsync(ct))
        {
            try
            {
                await SendAsync(scopes, (db, token) => requester(db, jobId, token), command(jobId), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed(ex, jobId);
            }
        }
    }

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
