namespace DoubleRandom.Domain.Drawing;

/// <summary>
/// The target leaves of a read bundle, kept parsed (a code string and a shared stratum each) rather than as strings;
/// read as strings, each leaf is written back in its one canonical form. Parsing stops keeping leaves at the first one
/// that does not parse (<see cref="Invalid"/>, at <see cref="InvalidIndex"/>): the verifier names it and looks no
/// further, so leaves after it are counted but not kept.
/// </summary>
internal sealed class TargetLeafList : IReadOnlyList<string>
{
    private readonly List<TargetLeaf> _leaves = [];

    public IReadOnlyList<TargetLeaf> Leaves => _leaves;

    public string? Invalid { get; private set; }

    public int InvalidIndex => _leaves.Count;

    public int Count { get; set; }

    public string this[int index] =>
        index < _leaves.Count ? _leaves[index].ToString()
        : index == _leaves.Count && Invalid is not null ? Invalid
        : throw new ArgumentOutOfRangeException(nameof(index), "leaves after the first invalid one are not kept");

    public void Add(TargetLeaf? leaf, string? invalid)
    {
        if (leaf is { } parsed)
        {
            _leaves.Add(parsed);
        }
        else
        {
            Invalid = invalid;
        }

        Count++;
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Math.Min(Count, _leaves.Count + (Invalid is null ? 0 : 1)); i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
