using System.Text.RegularExpressions;

namespace Loyalty.Members.Api.Domain;

/// <summary>Validation of a registration. Errors are keyed by the request's field names, as clients send them.</summary>
public static partial class MemberRegistrationRules
{
    public const int MaxNameLength = 64;
    public const int MaxAgeYears = 120;

    public static (ValidatedRegistration? Registration, Dictionary<string, string[]> Errors) Validate(MemberRegistration input, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();

        if (!PhoneNumber.TryParse(input.Phone, out var phone))
        {
            errors["phone"] = ["Phone must be a mainland China mobile number: 11 digits starting with 13–19, optionally prefixed with +86."];
        }

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["name"] = ["Name is required."];
        }
        else if (name.Length > MaxNameLength)
        {
            errors["name"] = [$"Name must be at most {MaxNameLength} characters."];
        }

        if (input.Gender is null || !Enum.IsDefined(input.Gender.Value))
        {
            errors["gender"] = ["Gender is required: Female, Male or Undisclosed."];
        }

        if (input.BirthDate is not { } birthDate)
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

        var store = input.HomeStoreId?.Trim();
        if (string.IsNullOrEmpty(store) || !StoreIdPattern().IsMatch(store))
        {
            errors["homeStoreId"] = ["Home store is required: 2–32 letters, digits or dashes, e.g. SH-JINGAN-01."];
        }

        var referralCode = string.IsNullOrWhiteSpace(input.ReferralCode) ? null : Domain.ReferralCode.Normalize(input.ReferralCode);
        if (referralCode is not null && !Domain.ReferralCode.IsWellFormed(referralCode))
        {
            errors["referralCode"] = [$"Referral code must be {Domain.ReferralCode.Length} letters and digits."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ValidatedRegistration(phone!.Value, name!, input.Gender!.Value, input.BirthDate!.Value, store!.ToUpperInvariant(), referralCode), errors);
    }

    [GeneratedRegex("^[A-Za-z0-9-]{2,32}$")]
    private static partial Regex StoreIdPattern();
}
