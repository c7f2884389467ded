using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Application.Evaluation;
using DoubleRandom.Application.Evaluation.Facts;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Evaluation;

/// <summary>Reads a report's facts through the registered fact source of a fresh scope (as a report job would).</summary>
internal static class EvaluationFactWorld
{
    public static readonly DateOnly YearStart = new(2026, 1, 1);

    public static readonly DateOnly YearEnd = new(2026, 12, 31);

    public static EvaluationRequest Year(
        IReadOnlyList<Guid>? units = null, IReadOnlyList<string>? departments = null, IReadOnlyList<string>? industries = null) =>
        new(YearStart, YearEnd, "2026年", units ?? [], departments ?? [], industries ?? [], new DateOnly(2024, 1, 1));

    public static async Task<EvaluationFacts> ReadAsync(ApiFactory factory, EvaluationRequest request, List<EvaluationProgress>? progress = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<IEvaluationFactSource>();
        return await source.ReadAsync(request, progress is null ? null : new CollectedProgress(progress), CancellationToken.None);
    }
}
