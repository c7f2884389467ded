namespace DoubleRandom.Infrastructure.Persistence.Migrations;

/// <summary>
/// Migration I16FactDates (both providers): the change dates of the roster facts the risk features read before a visit
/// (docs/risk-model.md §2, ADR 0028). A row that existed before the migration has no record of which fact changed when,
/// so each date is back-filled with the row's last change (<c>updated_at_utc</c>, its creation when never changed): the
/// rule the features applied to the status until then, cautious for every fact.
/// </summary>
internal static class FactDatesSql
{
    public const string Backfill =
        "UPDATE targets SET status_changed_at_utc = updated_at_utc, credit_class_changed_at_utc = updated_at_utc, "
        + "tags_changed_at_utc = updated_at_utc, profile_changed_at_utc = updated_at_utc";
}
