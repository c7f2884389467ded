namespace DoubleRandom.Application.Evaluation.Model;

/// <summary>A labelled count.</summary>
public sealed record CountRow(string Key, string Label, long Count);
