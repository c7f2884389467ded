using System.Text.Json;
using System.Text.Json.Serialization;
using DoubleRandom.Application.Evaluation.Model;

namespace DoubleRandom.Application.Evaluation.Jobs;

/// <summary>The one JSON form of what a job stores: its scope and the report's figures (camelCase, enums by name; deterministic).</summary>
public static class EvaluationReportJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static string Write(EvaluationReport report) => JsonSerializer.Serialize(report, Options);

    public static EvaluationReport ReadReport(string json) =>
        JsonSerializer.Deserialize<EvaluationReport>(json, Options) ?? throw new InvalidOperationException("Empty report figures.");

    public static string Write(EvaluationScopeDto scope) => JsonSerializer.Serialize(scope, Options);

    public static EvaluationScopeDto ReadScope(string json) =>
        JsonSerializer.Deserialize<EvaluationScopeDto>(json, Options) ?? new EvaluationScopeDto([], [], []);
}
