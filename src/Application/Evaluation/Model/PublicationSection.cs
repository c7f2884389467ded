namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>Tasks completed in the period: published, published within 20 working days, the share on time, and the late or unpublished ones.</summary>
public sealed record PublicationSection(SectionStatus Status, long Completed, long Published, long OnTime, double? OnTimeShare, IReadOnlyList<LatePublicationRow> Late);
