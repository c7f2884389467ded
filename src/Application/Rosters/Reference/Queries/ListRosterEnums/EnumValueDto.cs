using DoubleRandom.Application.Common.Json;

namespace DoubleRandom.Application.Rosters.Reference.Queries.ListRosterEnums;

/// <summary>One value of a roster enum: exactly as JSON carries it (<see cref="EnumWire"/>), with its Chinese and English display names.</summary>
public sealed record EnumValueDto(string Value, string Chinese, string English);
