using DoubleRandom.Application.Archives;

namespace DoubleRandom.Api.IntegrationTests.AfterInspection.Archive;

/// <summary>
/// Target codes become archive path segments that never collide — not even on a file system that ignores case — and
/// can be read back: <c>A.1</c>, <c>A_1</c> and <c>A:1</c> no longer all become <c>A_1</c> (which made the task
/// impossible to archive).
/// </summary>
public sealed class ArchivePathsTests
{
    [Fact]
    public void Distinct_codes_give_distinct_segments_ignoring_case_and_read_back()
    {
        string[] codes = ["A.1", "A_1", "A:1", "A-1", "A1", "ab", "AB", "Ab", "aB", "91310000MA1FL8XQ3X", "检查-1", "%41", "_", "a_b", "A%5F1"];
        var segments = codes.Select(ArchivePaths.Segment).ToList();
        Assert.Equal(codes.Length, segments.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(segments, x => Assert.Matches("^[0-9A-Za-z%_-]+$", x));
        Assert.Equal(codes, segments.Select(ArchivePaths.Name));
        Assert.Equal("91310000MA1FL8XQ3X", ArchivePaths.Segment("91310000MA1FL8XQ3X"));
        Assert.Equal("A%2E1", ArchivePaths.Segment("A.1"));
        Assert.Equal("A%5F1", ArchivePaths.Segment("A_1"));
    }
}
