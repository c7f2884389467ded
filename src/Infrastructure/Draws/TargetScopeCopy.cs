using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using DoubleRandom.Application.Draws.Snapshots;
using Npgsql;

namespace DoubleRandom.Infrastructure.Draws;

/// <summary>
/// Reads a task's target scope with <c>COPY (SELECT …) TO STDOUT (FORMAT BINARY)</c> and decodes PostgreSQL's binary
/// copy format straight from the wire buffer into the <see cref="TargetCollector"/>: no row object, no string but the
/// code. The server produces rows while this side decodes them.
/// </summary>
internal static partial class TargetScopeCopy
{
    private const int Columns = 10;
    private static readonly byte[] Signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', 0x0A, 0xFF, 0x0D, 0x0A, 0x00];

    public static string Sql(TargetCollector c)
    {
        // COPY takes no parameters: only values of a closed shape are written into the statement (enum names,
        // region prefixes of digits, industry codes); anything else is left to the collector, which checks every row.
        var sql = new StringBuilder("COPY (SELECT code, risk_tier, region_code, weight, ")
            .Append(c.NeedsIndustry ? "industry_section, industry_division, " : "NULL, NULL, ")
            .Append(c.NeedsLists ? "department_codes, tags" : "'', ''")
            .Append(", risk_score, risk_model_version")
            .Append(" FROM targets WHERE retired_at_utc IS NULL AND status IN (")
            .AppendJoin(", ", c.Statuses.Select(s => Literal(s.ToString())))
            .Append(')');
        if (c.Scope.Kinds.Count > 0)
        {
            sql.Append(" AND kind IN (").AppendJoin(", ", c.Scope.Kinds.Select(k => Literal(k.ToString()))).Append(')');
        }

        if (c.Scope.RegionPrefixes.Count > 0 && c.Scope.RegionPrefixes.All(p => Digits().IsMatch(p)))
        {
            sql.Append(" AND (").AppendJoin(" OR ", c.Scope.RegionPrefixes.Select(p => $"region_code LIKE '{p}%'")).Append(')');
        }

        if (c.Scope.Industries.Count > 0 && c.Scope.Industries.All(i => Industry().IsMatch(i)))
        {
            var list = string.Join(", ", c.Scope.Industries.Select(Literal));
            sql.Append(CultureInfo.InvariantCulture, $" AND (industry_section IN ({list}) OR industry_division IN ({list}))");
        }

        return sql.Append(") TO STDOUT (FORMAT BINARY)").ToString();
    }

    public static async Task ReadAsync(NpgsqlConnection connection, TargetCollector into, CancellationToken ct)
    {
        await using var stream = await connection.BeginRawBinaryCopyAsync(Sql(into), ct);
        var buffer = new byte[1 << 18];
        int start = 0, end = 0;
        var state = new ParseState();
        while (!state.Finished)
        {
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                // One row larger than the buffer (long tag lists): grow until it fits.
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await stream.ReadAsync(buffer.AsMemory(end), ct);
            if (read == 0)
            {
                throw new InvalidDataException("The target scope COPY ended before its trailer.");
            }

            end += read;
            start = Parse(buffer.AsSpan(0, end), ref state, into);
        }
    }

    /// <summary>Decodes every complete row in <paramref name="data"/>; returns the bytes consumed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Parse(ReadOnlySpan<byte> data, ref ParseState state, TargetCollector into)
    {
        var p = 0;
        if (!state.HeaderRead)
        {
            if (data.Length < Signature.Length + 8)
            {
                return 0;
            }

            if (!data.StartsWith(Signature))
            {
                throw new InvalidDataException("Not a PostgreSQL binary COPY stream.");
            }

            var extension = BinaryPrimitives.ReadInt32BigEndian(data[(Signature.Length + 4)..]);
            if (data.Length < Signature.Length + 8 + extension)
            {
                return 0;
            }

            p = Signature.Length + 8 + extension;
            state.HeaderRead = true;
        }

        Span<int> offsets = stackalloc int[Columns];
        Span<int> lengths = stackalloc int[Columns];
        while (data.Length - p >= 2)
        {
            var fields = BinaryPrimitives.ReadInt16BigEndian(data[p..]);
            if (fields == -1)
            {
                state.Finished = true;
                return p + 2;
            }

            if (fields != Columns)
            {
                throw new InvalidDataException($"Expected {Columns} columns in the target scope COPY, got {fields}.");
            }

            var q = p + 2;
            for (var f = 0; f < Columns; f++)
            {
                if (data.Length - q < 4)
                {
                    return p;
                }

                var length = BinaryPrimitives.ReadInt32BigEndian(data[q..]);
                q += 4;
                offsets[f] = q;
                lengths[f] = length;
                if (length > 0)
                {
                    if (data.Length - q < length)
                    {
                        return p;
                    }

                    q += length;
                }
            }

            var tier = Field(data, offsets, lengths, 1);
            var weight = Field(data, offsets, lengths, 3);
            var score = Field(data, offsets, lengths, 8);
            var version = Field(data, offsets, lengths, 9);
            into.Add(new TargetScopeRow(
                Field(data, offsets, lengths, 0), tier.Length > 0 ? tier[0] : (byte)0, Field(data, offsets, lengths, 2),
                weight.Length == 4 ? BinaryPrimitives.ReadInt32BigEndian(weight) : null, Field(data, offsets, lengths, 4),
                Field(data, offsets, lengths, 5), Field(data, offsets, lengths, 6), Field(data, offsets, lengths, 7),
                score.Length == 8 ? BinaryPrimitives.ReadDoubleBigEndian(score) : null,
                version.Length == 4 ? BinaryPrimitives.ReadInt32BigEndian(version) : null));
            p = q;
        }

        return p;
    }

    /// <summary>The field's bytes; NULL (length −1) reads as empty.</summary>
    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> data, Span<int> offsets, Span<int> lengths, int f) =>
        lengths[f] > 0 ? data.Slice(offsets[f], lengths[f]) : default;

    private static string Literal(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    [GeneratedRegex("^[0-9]{1,6}$")]
    private static partial Regex Digits();

    [GeneratedRegex("^[A-Za-z0-9]{1,2}$")]
    private static partial Regex Industry();

    private struct ParseState
    {
        public bool HeaderRead;
        public bool Finished;
    }
}
