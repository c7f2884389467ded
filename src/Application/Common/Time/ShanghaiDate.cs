namespace DoubleRandom.Application.Common.Time;

/// <summary>Dates that users mean (certificate expiry, registration day) are days in China Standard Time.</summary>
public static class ShanghaiDate
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>A UTC time as a person in China reads it (Asia/Shanghai).</summary>
    public static DateTime ToShanghai(this DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    // China has kept UTC+8 without daylight saving since 1991; the fixed zone covers hosts without tzdata.
    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("CST+8", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
