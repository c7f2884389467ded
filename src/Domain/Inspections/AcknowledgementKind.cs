namespace DoubleRandom.Domain.Inspections;

/// <summary>How the target acknowledged the inspection (§6.2.5): not yet, by signature, or by refusing (拒绝签字认定书).</summary>
public enum AcknowledgementKind
{
    None,
    Signed,
    Refused,
}
