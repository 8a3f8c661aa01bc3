using System.Diagnostics.CodeAnalysis;

namespace Loyalty.Members.Api.Domain.Members;

/// <summary>
/// A mainland China mobile number, stored as its 11 digits. Personal data: log <see cref="Masked"/>, never the value.
/// </summary>
public readonly record struct PhoneNumber
{
    /// <summary>What a phone must be, as registration and import say it.</summary>
    public const string Expected =
        "Phone must be a mainland China mobile number: 11 digits starting with 13–19, optionally prefixed with +86.";

    private PhoneNumber(string digits) => Value = digits;

    public string Value { get; }

    /// <summary>"138****5678": enough for staff to recognise, not enough to identify.</summary>
    public string Masked => $"{Value[..3]}****{Value[^4..]}";

    /// <summary>Accepts "13812345678", "+86 138 1234 5678", "86-138-1234-5678".</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out PhoneNumber? phone)
    {
        phone = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var digits = new string(input.Where(c => c is not (' ' or '-')).ToArray());
        if (digits.StartsWith("+86", StringComparison.Ordinal))
        {
            digits = digits[3..];
        }
        else if (digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        if (digits.Length != 11 || digits[0] != '1' || digits[1] is < '3' or > '9' || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        phone = new PhoneNumber(digits);
        return true;
    }

    public override string ToString() => Masked;
}
