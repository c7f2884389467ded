using DoubleRandom.Domain.Inspections;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

/// <summary>One valid row of an inspection history file: its line and the result it records.</summary>
public sealed record InspectionOutcomeRow(long Line, InspectionOutcomeFields Fields);
