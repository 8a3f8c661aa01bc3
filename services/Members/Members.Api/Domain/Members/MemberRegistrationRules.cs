namespace Loyalty.Members.Api.Domain.Members;

/// <summary>
/// Validation of a registration. Errors are keyed by the request's field names, as clients send them.
/// </summary>
public static class MemberRegistrationRules
{
    public static (ValidatedRegistration? Registration, Dictionary<string, string[]> Errors) Validate(
        MemberRegistration input, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();

        if (!PhoneNumber.TryParse(input.Phone, out var phone))
        {
            errors["phone"] = [PhoneNumber.Expected];
        }

        var edit = new MemberProfileEdit(
            input.Name, input.Gender, input.BirthDate, input.HomeStoreId, input.SkinType, input.InterestTags);
        var profile = MemberProfileRules.Validate(edit, today, errors);

        var referralCode = string.IsNullOrWhiteSpace(input.ReferralCode)
            ? null
            : ReferralCode.Normalize(input.ReferralCode);
        if (referralCode is not null && !ReferralCode.IsWellFormed(referralCode))
        {
            errors["referralCode"] = [$"Referral code must be {ReferralCode.Length} letters and digits."];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ValidatedRegistration(phone!.Value, profile!, referralCode), errors);
    }
}
