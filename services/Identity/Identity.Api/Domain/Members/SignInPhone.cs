namespace Loyalty.Identity.Api.Domain.Members;

/// <summary>
/// A member's phone as she types it to sign in, in the form Members keeps it: a mainland China mobile number's 11
/// digits ("+86 138 1234 5678" → "13812345678"). Personal data: never logged.
/// </summary>
public static class SignInPhone
{
    public const string Expected = "phone is a mainland China mobile number: 11 digits starting with 13–19.";

    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var digits = new string(input.Where(c => c is not (' ' or '-')).ToArray());
        digits = digits.StartsWith("+86", StringComparison.Ordinal) ? digits[3..]
            : digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..]
            : digits;
        return digits.Length == 11 && digits[0] == '1' && digits[1] is >= '3' and <= '9'
            && digits.All(char.IsAsciiDigit)
            ? digits
            : null;
    }
}
