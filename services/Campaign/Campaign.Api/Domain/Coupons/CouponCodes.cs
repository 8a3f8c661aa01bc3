using System.Security.Cryptography;

namespace Loyalty.Campaign.Api.Domain.Coupons;

/// <summary>
/// Coupon codes: 12 characters from a 31-letter alphabet without look-alikes (no 0/O, 1/I/L), drawn by a
/// cryptographic generator: about 59 bits, so guessing a live code is hopeless. Input is normalised
/// (upper case, spaces and dashes dropped) so a code read out over the counter still matches.
/// </summary>
public static class CouponCodes
{
    public const int Length = 12;

    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static string Normalize(string? code) =>
        new((code ?? string.Empty).Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray());
}
