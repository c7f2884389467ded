using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Domain.Rosters;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace DoubleRandom.Api.IntegrationTests.Inspections;

/// <summary>
/// <c>POST /me/licence-scans</c> with licence photos drawn by <see cref="LicenceImages"/>: the QR code, the printed code by
/// OCR (tesseract, also turned and speckled), an unreadable photo, and the three outcomes against the roster and the
/// caller's assignments.
/// </summary>
public sealed class LicenceScanTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const string PrintedName = "银川市金凤区示例餐饮有限公司";

    /// <summary>
    /// A 14-character prefix whose roster code <c>{prefix}000{n}</c> is a valid GB 32100 code for one n in 1…8 (the
    /// scenario's targets are the prefix and a four-digit number): that target is <see cref="ValidCode"/>.
    /// </summary>
    private static readonly (string Prefix, string ValidCode) Roster = FindPrefix();

    private static string ValidCode => Roster.ValidCode;

    /// <summary>A valid code that is not in the roster.</summary>
    private static string StrangerCode => WithCheck("91640100MA76QK999");

    [Fact]
    public async Task The_QR_code_of_an_assigned_target_matches_it_with_the_callers_assignment()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client, Roster.Prefix);
        var (mine, _) = Holders(s);
        var image = LicenceImages.Licence(ValidCode, PrintedName, qrText: $"http://www.gsxt.gov.cn/index.html?uniscid={ValidCode}&type=1");

        using var scan = await ScanAsync(mine.Client, image);

        var root = scan.RootElement;
        Assert.Equal("qr", root.GetProperty("source").GetString());
        Assert.Equal(ValidCode, root.GetProperty("code").GetString());
        Assert.True(root.GetProperty("codeValid").GetBoolean());
        Assert.Equal("matched", root.GetProperty("status").GetString());
        Assert.Equal(ValidCode, root.GetProperty("target").GetProperty("code").GetString());
        Assert.Equal($"企业{Roster.Prefix}{ValidCode[^1]}", root.GetProperty("target").GetProperty("name").GetString());
        var assignment = Assert.Single(root.GetProperty("assignments").EnumerateArray());
        Assert.Equal(s.TaskId, assignment.GetProperty("taskId").GetGuid());
        Assert.Equal(s.Groups.Single(g => g.TargetCodes.Contains(ValidCode)).Number, assignment.GetProperty("groupNumber").GetInt32());
        Assert.Equal("2026年食品经营现场检查", assignment.GetProperty("taskName").GetString());
        Assert.Contains("分配给您", root.GetProperty("message").GetString(), StringComparison.Ordinal);

        // Only an audit entry is written: the photo's hash, the code and the outcome, never the photo.
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entry = await db.AuditEntries.Where(e => e.Action == "licence.scan").SingleAsync();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(image)), entry.EntityId);
        Assert.Contains(ValidCode, entry.After, StringComparison.Ordinal);
        Assert.Contains("Matched", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Printed_text_alone_is_read_by_OCR_with_the_code_and_the_name()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client, Roster.Prefix);
        var (mine, _) = Holders(s);

        using var scan = await ScanAsync(mine.Client, LicenceImages.Licence(ValidCode, PrintedName));

        var root = scan.RootElement;
        Assert.Equal("ocr", root.GetProperty("source").GetString());
        Assert.Equal(ValidCode, root.GetProperty("code").GetString());
        Assert.True(root.GetProperty("codeValid").GetBoolean());
        Assert.Equal(PrintedName, root.GetProperty("name").GetString());
        Assert.Equal("matched", root.GetProperty("status").GetString());
        Assert.Single(root.GetProperty("assignments").EnumerateArray());
    }

    [Fact]
    public async Task A_turned_speckled_JPEG_photo_is_still_read_by_OCR()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client, Roster.Prefix);
        var (mine, _) = Holders(s);
        var image = LicenceImages.Licence(ValidCode, PrintedName, degrees: 3, noise: 0.03, format: SKEncodedImageFormat.Jpeg);

        using var scan = await ScanAsync(mine.Client, image, "执照.jpg");

        Assert.Equal("ocr", scan.RootElement.GetProperty("source").GetString());
        Assert.Equal(ValidCode, scan.RootElement.GetProperty("code").GetString());
        Assert.Equal("matched", scan.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_turned_QR_code_is_read()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client, Roster.Prefix);
        var (mine, _) = Holders(s);
        var image = LicenceImages.Licence(ValidCode, PrintedName, qrText: $"https://www.gsxt.gov.cn/{ValidCode}", printCode: false, degrees: -5, noise: 0.02);

        using var scan = await ScanAsync(mine.Client, image);

        Assert.Equal("qr", scan.RootElement.GetProperty("source").GetString());
        Assert.Equal(ValidCode, scan.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_target_of_another_group_is_not_assigned_to_the_caller()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client, Roster.Prefix);
        var (_, other) = Holders(s);

        using var scan = await ScanAsync(other.Client, LicenceImages.Licence(ValidCode, PrintedName, qrText: $"uniscid={ValidCode}"));

        var root = scan.RootElement;
        Assert.Equal("notAssignedToYou", root.GetProperty("status").GetString());
        Assert.Equal(ValidCode, root.GetProperty("target").GetProperty("code").GetString());
        Assert.Empty(root.GetProperty("assignments").EnumerateArray());
        Assert.Contains("未分配给您", root.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_outside_the_roster_is_said_so()
    {
        var s = await InspectionScenario.StartAsync(Fixture.Factory, Client, Roster.Prefix);
        var (mine, _) = Holders(s);

        using var scan = await ScanAsync(mine.Client, LicenceImages.Licence(StrangerCode, PrintedName, qrText: $"uniscid={StrangerCode}"));

        var root = scan.RootElement;
        Assert.Equal("notInRoster", root.GetProperty("status").GetString());
        Assert.Equal(StrangerCode, root.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("target").ValueKind);
        Assert.Empty(root.GetProperty("assignments").EnumerateArray());
    }

    [Fact]
    public async Task A_photo_with_no_readable_code_is_a_422_on_the_file()
    {
        var inspector = Fixture.Factory.CreateClientAs("insp-blank", ["inspector"]);

        var problem = await (await PostAsync(inspector, LicenceImages.Blank(), "photo.jpg")).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("licence-unreadable", problem.Code);
        Assert.Contains("file", problem.Errors!.Keys);
    }

    [Fact]
    public async Task Bytes_that_are_no_JPEG_or_PNG_are_a_415_and_an_empty_file_a_400()
    {
        var inspector = Fixture.Factory.CreateClientAs("insp-bytes", ["inspector"]);

        await (await PostAsync(inspector, "%PDF-1.7 not a photo"u8.ToArray(), "licence.png")).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var empty = await (await PostAsync(inspector, [], "licence.png")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("file", empty.Errors!.Keys);
    }

    [Fact]
    public async Task Without_tesseract_a_QR_code_is_still_read_and_OCR_answers_503()
    {
        await using var factory = Fixture.Factory.WithWebHostBuilder(b => b.UseSetting("Ocr:TesseractPath", "/nonexistent/tesseract"));
        var inspector = factory.CreateClientAs("insp-no-ocr", ["inspector"]);

        using var qr = await (await PostAsync(inspector, LicenceImages.Licence(StrangerCode, PrintedName, qrText: $"uniscid={StrangerCode}"), "licence.png"))
            .ReadAsync<JsonDocument>(HttpStatusCode.OK);
        Assert.Equal("qr", qr.RootElement.GetProperty("source").GetString());
        var problem = await (await PostAsync(inspector, LicenceImages.Licence(StrangerCode, PrintedName), "licence.png"))
            .ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("ocr-unavailable", problem.Code);
    }

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] image, string fileName, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/licence-scans")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent(image) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", fileName } },
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey ?? Guid.NewGuid().ToString());
        return await client.SendAsync(request);
    }

    private static async Task<JsonDocument> ScanAsync(HttpClient client, byte[] image, string fileName = "licence.png") =>
        await (await PostAsync(client, image, fileName)).ReadAsync<JsonDocument>(HttpStatusCode.OK);

    /// <summary>An inspector whose group holds <see cref="ValidCode"/>, and one of the other group.</summary>
    private static (ScenarioInspector Mine, ScenarioInspector Other) Holders(InspectionScenario s)
    {
        var holder = s.Groups.Single(g => g.TargetCodes.Contains(ValidCode));
        return (holder.Member, s.Groups.First(g => g != holder).Leader);
    }

    private static string WithCheck(string first17) => first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

    private static (string, string) FindPrefix()
    {
        foreach (var last in UnifiedSocialCreditCode.Charset)
        {
            var prefix = $"91640100MA76Q{last}";
            var check = UnifiedSocialCreditCode.ComputeCheckCharacter(prefix + "000");
            if (check is >= '1' and <= '8')
            {
                return (prefix, $"{prefix}000{check}");
            }
        }

        throw new InvalidOperationException("No prefix gives a check digit 1–8.");
    }
}
