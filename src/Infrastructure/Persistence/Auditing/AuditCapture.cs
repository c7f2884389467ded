using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using DoubleRandom.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DoubleRandom.Infrastructure.Persistence.Auditing;

/// <summary>
/// Turns the change tracker's pending changes into audit drafts: one per added, modified or deleted
/// entity, with every mapped property before and after as canonical JSON. Read after the rows were
/// written and before the changes are accepted, so keys and generated values are final and the
/// original values are still known. A property marked <see cref="AuditSecretAttribute"/> is recorded by a marker,
/// never by its value (<see cref="Recorded"/>). An <see cref="IAuditedThroughOwner"/> entity is skipped: its owner's
/// entry stands for its rows.
/// </summary>
internal static class AuditCapture
{
    /// <summary>Shadow properties have no member to carry the attribute; they are never secret.</summary>
    private static readonly MemberInfo NoMember = typeof(AuditCapture);

    private static readonly ConcurrentDictionary<MemberInfo, bool> SecretMembers = new();

    public static List<AuditDraft> Changes(ChangeTracker tracker)
    {
        var drafts = new List<AuditDraft>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry or AuditCheckpoint or IAuditedThroughOwner)
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditDraft.Create,
                EntityState.Modified => AuditDraft.Update,
                EntityState.Deleted => AuditDraft.Delete,
                _ => null,
            };
            if (action is null)
            {
                continue;
            }

            drafts.Add(new AuditDraft(
                action,
                entry.Metadata.ClrType == typeof(Dictionary<string, object>) ? entry.Metadata.ShortName() : entry.Metadata.ClrType.Name,
                KeyOf(entry),
                action == AuditDraft.Create ? null : Snapshot(entry.Properties, entry.ComplexProperties, original: true),
                action == AuditDraft.Delete ? null : Snapshot(entry.Properties, entry.ComplexProperties, original: false)));
        }

        return drafts;
    }

    /// <summary>The primary key as text; a composite key's parts joined with <c>/</c> in key order.</summary>
    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return string.Empty;
        }

        var parts = key.Properties.Select(p =>
        {
            var builder = new StringBuilder();
            CanonicalJson.WriteValue(builder, entry.Property(p.Name).CurrentValue);
            var text = builder.ToString();
            return text.Length >= 2 && text[0] == '"' ? text[1..^1] : text;
        });
        return string.Join('/', parts);
    }

    private static string Snapshot(
        IEnumerable<PropertyEntry> properties, IEnumerable<ComplexPropertyEntry> complexProperties, bool original) =>
        CanonicalJson.Object(Members(properties, complexProperties, original));

    private static IEnumerable<KeyValuePair<string, object?>> Members(
        IEnumerable<PropertyEntry> properties, IEnumerable<ComplexPropertyEntry> complexProperties, bool original)
    {
        foreach (var property in properties)
        {
            var value = original ? property.OriginalValue : property.CurrentValue;
            yield return new(CamelCase(property.Metadata.Name), Recorded(property.Metadata, value, !original && property.IsModified
                && !StructuralComparisons.StructuralEqualityComparer.Equals(property.OriginalValue, property.CurrentValue)));
        }

        foreach (var complex in complexProperties)
        {
            // EF keeps no original value for the complex object itself, only for its properties.
            yield return new(CamelCase(complex.Metadata.Name), complex.CurrentValue is null
                ? null
                : Members(complex.Properties, complex.ComplexProperties, original).ToList());
        }
    }

    /// <summary>
    /// The value an audit payload records for a property: its value, or for a secret (<see cref="AuditSecretAttribute"/>)
    /// a marker, <see cref="AuditSecrets.RedactedChanged"/> when <paramref name="changed"/>. Every writer of
    /// <c>before</c>/<c>after</c> goes through here.
    /// </summary>
    internal static object? Recorded(IReadOnlyPropertyBase property, object? value, bool changed) =>
        IsSecret(property) ? AuditSecrets.Mask(value, changed) : value;

    internal static bool IsSecret(IReadOnlyPropertyBase property) =>
        SecretMembers.GetOrAdd(property.PropertyInfo ?? (MemberInfo?)property.FieldInfo ?? NoMember, AuditSecrets.IsSecret);

    internal static string CamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
}
