using System.Security.Cryptography;

namespace Loyalty.Members.Api.Domain.Members;

/// <summary>
/// Member referral codes: 8 characters without look-alikes (no 0/O, 1/I/L), easy to read out at the front desk.
/// </summary>
public static class ReferralCode
{
    public const int Length = 8;
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    public static bool IsWellFormed(string? code) =>
        code is not null && Normalize(code) is { Length: Length } normalized && normalized.All(Alphabet.Contains);
}
