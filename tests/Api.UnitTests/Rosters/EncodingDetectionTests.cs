using DoubleRandom.Api.IntegrationTests.Rosters;
using DoubleRandom.Application.Rosters.Imports.Commands.RunImport;
using DoubleRandom.Infrastructure.Rosters.Import;

namespace DoubleRandom.Api.UnitTests.Rosters;

public sealed class EncodingDetectionTests : IDisposable
{
    private readonly string _path = Path.GetTempFileName();

    [Theory]
    [InlineData("gb18030", false)]
    [InlineData("utf-8", false)]
    [InlineData("utf-8", true)]
    public void The_encoding_is_detected_from_the_bytes(string expected, bool bom)
    {
        var text = ImportFiles.Targets(20);
        File.WriteAllBytes(_path, expected == "gb18030" ? ImportFiles.Gb18030(text) : ImportFiles.Utf8(text, bom));
        var (encoding, name) = EncodingDetector.Resolve(_path, "auto")!.Value;
        Assert.Equal(expected, name);
        var header = RosterFileReader.ReadRows(_path, encoding, new ImportLimits()).First();
        Assert.Equal("统一社会信用代码", header[0]);
    }

    public void Dispose() => File.Delete(_path);
}
