namespace DoubleRandom.Domain.Publication;

/// <summary>Dates of publication as they are read in China: Asia/Shanghai, UTC+8 all year (no daylight saving).</summary>
public static class PublicationDates
{
    public static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);

    /// <summary>The Asia/Shanghai calendar date of a UTC instant.</summary>
    public static DateOnly ShanghaiDate(DateTime utc) =>
        DateOnly.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(ShanghaiOffset));
}
