using Mediator;

namespace DoubleRandom.Application.Inspections.Assignments.Queries.GetMyAssignments;

/// <summary>The signed-in inspector's own targets (scoped by the caller's identity itself).</summary>
public sealed record GetMyAssignmentsQuery : IQuery<AssignmentsDto>;
