using System.Text;

namespace DoubleRandom.Infrastructure.Risk.Scoring;

/// <summary>
/// A re-score's predictions on disk while the model reads the roster (a temporary file deleted on close): the code,
/// probability and contributions of each target, read back once when they are written to the database.
/// </summary>
internal sealed class RiskScoreSpill : IAsyncDisposable
{
    private readonly FileStream _file = new(
        Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);

    private readonly BinaryWriter _writer;

    public RiskScoreSpill() => _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);

    public long Count { get; private set; }

    public void Add(string code, double probability, string contributions)
    {
        _writer.Write(code);
        _writer.Write(probability);
        _writer.Write(contributions);
        Count++;
    }

    /// <summary>The predictions in the order they were added.</summary>
    public IEnumerable<(string Code, double Probability, string Contributions)> Read()
    {
        _writer.Flush();
        _file.Position = 0;
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        for (long i = 0; i < Count; i++)
        {
            yield return (reader.ReadString(), reader.ReadDouble(), reader.ReadString());
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _file.DisposeAsync();
    }
}
