using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace ApaIngest.Data.Loading;

/// <summary>
/// Rows in PostgreSQL's binary COPY format (per row: field count, then per field its length and bytes, -1 for
/// null), without the file header and trailer. Id columns can be left as slots to fill in later (<see cref="IdSlot"/>
/// and <see cref="SetId"/>), so that rows can be encoded before their ids are reserved.
/// </summary>
internal sealed class CopyBuffer(int capacity = 1024)
{
    /// <summary>Days from 0001-01-01 to PostgreSQL's date epoch, 2000-01-01.</summary>
    private static readonly int PostgresEpochDay = new DateOnly(2000, 1, 1).DayNumber;

    private const int Float8Oid = 701;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private byte[] data = new byte[capacity];

    public int Length { get; private set; }

    public int Rows { get; private set; }

    public ReadOnlyMemory<byte> Written => data.AsMemory(0, Length);

    public void StartRow(short fields)
    {
        BinaryPrimitives.WriteInt16BigEndian(Take(2), fields);
        Rows++;
    }

    public void Null() => BinaryPrimitives.WriteInt32BigEndian(Take(4), -1);

    /// <summary>A bigint field whose value comes later; returns the position to give <see cref="SetId"/>.</summary>
    public int IdSlot()
    {
        BinaryPrimitives.WriteInt32BigEndian(Take(4), 8);
        var at = Length;
        Take(8).Clear();
        return at;
    }

    public void SetId(int slot, long id) => BinaryPrimitives.WriteInt64BigEndian(data.AsSpan(slot, 8), id);

    public void Text(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        var max = StrictUtf8.GetMaxByteCount(value.Length);
        var lengthAt = Length;
        Take(4);
        Ensure(max);
        var written = StrictUtf8.GetBytes(value, data.AsSpan(Length));
        Length += written;
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(lengthAt, 4), written);
    }

    /// <summary>jsonb's binary form: format version 1, then the JSON text (UTF-8).</summary>
    public void Jsonb(ReadOnlySpan<byte> utf8Json)
    {
        BinaryPrimitives.WriteInt32BigEndian(Take(4), utf8Json.Length + 1);
        Take(1)[0] = 1;
        utf8Json.CopyTo(Take(utf8Json.Length));
    }

    public void Int(int? value)
    {
        if (value is not { } v)
        {
            Null();
            return;
        }

        BinaryPrimitives.WriteInt32BigEndian(Take(4), 4);
        BinaryPrimitives.WriteInt32BigEndian(Take(4), v);
    }

    public void Long(long value)
    {
        BinaryPrimitives.WriteInt32BigEndian(Take(4), 8);
        BinaryPrimitives.WriteInt64BigEndian(Take(8), value);
    }

    public void Double(double? value)
    {
        if (value is not { } v)
        {
            Null();
            return;
        }

        BinaryPrimitives.WriteInt32BigEndian(Take(4), 8);
        BinaryPrimitives.WriteDoubleBigEndian(Take(8), v);
    }

    public void Date(DateOnly? value)
    {
        if (value is not { } v)
        {
            Null();
            return;
        }

        BinaryPrimitives.WriteInt32BigEndian(Take(4), 4);
        BinaryPrimitives.WriteInt32BigEndian(Take(4), v.DayNumber - PostgresEpochDay);
    }

    /// <summary>A one-dimensional double precision[] (array_recv's format: dimensions, null flag, element type, bounds, elements).</summary>
    public void Doubles(double[]? values)
    {
        if (values is null)
        {
            Null();
            return;
        }

        var dims = values.Length == 0 ? 0 : 1;
        BinaryPrimitives.WriteInt32BigEndian(Take(4), 12 + (dims * 8) + (values.Length * 12));
        BinaryPrimitives.WriteInt32BigEndian(Take(4), dims);
        BinaryPrimitives.WriteInt32BigEndian(Take(4), 0);
        BinaryPrimitives.WriteInt32BigEndian(Take(4), Float8Oid);
        if (dims == 1)
        {
            BinaryPrimitives.WriteInt32BigEndian(Take(4), values.Length);
            BinaryPrimitives.WriteInt32BigEndian(Take(4), 1);
        }

        foreach (var v in values)
        {
            BinaryPrimitives.WriteInt32BigEndian(Take(4), 8);
            BinaryPrimitives.WriteDoubleBigEndian(Take(8), v);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Take(int count)
    {
        Ensure(count);
        var span = data.AsSpan(Length, count);
        Length += count;
        return span;
    }

    private void Ensure(int count)
    {
        if (Length + count > data.Length)
        {
            Array.Resize(ref data, Math.Max(data.Length * 2, Length + count));
        }
    }
}
