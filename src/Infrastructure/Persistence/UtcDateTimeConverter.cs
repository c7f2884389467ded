using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DoubleRandom.Infrastructure.Persistence;

/// <summary>Stores UTC and reads back UTC, whatever kind the provider returns.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
