using DoubleRandom.Domain.Rosters;

namespace DoubleRandom.Application.Rosters.Imports.Commands.RunImport.Rows;

/// <summary>One valid officer row: the number and the details it sets.</summary>
public sealed record OfficerRow(long Line, string Number, OfficerDetails Details);
