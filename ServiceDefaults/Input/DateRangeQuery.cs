namespace Loyalty.ServiceDefaults.Input;

/// <summary>
/// A from..to range of clinic dates (yyyy-MM-dd, both inclusive) as a listing or report's query string gives it. The
/// dates themselves are checked by <see cref="ScalarArgumentFilter"/>; this checks the range.
/// </summary>
public static class DateRangeQuery
{
    public static void Check(
        DateOnly? from, DateOnly? to, int maxDays, bool required, Dictionary<string, string[]> errors)
    {
        if (required && from is null)
        {
            errors["from"] = ["from is required: the first clinic date (yyyy-MM-dd)."];
        }

        if (required && to is null)
        {
            errors["to"] = ["to is required: the last clinic date (yyyy-MM-dd), inclusive."];
        }

        if (from is { } first && to is { } last)
        {
            if (last < first)
            {
                errors["to"] = ["to must be on or after from."];
            }
            else if (last.DayNumber - first.DayNumber + 1 > maxDays)
            {
                errors["to"] = [$"from..to spans at most {maxDays} days."];
            }
        }
    }
}
