namespace DoubleRandom.Infrastructure.Persistence.Migrations.Postgres;

/// <summary>
/// The public results' search on PostgreSQL (ADR 0024): target codes and names compare bytewise ("C"), so a prefix
/// <c>LIKE 'x%'</c> is served by the btree indexes of the model. <see cref="Create"/> is part of migration I15Publication
/// (as applied, it also made a trigram index for a "name contains" search that no endpoint offers); migration
/// I15DropTrigram drops that index again (<see cref="DropTrigram"/>). Each can be run again.
/// </summary>
internal static class PublicationSql
{
    /// <summary>Collations and the trigram index.</summary>
    public const string Create = """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        ALTER TABLE published_results ALTER COLUMN target_code TYPE character varying(64) COLLATE "C";
        ALTER TABLE published_results ALTER COLUMN target_name TYPE character varying(200) COLLATE "C";
        DROP INDEX IF EXISTS ix_published_results_target_name_trgm;
        CREATE INDEX ix_published_results_target_name_trgm ON published_results USING gin (target_name gin_trgm_ops);
        """;

    /// <summary>The unused trigram index on target_name goes: no endpoint searches "name contains" (migration I15DropTrigram).</summary>
    public const string DropTrigram = """
        DROP INDEX IF EXISTS ix_published_results_target_name_trgm;
        """;

    /// <summary>What <see cref="Create"/> made that the table does not take with it (nothing: the index goes with the table).</summary>
    public const string Drop = """
        DROP INDEX IF EXISTS ix_published_results_target_name_trgm;
        """;
}
