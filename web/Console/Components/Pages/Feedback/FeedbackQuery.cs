using System.Globalization;
using MudBlazor;

namespace Loyalty.Console.Components.Pages.Feedback;

/// <summary>The query strings the feedback pages send.</summary>
public static class FeedbackQuery
{
    /// <summary>A picked range of clinic days as from/to (both days included), or null while half picked.</summary>
    public static string? Range(DateRange range) =>
        range is { Start: { } start, End: { } end }
            ? string.Create(CultureInfo.InvariantCulture, $"from={start:yyyy-MM-dd}&to={end:yyyy-MM-dd}")
            : null;
}
