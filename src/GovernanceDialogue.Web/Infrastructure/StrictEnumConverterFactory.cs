using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceDialogue.Web.Infrastructure;

/// <summary>
/// Enums travel as their names. An unknown name or a number is refused with a message that lists the allowed
/// values (and does not reveal .NET type names).
/// </summary>
public sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly string Allowed = string.Join(", ", Enum.GetNames<TEnum>());

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (text is not null && !char.IsAsciiDigit(text.FirstOrDefault()) && !text.StartsWith('-')
                && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value))
            {
                return value;
            }

            throw new JsonException($"'{text ?? reader.TokenType.ToString()}' is not a valid value. Use one of: {Allowed}.");
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
