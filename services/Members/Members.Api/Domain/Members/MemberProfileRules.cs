namespace Loyalty.Members.Api.Domain.Members;

/// <summary>Validation of the editable profile fields; errors are keyed by request field name.</summary>
public static class MemberProfileRules
{
    public static (MemberProfile? Profile, Dictionary<string, string[]> Errors) Validate(
        MemberProfileEdit input, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var profile = Validate(input, today, errors);
        return (profile, errors);
    }

    /// <summary>Adds to <paramref name="errors"/>; returns the profile only when this input added none.</summary>
    public static MemberProfile? Validate(MemberProfileEdit input, DateOnly today, IDictionary<string, string[]> errors)
    {
        var before = errors.Count;
        var name = MemberFieldRules.Name(input.Name, errors);
        var gender = MemberFieldRules.Gender(input.Gender, errors);
        var birthDate = MemberFieldRules.BirthDate(input.BirthDate, today, errors);
        var skinType = MemberFieldRules.SkinType(input.SkinType, errors);
        var tags = MemberFieldRules.InterestTags(input.InterestTags, errors);
        var store = MemberFieldRules.HomeStoreId(input.HomeStoreId, errors);
        return errors.Count > before
            ? null
            : new MemberProfile(name!, gender!.Value, birthDate!.Value, skinType, tags, store!);
    }
}
