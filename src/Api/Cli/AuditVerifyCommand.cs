using DoubleRandom.Application.Auditing.Queries.VerifyAuditChain;
using Mediator;

namespace DoubleRandom.Api.Cli;

/// <summary>
/// <c>audit-verify</c>: walks the audit trail of the configured database and prints the first broken link,
/// or its length and head hash. Exit 0 intact, 1 broken.
/// </summary>
internal static class AuditVerifyCommand
{
    public static async Task<int> RunAsync(WebApplication app, TextWriter stdout)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new VerifyAuditChainQuery());
        await stdout.WriteLineAsync(result.Intact ? "intact" : "broken");
        await stdout.WriteLineAsync(result.Message);
        if (result.Break is { } b)
        {
            await stdout.WriteLineAsync($"sequence: {b.Sequence}\nkind: {b.Kind}\nexpected: {b.Expected}\nactual: {b.Actual}");
        }
        else
        {
            await stdout.WriteLineAsync($"length: {result.Length}\nhead: {result.HeadSequence} {result.HeadHash}\nredacted: {result.Redacted}");
        }

        return result.Intact ? 0 : 1;
    }
}
