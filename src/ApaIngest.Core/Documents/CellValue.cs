using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ApaIngest.Core.Documents;

/// <summary>A table cell's value as the schema has it: a number, an ISO date (or other text), or null.</summary>
[JsonConverter(typeof(CellValueJsonConverter))]
public readonly record struct CellValue
{
    private CellValue(double? number, string? text)
    {
        Number = number;
        Text = text;
    }

    public double? Number { get; }
    public string? Text { get; }
    public bool IsNull => Number is null && Text is null;

    public static CellValue Null => default;
    public static CellValue Of(double number) => new(number, null);
    public static CellValue Of(string text) => new(null, text);

    public override string ToString() =>
        Number is { } n ? n.ToString("R", CultureInfo.InvariantCulture) : Text ?? "null";
}

public sealed class CellValueJsonConverter : JsonConverter<CellValue>
{
    public override bool HandleNull => true;

    public override CellValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => CellValue.Null,
            JsonTokenType.Number => CellValue.Of(reader.GetDouble()),
            JsonTokenType.String => CellValue.Of(reader.GetString()!),
            _ => throw new JsonException($"a cell value must be a number, a string or null, not {reader.TokenType}"),
        };

    public override void Write(Utf8JsonWriter writer, CellValue value, JsonSerializerOptions options)
    {
        if (value.Number is { } n)
        {
            // Integers print without a decimal point so that output is stable and readable.
            if (n == Math.Floor(n) && Math.Abs(n) < 1e15)
            {
                writer.WriteNumberValue((long)n);
            }
            else
            {
                writer.WriteNumberValue(Math.Round(n, 10));
            }
        }
        else if (value.Text is { } t)
        {
            writer.WriteStringValue(t);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
