using System.Reflection;
using System.Runtime.CompilerServices;
using DoubleRandom.Application.Common.Scoping;
using Mediator;

namespace DoubleRandom.Architecture.Tests;

/// <summary>
/// Data scoping by id is declared, not coded per handler: a message that names a task, draw, officer, recusal or import
/// job implements the marker for it (ScopeBehaviour then checks it), or says with [Unscoped] why it need not. A new
/// command that carries such an id and forgets both fails here.
/// </summary>
public sealed class ScopeMarkerTests
{
    private static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;

    /// <summary>Property names that name a scoped record, and the marker that covers them.</summary>
    private static readonly Dictionary<string, Type> ByPropertyName = new(StringComparer.Ordinal)
    {
        ["TaskId"] = typeof(IScopedToTask),
        ["DrawId"] = typeof(IScopedToDraw),
        ["AmendmentId"] = typeof(IScopedToDraw),
        ["AttachmentId"] = typeof(IScopedToDraw),
        ["OfficerId"] = typeof(IScopedToOfficer),
        ["ReplacementOfficerId"] = typeof(IScopedToOfficer),
        ["RecusalId"] = typeof(IScopedToRecusal),
        ["ImportJobId"] = typeof(IScopedToImportJob),
        ["CorrectionId"] = typeof(IScopedToCorrection),
    };

    /// <summary>What a message's own <c>Id</c> names, from the message's name (longest match first).</summary>
    private static readonly (string Word, Type? Marker)[] ByMessageName =
    [
        ("InspectionItem", null), // the bureau-wide catalogue of inspection items
        ("ImportJob", typeof(IScopedToImportJob)), ("ImportReport", typeof(IScopedToImportJob)),
        ("Task", typeof(IScopedToTask)), ("Draw", typeof(IScopedToDraw)), ("Amendment", typeof(IScopedToDraw)),
        ("Attachment", typeof(IScopedToDraw)), ("Officer", typeof(IScopedToOfficer)), ("Recusal", typeof(IScopedToRecusal)),
        ("FollowUp", typeof(IScopedToFollowUp)),
        ("Correction", typeof(IScopedToCorrection)),
    ];

    private static IEnumerable<Type> Messages() => Application.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t));

    private static IEnumerable<(PropertyInfo Property, Type Marker)> Required(Type message)
    {
        foreach (var property in message.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.PropertyType != typeof(Guid) && property.PropertyType != typeof(Guid?))
            {
                continue;
            }

            if (property.Name == "OfficerId" && typeof(IScopedToDraw).IsAssignableFrom(message))
            {
                continue; // an officer of the draw's groups, looked up within the draw the message names
            }

            if (ByPropertyName.TryGetValue(property.Name, out var marker))
            {
                yield return (property, marker);
            }
            else if (property.Name == "Id" && ByMessageName.FirstOrDefault(w => message.Name.Contains(w.Word, StringComparison.Ordinal)).Marker is { } byName)
            {
                yield return (property, byName);
            }
        }
    }

    [Fact]
    public void Every_message_that_names_a_scoped_record_implements_its_marker_or_says_why_not()
    {
        var messages = Messages().ToList();
        Assert.True(messages.Count > 40, $"only {messages.Count} messages found");
        var problems = new List<string>();
        foreach (var message in messages)
        {
            var unscoped = message.GetCustomAttribute<UnscopedAttribute>();
            if (unscoped is not null)
            {
                if (string.IsNullOrWhiteSpace(unscoped.Reason))
                {
                    problems.Add($"{message.Name}: [Unscoped] without a reason");
                }

                continue;
            }

            problems.AddRange(Required(message)
                .Where(r => !r.Marker.IsAssignableFrom(message))
                .Select(r => $"{message.Name}.{r.Property.Name} names a scoped record: implement {r.Marker.Name} or mark the message [Unscoped(\"why\")]"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The marker hands the scope check the very id the message carries (not another one, not always null).</summary>
    [Fact]
    public void Every_marker_returns_the_id_the_message_carries()
    {
        var problems = new List<string>();
        var checkedCount = 0;
        foreach (var message in Messages().Where(m => m.GetCustomAttribute<UnscopedAttribute>() is null))
        {
            foreach (var (property, marker) in Required(message).Where(r => r.Marker.IsAssignableFrom(r.Property.DeclaringType!)))
            {
                if (property.Name is "AmendmentId" or "AttachmentId")
                {
                    continue; // looked up within the draw the message names
                }

                var instance = RuntimeHelpers.GetUninitializedObject(message);
                var id = Guid.NewGuid();
                property.SetValue(instance, id);
                var scoped = marker.GetProperties().Single(p => p.PropertyType == typeof(Guid?)).GetValue(instance);
                checkedCount++;
                if (!Equals(scoped, id))
                {
                    problems.Add($"{message.Name}: {marker.Name} returns {scoped ?? "null"}, not its {property.Name}");
                }
            }
        }

        Assert.True(checkedCount >= 15, $"only {checkedCount} markers checked");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
