namespace DoubleRandom.Api.IntegrationTests.Support;

/// <summary>Finds initdb and postgres: PG_BIN, then Debian's /usr/lib/postgresql/&lt;version&gt;/bin (newest first).</summary>
internal static class PostgresBinaries
{
    public const string Advice =
        " Install the server with `apt-get install -y postgresql` (the README's test command does this when run as root), "
        + "or set PG_BIN to the folder holding initdb and postgres, or set DOUBLERANDOM_TEST_PG to an admin connection string.";

    public static string Find()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("PG_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "postgres")))
            ?? throw new InvalidOperationException("PostgreSQL server binaries (initdb, postgres) were not found." + Advice);
    }
}
