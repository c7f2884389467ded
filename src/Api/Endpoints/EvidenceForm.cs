namespace DoubleRandom.Api.Endpoints;

/// <summary>The text fields of <c>POST /inspection-evidence</c> (the file is the form's <c>file</c>); read as text, parsed with field errors.</summary>
public sealed class EvidenceForm
{
    /// <summary>The task (GUID).</summary>
    public string? TaskId { get; set; }

    /// <summary>The target's code, as assigned.</summary>
    public string? TargetCode { get; set; }

    /// <summary>photo, audio, video or document.</summary>
    public string? Kind { get; set; }

    /// <summary>Optional: when it was taken (ISO 8601, UTC).</summary>
    public string? CapturedAtUtc { get; set; }

    /// <summary>Optional: WGS-84 latitude.</summary>
    public string? Latitude { get; set; }

    /// <summary>Optional: WGS-84 longitude.</summary>
    public string? Longitude { get; set; }
}
