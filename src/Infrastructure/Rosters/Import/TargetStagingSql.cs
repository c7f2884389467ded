namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// The merge from the staging table into <c>targets</c>: insert new codes, update changed rows only
/// (so a re-import of the same file rewrites nothing and bumps no version), leave retired targets and the
/// kind as they are (the kind never changes, as through the API).
/// </summary>
internal static class TargetStagingSql
{
    /// <summary>The staged columns, in COPY / insert order.</summary>
    public static readonly string[] Columns =
    [
        "id", "code", "kind", "name", "legal_representative", "address", "region_code", "industry_section", "industry_division",
        "department_codes", "registration_date", "registered_capital", "status", "risk_tier", "credit_class", "tags", "weight",
    ];

    /// <summary>The columns an import may change (all but id, code, kind).</summary>
    public static readonly string[] Updatable = Columns[3..];

    public static string InsertColumns => string.Join(", ", Columns) + ", draw_reference_count, version, created_at_utc, created_by, updated_at_utc, updated_by";

    public static string SelectColumns => string.Join(", ", Columns) + ", 0, 1, @now, @actor, @now, @actor";

    public static string SetClause => string.Join(", ", Updatable.Select(c => $"{c} = {New(c, "targets", "excluded")}"))
        + ", " + ClearModelRisk("targets", "excluded", "IS NOT") + ", " + FactDates("targets", "excluded", "excluded.updated_at_utc", "IS")
        + ", version = targets.version + 1, updated_at_utc = excluded.updated_at_utc, updated_by = excluded.updated_by";

    /// <summary>
    /// The value a column takes from a staged row (<paramref name="s"/>) over the live row (<paramref name="t"/>): the
    /// staged cell, except that a blank tier cell leaves a tier the model set (a routine re-import of the register, whose
    /// tier column is blank, keeps the model's tiers; a different tier in the cell still overrides it).
    /// </summary>
    public static string New(string column, string t, string s) => column == "risk_tier"
        ? $"(CASE WHEN {s}.risk_tier IS NULL AND {t}.risk_model_version IS NOT NULL THEN {t}.risk_tier ELSE {s}.risk_tier END)"
        : $"{s}.{column}";

    /// <summary>
    /// The change date of each roster fact the risk features read before a visit (<c>Target.StatusChangedAtUtc</c> …):
    /// set to the import's time only when the import changes that fact.
    /// </summary>
    public static string FactDates(string t, string s, string now, string same) => string.Join(", ", FactColumns.Select(f =>
        $"{f.Date} = CASE WHEN NOT ({string.Join(" AND ", f.Columns.Select(c => $"{t}.{c} {same} {s}.{c}"))}) THEN {now} ELSE {t}.{f.Date} END"));

    /// <summary>Each fact change date and the columns whose change moves it.</summary>
    public static readonly (string Date, string[] Columns)[] FactColumns =
    [
        ("status_changed_at_utc", ["status"]),
        ("credit_class_changed_at_utc", ["credit_class"]),
        ("tags_changed_at_utc", ["tags"]),
        ("profile_changed_at_utc", ["industry_section", "industry_division", "region_code", "registered_capital"]),
    ];

    /// <summary>
    /// Update the changed rows, then insert the new ones: two set-based statements (hash joins on the code)
    /// are several times faster than a row-by-row INSERT … ON CONFLICT at a million rows. A concurrent insert
    /// of the same code makes the job fail whole (unique violation), never half-apply.
    /// </summary>
    public static string PostgresUpdate => $"""
        UPDATE targets t SET {string.Join(", ", Updatable.Select(c => $"{c} = {New(c, "t", "s")}"))},
            {ClearModelRisk("t", "s", "IS DISTINCT FROM")}, {FactDates("t", "s", "@now", "IS NOT DISTINCT FROM")},
            version = t.version + 1, updated_at_utc = @now, updated_by = @actor
        FROM target_import s
        WHERE t.code = s.code AND {PostgresChanged}
        """;

    /// <summary>
    /// A tier the import changes is the import's, not a model's: the model's score and version go with the old tier
    /// (as <c>Target.Update</c> does for an edit through the API). The right-hand sides read the old row.
    /// </summary>
    public static string ClearModelRisk(string t, string s, string distinct) =>
        $"risk_score = CASE WHEN {t}.risk_tier {distinct} {New("risk_tier", t, s)} THEN NULL ELSE {t}.risk_score END, "
        + $"risk_model_version = CASE WHEN {t}.risk_tier {distinct} {New("risk_tier", t, s)} THEN NULL ELSE {t}.risk_model_version END";

    /// <summary>A live target (<c>t</c>) whose staged row (<c>s</c>, same code) changes one of its values.</summary>
    public static string PostgresChanged =>
        $"t.retired_at_utc IS NULL AND ({string.Join(", ", Updatable.Select(c => "t." + c))}) IS DISTINCT FROM ({string.Join(", ", Updatable.Select(c => New(c, "t", "s")))})";

    public static string PostgresInsert => $"""
        INSERT INTO targets ({InsertColumns})
        SELECT {SelectColumns} FROM target_import s
        WHERE NOT EXISTS (SELECT 1 FROM targets t WHERE t.code = s.code)
        """;

    public static string SqliteMerge => $"""
        INSERT INTO targets ({InsertColumns})
        SELECT {SelectColumns} FROM target_import WHERE true
        ON CONFLICT (code) DO UPDATE SET {SetClause}
        WHERE targets.retired_at_utc IS NULL
          AND NOT ({string.Join(" AND ", Updatable.Select(c => $"targets.{c} IS {New(c, "targets", "excluded")}"))})
        """;

    public static string SqliteCountNew =>
        "SELECT count(*) FROM target_import s WHERE NOT EXISTS (SELECT 1 FROM targets t WHERE t.code = s.code)";
}
