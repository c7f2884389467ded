using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DoubleRandom.Api.IntegrationTests.Draws;

/// <summary>
/// The printable 抽取记录 (ADR 0015): an A4 PDF in Chinese that people sign — names and units instead of login names,
/// parameters in words, approved amendments marked, both digests, a subset font, a QR code; read back with poppler.
/// </summary>
public sealed class DrawRecordTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    private const int OnePageLimit = 300 * 1024;

    [Fact]
    public async Task The_draw_record_is_a_Chinese_PDF_naming_the_task_the_digest_and_the_groups()
    {
        var s = new DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync();
        await s.CreateSupervisorAsync();
        var item = await s.CreateItemAsync();
        var prepared = await s.PrepareAsync((await s.CreateTaskAsync(DrawScenario.TaskBody(item))).GetProperty("id").GetGuid());
        var drawId = prepared.GetProperty("id").GetGuid();
        Assert.Equal("draw-not-sealed", (await (await s.Operator.GetAsync($"/api/v1/draws/{drawId}/record.pdf")).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        using var sealedDraw = await (await s.ExecuteAsync(drawId, await s.ConfirmAsync(drawId))).ReadAsync<JsonDocument>(HttpStatusCode.OK);

        var response = await s.Operator.GetAsync($"/api/v1/draws/{drawId}/record.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var day = sealedDraw.RootElement.GetProperty("drawDate").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal);
        Downloads.AssertNames(response, $"draw-record-{drawId}.pdf", $"抽取记录-2026年食品经营抽查-{day}.pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);

        var path = await SaveAsync(pdf, drawId);
        var text = await TextAsync(path);
        Assert.Contains("双随机抽取记录", text, StringComparison.Ordinal);
        Assert.Contains("2026年食品经营抽查", text, StringComparison.Ordinal);
        Assert.Contains("第1组", text, StringComparison.Ordinal);
        Assert.Contains("监督人（签字）", text, StringComparison.Ordinal);
        Assert.Contains(sealedDraw.RootElement.GetProperty("resultDigest").GetString()!, text, StringComparison.Ordinal);
        Assert.True(await PagesAsync(path) > 1, "three groups of targets take more than one page");
        Assert.True(pdf.Length < OnePageLimit, $"{pdf.Length} bytes: the font is a subset, so even a longer record stays small");
        await RunAsync("pdftoppm", $"-png -r 60 -f 1 -l 1 {path} {Path.ChangeExtension(path, null)}");
    }

    [Fact]
    public async Task A_one_page_record_names_people_and_departments_and_states_strata_and_exclusions_in_words_with_a_subset_font()
    {
        var s = new DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync(targets: 24);
        await s.CreateSupervisorAsync();
        await NameAsync(s, ("op-1", "王晓明", ["operator"]), ("sup-1", "赵监督", null));
        var (_, drawId, draw) = await s.SealedDrawAsync(DrawScenario.TaskBody(await s.CreateItemAsync(), groups: 1));

        var pdf = await BytesAsync(await s.Operator.GetAsync($"/api/v1/draws/{drawId}/record.pdf"));
        var path = await SaveAsync(pdf, drawId);
        var text = await TextAsync(path);
        Assert.Equal(1, await PagesAsync(path));
        Assert.True(pdf.Length < OnePageLimit, $"a one-page record is {pdf.Length} bytes");

        // People by name and unit, never by login name; departments by name.
        Assert.Contains("准备人：王晓明（银川市局）", text, StringComparison.Ordinal);
        Assert.Contains("抽取人：王晓明（银川市局）", text, StringComparison.Ordinal);
        Assert.Contains("确认人（监督）：赵监督（银川市局）", text, StringComparison.Ordinal);
        Assert.DoesNotContain("op-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sup-1", text, StringComparison.Ordinal);
        Assert.Contains("食品经营许可情况检查（市场监管）", text, StringComparison.Ordinal);
        Assert.Matches("组长：执法员\\d+（O\\d{3}，银川市局）", text);

        // Parameters in words: the strata table, the groups, exclusions as sentences; no JSON.
        foreach (var word in new[] { "层级", "对象总数", "抽取比例或数量", "抽中数", "A级", "比例5%", "D级", "比例20%" })
        {
            Assert.Contains(word, text, StringComparison.Ordinal);
        }

        Assert.Contains("共1组，每组3名执法检查人员（含组长1名，其中至少2名持有效执法证件）", text, StringComparison.Ordinal);
        Assert.Contains("排除本年度已因相同检查事项被抽中的检查对象。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"", text, StringComparison.Ordinal);
        Assert.Contains(draw.GetProperty("resultDigest").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains(draw.GetProperty("commitment").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains("变更清单摘要：无", text, StringComparison.Ordinal);

        // Every page names the draw; the QR code still scans to the verification link.
        Assert.Contains($"抽取记录{drawId}第1页", text, StringComparison.Ordinal);
        await RunAsync("pdftoppm", $"-png -r 150 -singlefile {path} {Path.ChangeExtension(path, null)}");
        var qr = await RunAsync("zbarimg", $"--raw -q -Sdisable -Sqrcode.enable {Path.ChangeExtension(path, ".png")}");
        Assert.EndsWith($"/api/v1/public/draws/{drawId}?digest={draw.GetProperty("resultDigest").GetString()}", qr.Trim(), StringComparison.Ordinal);

        // The font is embedded as a subset (ABCDEF+ prefix), with a ToUnicode map (the text above came back from it).
        var fonts = await RunAsync("pdffonts", path);
        Assert.Matches(new Regex("^[A-Z]{6}\\+\\S+\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes", RegexOptions.Multiline), fonts);
    }

    [Fact]
    public async Task An_approved_replacement_is_marked_on_the_reprint_with_the_sealed_digest_and_the_amendment_list_digest()
    {
        var s = new DrawScenario(Fixture.Factory, Client);
        await s.SeedAsync(officers: 14);
        await s.CreateSupervisorAsync();
        await NameAsync(s, ("op-1", "王晓明", ["operator"]), ("sup-1", "赵监督", null), ("leader-1", "李局长", ["leader"]));
        var (_, drawId, draw) = await s.SealedDrawAsync();
        using var result = await (await Client.GetAsync($"/api/v1/draws/{drawId}/result")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var leaving = result.RootElement.GetProperty("groups")[0].GetProperty("officers")[1];
        var used = result.RootElement.GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("officers").EnumerateArray()).Select(o => o.GetProperty("officerId").GetGuid()).ToHashSet();
        var (number, replacement) = s.Officers.First(o => !used.Contains(o.Value));
        using var amendment = await (await s.Operator.PostJsonAsync($"/api/v1/draws/{drawId}/amendments", new
        {
            kind = "replaceOfficer", groupNumber = 1, officerId = leaving.GetProperty("officerId").GetGuid(), replacementOfficerId = replacement,
            reason = "health", note = "住院治疗",
        })).ReadAsync<JsonDocument>(HttpStatusCode.Created);
        var leader = Fixture.Factory.CreateClientAs("leader-1", ["leader"], s.UnitId);
        (await leader.PostJsonAsync($"/api/v1/draws/{drawId}/amendments/{amendment.RootElement.GetProperty("id").GetGuid()}/decision", new { approve = true }))
            .EnsureSuccessStatusCode();

        var path = await SaveAsync(await BytesAsync(await s.Operator.GetAsync($"/api/v1/draws/{drawId}/record.pdf")), drawId);
        var text = await TextAsync(path);
        using var list = await (await Client.GetAsync($"/api/v1/draws/{drawId}/amendments")).ReadAsync<JsonDocument>(HttpStatusCode.OK);
        var approved = Items(list.RootElement).Single();
        var decidedAt = approved.GetProperty("decidedAtUtc").GetDateTime().ToUniversalTime();
        var replacedBy = $"执法员{int.Parse(number[1..], CultureInfo.InvariantCulture)}（{number}，银川市局）";
        Assert.Contains(
            $"第1组：{leaving.GetProperty("name").GetString()}（{leaving.GetProperty("number").GetString()}，银川市局）更换为{replacedBy}；原因：身体原因（住院治疗）；"
            + $"申请人：王晓明（银川市局）；批准人：李局长（银川市局），{decidedAt.AddHours(8):yyyy-MM-ddHH:mm:ss}（北京时间）批准。",
            text, StringComparison.Ordinal);
        Assert.Contains($"{replacedBy}【经批准变更】", text, StringComparison.Ordinal);
        Assert.Contains("变更批准人：李局长（银川市局）", text, StringComparison.Ordinal);

        // Both digests: the sealed result (unchanged by the amendment) and the amendment list, as ADR 0015 defines it.
        Assert.Contains($"结果摘要（封存）：{draw.GetProperty("resultDigest").GetString()}", text, StringComparison.Ordinal);
        var line = string.Join('|',
            approved.GetProperty("id").GetString(), approved.GetProperty("kind").GetString(), approved.GetProperty("groupNumber").GetInt32(),
            approved.GetProperty("officerId").GetString(), approved.GetProperty("replacementOfficerId").GetString(), string.Empty,
            approved.GetProperty("reason").GetString(), approved.GetProperty("resultDigest").GetString(), approved.GetProperty("decidedBy").GetString(),
            decidedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        Assert.Contains($"变更清单摘要：{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line)))}", text, StringComparison.Ordinal);
    }

    /// <summary>Users with display names in the scenario's unit (the record prints these, not the login names).</summary>
    private async Task NameAsync(DrawScenario s, params (string UserName, string DisplayName, string[]? Roles)[] users)
    {
        foreach (var (userName, _, roles) in users.Where(u => u.Roles is not null))
        {
            await Accounts.CreateUserAsync(Client, userName, roles!, unitId: s.UnitId);
        }

        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var (userName, displayName, _) in users)
        {
            Assert.Equal(1, await db.Users.Where(u => u.UserName == userName)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, displayName).SetProperty(x => x.UnitId, s.UnitId)));
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement list) =>
        list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : list.GetProperty("items").EnumerateArray();

    private static async Task<byte[]> BytesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<string> SaveAsync(byte[] pdf, Guid drawId)
    {
        var path = Path.Combine(Path.GetTempPath(), $"draw-record-{drawId:N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        return path;
    }

    /// <summary>The PDF's text with all white space removed (pdftotext breaks long lines where the layout wrapped them).</summary>
    private static async Task<string> TextAsync(string path) =>
        Regex.Replace(await RunAsync("pdftotext", $"-enc UTF-8 {path} -"), "\\s+", string.Empty);

    private static async Task<int> PagesAsync(string path) =>
        int.Parse(Regex.Match(await RunAsync("pdfinfo", path), "^Pages:\\s+(\\d+)", RegexOptions.Multiline).Groups[1].Value, CultureInfo.InvariantCulture);

    internal static async Task<string> RunAsync(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{tool} did not start (apt-get install poppler-utils zbar-tools)");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }
}
