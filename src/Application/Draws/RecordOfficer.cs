namespace DoubleRandom.Application.Draws;

/// <summary>An officer of a printed group: name, number and unit name; <c>ByAmendment</c> when an approved amendment placed them.</summary>
public sealed record RecordOfficer(string Name, string Number, string? Unit, bool Leader, bool ByAmendment);
