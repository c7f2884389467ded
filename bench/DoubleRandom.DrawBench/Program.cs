using DoubleRandom.Application.Common.Exceptions;
using DoubleRandom.Bench;
using DoubleRandom.DrawBench;

// The service's use cases and infrastructure, composed as the web host composes them (same Mediator pipeline), without
// the web host: the bench acts as one operator and sends commands in scopes of its own.
using var host = BenchServices.Build<BenchActor>(args, _ => { });
try
{
    return await DrawBench.RunAsync(host.Services, args);
}
catch (RequestValidationException ex)
{
    // E.g. a roster too small for the bench task (200 groups of 3 officers, 60 targets each).
    foreach (var (field, messages) in ex.Errors)
    {
        await Console.Error.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
    }

    return 1;
}
