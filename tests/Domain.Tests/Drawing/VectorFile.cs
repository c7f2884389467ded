using System.Text.Json;
using DoubleRandom.Domain.Drawing;

namespace DoubleRandom.Domain.Tests.Drawing;

/// <summary>One DR1 known-answer vector from tests/Domain.Tests/Vectors.</summary>
internal sealed class VectorFile
{
    private VectorFile(JsonElement root)
    {
        var input = root.GetProperty("input");
        Parameters = Dr1ParametersJson.Read(input.GetProperty("params"));
        Targets = [.. Strings(input, "targets").Select(l => Leaves.TryParseTarget(l, out var t) ? t : throw new FormatException(l))];
        Officers = [.. Strings(input, "officers").Select(l => Leaves.TryParseOfficer(l, out var o) ? o! : throw new FormatException(l))];
        Recusals = [.. Strings(input, "recusals").Select(l => Leaves.TryParseRecusal(l, out var r) ? r! : throw new FormatException(l))];
        Secret = Convert.FromHexString(input.GetProperty("secret").GetString()!);
        Entropy = input.GetProperty("entropy").GetString()!;
        Expected = root.GetProperty("expected").Clone();
    }

    public Dr1Parameters Parameters { get; }

    public TargetLeaf[] Targets { get; }

    public OfficerLeaf[] Officers { get; }

    public RecusalLeaf[] Recusals { get; }

    public byte[] Secret { get; }

    public string Entropy { get; }

    public JsonElement Expected { get; }

    public Dr1Input Input => new(Parameters, Targets, Officers, Recusals);

    public static VectorFile Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Vectors", name);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new VectorFile(document.RootElement.Clone());
    }

    public string ExpectedString(string name) => Expected.GetProperty(name).GetString()!;

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();
}
