using System.Text.Json.Nodes;

namespace Loyalty.BuildingBlocks.Auditing;

/// <summary>
/// Masks personal data in an audited snapshot by key, wherever it appears (nested objects, arrays): names, phone
/// numbers, birth dates, codes and secrets. A phone keeps its first three and last four digits ("138****5678", as
/// staff see it in logs); everything else becomes "***". A key is masked even when its value is not personal (a
/// campaign's name, a template's code): the entry's entity id still says which one it was.
/// </summary>
public static class PersonalDataMask
{
    public const string Hidden = "***";

    private static readonly HashSet<string> PhoneKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "phone", "phoneNumber", "mobile",
    };

    private static readonly HashSet<string> HiddenKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "displayName", "fullName", "memberName", "birthDate", "dateOfBirth",
        "code", "couponCode", "referralCode", "oneTimeCode",
        "password", "passwordHash", "secret", "clientSecret", "securityStamp", "concurrencyStamp",
    };

    /// <summary>The node with every personal value replaced, in place.</summary>
    public static JsonNode? Apply(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is null)
                    {
                        continue;
                    }

                    if (PhoneKeys.Contains(key))
                    {
                        obj[key] = MaskPhone(value.ToString());
                    }
                    else if (HiddenKeys.Contains(key))
                    {
                        obj[key] = Hidden;
                    }
                    else
                    {
                        Apply(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Apply(item);
                }

                break;
        }

        return node;
    }

    private static string MaskPhone(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 7 ? $"{digits[..3]}****{digits[^4..]}" : Hidden;
    }
}
