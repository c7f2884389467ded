using System.ComponentModel.DataAnnotations;

namespace DoubleRandom.Api.Hosting;

/// <summary>The <c>PublicResults</c> section: the per-address limit of the anonymous results routes.</summary>
public sealed class PublicResultsOptions
{
    public const string SectionName = "PublicResults";

    /// <summary>Requests to <c>/api/v1/public/results</c>, <c>/public/tasks/{id}/results</c> and <c>/public/enterprises/{code}/results</c> per client address per minute.</summary>
    [Range(1, int.MaxValue)]
    public int PermitsPerMinute { get; set; } = 120;
}
