using DoubleRandom.Api.IntegrationTests.Support;
using DoubleRandom.Infrastructure.Rosters.Import;
using Npgsql;

namespace DoubleRandom.Api.IntegrationTests.Rosters;

/// <summary>The hand-written binary COPY encoding, read back by PostgreSQL.</summary>
public sealed class PgBinaryCopyWriterTests(PostgresApiFixture fixture) : PostgresTest(fixture)
{
    [Fact]
    public async Task Every_value_the_importer_writes_reads_back_unchanged()
    {
        decimal?[] numbers = [0m, 0.5m, 34.59m, 100m, 10000m, 0.0001m, 12345678.1234m, 999999999999.9999m, 1.1m, 20000.0002m, -3.25m, null];
        DateOnly?[] dates = [new(2000, 1, 1), new(1999, 12, 31), new(2026, 11, 26), new(1, 1, 1), new(9999, 12, 31), null];
        string?[] texts = ["宁夏塞上商贸有限公司", string.Empty, "a|b|", "😀 \"quoted\", comma", null];
        var now = new DateTime(2026, 11, 26, 3, 4, 5, 678, DateTimeKind.Utc).AddTicks(9);
        var ids = new UuidSequence(now);

        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE w (n int, id uuid, t text, d date, c numeric(18,4), i int, at timestamptz)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        var rows = Math.Max(numbers.Length, Math.Max(dates.Length, texts.Length));
        await using (var copy = await connection.BeginRawBinaryCopyAsync("COPY w FROM STDIN (FORMAT BINARY)"))
        {
            var writer = new PgBinaryCopyWriter(copy);
            writer.WriteHeader();
            for (var n = 0; n < rows; n++)
            {
                writer.StartRow(7);
                writer.Int32(n);
                writer.Uuid(ids);
                writer.Text(texts[n % texts.Length]);
                writer.Date(dates[n % dates.Length]);
                writer.Numeric(numbers[n % numbers.Length]);
                writer.Int32(n % 3 == 0 ? null : -n * 1000);
                writer.Timestamp(now);
                await writer.FlushIfFullAsync(CancellationToken.None);
            }

            await writer.CompleteAsync(CancellationToken.None);
        }

        await using var read = new NpgsqlCommand("SELECT n, id, t, d, c, i, at FROM w ORDER BY n", connection);
        await using var reader = await read.ExecuteReaderAsync();
        var previous = Guid.Empty;
        for (var n = 0; n < rows; n++)
        {
            Assert.True(await reader.ReadAsync());
            var id = reader.GetGuid(1);
            Assert.Equal(7, id.Version);
            Assert.True(id.CompareTo(previous) > 0, "ids increase");
            previous = id;
            Assert.Equal(texts[n % texts.Length], reader.IsDBNull(2) ? null : reader.GetString(2));
            Assert.Equal(dates[n % dates.Length], reader.IsDBNull(3) ? null : (DateOnly?)reader.GetFieldValue<DateOnly>(3));
            Assert.Equal(numbers[n % numbers.Length], reader.IsDBNull(4) ? null : (decimal?)reader.GetDecimal(4));
            Assert.Equal(n % 3 == 0 ? null : -n * 1000, reader.IsDBNull(5) ? null : (int?)reader.GetInt32(5));
            Assert.Equal(now.AddTicks(-9), reader.GetFieldValue<DateTime>(6));
        }
    }
}
