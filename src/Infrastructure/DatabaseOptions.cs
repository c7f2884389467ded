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

    public bool IsSqlite => string.Equals(Provider, "sqlite", StringComparison.OrdinalIgnoreCase);
}
