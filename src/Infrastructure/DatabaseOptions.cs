using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DoubleRandom.Infrastructure;

/// <summary>The <c>Database</c> configuration section. Environment variables override, e.g. <c>Database__Provider=postgres</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>sqlite</c> (the embedded default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The provider's connection string. For SQLite, a relative data source is under the content root.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/doublerandom.db";

    /// <summary>Apply pending migrations when the service starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Load a small demo data set into an empty database when the service starts.</summary>
    public bool SeedDemoData { get; set; }

    public bool IsPostgres => string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "postgresql", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The PostgreSQL connection string with the service's pooling defaults where the configured string does not say
    /// otherwise: statements used repeatedly are prepared once per physical connection and reused
    /// (<c>Max Auto Prepare=50</c>, <c>Auto Prepare Min Usages=2</c>), and a pooled connection is handed out again
    /// without the reset statements Npgsql would send first (<c>No Reset On Close=true</c>; safe because the
    /// service leaves no session state behind: only <c>SET LOCAL</c>, <c>ON COMMIT DROP</c> temporary tables and
    /// transaction-scoped advisory locks). See docs/benchmarks-audit.md for what they are worth.
    /// </summary>
    public string PostgresConnectionString()
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = ConnectionString };
        var result = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = ConnectionString };
        foreach (var (key, value) in PostgresDefaults)
        {
            if (!given.ContainsKey(key) && !given.ContainsKey(key.Replace(" ", string.Empty, StringComparison.Ordinal)))
            {
                result[key] = value;
            }
        }

        return result.ConnectionString;
    }

    private static readonly (string Key, string Value)[] PostgresDefaults =
        [("Max Auto Prepare", "50"), ("Auto Prepare Min Usages", "2"), ("No Reset On Close", "true")];

    public bool IsSqlite => string.Equals(Provider, "sqlite", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The section, bound and checked at once: the provider decides which services are registered, so this one is
    /// needed while the container is built, before <c>ValidateOnStart</c> would run.
    /// </summary>
    public static DatabaseOptions FromConfiguration(IConfiguration configuration)
    {
        var options = configuration.GetSection(SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var failures = options.Failures().ToList();
        return failures.Count == 0 ? options : throw new OptionsValidationException(SectionName, typeof(DatabaseOptions), failures);
    }

    private IEnumerable<string> Failures()
    {
        if (!IsPostgres && !IsSqlite)
        {
            yield return $"Database:Provider must be 'sqlite' or 'postgres', not '{Provider}'.";
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return "Database:ConnectionString is required.";
        }
    }
}
