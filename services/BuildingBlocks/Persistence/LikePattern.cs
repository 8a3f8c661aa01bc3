namespace Loyalty.BuildingBlocks.Persistence;

/// <summary>
/// Text a user typed, made literal inside a LIKE / ILIKE pattern: % and _ match themselves, not any text.
/// </summary>
public static class LikePattern
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string text) => text
        .Replace(EscapeCharacter, EscapeCharacter + EscapeCharacter, StringComparison.Ordinal)
        .Replace("%", EscapeCharacter + "%", StringComparison.Ordinal)
        .Replace("_", EscapeCharacter + "_", StringComparison.Ordinal);
}
