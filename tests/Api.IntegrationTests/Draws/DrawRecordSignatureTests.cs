using System.Net;
using DoubleRandom.Api.IntegrationTests.Support;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>
/// 电子签章 (ADR 0019): with <c>Records:SigningCertificate</c> the printed draw record carries a PAdES signature that
/// poppler's pdfsig validates, and that fails once one signed byte changes; without it the record has no signature.
/// </summary>
public sealed class DrawRecordSignatureTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task With_a_signing_certificate_the_record_is_signed_and_pdfsig_validates_it_until_a_byte_changes()
    {
        var s = await DrawScenario.StartAsync(Fixture.Factory, Client, targets: 24);
        var (_, drawId, _) = await s.SealedDrawAsync(DrawScenario.TaskBody(await s.CreateItemAsync(), groups: 1));
        var certificate = PdfSignatures.CreateCertificate();
        await using var factory = Fixture.Factory.WithWebHostBuilder(b => b
            .UseSetting("Records:SigningCertificate", certificate)
            .UseSetting("Records:SigningCertificatePassword", PdfSignatures.Password));
        var response = await factory.CreateClientAs("op-1", ["operator"], s.UnitId).GetAsync($"/api/v1/draws/{drawId}/record.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await response.Content.ReadAsByteArrayAsync();

        var report = await PdfSignatures.CheckAsync(pdf);
        Assert.Contains("Signature Validation: Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Signature Type: ETSI.CAdES.detached", report, StringComparison.Ordinal);
        Assert.Contains("Signed Ranges: [0 - ", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        Assert.Contains("银川市市场监督管理局（测试签章）", report, StringComparison.Ordinal);

        var tampered = await PdfSignatures.CheckAsync(PdfSignatures.Tampered(pdf));
        Assert.DoesNotContain("Signature is Valid", tampered, StringComparison.Ordinal);
        Assert.Contains("Digest Mismatch", tampered, StringComparison.Ordinal);

        // The signature is an incremental update: the unsigned record is its first part, unchanged.
        var unsigned = await (await s.Operator.GetAsync($"/api/v1/draws/{drawId}/record.pdf")).Content.ReadAsByteArrayAsync();
        Assert.Contains("does not contain any signatures", await PdfSignatures.CheckAsync(unsigned), StringComparison.Ordinal);
        File.Delete(certificate);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("expired")]
    [InlineData("no key")]
    [InlineData("wrong password")]
    public async Task A_signing_certificate_that_cannot_sign_stops_the_start_naming_the_option(string fault)
    {
        var path = fault switch
        {
            "missing" => Path.Combine(Path.GetTempPath(), "no-such-certificate.p12"),
            "expired" => PdfSignatures.CreateCertificate(notAfter: DateTimeOffset.UtcNow.AddDays(-1)),
            "no key" => PdfSignatures.CreateCertificate(withKey: false),
            _ => PdfSignatures.CreateCertificate(),
        };
        await using var factory = Fixture.Factory.WithWebHostBuilder(b => b
            .UseSetting("Records:SigningCertificate", path)
            .UseSetting("Records:SigningCertificatePassword", fault == "wrong password" ? "not the password" : PdfSignatures.Password));
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient()).ToString();
        Assert.Contains("Records:SigningCertificate", error, StringComparison.Ordinal);
        Assert.DoesNotContain(PdfSignatures.Password, error, StringComparison.Ordinal);
        Assert.DoesNotContain("not the password", error, StringComparison.Ordinal);
    }
}
