using System.Text.RegularExpressions;
using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain.Members;

/// <summary>
/// Rules for the profile fields that registration, profile edits and bulk import share. Each check adds its message
/// under the field's request name, as clients send it, and returns the clean value.
/// </summary>
public static partial class MemberFieldRules
{
    public const int MaxNameLength = 64;
    public const int MaxAgeYears = 120;
    public const int MaxInterestTags = 10;

    /// <summary>The skin types front desks pick from (the usual dermatology picklist).</summary>
    public static readonly IReadOnlyList<string> SkinTypes = ["Normal", "Dry", "Oily", "Combination", "Sensitive"];

    public static string? Name(string? input, IDictionary<string, string[]> errors)
    {
        var name = input?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["name"] = ["Name is required."];
        }
        else if (name.Length > MaxNameLength)
        {
            errors["name"] = [$"Name must be at most {MaxNameLength} characters."];
        }

        return name;
    }

    public static Gender? Gender(Gender? input, IDictionary<string, string[]> errors)
    {
        if (input is null || !Enum.IsDefined(input.Value))
        {
            errors["gender"] = ["Gender is required: Female, Male or Undisclosed."];
            return null;
        }

        return input;
    }

    public static DateOnly? BirthDate(DateOnly? input, DateOnly today, IDictionary<string, string[]> errors)
    {
        if (input is not { } birthDate)
        {
            errors["birthDate"] = ["Birth date is required (yyyy-MM-dd)."];
        }
        else if (birthDate > today)
        {
            errors["birthDate"] = ["Birth date cannot be in the future."];
        }
        else if (birthDate < today.AddYears(-MaxAgeYears))
        {
            errors["birthDate"] = [$"Birth date cannot be more than {MaxAgeYears} years ago."];
        }

        return input;
    }

    public static string? HomeStoreId(string? input, IDictionary<string, string[]> errors)
    {
        var store = input?.Trim();
        if (string.IsNullOrEmpty(store) || !StoreIdPattern().IsMatch(store))
        {
            errors["homeStoreId"] = ["Home store is required: 2–32 letters, digits or dashes, e.g. SH-JINGAN-01."];
            return null;
        }

        return store.ToUpperInvariant();
    }

    /// <summary>Optional; one of <see cref="SkinTypes"/>, any letter case.</summary>
    public static string? SkinType(string? input, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var known = SkinTypes.FirstOrDefault(s => string.Equals(s, input.Trim(), StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            errors["skinType"] = [$"Skin type must be one of {string.Join(", ", SkinTypes)}."];
        }

        return known;
    }

    /// <summary>
    /// Optional; lower-case kebab words ("body contouring" becomes "body-contouring"), duplicates dropped.
    /// </summary>
    public static List<string> InterestTags(IEnumerable<string?>? input, IDictionary<string, string[]> errors)
    {
        var tags = (input ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => NormalizeTag(t!))
            .Distinct().ToList();
        if (tags.Count > MaxInterestTags)
        {
            errors["interestTags"] = [$"At most {MaxInterestTags} interest tags."];
        }
        else if (tags.FirstOrDefault(t => !TagPattern().IsMatch(t)) is { } bad)
        {
            errors["interestTags"] = [$"Tag \"{bad}\" must be 2–32 letters, digits or dashes, e.g. anti-aging."];
        }

        return tags;
    }

    public static string NormalizeTag(string tag) => WhitespaceRun().Replace(tag.Trim().ToLowerInvariant(), "-");

    [GeneratedRegex("^[A-Za-z0-9-]{2,32}$")]
    private static partial Regex StoreIdPattern();

    [GeneratedRegex("^[a-z0-9-]{2,32}$")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"[\s_]+")]
    private static partial Regex WhitespaceRun();
}
