namespace DoubleRandom.Application.Identity.Confirmations;

/// <summary>The actions a supervisor confirms, and what their subject names.</summary>
public static class ConfirmableActions
{
    public const string DrawExecute = "draw.execute";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([DrawExecute], StringComparer.Ordinal);

    /// <summary>The draw a <c>draw.execute</c> confirmation is for: its id, as the execute step compares it.</summary>
    public static Guid? DrawOf(string? action, string? subject) =>
        action == DrawExecute && Guid.TryParseExact(subject, "D", out var id) && id.ToString() == subject ? id : null;
}
