using System.Collections;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using DoubleRandom.Domain.Auditing;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace DoubleRandom.Infrastructure.Rosters.Import;

/// <summary>
/// The audit entries of a bulk target import on PostgreSQL, staged in the import's own transaction so they commit
/// with its rows or not at all: one <c>update</c> per target whose values change, with the record before and after
/// exactly as the unit of work records an edit through the API (every mapped property, canonical JSON), and one
/// <c>import.apply</c> entry for the import as a whole: the file (name, SHA-256, size), who uploaded it, and how many
/// targets it created and changed. Created targets are recorded by that entry, not one by one: a first load of a
/// million rows would otherwise write a million entries; the file's digest in the chain proves what was loaded.
/// The entries' actor is the uploader: the import job acts for them (ImportJobWorker, BackgroundActing).
/// </summary>
internal sealed class TargetImportAudit(IModel model, AuditActor actor, ImportJob job)
{
    private static readonly MethodInfo GetFieldValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!;
    private static readonly ConcurrentDictionary<Type, MethodInfo> Readers = new();

    /// <summary>Entries staged per statement: memory stays bounded however many targets an import changes.</summary>
    private const int PageSize = 5_000;

    /// <summary>
    /// Before the merge's UPDATE: records the targets it is about to change, before and after. The changed rows are
    /// first set aside in a temporary table (one join), then read and staged a page at a time.
    /// </summary>
    public async Task CaptureChangesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTime now, string stampedBy, CancellationToken ct)
    {
        var entity = model.FindEntityType(typeof(Target))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Select(p => (Property: p, Column: p.GetColumnName(table)!)).ToArray();
        var byColumn = properties.Select((p, i) => (p.Column, i)).ToDictionary(x => x.Column, x => x.i, StringComparer.Ordinal);
        var updatable = TargetStagingSql.Updatable;
        await ExecuteAsync(connection, transaction,
            $"CREATE TEMP TABLE target_import_changes ON COMMIT DROP AS SELECT row_number() OVER () AS n, "
            + $"{string.Join(", ", properties.Select(p => $"t.{p.Column} AS t_{p.Column}"))}, {string.Join(", ", updatable.Select(c => $"{TargetStagingSql.New(c, "t", "s")} AS s_{c}"))} "
            + $"FROM targets t JOIN target_import s ON t.code = s.code WHERE {TargetStagingSql.PostgresChanged}", ct);
        long changes;
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM target_import_changes", connection, transaction))
        {
            changes = (long)(await count.ExecuteScalarAsync(ct))!;
        }

        var at = CanonicalJson.TruncateToMicroseconds(now);
        for (long from = 0; from < changes; from += PageSize)
        {
            var drafts = new List<AuditDraft>(PageSize);
            await using (var command = new NpgsqlCommand(
                $"SELECT {string.Join(", ", properties.Select(p => "t_" + p.Column))}, {string.Join(", ", updatable.Select(c => "s_" + c))} "
                + "FROM target_import_changes WHERE n > @from AND n <= @to ORDER BY n", connection, transaction) { CommandTimeout = 0 })
            {
                command.Parameters.AddWithValue("from", from);
                command.Parameters.AddWithValue("to", from + PageSize);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    drafts.Add(Change(reader, properties, byColumn, updatable, now, stampedBy));
                }
            }

            await PostgresAuditAppend.RunAsync(connection, transaction, drafts, actor, at, ct);
        }
    }

    /// <summary>After the merge: the import's summary entry, in the import's transaction.</summary>
    public async Task AppendSummaryAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long inserted, long updated, DateTime now, CancellationToken ct)
    {
        var summary = new AuditDraft("import.apply", nameof(ImportJob), job.Id.ToString("D"), null, CanonicalJson.Object(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["roster"] = job.Roster,
            ["mode"] = job.Mode,
            ["fileName"] = job.FileName,
            ["fileSha256"] = job.FileSha256,
            ["fileBytes"] = job.FileBytes,
            ["uploadedBy"] = job.CreatedBy,
            ["created"] = inserted,
            ["changed"] = updated,
        }), Reason);
        await PostgresAuditAppend.RunAsync(connection, transaction, [summary], actor, CanonicalJson.TruncateToMicroseconds(now), ct);
    }

    private AuditDraft Change(
        DbDataReader reader, (IProperty Property, string Column)[] properties, Dictionary<string, int> byColumn, string[] updatable,
        DateTime now, string stampedBy)
    {
        var before = new Dictionary<string, object?>(properties.Length, StringComparer.Ordinal);
        for (var i = 0; i < properties.Length; i++)
        {
            before[AuditCapture.CamelCase(properties[i].Property.Name)] = Read(reader, i, properties[i].Property);
        }

        var after = new Dictionary<string, object?>(before, StringComparer.Ordinal);
        for (var j = 0; j < updatable.Length; j++)
        {
            var property = properties[byColumn[updatable[j]]].Property;
            after[AuditCapture.CamelCase(property.Name)] = Read(reader, properties.Length + j, property);
        }

        // Secrets are recorded as markers, as the unit of work records them (AuditCapture.Recorded).
        foreach (var (property, _) in properties.Where(p => AuditCapture.IsSecret(p.Property)))
        {
            var name = AuditCapture.CamelCase(property.Name);
            var changed = !StructuralComparisons.StructuralEqualityComparer.Equals(before[name], after[name]);
            before[name] = AuditCapture.Recorded(property, before[name], changed: false);
            after[name] = AuditCapture.Recorded(property, after[name], changed);
        }

        // A changed tier clears the model's score and version (TargetStagingSql.ClearModelRisk).
        if (!Equals(before[AuditCapture.CamelCase(nameof(Target.RiskTier))], after[AuditCapture.CamelCase(nameof(Target.RiskTier))]))
        {
            after[AuditCapture.CamelCase(nameof(Target.RiskScore))] = null;
            after[AuditCapture.CamelCase(nameof(Target.RiskModelVersion))] = null;
        }

        // A changed fact dates its change (TargetStagingSql.FactDates).
        foreach (var (date, columns) in TargetStagingSql.FactColumns)
        {
            if (columns.Any(c => !Equals(before[Name(properties, byColumn, c)], after[Name(properties, byColumn, c)])))
            {
                Set(after, properties, byColumn, date, now);
            }
        }

        // As the merge's UPDATE stamps them.
        Set(after, properties, byColumn, "version", (int)before[Name(properties, byColumn, "version")]! + 1);
        Set(after, properties, byColumn, "updated_at_utc", now);
        Set(after, properties, byColumn, "updated_by", stampedBy);
        var id = (Guid)before[Name(properties, byColumn, "id")]!;
        return new AuditDraft(AuditDraft.Update, nameof(Target), id.ToString("D"), CanonicalJson.Object(before), CanonicalJson.Object(after), Reason);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private string Reason
    {
        get
        {
            var reason = $"import {job.Id:D} of {job.FileName} by {job.CreatedBy}";
            return reason.Length > 500 ? reason[..500] : reason;
        }
    }

    private static string Name((IProperty Property, string Column)[] properties, Dictionary<string, int> byColumn, string column) =>
        AuditCapture.CamelCase(properties[byColumn[column]].Property.Name);

    private static void Set(
        Dictionary<string, object?> values, (IProperty Property, string Column)[] properties, Dictionary<string, int> byColumn, string column, object value) =>
        values[Name(properties, byColumn, column)] = value;

    /// <summary>A column as the property's CLR value, through the property's value converter like EF reads it.</summary>
    private static object? Read(DbDataReader reader, int ordinal, IProperty property)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var converter = property.GetTypeMapping().Converter;
        var providerType = converter?.ProviderClrType ?? property.ClrType;
        providerType = Nullable.GetUnderlyingType(providerType) ?? providerType;
        var value = Readers.GetOrAdd(providerType, t => GetFieldValue.MakeGenericMethod(t)).Invoke(reader, [ordinal])!;
        return converter is null ? value : converter.ConvertFromProvider(value);
    }
}
