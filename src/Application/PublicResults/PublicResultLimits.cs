namespace DoubleRandom.Application.PublicResults;

/// <summary>The bounds of the anonymous results search: each request costs the database a bounded amount of work.</summary>
public static class PublicResultLimits
{
    /// <summary>The largest page (the staff lists allow 500; the public one 100).</summary>
    public const int MaxPageSize = 100;

    /// <summary>The deepest row a client can page to; a search matching more says so and asks to be narrowed.</summary>
    public const int MaxReachableRows = 10_000;

    /// <summary>The longest name prefix searched (a target name holds at most 200 characters).</summary>
    public const int NameMaxLength = 100;

    /// <summary>The years a search may name.</summary>
    public const int MinYear = 2000;

    public const int MaxYear = 2100;

    /// <summary>A target code as DR1 admits it: 1–64 of <c>[0-9A-Za-z._:-]</c>.</summary>
    public const int CodeMaxLength = 64;

    public static bool IsCode(string code) =>
        code.Length is >= 1 and <= CodeMaxLength && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');
}
