namespace Loyalty.ServiceDefaults.Input;

/// <summary>
/// An enum filter as the query string gives it: absent for any value, else one of the enum's names in any letter case;
/// anything else is an error naming the field and listing the names.
/// </summary>
public static class EnumQuery
{
    public static T? Read<T>(string? value, string field, IDictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        errors[field] = [$"{field} is one of {string.Join(", ", Enum.GetNames<T>())}."];
        return null;
    }
}
