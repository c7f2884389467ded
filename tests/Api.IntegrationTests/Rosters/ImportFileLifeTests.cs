using System.Security.Cryptography;
using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Rosters.Import;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

/// <summary>
/// The import file store alone owns an upload's life (ADR 13): it saves and hashes the upload, and deletes it when the
/// job ends, whatever the outcome; the report stays for download.
/// </summary>
public sealed class ImportFileLifeTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task The_upload_is_deleted_when_its_job_ends_succeeded_or_rejected_and_the_report_stays()
    {
        await Client.SeedOrganizationAsync();
        var succeeded = await Client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.Targets(3)), "t.csv");
        var rejected = await Client.ImportAsync("targets", ImportFiles.Utf8(ImportFiles.TargetHeader + "\n坏代码,名称,640104,amr,2015-01-01,1,A,\n"), "t.csv");
        Assert.Equal(("succeeded", "rejected"), (succeeded.Status, rejected.Status));
        foreach (var job in new[] { succeeded, rejected })
        {
            var stored = await StoredPathAsync(job.Id);
            Assert.False(File.Exists(stored), $"the upload of a {job.Status} job is deleted");
            Assert.True(File.Exists(stored + ".report.csv"), $"the report of a {job.Status} job stays");
        }
    }

    [Fact]
    public async Task The_store_hashes_an_upload_as_it_saves_it_and_leaves_nothing_of_an_interrupted_one()
    {
        var root = Path.Combine(Path.GetTempPath(), $"doublerandom-import-store-{Guid.NewGuid():N}");
        var store = new ImportFileStore(root);
        var bytes = "code,name\n"u8.ToArray();

        var upload = await store.SaveUploadAsync(new MemoryStream(bytes), ".csv", CancellationToken.None);
        Assert.Equal((Convert.ToHexStringLower(SHA256.HashData(bytes)), (long)bytes.Length, ".csv"), (upload.Sha256, upload.Bytes, Path.GetExtension(upload.Path)));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(upload.Path));
        store.DeleteUpload(upload.Path);
        store.DeleteUpload(upload.Path); // gone already: no error
        Assert.False(File.Exists(upload.Path));

        var broken = new MemoryStream(bytes);
        await broken.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.SaveUploadAsync(broken, ".csv", CancellationToken.None));
        Assert.Empty(Directory.GetFiles(root));
        Directory.Delete(root);
    }

    private async Task<string> StoredPathAsync(Guid jobId)
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT stored_path FROM import_jobs WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", jobId);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
