namespace DoubleRandom.Application.Draws;

/// <summary>A labelled line of the printed record (<c>准备人：张三（银川市局）</c>).</summary>
public sealed record RecordLine(string Label, string Value);
